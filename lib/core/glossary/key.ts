import { foldToSimplified } from '../text';

/** Every quotation mark a page may put around a formulation, in either script or width. */
const QUOTES = /[“”‘’「」『』"'＂＇《》〈〉]/g;
const DIGITS = '〇一二三四五六七八九';

/**
 * The form a formulation is compared in: Simplified, no quotation marks or spaces, and a count
 * written in digits read as a numeral (`4个意识` → `四个意识`, `2个确立` → `两个确立`: before a
 * measure word two is 两).
 */
export function glossaryKey(name: string): string {
  return foldToSimplified(name)
    .replace(QUOTES, '')
    .replace(/\s+/g, '')
    .replace(/(?<![\d.])[1-9](?![\d.])/g, (d) => DIGITS[Number(d)]!)
    .replace(/(?<![一二三四五六七八九十])二(?=个|项|条|种|大|不)/g, '两');
}

/**
 * The keys under which a program's name may be in the glossary: the whole name, then each quoted
 * part (`“三个代表”重要思想` → 三个代表重要思想, 三个代表), longest first.
 */
export function lookupKeys(name: string): string[] {
  const keys = [glossaryKey(name)];
  for (const m of foldToSimplified(name).matchAll(/[“「『"]([^”」』"]{2,30})[”」』"]/g)) keys.push(glossaryKey(m[1]!));
  return [...new Set(keys)].filter(Boolean);
}
