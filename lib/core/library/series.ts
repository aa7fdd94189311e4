import type { FigureSeries, LibraryArticle } from './types';

/** Figures grouped by what they measure. Implemented in a following commit. */
export function figureSeries(articles: readonly LibraryArticle[]): FigureSeries[] {
  throw new Error(`not yet: ${articles.length}`);
}
