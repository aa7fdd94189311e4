import type { LibraryArticle } from './types';

/** A revisit: the new reading's facts, the old reading's first date and URLs. Implemented in a following commit. */
export function mergeArticle(old: LibraryArticle, next: LibraryArticle): LibraryArticle {
  throw new Error(`not yet: ${old.id} ${next.id}`);
}
