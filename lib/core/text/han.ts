/**
 * `\p{Script=Han}` without paying for it on every page load.
 *
 * A `/\p{Script=Han}/u` regex is compiled from ICU's full Han set (tens of ranges, astral ones
 * included) the first time it runs; a pattern that repeats it (`\p{Script=Han}{1,4}`) costs a
 * millisecond or more, and the annotator runs on a fresh instance at every page load. Almost every
 * character the extractors ask about is a common ideograph, ASCII or CJK punctuation, so those are
 * answered from fixed ranges; anything else (rare ideographs, surrogates, newer Unicode additions)
 * goes to the engine's own regex, so the answer is always exactly the regex's.
 */

let hanRegex: RegExp | null = null;
let allHanRegex: RegExp | null = null;
let allHanOrDigitRegex: RegExp | null = null;

/** 1: certainly Han, 0: certainly not, -1: ask the engine. Ranges are stable across Unicode versions. */
function classify(c: number): 1 | 0 | -1 {
  if (c < 0x2e80) return 0; // nothing below the CJK radicals is Han
  if (c >= 0x4e00 && c <= 0x9fd5) return 1; // CJK Unified Ideographs (as of Unicode 8)
  if (c >= 0x3400 && c <= 0x4db5) return 1; // Extension A (Unicode 3)
  if ((c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020)) return 0; // CJK punctuation and brackets
  if (c >= 0xff00 && c <= 0xffef) return 0; // full-width and half-width forms
  return -1;
}

/**
 * A character class (without brackets) of ideographs that are Han in every Unicode version, for
 * regexes without the `u` flag that stand in for `\p{Script=Han}` on text where `hanKnown` holds.
 */
export const HAN_RANGES = '\\u3400-\\u4db5\\u4e00-\\u9fd5';

/**
 * Whether every unit of `s` is certainly Han or certainly not (no surrogates, no rare or recent
 * ideographs): on such text `[${HAN_RANGES}]` without `u` matches exactly where `\p{Script=Han}`
 * with `u` does.
 */
export function hanKnown(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (classify(s.charCodeAt(i)) === -1) return false;
  return true;
}

/** Same as `/\p{Script=Han}/u.test(ch)` for a one-unit string (or '' / undefined: false). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const k = classify(ch.charCodeAt(0));
  if (k !== -1 && ch.length === 1) return k === 1;
  hanRegex ??= /\p{Script=Han}/u;
  return hanRegex.test(ch);
}

/**
 * Same as `/^\p{Script=Han}+$/u.test(s)`, or with `digits` `/^[\p{Script=Han}0-9]+$/u.test(s)`.
 */
export function isAllHan(s: string, digits = false): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (digits && c >= 48 && c <= 57) continue;
    const k = classify(c);
    if (k === 0) return false;
    if (k === -1) return slowAllHan(s, digits);
  }
  return true;
}

function slowAllHan(s: string, digits: boolean): boolean {
  if (digits) return (allHanOrDigitRegex ??= /^[\p{Script=Han}0-9]+$/u).test(s);
  return (allHanRegex ??= /^\p{Script=Han}+$/u).test(s);
}
