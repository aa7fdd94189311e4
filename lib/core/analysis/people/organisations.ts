import { isHanWord, type TaggedToken } from '../tokens';
import { ADMIN_START, FUNCTION_WORDS, NOT_ORG_END, ORG_END, POST_AT_END, PROPER_TAGS, gluedFunction, overlaps } from './lexicon';
import type { NamedEntity } from './types';

// ---- Organisations and places --------------------------------------------------------------------

/**
 * Organisations: a token ending in an organisation head (公安局, 派出所, 总队, 厅…) with the
 * proper-name and organisation words before it (长沙市/公安局, 省公安厅/经侦/总队). A head alone
 * (派出所, 项目部) is a common noun unless jieba tags it nt or it starts with a level (省公安厅).
 */
export function organisations(text: string, folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): NamedEntity[] {
  const groups = new Map<string, NamedEntity>();
  const chain = (i: number) => isChainWord(folded, tokens, i) && !overlaps(personAt, tokens[i]!);
  for (let j = 0; j < tokens.length; j++) {
    const head = tokens[j]!;
    const hw = folded.slice(head.start, head.end);
    if (!isOrgHead(hw) || overlaps(personAt, head)) continue;
    // Report the longest chain only: if another head follows (公安局 → 芙蓉分局), let it.
    if (continuesChain(folded, tokens, j + 1, chain)) continue;
    let start = head.start;
    let proper = head.tag === 'nt' || ADMIN_START.test(hw);
    let i = j - 1;
    for (; i >= 0 && head.end - tokens[i]!.start <= 30 && chain(i); i--) {
      start = tokens[i]!.start;
      if (PROPER_TAGS.has(tokens[i]!.tag)) proper = true;
    }
    // As for titles: a lone character opening the clause heads the name (”定/王台派出所), and
    // so does the second half of a preposition the HMM glued to it (从定/王台派出所).
    const lead = tokens[i];
    if (lead && lead.end === start && lead.end - lead.start === 1 && isHanWord(lead.word) &&
      !FUNCTION_WORDS.test(folded[lead.start]!) && (i === 0 || /^[\s，,。；;：:“”「」]+$/.test(tokens[i - 1]!.word))) {
      start = lead.start;
    } else if (lead && lead.end === start && lead.end - lead.start === 2 && gluedFunction(folded.slice(lead.start, lead.end), lead.tag)) {
      start = lead.start + 1;
    }
    if (!proper) continue;
    const key = folded.slice(start, head.end);
    const g = groups.get(key) ?? { name: text.slice(start, head.end), mentions: [], count: 0 };
    g.mentions.push({ start, end: head.end });
    g.count++;
    groups.set(key, g);
  }
  return sortEntities([...groups.values()]);
}

/** A word that ends an organisation's name: 公安局, 派出所, 省公安厅, 湖南省委 (not 干部, 格局). */
function isOrgHead(w: string): boolean {
  return isHanWord(w) && w.length >= 3 && ORG_END.test(w) && !NOT_ORG_END.test(w) && !POST_AT_END.test(w);
}

/** Whether tokens[i] can belong to an organisation name. */
function isChainWord(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const w = folded.slice(t.start, t.end);
  if (!isHanWord(w) || FUNCTION_WORDS.test(w) || POST_AT_END.test(w) || gluedFunction(w, t.tag)) return false;
  if (PROPER_TAGS.has(t.tag) || isOrgHead(w)) return true;
  if ((t.tag === 'n' || t.tag === 'vn') && w.length <= 4) return true;
  // One character between organisation words (分局/定/王台派出所).
  const prev = tokens[i - 1];
  return w.length === 1 && prev !== undefined && isOrgHead(folded.slice(prev.start, prev.end));
}

/** Whether the chain goes on from tokens[i] to another organisation head within a few tokens. */
function continuesChain(folded: string, tokens: readonly TaggedToken[], i: number, chain: (i: number) => boolean): boolean {
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    if (!chain(k)) return false;
    if (isOrgHead(folded.slice(tokens[k]!.start, tokens[k]!.end))) return true;
  }
  return false;
}

/** Most mentioned first, then page order. */
export function sortEntities(list: NamedEntity[]): NamedEntity[] {
  return list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}
