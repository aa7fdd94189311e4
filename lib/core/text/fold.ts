import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * A length-preserving Traditional → Simplified fold, for *matching* only.
 *
 * People's Daily's /BIG5/ pages mix scripts (`1.3萬余家`, `干部`), so rules are written once,
 * in Simplified, and run on the folded text; offsets found there index the original text
 * directly because every UTF-16 unit maps to exactly one unit. Conversions that would change
 * the length (astral characters, one-to-many entries) are left out: the fold never moves an offset.
 *
 * Built for whole pages: a 64 K-entry code-unit table and one pass over `charCodeAt` (a Map and
 * string concatenation per character cost about 10 ms on a 200,000-character page).
 */
let table: Uint16Array | null = null;
/** 1 for a Traditional-only form (the table changes it), 2 for a Simplified form it produces. */
let scriptOf: Uint8Array | null = null;

function build(): Uint16Array {
  const map = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  // The dictionary reads `from to[ alt…]|from to|…`. Walk it by code unit instead of splitting it
  // into thousands of strings: this runs at every page load of the annotator.
  const d = TSCharacters as string;
  for (let i = 0; i < d.length; ) {
    const bar = d.indexOf('|', i);
    const end = bar === -1 ? d.length : bar;
    const f = d.charCodeAt(i);
    const t = d.charCodeAt(i + 2);
    // Single BMP units only (a surrogate or a longer key would move offsets); the first
    // alternative is OpenCC's preferred form.
    const single = d.charCodeAt(i + 1) === 32 && f < 0xd800 && t < 0xd800 && i + 2 < end;
    if (single) {
      map[f] = t;
      if (f !== t) kind[f] = 1;
      if (kind[t] !== 1) kind[t] = 2;
    }
    i = end + 1;
  }
  // Hong Kong's standard forms that the Taiwan-based table lacks (opencc's `hk` output writes
  // 衞生 for 卫生: health bodies, 世衞組織), folded like their Taiwan forms.
  for (const [f, t] of [['衞', '卫']] as const) {
    map[f.charCodeAt(0)] = t.charCodeAt(0);
    kind[f.charCodeAt(0)] = 1;
  }
  // A character that is both a source and some other character's simplification (e.g. 乾 → 干
  // while 乾 is also kept in 乾隆) was marked 1 last; sources always win over targets.
  scriptOf = kind;
  return map;
}

/**
 * Which script one UTF-16 unit belongs to, by OpenCC's character table: 1 Traditional-only
 * (網, 來, 萬), 2 a Simplified form (网, 来, 万, and leftovers such as 余, 干, 后 that
 * machine-converted pages keep), 0 shared by both (人, 群).
 */
export function scriptClass(code: number): 0 | 1 | 2 {
  table ??= build();
  return scriptOf![code] as 0 | 1 | 2;
}

/** `scriptClass` for every UTF-16 unit at once, for loops over a whole page. Read-only. */
export function scriptClasses(): Readonly<Uint8Array> {
  table ??= build();
  return scriptOf!;
}

/** The fold of one UTF-16 unit: what `foldToSimplified` puts at its place. */
export function foldUnit(code: number): number {
  table ??= build();
  return table[code] || code;
}

// The extractors fold the same line one after the other: remember the last answer.
let lastIn = '';
let lastOut = '';
const CHUNK = 8192;
/**
 * Code units being folded, kept between calls: a page folds hundreds of paragraphs one at a time,
 * and a fresh ArrayBuffer per call costs more than the fold. Whole pages get their own array.
 */
const scratch = new Uint16Array(16384);

export function foldToSimplified(text: string): string {
  table ??= build();
  if (text === lastIn) return lastOut;
  const codes = text.length <= scratch.length ? scratch.subarray(0, text.length) : new Uint16Array(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = table[code]!;
    changed ||= folded !== 0 && folded !== code;
    codes[i] = folded || code;
  }
  let out = text;
  if (changed) {
    out = '';
    // `apply` takes the typed array as an argument list directly; spreading it is several times slower.
    for (let i = 0; i < codes.length; i += CHUNK) {
      out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
    }
  }
  lastIn = text;
  lastOut = out;
  return out;
}
