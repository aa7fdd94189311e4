import FORMULATIONS from '../../../data/formulations.json';
import type { ProgramHit, ProgramKind } from './types';
import { WordScan } from '../../text';

/**
 * Well-known numbered formulations, strategies and programmes (`lib/data/formulations.json`,
 * Simplified, linted by tests). Unquoted numbered formulations are programs even inside quoted
 * speech (guidelines §5.3), and they have no typographic cue, so a lexicon is the reliable way
 * to find them (patterns §2.2: a few hundred entries cover most PD usage).
 *
 * Matching is leftmost-longest over the folded text (`WordScan`: the same matches as an
 * alternation of the entries, longest first, without compiling one at every page load).
 */
// Built on the first search, with the rest of the extractors' first-use work.
let scan: WordScan | null = null;

const ENTRIES: ReadonlySet<string> = new Set(FORMULATIONS as string[]);
const NUMERAL = /[一二三四五六七八九十两双百千万]/;

export function inLexicon(folded: string): boolean {
  return ENTRIES.has(folded);
}

export function lexiconKind(entry: string): ProgramKind {
  return /(?:战略|长制)$/.test(entry) ? 'strategy' : NUMERAL.test(entry) ? 'numbered' : 'slogan';
}

export function findLexicon(folded: string): ProgramHit[] {
  scan ??= new WordScan(FORMULATIONS as string[]);
  return scan.all(folded).map((h) => ({ start: h.start, end: h.end, kind: lexiconKind(folded.slice(h.start, h.end)) }));
}
