/**
 * Node-only tools: the command line (runCli: annotate a saved page or text, or print the verdict
 * on a page that is not an article), loading saved HTML, and the accuracy evaluator with its span
 * scoring.
 */
export type { VerdictDocument } from './annotate';
export { runCli } from './cli';
export { evaluate, KINDS, loadGoldTexts, pool } from './evaluate';
