/**
 * The pure side of script conversion: the quote style (“” ⇄ 「」) and counting what a
 * conversion changed and repaired. The converter itself (opencc-js) lives in lib/engines; the
 * page side in lib/dom/swap.
 */
export { convertQuotes, type QuoteStyle } from './quotes';
export { countChangedChars, countText, tallyRepairs, type ConvertedText, type TextCounts } from './repair-count';
