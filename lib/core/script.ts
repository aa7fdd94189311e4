import type { Script } from './types';

/**
 * Which script a text is written in. A character counts as Traditional-only when Big5 has it and
 * GB2312 does not (網, 來, 萬), as Simplified-only when GB2312 has it and Big5 does not (网, 来,
 * 万); characters both charsets hold (人, 群, 后, 余, 干, 台) say nothing. The two sets are read
 * from the platform's own decoders (the Encoding Standard's big5 and gbk), so no table ships.
 *
 * People's Daily's /BIG5/ pages are machine-converted and keep Simplified leftovers (the seed has
 * 余, 干部, 隨后 — all in both charsets — and a few real ones), so the verdict is a share, not
 * "any Simplified character means mixed".
 */

let sets: { trad: Set<string>; simp: Set<string> } | null = null;

/** Every character a double-byte charset maps in the given lead/trail ranges. */
function charset(label: string, leads: [number, number], trails: [number, number][]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  }
  const out = new Set<string>();
  // Unmapped pairs decode to U+FFFD (an ASCII trail byte is then re-read as ASCII): only CJK is kept.
  for (const ch of new TextDecoder(label).decode(new Uint8Array(bytes))) if (CJK.test(ch)) out.add(ch);
  return out;
}

function buildSets(): { trad: Set<string>; simp: Set<string> } {
  // GB2312 is GBK's A1–F7 × A1–FE block; standard Big5 is A1–F9 × (40–7E, A1–FE), without the
  // Hong Kong extension rows that the Encoding Standard's big5 adds below A1.
  const gb = charset('gbk', [0xa1, 0xf7], [[0xa1, 0xfe]]);
  const big5 = charset('big5', [0xa1, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]]);
  const trad = new Set<string>();
  const simp = new Set<string>();
  for (const ch of big5) if (!gb.has(ch)) trad.add(ch);
  for (const ch of gb) if (!big5.has(ch)) simp.add(ch);
  return { trad, simp };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/** A share of the distinguishing characters at or above this is that script. */
const MAJORITY = 0.8;
/** Fewer CJK characters than this (and no Latin majority) is too little to tell. */
const MIN_CJK = 4;

export function detectScript(text: string): Script {
  sets ??= buildSets();
  let cjk = 0;
  let latin = 0;
  let trad = 0;
  let simp = 0;
  for (const ch of text) {
    if (CJK.test(ch)) {
      cjk++;
      if (sets.trad.has(ch)) trad++;
      else if (sets.simp.has(ch)) simp++;
    } else if (LATIN.test(ch)) latin++;
  }
  // About five Latin letters make a word, one CJK character about a word: compare words.
  if (latin >= 20 && latin / 5 > cjk * 2) return 'english';
  if (cjk < MIN_CJK) return latin >= 20 ? 'english' : 'unknown';
  const distinct = trad + simp;
  // Text made only of characters both charsets share (中国人民) reads as Simplified, the default
  // for mainland pages.
  if (distinct === 0) return 'simplified';
  const share = trad / distinct;
  if (share >= MAJORITY) return 'traditional';
  if (share <= 1 - MAJORITY) return 'simplified';
  return 'mixed';
}
