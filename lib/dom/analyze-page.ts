import type { PageInfo } from '../core/types';
import { detectPage } from './detect-page';
import { readArticle, type ArticleRead } from './read-article';

export interface PageAnalysis {
  page: PageInfo;
  /** Present only when the page is an article. */
  read: ArticleRead | null;
}

/** Detect, then read: the one entry point shared by the content script and the command line. */
export function analyzePage(doc: Document, url: string | null): PageAnalysis {
  const page = detectPage(doc, url);
  if (!page.isArticle) return { page, read: null };
  const read = readArticle(doc, url);
  return { page: { ...page, template: read.template }, read };
}
