import type { PageInfo } from '../../core/types';
import { detectPage } from './detect-page';
import { runSteps } from '../schedule';
import { readArticleSteps, type ArticleRead } from './article';

export interface PageAnalysis {
  page: PageInfo;
  /** Present only when the page is an article (or `force` asked for one). */
  read: ArticleRead | null;
}

/**
 * Detect, then read: the one entry point shared by the content script (in slices, through
 * PageController.open) and the command line (at once, analyzePage). `force` reads a page the
 * detector did not take as an article, and says so in its signals (`forced`).
 */
export function* analyzePageSteps(doc: Document, url: string | null, force = false): Generator<void, PageAnalysis, void> {
  const detected = detectPage(doc, url);
  if (!detected.isArticle && !force) return { page: detected, read: null };
  yield;
  const read = yield* readArticleSteps(doc, url);
  const page = detected.isArticle
    ? { ...detected, template: read.template }
    : { ...detected, isArticle: true, template: read.template, signals: [...detected.signals, 'forced'] };
  return { page, read };
}

/** analyzePageSteps in one go. */
export function analyzePage(doc: Document, url: string | null, force = false): PageAnalysis {
  return runSteps(analyzePageSteps(doc, url, force));
}
