/**
 * Whether OpenCC (or the quote style) could change a string at all. Every key of the cn/tw/hk
 * tables starts with or contains an ideograph (BMP, compatibility or astral), and 「」『』 and
 * curly quotes only change next to Chinese, so a string without ideographs or corner brackets
 * is never sent to the converter: most of a page's text nodes are whitespace, digits or Latin.
 */
const CONVERTIBLE = /[\u300c-\u300f\u3400-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

export function mayConvert(text: string): boolean {
  return CONVERTIBLE.test(text);
}
