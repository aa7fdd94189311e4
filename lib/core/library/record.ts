import type { KanbaoDocument } from '../sidebar';
import type { LibraryArticle } from './types';

/** The library's record of one read document. Implemented in a following commit. */
export function recordFromDocument(doc: KanbaoDocument, now: number): LibraryArticle {
  throw new Error(`not yet: ${doc.input} ${now}`);
}
