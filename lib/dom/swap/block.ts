import type { Unit } from './scan';

/**
 * Which layout block a unit's text flows in, told from tag names alone (reading computed style
 * would force the very layout we are trying to spread out).
 *
 * Why: a browser lays a paragraph out as a whole. A write split across two slices lets a frame
 * render between them, and each frame lays the whole paragraph out again: on the hostile page
 * `huge-text` (one 1 MB paragraph, 15,000 pieces of highlights) that is ~0.2 s (Firefox) to
 * ~0.5 s (Chromium) per frame, for 30 ms of writing in all. So a slice that runs out of time
 * in the middle of a block finishes the block first (within MAX_BLOCK_SLICE_MS).
 */
/** How long a slice may run on to finish a block: still well under a 50 ms long task… */
export const MAX_BLOCK_SLICE_MS = 40;
/** …and at most this many times its budget. */
export const BLOCK_OVERRUN = 4;
/**
 * How long a slice may run on to finish the whole job, when what is left fits at its pace: up to
 * just under a 50 ms long task, and at most FINISH_OVERRUN times its budget. Stopping short
 * instead costs the reader more than the few milliseconds saved: the tail goes in after a yield,
 * and the browser lays the whole page out in between (undoing the 1 MB page: 27–39 ms in one
 * slice in 9 loads of 10; the tenth split and took 688 ms).
 */
export const MAX_FINISH_SLICE_MS = 48;
export const FINISH_OVERRUN = 5;
/**
 * Writes and Original run in slices of this many budgets (at most LONG_SLICE_MS), so that a
 * slice can still run on to finish a block: every yield after a write may cost a layout of the
 * whole page, far more than the writing itself.
 */
export const LONG_SLICES = 3;
export const LONG_SLICE_MS = 30;

/** Elements that flow inside their parent's block (the common ones; a miss only costs a split). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kanbao-mark', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup',
  'time', 'u', 'var',
]);

function blockOf(node: Node): Node | null {
  let p = node.parentNode;
  while (p && p.nodeType === 1 && INLINE.has((p as Element).localName)) p = p.parentNode;
  return p;
}

/** Whether two units' texts flow in the same block (attributes never keep a slice going). */
export function sameBlock(a: Unit, b: Unit): boolean {
  return a.kind === 'text' && b.kind === 'text' && blockOf(a.node) === blockOf(b.node);
}

/** The same for two listed nodes (Original walks the store's list, not units). */
export function sameBlockNodes(a: Node, b: Node): boolean {
  return a.nodeType === 3 && b.nodeType === 3 && blockOf(a) === blockOf(b);
}

/**
 * Whether a write slice past its budget goes on with the next unit: to finish the whole job when
 * the units left should fit before `finishCap` at the pace of this slice, because a small tail
 * written after a yield costs a layout of the whole page of its own (on a 1 MB page, far more than
 * the tail); else, before `cap`, to finish the block it is in (see above); never past `finishCap`.
 */
export function keepWriting(start: number, cap: number, doneHere: number, left: number, inBlock: () => boolean, finishCap = cap): boolean {
  const elapsed = performance.now() - start;
  if (elapsed >= Math.max(cap, finishCap)) return false;
  if (doneHere > 0 && elapsed + (elapsed / doneHere) * left <= finishCap) return true;
  if (elapsed >= cap) return false;
  return inBlock();
}
