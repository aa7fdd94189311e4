import type { TaggedToken } from '../tokens';
import { GIVEN_NAME_CHARS } from './given-names';

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
  // Members whose given name's last character jieba split off, by where that member starts.
  const joined = new Set<number>();
  for (const [k, t] of tokens.entries()) {
    if (t.end - t.start !== 1 || !/^[/／]$/.test(folded[t.start]!)) continue;
    const member = tokens[k + 1];
    if (!nameSide(tokens[k - 1]) || !nameSide(member) || tokens[k - 1]!.end !== t.start || member!.start !== t.end) continue;
    // A one-character word right after the last member may be the end of its name (张家/nrfg 齐/a 在):
    // one of a given name's characters, the clause going on after it, ends the name; anything
    // else leaves the list to the rules that find names one by one.
    const after = tokens[k + 2];
    const cut = after !== undefined && after.start === member!.end && after.end - after.start === 1 && /\p{Script=Han}/u.test(after.word) &&
      !/^(?:p|v|c|d|uj)$/.test(after.tag);
    if (!cut) {
      at.add(t.start);
      continue;
    }
    const then = tokens[k + 3];
    if (member!.end - member!.start === 2 && GIVEN_NAME_CHARS.has(after!.word) && (then === undefined || /^(?:p|v|d|c)$/.test(then.tag) || !/\p{Script=Han}/u.test(then.word))) {
      at.add(t.start);
      joined.add(member!.start);
    }
  }
  if (at.size === 0) return { folded, tokens };
  const chars = folded.split('');
  for (const i of at) chars[i] = '、';
  const marked = chars.join('');
  const out: TaggedToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (joined.has(t.start) && tokens[k + 1]) {
      const rest = tokens[++k]!;
      out.push({ ...t, word: t.word + rest.word, end: rest.end, tag: 'x' });
    } else out.push(at.has(t.start) && t.end - t.start === 1 ? { ...t, word: '、' } : t);
  }
  return { folded: marked, tokens: out };
}
