import type { DateSpan, FigureKind, ProgramKind } from '../extract';
import type { Script } from '../types';

/**
 * The local library's record of one article Kanbao read. What the page said, never the page:
 * no HTML, only the extracted facts, the sentences that carry them and the counts.
 * The export document carries these records as they are, so a field is added, never renamed.
 */
export const LIBRARY_SCHEMA = 1;

/** A figure as the library keeps it: the span's facts, what it measures and its sentence. */
export interface LibraryFigure {
  text: string;
  /** As the extractor resolved it; [low, high] for ranges. */
  value: number | [number, number];
  unit: string | null;
  kind: FigureKind;
  /** The noun phrase the figure quantifies (`刑事警情`), as written; null when none was found. */
  measures: string | null;
  /** The sentence around the figure, as written. */
  sentence: string;
}

export interface LibraryDate {
  text: string;
  kind: DateSpan['kind'];
  iso: string | null;
}

/** One named program of the article: its mentions there and the sentences that name it. */
export interface LibraryProgram {
  /** In Simplified script with quote marks unified (the extractor's `name`), so mentions group. */
  name: string;
  kind: ProgramKind;
  mentions: number;
  /** Distinct sentences that mention it, in page order, as written. */
  sentences: string[];
}

export interface LibraryPerson {
  name: string;
  /** The post the article gives the person first; null when none. */
  title: string | null;
  titles: string[];
}

export interface LibraryCounts {
  figures: number;
  dates: number;
  programs: number;
  people: number;
}

export interface LibraryArticle {
  /** The canonical key (`articleKey`): one article whatever script, scheme, fragment or tracking query it was read under. */
  id: string;
  /** The URL it was last read at. */
  url: string;
  /** Every URL it was read at, first seen first. */
  urls: string[];
  /** The outlet id (`people.com.cn`, a field-registry key) or `unknown`. */
  outlet: string;
  /** The host it was last read on, lower case (`hn.people.com.cn`): what per-site switches name. */
  site: string;
  title: string;
  /** ISO 8601 at the page's precision, or null when the page gives none. */
  published: string | null;
  script: Script;
  /** Epoch milliseconds. */
  firstRead: number;
  lastRead: number;
  reads: number;
  counts: LibraryCounts;
  figures: LibraryFigure[];
  dates: LibraryDate[];
  programs: LibraryProgram[];
  people: LibraryPerson[];
  organisations: string[];
  places: string[];
  keywords: string[];
  /** The summary's sentences, in page order. */
  summary: string[];
  /** Title, program names, people's names and what figures measure, folded to Simplified and lower case, one per line: what a search reads. */
  search: string;
}

/** The document `exportAll` writes and `importAll` reads (docs/library.md). */
export interface LibraryExport {
  /** Always `kanbao-library`: tells this document from other JSON. */
  format: 'kanbao-library';
  schema: typeof LIBRARY_SCHEMA;
  /** ISO 8601 (UTC) of the export. */
  exported: string;
  articles: LibraryArticle[];
}

/** What the article list shows; every field optional. Dates compare on `published` (ISO day prefixes work: `2023-02`). */
export interface ArticleFilter {
  outlet?: string;
  /** Inclusive lower bound on `published` (`2023-01-01`). */
  from?: string;
  /** Inclusive upper bound on `published` (`2023-12-31`: the whole day counts). */
  to?: string;
  programKind?: ProgramKind;
  /** A search in either script (see `matchQuery`). */
  query?: string;
  /** Newest read first (default), or newest published first. */
  sort?: 'lastRead' | 'published';
  offset?: number;
  /** Default 50. */
  limit?: number;
}

export interface ArticlePage {
  articles: LibraryArticle[];
  /** How many articles match the filter in all. */
  total: number;
}

export type BucketUnit = 'week' | 'month';

/** Mentions in one week (ISO week starting Monday, keyed by that Monday `2023-02-06`) or one month (`2023-02`). */
export interface MentionBucket {
  key: string;
  mentions: number;
  articles: number;
}

/** A dated count for `bucketMentions`: `date` is ISO (at least `YYYY-MM-DD`). */
export interface DatedMentions {
  date: string;
  mentions: number;
}

export interface ProgramDetail {
  name: string;
  /** The kind most of its mentions were given (a tie: the newest article's). */
  kind: ProgramKind | null;
  /** Newest first. */
  articles: LibraryArticle[];
  mentions: number;
  weeks: MentionBucket[];
  months: MentionBucket[];
  /** Each sentence with the article it came from, newest article first. */
  sentences: { articleId: string; date: string | null; sentence: string }[];
}

export interface PersonTitle {
  title: string;
  /** The article's date (published, else the day it was first read), ISO. */
  date: string;
  articleId: string;
}

export interface PersonDetail {
  name: string;
  /** Oldest first. */
  titles: PersonTitle[];
  /** Newest first. */
  articles: LibraryArticle[];
}

export interface FigurePoint {
  articleId: string;
  title: string;
  url: string;
  /** The article's date (published, else first read), ISO. */
  date: string;
  text: string;
  value: number | [number, number];
  unit: string | null;
  kind: FigureKind;
  sentence: string;
}

/** Figures that measure the same subject (compared folded to Simplified), oldest first. */
export interface FigureSeries {
  /** The subject folded to Simplified. */
  measures: string;
  points: FigurePoint[];
}

/** A name with how many articles have it: for pickers (outlets, programs, people, subjects). */
export interface NameCount {
  name: string;
  articles: number;
}

/** Why a file was refused, for the page to say in the reader's language; `error` says it in English with the place. */
export type ImportErrorCode = 'not-json' | 'not-library' | 'schema' | 'shape' | 'too-large';

export type ValidatedExport = { ok: LibraryExport } | { error: string; code: ImportErrorCode; where?: string };

export interface ImportResult {
  /** Articles not in the library before. */
  added: number;
  /** Articles merged into an existing entry. */
  merged: number;
}

export interface StorageUsed {
  bytes: number;
  /** `estimate` when the browser said (navigator.storage), `rows` when counted from the records. */
  source: 'estimate' | 'rows';
  articles: number;
}
