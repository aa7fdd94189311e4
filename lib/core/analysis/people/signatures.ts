import type { PlacedName } from './bylines';
import { POST_AT_END } from './lexicon';

// ---- Speakers and signatories on a line of their own ------------------------------------------

/**
 * A line that holds a post, a space and a name, and nothing else: how a page of speeches heads
 * each speaker (`广东省政协主席 王 荣`, `天津市政协主席 盛茂林`) and how a commentary signs off
 * (`——某区纪委书记、监委主任 姜雪宁`). The name is two or three Han characters, maybe padded with
 * spaces as bylines pad short names; the post before it is the whole of the line's opening, a
 * run of Han words, 、 and brackets that ends in a post. The caller still checks the name's shape.
 */
const SIGNATURE = /^[ \t\u3000\u00a0]*(?:[—－-]{1,2}[ \t\u3000\u00a0]*)?([\p{Script=Han}、（）()]{2,40}?)[ \t\u3000\u00a0]+(\p{Script=Han}(?:[ \t\u3000\u00a0]{0,2}\p{Script=Han}){1,2})[ \t\u3000\u00a0]*$/u;

/** A reader's or a writer's signature under a piece: a dash, the name, maybe the place in brackets
 * (`———李卫斌（湖北）`). */
const DASHED = /^[ \t\u3000\u00a0]*[—－]{1,3}[ \t\u3000\u00a0]*(\p{Script=Han}{2,3})(?:[（(]\p{Script=Han}{2,8}[)）])?[ \t\u3000\u00a0]*$/u;

export function signatureLines(text: string, folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  for (let start = 0; start < folded.length;) {
    let end = folded.indexOf('\n', start);
    if (end < 0) end = folded.length;
    const line = folded.slice(start, end);
    const m = line.length <= 60 ? SIGNATURE.exec(line) : null;
    const dashed = m ? null : DASHED.exec(line);
    if (dashed) {
      const nameAt = start + line.indexOf(dashed[1]!);
      out.push({ start: nameAt, end: nameAt + dashed[1]!.length, key: dashed[1]!, role: null });
    }
    if (m && POST_AT_END.test(m[1]!)) {
      const nameAt = start + line.lastIndexOf(m[2]!);
      const postAt = start + line.indexOf(m[1]!);
      out.push({ start: nameAt, end: nameAt + m[2]!.length, key: m[2]!.replace(/[ \t\u3000\u00a0]+/g, ''), role: text.slice(postAt, postAt + m[1]!.length) });
    }
    start = end + 1;
  }
  return out;
}
