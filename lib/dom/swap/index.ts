/**
 * Script conversion on the page: walk, plan and write converted text in slices, keep each
 * node's original for an exact undo, and follow the page's own later changes.
 */
export { createConversionMemo } from './conversion-memo';
export { createLiveScriptSwap } from './live';
export type { ConvertedBatch, ConvertFn, SwapReport } from './types';
