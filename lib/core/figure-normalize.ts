import { foldToSimplified } from './fold';

/**
 * The string the figure rules run on: Traditional folded to Simplified (the project's
 * `foldToSimplified`), plus the few figure-relevant forms OpenCC's table leaves alone
 * (full-width digits and signs, the variant `戸`). Every replacement is one UTF-16 unit for
 * one, so offsets found here index the original text.
 *
 * Speed: a 200 000-character page has only a few thousand distinct characters, so those are
 * folded once and the text is mapped through a code table, instead of building the output one
 * character at a time.
 */
const EXTRA: ReadonlyMap<string, string> = new Map([
  ['戸', '户'],
  ['％', '%'],
  ['．', '.'],
  ['－', '-'],
  ['＋', '+'],
  ['～', '~'],
  ['：', ':'],
  ['／', '/'],
  ['＊', '*'],
  ['Ｘ', 'X'],
  ['ｘ', 'x'],
]);

const FULLWIDTH_ZERO = 0xff10;
const CHUNK = 8192;
const utf16 = new TextDecoder('utf-16le');

function extra(code: number): number {
  if (code >= FULLWIDTH_ZERO && code <= FULLWIDTH_ZERO + 9) return 48 + code - FULLWIDTH_ZERO;
  const mapped = EXTRA.get(String.fromCharCode(code));
  return mapped === undefined ? code : mapped.charCodeAt(0);
}

export function normalizeForMatching(text: string): string {
  const n = text.length;
  // 0 = not seen yet; otherwise folded code + 1 (so that a table of zeros means "unknown").
  const table = new Uint32Array(0x10000);
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (table[c] === 0) {
      table[c] = 1;
      distinct.push(c);
    }
  }
  let source = '';
  for (let i = 0; i < distinct.length; i += CHUNK) source += String.fromCharCode(...distinct.slice(i, i + CHUNK));
  const folded = foldToSimplified(source);
  for (let k = 0; k < distinct.length; k++) table[distinct[k]!] = extra(folded.charCodeAt(k)) + 1;

  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = table[text.charCodeAt(i)]! - 1;
  // Code units straight back to a string, natively (Uint16Array is little-endian on every JS
  // platform). A lone surrogate decodes to U+FFFD: still one unit, so offsets hold.
  return utf16.decode(out);
}
