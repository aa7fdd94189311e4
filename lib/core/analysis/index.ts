/**
 * What jieba's tokens tell: keywords, people and organisations, the summary, and what a
 * figure measures. Pure: tagged tokens in, rows out.
 */
export { analyzeTokens, type Analysis } from './analysis';
export { whatItMeasures } from './measures';
export { codePointSpansToUtf16, placeTags, type Span, type TaggedToken } from './tokens';
export { createAnalysisMemo } from './memo';
