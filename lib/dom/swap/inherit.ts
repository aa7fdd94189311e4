import { mapCuts, type Segment } from './align';
import { mayConvert } from './convertible';
import { walk } from './scan';
import type { OriginalsStore, Rec } from './store';

/**
 * Hands originals on to the nodes that replaced converted text nodes.
 *
 * Kanbao's highlighter renders a highlight by replacing a page text node with pieces of its
 * text (plain text and <kanbao-mark> elements), and puts the very same node back, holding the
 * pieces' joined text, when it clears. If that happens while the page is converted, the new
 * nodes hold converted text and would otherwise count as the page's own, so Original would
 * leave them converted. When the new nodes' text, in order, is exactly the text of the nodes
 * they replaced, each new node gets its share of the replaced nodes' originals (cut as
 * swap-align says, so conversions that change a text's length — 二噁英 → 二𫫇英 — line up too).
 *
 * A replaced node Kanbao has no current record for shows the page's own text, which is its
 * own original; a new node made only of such text stays untracked (it is the page's text).
 * One that mixes it with converted text is marked `mixed`, so the next rescan converts it
 * from its original whatever the target (a highlight cleared half-way through a sliced write).
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

interface Source extends Segment {
  /** What the segment shows; null for the page's own, not-yet-converted text. */
  target: Rec['target'] | null;
}

function sourceOf(store: OriginalsStore, t: Text): Source {
  const rec = store.textRec(t);
  if (rec && rec.current === t.data && rec.original !== null) return { original: rec.original, current: t.data, target: rec.target };
  return { original: t.data, current: t.data, target: null };
}

/** What a new node overlapping `sources` shows; null: only the page's own text. */
function combinedTarget(sources: readonly Source[]): Rec['target'] | null {
  let target: Rec['target'] | null = null;
  let own = false;
  for (const s of sources) {
    // Text no target changes (digits, Latin) agrees with any target.
    if (s.target === null) own ||= mayConvert(s.current);
    else if (target === null) target = s.target;
    else if (target !== s.target) return 'mixed';
  }
  if (target === null) return null;
  return own && target !== 'original' ? 'mixed' : target;
}

function inherit(store: OriginalsStore, removed: readonly Node[], added: readonly Node[]): void {
  const sources = textsIn(removed).map((t) => sourceOf(store, t));
  if (sources.every((s) => s.target === null)) return;
  const current = sources.map((s) => s.current).join('');
  const pieces = textsIn(added);
  if (current === '' || pieces.map((t) => t.data).join('') !== current) return;
  const cuts: number[] = [0];
  for (const t of pieces) cuts.push(cuts[cuts.length - 1]! + t.length);
  const at = mapCuts(sources, cuts);
  if (!at) return;
  const original = sources.map((s) => s.original).join('');
  // Which sources each piece overlaps, by offsets into the joined current text.
  const bounds: number[] = [0];
  for (const s of sources) bounds.push(bounds[bounds.length - 1]! + s.current.length);
  let k = 0;
  pieces.forEach((t, i) => {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    // Both lists are in text order: skip the sources that end before this piece starts.
    while (k < sources.length && bounds[k + 1]! <= from) k++;
    const over: Source[] = [];
    for (let j = k; j < sources.length && bounds[j]! < to; j++) over.push(sources[j]!);
    const rec = store.textRec(t);
    // A node that still shows what Kanbao left there knows its original better.
    if (rec && rec.current === t.data) return;
    const target = combinedTarget(over);
    if (target === null) return;
    store.set({ kind: 'text', node: t }, { original: original.slice(at[i]!, at[i + 1]!), current: t.data, target });
  });
}

export function inheritOriginals(store: OriginalsStore, replacements: Iterable<Replacement>): void {
  for (const { removed, added } of replacements) inherit(store, removed, added);
}
