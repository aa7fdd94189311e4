import FORMULATIONS from '../data/formulations.json';
import type { ProgramHit, ProgramKind } from './program-types';

/**
 * Well-known numbered formulations, strategies and programmes (`lib/data/formulations.json`,
 * Simplified, linted by tests). Unquoted numbered formulations are programs even inside quoted
 * speech (guidelines §5.3), and they have no typographic cue, so a lexicon is the reliable way
 * to find them (patterns §2.2: a few hundred entries cover most PD usage).
 *
 * Matching is leftmost-longest over the folded text.
 */
// One alternation, longest entries first, gives leftmost-longest matches in native regex code
// (measured three times faster than a first-character index on a 200 000-character page).
// Entries are plain Han text (the lexicon test checks it), so they need no escaping.
const ALTERNATION = new RegExp([...(FORMULATIONS as string[])].sort((a, b) => b.length - a.length).join('|'), 'g');

const ENTRIES: ReadonlySet<string> = new Set(FORMULATIONS as string[]);
const NUMERAL = /[一二三四五六七八九十两双百千万]/;

export function inLexicon(folded: string): boolean {
  return ENTRIES.has(folded);
}

export function lexiconKind(entry: string): ProgramKind {
  return /(?:战略|长制)$/.test(entry) ? 'strategy' : NUMERAL.test(entry) ? 'numbered' : 'slogan';
}

export function findLexicon(folded: string): ProgramHit[] {
  return [...folded.matchAll(ALTERNATION)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: lexiconKind(m[0]) }));
}
