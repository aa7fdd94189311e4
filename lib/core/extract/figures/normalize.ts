import { foldToSimplified } from '../../text';

/**
 * The string the figure rules run on: Traditional folded to Simplified (the project's
 * `foldToSimplified`), plus the few figure-relevant forms OpenCC's table leaves alone
 * (full-width digits and signs, the variant `戸`). Every replacement is one UTF-16 unit for
 * one, so offsets found here index the original text.
 *
 * Speed: the fold is a table lookup per unit; the extra forms are rare, so they are replaced
 * only when present. Nothing here allocates per call beyond the output string (this runs once
 * per paragraph).
 */
const EXTRA: Readonly<Record<string, string>> = {
  '戸': '户', '％': '%', '．': '.', '－': '-', '＋': '+', '～': '~', '：': ':', '／': '/', '＊': '*', 'Ｘ': 'X', 'ｘ': 'x',
};
const EXTRA_ANY = /[０-９戸％．－＋～：／＊Ｘｘ]/;
const EXTRA_ALL = /[０-９戸％．－＋～：／＊Ｘｘ]/g;

function extra(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  return EXTRA[ch] ?? ch;
}

export function normalizeForMatching(text: string): string {
  const folded = foldToSimplified(text);
  return EXTRA_ANY.test(folded) ? folded.replace(EXTRA_ALL, extra) : folded;
}
