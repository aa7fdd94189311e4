import { walk } from './swap-scan';
import type { OriginalsStore, Rec } from './swap-store';

/**
 * Hands originals on to the nodes that replaced a converted text node.
 *
 * Kanbao's highlighter renders a highlight by replacing a page text node with pieces of its
 * text (plain text and <kanbao-mark> elements), and puts the very same node back when it
 * clears. If that happens while the page is converted, the pieces hold converted text and
 * would otherwise count as the page's own, so Original would leave them converted. When the
 * pieces' text, in order, is exactly the text of the nodes they replaced, each piece gets the
 * matching slice of the replaced nodes' originals. Slices line up only if the conversion kept
 * every replaced node's length, which OpenCC does for all but a few rare characters; otherwise
 * nothing is inherited.
 */
export interface Replacement {
  removed: readonly Node[];
  added: readonly Node[];
}

function textsIn(nodes: readonly Node[]): Text[] {
  const out: Text[] = [];
  for (const n of nodes) walk(n, (t) => out.push(t), () => true);
  return out;
}

export function inheritOriginals(store: OriginalsStore, replacements: Iterable<Replacement>): void {
  for (const { removed, added } of replacements) {
    let current = '';
    let original = '';
    let target: Rec['target'] | null = null;
    let aligned = true;
    for (const t of textsIn(removed)) {
      const rec = store.textRec(t);
      // Only nodes still showing exactly what Kanbao wrote, converted length-for-length.
      if (!rec || rec.current !== t.data || rec.original === null || rec.original.length !== t.data.length) {
        aligned = false;
        break;
      }
      if (target !== null && rec.target !== target) aligned = false;
      target = rec.target;
      current += t.data;
      original += rec.original;
    }
    if (!aligned || current === '' || target === null) continue;
    const pieces = textsIn(added);
    if (pieces.map((t) => t.data).join('') !== current) continue;
    let at = 0;
    for (const t of pieces) {
      if (!store.textRec(t)) store.set({ kind: 'text', node: t }, { original: original.slice(at, at + t.length), current: t.data, target });
      at += t.length;
    }
  }
}
