import { scriptClasses } from './fold';
import { SHARED_SIMPLIFIED_FORMS } from './shared-forms';
import type { Script } from '../types';

/**
 * Which script a text is written in. A character counts as Traditional when OpenCC's table
 * simplifies it (網, 來, 萬) and as Simplified when it is a simplification (网, 来, 万); the
 * rest (人, 群) says nothing. The table is the one the fold already loads, so this costs no
 * extra data.
 *
 * People's Daily's /BIG5/ pages are machine-converted and keep Simplified leftovers (the seed has
 * 余, 干部, 隨后), so forms Big5 also holds count for neither side (shared-forms.ts),
 * and the verdict is a share, not "any Simplified character means mixed".
 */
const SHARED = new Set([...SHARED_SIMPLIFIED_FORMS].map((ch) => ch.charCodeAt(0)));

/** A share of the distinguishing characters at or above this is that script. */
const MAJORITY = 0.8;
/** Fewer CJK characters than this (and no Latin majority) is too little to tell. */
const MIN_CJK = 4;

export function detectScript(text: string): Script {
  return scriptVerdict(countScript(text));
}

/** What detectScript counts; counts of two texts add up to the counts of their concatenation. */
export interface ScriptCounts {
  cjk: number;
  latin: number;
  trad: number;
  simp: number;
}

export const noScriptCounts = (): ScriptCounts => ({ cjk: 0, latin: 0, trad: 0, simp: 0 });

/**
 * Adds the counts of `text[from, to)` to `into` (a fresh record by default), so a caller can count
 * a long text in slices and yield between them.
 */
export function countScript(text: string, into: ScriptCounts = noScriptCounts(), from = 0, to = text.length): ScriptCounts {
  let { cjk, latin, trad, simp } = into;
  // No call per character (a table read, inline range tests): this runs over the whole article
  // at every page load, mostly before the engine has optimised it.
  const classes = scriptClasses();
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // CJK ideographs (extension A to the basic block, and the compatibility block).
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      const k = classes[c];
      if (k === 1) trad++;
      else if (k === 2 && !SHARED.has(c)) simp++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  Object.assign(into, { cjk, latin, trad, simp });
  return into;
}

/** The script the counts say. */
export function scriptVerdict({ cjk, latin, trad, simp }: ScriptCounts): Script {
  // About five Latin letters make a word, one CJK character about a word: compare words.
  if (latin >= 20 && latin / 5 > cjk * 2) return 'english';
  if (cjk < MIN_CJK) return latin >= 20 ? 'english' : 'unknown';
  const distinct = trad + simp;
  // Text made only of characters both scripts share (中国人民) reads as Simplified, the default
  // for mainland pages.
  if (distinct === 0) return 'simplified';
  const share = trad / distinct;
  if (share >= MAJORITY) return 'traditional';
  if (share <= 1 - MAJORITY) return 'simplified';
  return 'mixed';
}
