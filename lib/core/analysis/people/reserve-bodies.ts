import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { FUNCTION_WORDS } from './lexicon';
import { DETERMINERS } from './org-words';

/**
 * The bodies that run a protected area, named by the area (`白芨滩国家级自然保护区管理局`,
 * `三江源国家公园长江源园区可可西里管理处索南达杰保护站`, `武夷山国家公园管理局`): the reserve or park
 * is a place (docs/people.md), its management bureau and that bureau's stations are bodies. The
 * head rules stop at the rank (`国家级`, a designation) or at the park's common words; here the
 * area's kind leads to its manager, and the area's own name is read back from it.
 */
const AREA = /(?:国家级|省级)?(?:自然保护区|国家公园|国家森林公园|森林公园|地质公园|湿地公园|风景名胜区|风景区)/gu;
/** The manager after the area: a zone of the park first (长江源园区, 甘肃片区), a place, then the bureau, maybe
 * one of its stations or squads and its party committee. */
const MANAGER = /^(?:\p{Script=Han}{2,4}?[片园分]区){0,2}\p{Script=Han}{0,4}?(?:管理局|管理处|管理委员会|管委会|管护局|管理中心)(?:\p{Script=Han}{2,6}?(?:保护站|管护站|管理站|执法支队|执法大队|森林派出所))?(?:党委|党总支|党支部)?/u;
/** Tags of the words of an area's own name (白芨/n 滩/ng, 三江/ns 源/ng, 可可西里/l, 张家界/nr). */
const AREA_NAME_TAGS = new Set(['n', 'ns', 'nz', 'ng', 'l', 'nr', 'nrt', 'x', 'j', 'zg']);

export function reserveBodySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Span[] {
  const out: Span[] = [];
  AREA.lastIndex = 0;
  for (let m = AREA.exec(folded); m; m = AREA.exec(folded)) {
    const manager = MANAGER.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (!manager) continue;
    // The area's name: whole words of a name's kinds right before it, two to eight characters.
    let k = tokenIndexAt(tokens, m.index) - 1;
    if (tokens[k + 1]?.start !== m.index) continue;
    let start = m.index;
    for (; k >= 0 && tokens[k]!.end === start && m.index - tokens[k]!.start <= 8; k--) {
      const t = tokens[k]!;
      const w = folded.slice(t.start, t.end);
      if (!isHanWord(w) || !AREA_NAME_TAGS.has(t.tag) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || personAt[t.start] === 1) break;
      start = t.start;
    }
    if (m.index - start < 2) continue;
    const end = m.index + m[0].length + manager[0].length;
    out.push({ start, end });
    AREA.lastIndex = end;
  }
  return out;
}
