import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { namesNoBody } from './org-words';

/**
 * `蜀道集团所属四川路桥承建…`, `中国电建下属水电八局负责施工`: a group's member company named right
 * after the word of belonging, before what a builder or an operator does, is a company, though its
 * name carries no suffix (a bare company name: docs/people.md). A product after 旗下 does not build
 * (`腾讯旗下微信推出…`), so only acts of a company are taken.
 */
const MEMBER = /(?:所属|下属|旗下)(\p{Script=Han}{2,6}?)(?=承建|参建|建设|负责|施工|中标|承担|承接|修建|建造|研制|运营|发布公告|公告称)/gu;
/** Whoever owns it: a group, a company or a holding, by its last word. */
const OWNER_END = /(?:集团|公司|控股|[一二三四五六七八九十]局|\p{Script=Han}{2}(?:建|交|铁|航|能))$/u;
/** Whoever owns a member named with its own head: a group, a company, a customs office or a bureau. */
const OWNER_END_HEADED = /(?:集团|公司|控股|海关|局|厅|总队)$/;
/** Tags of the words of a member's name (四川/ns 路桥/ns, 水电/n 八局/n, 招商/n 蛇口/n). */
const MEMBER_TAGS = new Set(['ns', 'nz', 'nt', 'n', 'j', 'x', 'nrt']);
const PROPER = new Set(['ns', 'nz', 'nt', 'j', 'x', 'nrt']);

/** A member named with a head of its own right after the word of belonging (深圳海关所属皇岗海关):
 * its name may be a common word (皇岗/n), which the head rules do not take for a proper name. */
const HEADED_MEMBER = /(?:所属|下属)(\p{Script=Han}{2,6}?(?:海关|分公司|公司|分局|工程局|局|厂|研究院|研究所|支队|大队))/gu;

export function groupMemberSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Span[] {
  const out: Span[] = [];
  /** A word a member's name can be made of: Han, of a name's kind, no word that names no body, no person. */
  const memberWord = (t: TaggedToken): boolean =>
    isHanWord(folded.slice(t.start, t.end)) && MEMBER_TAGS.has(t.tag) && !namesNoBody(folded.slice(t.start, t.end)) && personAt[t.start] !== 1;
  MEMBER.lastIndex = 0;
  for (let m = MEMBER.exec(folded); m; m = MEMBER.exec(folded)) {
    if (!OWNER_END.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = m.index + 2;
    const end = start + m[1]!.length;
    // The member: whole words of a name's kinds, one of them a proper name or a numbered bureau.
    let k = tokenIndexAt(tokens, start);
    if (tokens[k]?.start !== start) continue;
    let proper = /[一二三四五六七八九十]局$/.test(m[1]!);
    let ok = true;
    for (; k < tokens.length && tokens[k]!.start < end; k++) {
      const t = tokens[k]!;
      if (t.end > end || !memberWord(t)) {
        ok = false;
        break;
      }
      if (PROPER.has(t.tag)) proper = true;
    }
    if (ok && proper) out.push({ start, end });
  }
  HEADED_MEMBER.lastIndex = 0;
  for (let m = HEADED_MEMBER.exec(folded); m; m = HEADED_MEMBER.exec(folded)) {
    if (!OWNER_END_HEADED.test(folded.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = m.index + 2;
    const end = start + m[1]!.length;
    const k = tokenIndexAt(tokens, start);
    const words = tokens.slice(k).filter((t) => t.start >= start && t.end <= end);
    if (tokens[k]?.start !== start || words.length < 2 || words[words.length - 1]!.end !== end || !words.every(memberWord)) continue;
    out.push({ start, end });
  }
  return out;
}
