import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { namesNoBody } from './org-words';

/**
 * A known company's own units named right after it: `中储粮集团油脂公司`, `中储粮黑龙江分公司`,
 * `中国石油长庆油田分公司`. The unit is a sub-body of its own (docs/people.md), named whole with its
 * owner; its trade or its place stands between the two, two to six characters of nouns.
 */
const UNIT = /^(\p{Script=Han}{2,6}?)(分公司|子公司|公司|分行|研究院)/u;

/** Tags of the words a unit's trade or place is made of (油脂/n, 黑龙江/ns, 国际/n 工程/n). */
const UNIT_WORD_TAGS = new Set(['n', 'ns', 'nz', 'vn', 'j', 'b', 'nt']);

/** A group's numbered academies and institutes (中国电科十四所, 航天科技集团五院, 二院二十三所): not a
 * count of schools (三所学校) or of academicians (两院院士). */
const NUMBERED = /^(?:第?[一二三四五六七八九十百零〇\d]{1,4}(?:研究院|研究所|院|所)){1,2}(?![学医大院士校])/u;

/** The end of the unit of a company named at [start, end), or null when none follows it. */
export function companyUnitEnd(folded: string, tokens: readonly TaggedToken[], company: Span): number | null {
  const numbered = NUMBERED.exec(folded.slice(company.end, company.end + 14));
  if (numbered) return company.end + numbered[0].length;
  const m = UNIT.exec(folded.slice(company.end, company.end + 10));
  if (!m) return null;
  const end = company.end + m[0].length;
  // The unit's words: whole tokens from the company's end to its head, each a noun of a trade or a
  // place (集团/公司 after the company is its own legal form, no unit; 的, 和 or a verb is the sentence's).
  let k = tokenIndexAt(tokens, company.end);
  if (tokens[k]?.start !== company.end) return null;
  const headStart = end - m[2]!.length;
  for (; k < tokens.length && tokens[k]!.end <= headStart; k++) {
    const t = tokens[k]!;
    const w = folded.slice(t.start, t.end);
    if (!isHanWord(w) || !UNIT_WORD_TAGS.has(t.tag) || namesNoBody(w) ||
      /^(?:集团|公司|有限|旗下|下属|所属|相关|有关)$/.test(w)) return null;
  }
  if (tokens[k]?.start !== headStart) return null;
  return end;
}
