import type { LibraryArticle } from './types';

/** One row per article. Implemented in a following commit. */
export function articlesCsv(articles: readonly LibraryArticle[]): string {
  throw new Error(`not yet: ${articles.length}`);
}

/** One row per figure. Implemented in a following commit. */
export function figuresCsv(articles: readonly LibraryArticle[]): string {
  throw new Error(`not yet: ${articles.length}`);
}

/** One row per program per article. Implemented in a following commit. */
export function programsCsv(articles: readonly LibraryArticle[]): string {
  throw new Error(`not yet: ${articles.length}`);
}

/** One row per person per article. Implemented in a following commit. */
export function peopleCsv(articles: readonly LibraryArticle[]): string {
  throw new Error(`not yet: ${articles.length}`);
}
