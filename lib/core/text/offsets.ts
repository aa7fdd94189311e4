/**
 * Pure offset arithmetic for mapping article.text offsets back onto the page.
 *
 * A block's textContent is a sequence of pieces (one per descendant Text node, in tree order).
 * Some pieces are "skipped" (script, code, our own marks…): they still count in textContent, so
 * they still occupy offsets, but nothing may be wrapped there. Runs keep the skipped pieces out
 * of the index entirely, which is what makes "a span over skipped text is cut, never misplaced"
 * hold: offsets are computed over *all* pieces, and only the indexable ones are kept.
 *
 * Offsets are UTF-16 code units, half-open, like every span in Kanbao.
 */

/** One indexable piece of text, placed in article.text coordinates. `ref` is opaque here. */
export interface Run<T> {
  /** Absolute start in article.text. */
  start: number;
  /** Absolute end (exclusive) in article.text. */
  end: number;
  /** Offset inside the piece's own text that `start` corresponds to (non-zero when clipped). */
  local: number;
  ref: T;
}

/** A slice of one run: `[from, to)` in the piece's own (local) coordinates. */
export interface RunSlice<T> {
  ref: T;
  from: number;
  to: number;
}

export interface Piece<T> {
  text: string;
  /** null: the piece counts in textContent but must never be marked. */
  ref: T | null;
}

/**
 * The reader trims U+3000, U+2003, U+00A0 and ordinary whitespace. `\s` in JS already covers
 * all of those (and U+FEFF); the explicit list documents the contract.
 */
const LEADING_WS = /^[\s\u3000\u2003\u00a0\ufeff]*/;

export function leadingWhitespaceLength(text: string): number {
  return LEADING_WS.exec(text)?.[0].length ?? 0;
}

/**
 * Where `paragraph` sits inside `full` (the block's textContent). The contract says it starts
 * right after the leading whitespace; if a reader trims differently we still accept an exact
 * occurrence, preferring the one nearest that position. -1 means "do not map this block":
 * guessing would misplace marks, which is worse than showing none.
 */
export function locateParagraph(full: string, paragraph: string): number {
  const lead = leadingWhitespaceLength(full);
  if (full.startsWith(paragraph, lead)) return lead;
  if (paragraph.length === 0) return -1;
  const after = full.indexOf(paragraph, lead);
  if (after >= 0) return after;
  return full.indexOf(paragraph);
}

/**
 * Places a block's pieces at `base` (the article offset of the block's textContent[0]) and keeps
 * only the indexable parts that fall inside `[clipStart, clipEnd)`, i.e. inside the paragraph.
 * Clipping keeps the trimmed whitespace and the joining '\n' from ever being marked.
 */
export function placePieces<T>(
  pieces: readonly Piece<T>[],
  base: number,
  clipStart: number,
  clipEnd: number,
): Run<T>[] {
  const runs: Run<T>[] = [];
  let pos = base;
  for (const piece of pieces) {
    const start = pos;
    const end = pos + piece.text.length;
    pos = end;
    if (piece.ref === null) continue;
    const s = Math.max(start, clipStart);
    const e = Math.min(end, clipEnd);
    if (s < e) runs.push({ start: s, end: e, local: s - start, ref: piece.ref });
  }
  return runs;
}

/** First index whose run ends after `offset` (runs sorted by start, non-overlapping). */
function firstRunEndingAfter<T>(runs: readonly Run<T>[], offset: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The parts of `[start, end)` that land on indexable text, as local slices of each run.
 * Gaps (skipped text, '\n' between paragraphs, unmapped blocks) are simply absent: the span is
 * cut there. Runs must be sorted by start and must not overlap.
 */
export function sliceRuns<T>(runs: readonly Run<T>[], start: number, end: number): RunSlice<T>[] {
  const out: RunSlice<T>[] = [];
  if (!(start < end)) return out;
  for (let i = firstRunEndingAfter(runs, start); i < runs.length; i++) {
    const run = runs[i]!;
    if (run.start >= end) break;
    const s = Math.max(start, run.start);
    const e = Math.min(end, run.end);
    if (s < e) out.push({ ref: run.ref, from: run.local + (s - run.start), to: run.local + (e - run.start) });
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Widens `[from, to)` so neither end falls between the two halves of a surrogate pair (an
 * astral CJK character such as U+20000, or an emoji). Splitting a pair across two Text nodes
 * would render two U+FFFD; widening by one unit is the least surprising fix.
 */
export function snapToCodePoints(text: string, from: number, to: number): [number, number] {
  let f = from;
  let t = to;
  if (f > 0 && f < text.length && isLow(text.charCodeAt(f)) && isHigh(text.charCodeAt(f - 1))) f--;
  if (t > 0 && t < text.length && isLow(text.charCodeAt(t)) && isHigh(text.charCodeAt(t - 1))) t++;
  return [f, t];
}
