import type { LibraryArticle } from './types';

/** A query as the library compares it. Implemented in a following commit. */
export function foldQuery(query: string): string {
  throw new Error(`not yet: ${query}`);
}

/** Whether an article matches a folded query. Implemented in a following commit. */
export function matchQuery(article: Pick<LibraryArticle, 'search'>, folded: string): boolean {
  throw new Error(`not yet: ${article.search} ${folded}`);
}

/** The `search` field of a record. Implemented in a following commit. */
export function searchText(article: Pick<LibraryArticle, 'title' | 'programs' | 'people' | 'figures'>): string {
  throw new Error(`not yet: ${article.title}`);
}
