import type { TaggedToken } from '../tokens';

/**
 * Sports and culture pages join the members of a pair or a crew with a slash (施廷懋/王涵,
 * 陈云霞/张灵/吕扬/崔晓桐): a list of names like one joined by 、. A slash between two Han
 * characters becomes a 、 for the name rules, one character for one, so every offset stays
 * where it was; the list rules still ask each member for a name's shape, so 中/英 or 上/下
 * name no one.
 */
const SLASH_BETWEEN_HAN = /(?<=\p{Script=Han})[/／](?=\p{Script=Han})/gu;

/** A word that may be a name or the end of one (王涵/x, 云霞/nr): a credit's label (文/, 图/) or a
 * body (观察者网) beside the slash is none, and keeps its slash. */
const nameSide = (t: TaggedToken | undefined) => t !== undefined && t.end - t.start >= 2 && t.end - t.start <= 3 && /^(?:nr|nrfg|nrt|x)$/.test(t.tag);

export function slashesAsListMarks(folded: string, tokens: readonly TaggedToken[]): { folded: string; tokens: readonly TaggedToken[] } {
  if (!SLASH_BETWEEN_HAN.test(folded)) return { folded, tokens };
  SLASH_BETWEEN_HAN.lastIndex = 0;
  const at = new Set<number>();
  for (const [k, t] of tokens.entries()) {
    if (t.end - t.start !== 1 || !/^[/／]$/.test(folded[t.start]!)) continue;
    // A one-character word right after the last member may be the end of its name (张家/nrfg 齐/a):
    // the list is left to the rules that find names one by one.
    const after = tokens[k + 2];
    const cut = after !== undefined && after.end - after.start === 1 && /\p{Script=Han}/u.test(after.word) && !/^(?:p|v|c|d|uj)$/.test(after.tag);
    if (nameSide(tokens[k - 1]) && nameSide(tokens[k + 1]) && tokens[k - 1]!.end === t.start && tokens[k + 1]!.start === t.end && !cut) at.add(t.start);
  }
  if (at.size === 0) return { folded, tokens };
  const chars = [...folded.split('')];
  for (const i of at) chars[i] = '、';
  const marked = chars.join('');
  return { folded: marked, tokens: tokens.map((t) => (at.has(t.start) && t.end - t.start === 1 ? { ...t, word: '、' } : t)) };
}
