/** The canonical key of an article URL. Implemented in a following commit. */
export function articleKey(url: string): string {
  throw new Error(`not yet: ${url}`);
}
