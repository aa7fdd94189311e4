import type { Span } from '../tokens';

export interface Person {
  name: string;
  /** The title at the first mention that has one, as written (`湖南省副省長、省公安廳廳長`). */
  title: string | null;
  /** Every distinct title, in page order. */
  titles: string[];
  mentions: Span[];
  count: number;
  /** Passed in by the caller (a byline), whether or not the body mentions it. */
  known: boolean;
}

export interface NamedEntity {
  /** As written at the first mention (places: the most frequent form, 湖南 over 湖南省). */
  name: string;
  mentions: Span[];
  count: number;
  /** Organisations: the other names grouped under this one, as written (`省公安廳`, `省廳`). */
  forms?: string[];
}

export interface PeopleResult {
  people: Person[];
  organisations: NamedEntity[];
  places: NamedEntity[];
}

export interface PeopleOptions {
  /** Names known to be people (bylines, editors), in any script. */
  known?: readonly string[];
}
