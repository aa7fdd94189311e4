import { foldToSimplified } from '../../text';

/**
 * The text the date rules run on: script-folded (rules are written once, in Simplified) and with
 * full-width digits and colons turned into ASCII, so `２０２３年` and `10：44` need no extra
 * alternatives. Every replacement is one UTF-16 unit for one unit, so offsets found here index
 * the original text.
 */
const WIDE = /[０-９：○Ｏ]/g;

export function normaliseForDates(text: string): string {
  return foldToSimplified(text).replace(WIDE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
    if (ch === '：') return ':';
    // `○` (white circle) and `Ｏ` stand in for `〇` in many typed year numerals (二○二三年).
    return '〇';
  });
}
