/**
 * Shared token shapes for the NLP core, and the ONE place where jieba's offsets become Kanbao's.
 *
 * jieba-rs counts offsets in Unicode code points; every span in Kanbao is UTF-16 code units,
 * half-open. The two agree until the first astral character (`𠀀`, U+20000, is two UTF-16 units),
 * so a bug here hides in most tests: keep all conversion in this file.
 */

/** A segmented word with its part-of-speech tag (jieba/ICTCLAS tag set: n, nr, ns, nt, v, x…). */
export interface TaggedToken {
  /** The word as it appears in the text the offsets index (original script, not folded). */
  word: string;
  tag: string;
  /** UTF-16 offsets into the analysed text, half-open. */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** What jieba's `tag()` returns: words in order, no offsets. */
export interface RawTag {
  word: string;
  tag: string;
}

/**
 * Places jieba's tags on the text by walking it: `tag()` returns consecutive words that cover
 * its input, so each word starts where the previous one ended. `searched` is the string jieba
 * saw (the Simplified fold); `original` is what offsets and words are reported against (same
 * length, see fold.ts). Lengths are JS string lengths, i.e. already UTF-16.
 *
 * If a word is not found where expected (jieba normalising something we did not foresee), we
 * resynchronise on its next occurrence rather than shifting every later offset.
 */
export function placeTags(tags: readonly RawTag[], searched: string, original: string = searched): TaggedToken[] {
  if (original.length !== searched.length) throw new Error('placeTags: the searched text must have the original length');
  const out: TaggedToken[] = [];
  let at = 0;
  for (const t of tags) {
    if (t.word.length === 0) continue;
    let start = at;
    if (!searched.startsWith(t.word, at)) {
      start = searched.indexOf(t.word, at);
      if (start < 0) continue;
    }
    const end = start + t.word.length;
    out.push({ word: original.slice(start, end), tag: t.tag, start, end });
    at = end;
  }
  return out;
}

/**
 * Converts code-point spans (jieba's `tokenize`) into UTF-16 spans of the same text.
 * One pass over the text builds the code-point → UTF-16 table; spans may come in any order.
 */
export function codePointSpansToUtf16<T extends Span>(text: string, spans: readonly T[]): T[] {
  const table: number[] = [0];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    table.push(i);
  }
  const at = (cp: number) => table[Math.min(Math.max(cp, 0), table.length - 1)]!;
  return spans.map((s) => ({ ...s, start: at(s.start), end: at(s.end) }));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/** True for a word made only of Han characters (no digits, Latin, punctuation, spaces). */
export function isHanWord(word: string): boolean {
  return HAN_ONLY.test(word);
}

/** Index of the first token whose end is after `offset` (tokens sorted, non-overlapping). */
export function tokenIndexAt(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying inside [start, end) (a token straddling a bound is left out). */
export function tokensWithin<T extends Span>(tokens: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i]!.end <= end; i++) {
    if (tokens[i]!.start >= start) out.push(tokens[i]!);
  }
  return out;
}
