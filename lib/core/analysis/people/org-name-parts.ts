/*
 * Tests on single tokens that reading a name back and judging it both ask: where a clause opens,
 * a word of praise before a village, a town's name. Apart so that both can use them.
 */
import { isHanWord, type TaggedToken } from '../tokens';
import { FUNCTION_WORDS } from './lexicon';
import { CATEGORY_WORDS, DETERMINERS, UNIT_WORDS } from './org-words';
import { isHead, wordAt } from './org-candidates';

/** Whether tokens[k] opens its clause: after a pause, at the start, or after a one-character
 * preposition (经, 由, 据, 在) jieba may tag a noun. */
export function opensClause(folded: string, tokens: readonly TaggedToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.end !== tokens[k]!.start || !isHanWord(prev.word)) return true;
  const pw = wordAt(folded, prev);
  if (/^[经由据在对向与和及按从]$/.test(pw)) {
    const before = tokens[k - 2];
    return !before || before.end !== prev.start || !isHanWord(before.word);
  }
  return false;
}

/** Whether tokens[k] is a word of praise naming the community or the village right after it
 * (幸福/a 社区, 团结/a 村, 光明/a 社区). */
export function adjectiveNamedPlace(folded: string, tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return /^(?:a|an)$/.test(t.tag) && t.end - t.start === 2 && next !== undefined && next.start === t.end && /^(?:社区|村)$/.test(wordAt(folded, next));
}

/** Tags of a word jieba gave a town's or a village's name (南头/f, 三角/m, 东凤/x, 同安/nz). */
const TOWN_NAME_TAGS = new Set(['f', 'm', 'x', 'n', 'nz', 'ns', 's', 'j', 'nr', 'nrt', 'a', 'b']);

/** Whether a token can be the name of a town or a village before 镇, 乡 or 村. */
export function townName(folded: string, t: TaggedToken): boolean {
  const w = wordAt(folded, t);
  return TOWN_NAME_TAGS.has(t.tag) && w.length >= 2 && w.length <= 3 && /^\p{Script=Han}+$/u.test(w) && !FUNCTION_WORDS.test(w) &&
    !DETERMINERS.test(w) && !UNIT_WORDS.test(w) && !/^[全各该本每两几多]/.test(w) && !isHead(w) && !CATEGORY_WORDS.test(w);
}

/** i itself when tokens[i] starts at `start` (the name begins on a token boundary). */
export function tokenAtStart(tokens: readonly TaggedToken[], i: number, start: number): number {
  return tokens[i]!.start === start ? i : -1;
}
