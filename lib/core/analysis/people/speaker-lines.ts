import { POST_AT_END } from './lexicon';
import type { PlacedName } from './bylines';

/**
 * The speakers of a dialogue or an interview printed as one (`李拯：…`, each turn a line opened by
 * the speaker's name and a colon), and the line that introduces each with his office
 * (`朱克力  湾区低空经济研究院院长`, `李  拯  本报评论员`). A name counts when it opens two turns or more: a colon after
 * a word at a line's start is otherwise a heading's (`原因：…`). The office line gives the role.
 * Only shapes: the caller checks each name's shape.
 */
const TURN = /^[ \t\u3000]*(\p{Script=Han}{2,3})[ \t\u3000]*[:：](?=[ \t\u3000]*\S)/gmu;
const INTRODUCED = /^[ \t\u3000]*(\p{Script=Han}(?:[ \t\u3000]{1,3}\p{Script=Han}){1,2}|\p{Script=Han}{2,3})[ \t\u3000]{1,4}(\p{Script=Han}{2,30})[ \t\u3000]*$/gmu;

export function speakerLines(text: string, folded: string): PlacedName[] {
  const turns = new Map<string, PlacedName[]>();
  for (const m of folded.matchAll(TURN)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const list = turns.get(m[1]!) ?? [];
    list.push({ start, end: start + m[1]!.length, key: m[1]!, role: null });
    turns.set(m[1]!, list);
  }
  const roles = new Map<string, string>();
  for (const m of folded.matchAll(INTRODUCED)) {
    // (A name of two is padded as bylines pad it: `李  拯  本报评论员`.)
    const key = m[1]!.replace(/[ \t\u3000]+/g, '');
    if (!turns.has(key) || !POST_AT_END.test(m[2]!)) continue;
    const at = m.index + m[0].lastIndexOf(m[2]!);
    roles.set(key, text.slice(at, at + m[2]!.length));
  }
  const out: PlacedName[] = [];
  for (const [key, list] of turns) {
    if (list.length < 2) continue;
    for (const p of list) out.push({ ...p, role: roles.get(key) ?? null });
  }
  return out;
}
