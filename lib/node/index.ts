/**
 * Node-only tools: the command line's annotate and summary, loading saved HTML, and the
 * accuracy evaluator with its span scoring.
 */
export { annotateInput, InputError } from './annotate';
export { evaluate, KINDS, loadGoldTexts, pool } from './evaluate';
export { formatSummary } from './format-summary';
