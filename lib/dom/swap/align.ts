/**
 * Where a cut in converted text falls in the original text. Pure: strings in, offsets out.
 *
 * When the highlighter splits a converted text node into pieces, each piece must be handed its
 * own share of the original (swap-inherit). A conversion usually keeps the length, so a cut at
 * UTF-16 offset i is offset i of the original. OpenCC's cn/tw/hk variants map character to
 * character but not always code unit to code unit (二噁英 → 二𫫇英: a BMP ideograph for an
 * astral one), so the texts are compared as common prefix + differing middle + common suffix,
 * and a cut in the middle is mapped by code point, which works whenever the middles hold the
 * same number of characters. Anything else (a converter that rewrote a phrase into another
 * length) has no trustworthy alignment: null.
 */

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether offset `i` of `s` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
}

/**
 * The offsets in `original` that correspond to offsets `cuts` of `current` (ascending, each in
 * [0, current.length]), or null when any of them has no trustworthy alignment. Linear in the
 * text plus the cuts: a 1 MB text node can hold thousands of highlights.
 */
export function mapOffsets(original: string, current: string, cuts: readonly number[]): number[] | null {
  if (original === current) return cuts.slice();
  // Common prefix and suffix, never ending inside a surrogate pair and never overlapping.
  const shorter = Math.min(original.length, current.length);
  let prefix = 0;
  while (prefix < shorter && original.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
  if (splitsPair(current, prefix) || splitsPair(original, prefix)) prefix--;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    original.charCodeAt(original.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
  ) suffix++;
  if (splitsPair(current, current.length - suffix) || splitsPair(original, original.length - suffix)) suffix--;
  const curEnd = current.length - suffix;
  const origEnd = original.length - suffix;
  const out: number[] = [];
  // Walks the differing middles one character each, as far as the cuts need.
  let c = prefix;
  let o = prefix;
  for (const at of cuts) {
    if (at <= prefix) out.push(Math.max(0, at));
    else if (at >= curEnd) out.push(Math.min(original.length, origEnd + (at - curEnd)));
    else {
      while (c < at && c < curEnd && o < origEnd) {
        c += width(current, c);
        o += width(original, o);
      }
      if (c !== at || o >= origEnd) return null;
      out.push(o);
    }
  }
  // The cuts fit only if the middles hold the same number of characters.
  if (out.length > 0 && c > prefix && !sameCount(current, c, curEnd, original, o, origEnd)) return null;
  return out;
}

/** Code units of the code point starting at `i`. */
function width(s: string, i: number): number {
  return isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
}

/** Whether s[i, end) and t[j, tEnd) hold the same number of code points. */
function sameCount(s: string, i: number, end: number, t: string, j: number, tEnd: number): boolean {
  while (i < end && j < tEnd) {
    i += width(s, i);
    j += width(t, j);
  }
  return i >= end && j >= tEnd;
}

/** The offset in `original` that corresponds to offset `at` of `current` (see mapOffsets). */
export function mapOffset(original: string, current: string, at: number): number | null {
  return mapOffsets(original, current, [at])?.[0] ?? null;
}

/** One stretch of converted text and the original it came from. */
export interface Segment {
  original: string;
  current: string;
}

/**
 * Cuts the originals of consecutive segments along `cuts` — offsets into the segments'
 * concatenated current text, ascending — and returns the original offset of each cut (or null
 * if any cut cannot be aligned). A cut on a segment boundary maps to that boundary exactly.
 */
export function mapCuts(segments: readonly Segment[], cuts: readonly number[]): number[] | null {
  const out: number[] = [];
  let curStart = 0;
  let origStart = 0;
  let i = 0;
  for (const s of segments) {
    const curEnd = curStart + s.current.length;
    // The cuts in this segment (one on the boundary with the next counts as its end).
    const local: number[] = [];
    for (; i < cuts.length && cuts[i]! <= curEnd; i++) local.push(cuts[i]! - curStart);
    if (local.length > 0) {
      const at = mapOffsets(s.original, s.current, local);
      if (!at) return null;
      for (const a of at) out.push(origStart + a);
    }
    curStart = curEnd;
    origStart += s.original.length;
  }
  // Cuts beyond the text (there are none when the pieces' text is the segments' text).
  for (; i < cuts.length; i++) {
    if (cuts[i] !== curStart) return null;
    out.push(origStart);
  }
  return out;
}
