import type { Article, PageInfo } from './types';

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
  figures: unknown[];
  dates: unknown[];
  programs: unknown[];
}
