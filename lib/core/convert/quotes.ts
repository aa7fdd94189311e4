/**
 * Quote style for Chinese text: curly “” ‘’ ⇄ corner 「」 『』.
 *
 * Curly quotes are shared with English, so they become corner brackets only where they quote
 * Chinese: an English quotation, an apostrophe (don’t, Xi’s) or a prime is never touched.
 * Corner brackets are Chinese-only punctuation, so the reverse direction converts all of them.
 * Every replacement is one UTF-16 unit for one, so offsets into the text stay valid.
 */
export type QuoteStyle = 'corner' | 'curly';

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;
/** CJK punctuation and full-width forms (：，。《》（）…) also mark Chinese context. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2014\u2026]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/** The whole code point ending just before `i` (astral ideographs are two units). */
function before(text: string, i: number): string | undefined {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return i >= 1 ? text[i - 1] : undefined;
}

function after(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i + 1);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && IDEOGRAPH.test(ch);
}

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (IDEOGRAPH.test(ch) || CJK_PUNCT.test(ch));
}

/** Outside a pair, a string boundary is neutral: `“人民”的` at the start of a node still counts. */
function outsideOk(ch: string | undefined): boolean {
  return ch === undefined || isChinese(ch);
}

/**
 * A pair is Chinese if its content starts or ends with Chinese, or if it sits between Chinese
 * on both sides (说“OK”。) with at least one real Chinese neighbour.
 */
function pairIsChinese(text: string, open: number, close: number): boolean {
  if (open + 1 < close && (isChinese(after(text, open)) || isChinese(before(text, close)))) return true;
  const out1 = before(text, open);
  const out2 = after(text, close);
  return outsideOk(out1) && outsideOk(out2) && (isIdeograph(out1) || isIdeograph(out2));
}

/** ’ between two Latin letters is an apostrophe, never a closing quote. */
function isApostrophe(text: string, i: number): boolean {
  return LATIN_LETTER.test(before(text, i) ?? '') && LATIN_LETTER.test(after(text, i) ?? '');
}

function convertPairs(
  chars: string[],
  text: string,
  open: string,
  close: string,
  toOpen: string,
  toClose: string,
  allowUnpaired: boolean,
): void {
  let pending = -1;
  const unpairedOpen = (i: number): void => {
    // A paragraph-spanning Chinese quotation opens without closing in the same text.
    if (allowUnpaired && isChinese(after(text, i))) chars[i] = toOpen;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open) {
      if (pending >= 0) unpairedOpen(pending);
      pending = i;
    } else if (ch === close && !isApostrophe(text, i)) {
      if (pending >= 0) {
        if (pairIsChinese(text, pending, i)) {
          chars[pending] = toOpen;
          chars[i] = toClose;
        }
        pending = -1;
      } else if (allowUnpaired && isChinese(before(text, i)) && !LATIN_LETTER.test(after(text, i) ?? '')) {
        chars[i] = toClose;
      }
    }
  }
  if (pending >= 0) unpairedOpen(pending);
}

const TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function convertQuotes(text: string, style: QuoteStyle): string {
  if (style === 'curly') {
    return /[「」『』]/.test(text) ? text.replace(/[「」『』]/g, (c) => TO_CURLY[c] ?? c) : text;
  }
  if (!/[“”‘’]/.test(text)) return text;
  const chars = text.split('');
  convertPairs(chars, text, '“', '”', '「', '」', true);
  // Single quotes stand alone only as apostrophes or primes, so only matched pairs convert.
  convertPairs(chars, text, '‘', '’', '『', '』', false);
  return chars.join('');
}
