/**
 * Text primitives every feature shares: script detection and Han tables, numerals,
 * offsets between article text and page runs, sentences, quotes and fold tables. Pure: strings in, values out.
 */
export { foldToSimplified, foldUnit } from './fold';
export { chineseLang } from './lang';
export { HAN_RANGES, hanKnown, isAllHan, isHan } from './han';
export { decimalFromInt, decimalToNumber, magnitudePower, parseArabic, parseChineseRange, parseNumeral, scaleDecimal, type Decimal } from './numerals';
export { locateParagraph, placePieces, sliceRuns, snapToCodePoints, type Piece, type Run, type RunSlice } from './offsets';
export { countScript, detectScript, scriptVerdict } from './script';
export { sentenceAt, splitSentences, type SentenceRange } from './sentences';
export { WordScan, type WordHit } from './word-scan';
