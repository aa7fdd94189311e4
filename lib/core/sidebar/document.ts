import type { Article, PageInfo } from '../types';
import type { DateSpan, FigureSpan, ProgramSpan } from '../extract';
import type { Analysis } from '../analysis';

/**
 * The command line's `--json` document (a contract: outside tools read it, and the sidebar's
 * JSON export produces the same shape). Add fields; never rename or remove them.
 */
export interface KanbaoDocument {
  /** The input as given on the command line (`-` for standard input). */
  input: string;
  url: string | null;
  page: PageInfo;
  article: Article;
  /** `{text, start, end, kind, value, unit, approx, direction?, comparison?}`; offsets index article.text. */
  figures: FigureSpan[];
  /** `{text, start, end, kind, iso}` */
  dates: DateSpan[];
  /** `{text, start, end, kind, name}`; `name` is in Simplified script so that mentions group. */
  programs: ProgramSpan[];
  /** jieba TextRank keywords, best first (at most 10): `{word, score, count, firstOffset}`. */
  keywords: Analysis['keywords'];
  /** `{people: [{name, title, titles, mentions, count, known}], organisations, places}`; names known
   * from the byline (article.authors) are included whether or not the body mentions them. */
  people: Analysis['people'];
  /** The 3 most central sentences in page order: `{start, end, text, score}`; offsets index article.text. */
  summary: Analysis['summary'];
}
