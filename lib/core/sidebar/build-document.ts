import type { Analysis } from '../analysis';
import type { KanbaoDocument } from './document';
import type { Extraction } from '../extract';
import type { Article, PageInfo } from '../types';

export interface DocumentParts {
  input: string;
  url: string | null;
  page: PageInfo;
  article: Article;
  extraction: Extraction;
  /** jieba's fields; null when jieba did not answer (they are then empty, never missing). */
  analysis: Analysis | null;
}

const NO_ANALYSIS: Analysis = { keywords: [], people: { people: [], organisations: [], places: [] }, summary: [] };

/**
 * The one builder of the `--json` document, for the command line and the sidebar's JSON export,
 * so the two can never drift. Field order is the contract's order. Only the contract's fields are
 * copied (a background reply may carry more, e.g. timing).
 */
export function buildDocument(p: DocumentParts): KanbaoDocument {
  const { figures, dates, programs } = p.extraction;
  const { keywords, people, summary } = p.analysis ?? NO_ANALYSIS;
  return { input: p.input, url: p.url, page: p.page, article: p.article, figures, dates, programs, keywords, people, summary };
}

/** The document as the command line prints it with `--json`. */
export function documentJson(p: DocumentParts): string {
  return JSON.stringify(buildDocument(p), null, 2) + '\n';
}
