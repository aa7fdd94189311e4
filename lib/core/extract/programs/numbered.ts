import { IDIOMS } from './idioms';
import { isAllHan } from '../../text';

/**
 * The shape of a numbered formulation (guidelines §3.1.4, patterns §2.2): a short Han string that
 * starts with a Chinese numeral (`五个担当`, `三窗合一`, `四个铁一般`), or has numerals in parallel
 * (`一企一警`, `一件事一次办`, `两不愁三保障`), or is a campaign code (`快反135`, `净网2023`).
 *
 * - `一` starts too many ordinary words (`一站式`, `一刀切`, `一盘棋`), so a 一-initial string needs
 *   a second numeral; `双`/`多` likewise (`双赢`, `双输`): those come from the lexicon only.
 * - `百/千/万` need a second numeral or `百日` (`百日攻坚`, `万企兴万村`), not `千方百计`.
 * - Two characters (`六仗`, `六稳`) are `weak`: the caller still wants a trigger, head or lexicon
 *   entry, because two-character quotes are mostly emphasis. So are three characters without a
 *   count word or second numeral (`“两连涨”`, `“七胞胎”` are headlines' wordplay; `开展“三下乡”`
 *   still counts through its verb), while `三个转变`, `五大支撑`, `两不愁` stay strong.
 * - Measure sets (`稳外资十二条`, `金融16条`) are strong: their count of measures marks a policy.
 * - Five-year-plan labels (`十四五`) are numbered programs (§5.2); holiday names (`五一`, `七一`),
 *   congress ordinals and lexicalised words (`四季`, `七彩`, `八方`) are not.
 */
export type NumberedShape = 'strong' | 'weak' | null;

const NUMERAL = '一二三四五六七八九十两';
const LEAD = new RegExp(`^[${NUMERAL.slice(1)}]`);
// Numbered measure sets, named after the issuer, their novelty or their aim: `新十条`, `国十条`,
// `稳外资十二条`, `金融16条`, `促消费二十招`. The count of measures is what makes a nickname a
// policy; an ordinal or a demonstrative before it (`第三条`, `这两条`) makes it a clause reference.
const MEASURE_SET = /^(?!.*第)(?![这那每各该其])(?:[新国]|[\u4e00-\u9fff]{2,8}?)([一二三四五六七八九十百两]+|\d{1,3})(?:条|招)(?:措施|举措)?$/;

/** A measure set counts two or more measures: `最后一条` is one clause, not a package. */
function isMeasureSet(content: string): boolean {
  const m = MEASURE_SET.exec(content);
  return m !== null && m[1] !== '一' && m[1] !== '1';
}
const SECOND_NUMERAL = new RegExp(`^.+[${NUMERAL}百千万双]`);
// Holiday and anniversary names (`五一劳动奖章`, `七一勋章`, `八一`), congress ordinals (`十四届`).
const DATE_OR_ORDINAL = /^(?:五一|七一|八一|五四|六一|三八|十一(?!五)|[一二三四五六七八九十]+(?:届|次|中全会))/;
// Numeral + these is an ordinary word, not a count: 四季, 七彩, 五星, 八方, 九州, 五湖, 百年, 十里.
const LEXICALISED = /^[一二三四五六七八九十两百千万][季彩星谷畜方州湖海岳里世年月日色味角线]/;
const COUNT_WORD = /[个大项条位种类型级化张批要]/;
const FIVE_YEAR = /^十[一二三四五]五$/;
const CODE = /^\p{Script=Han}{1,4}[-－]?\d{2,4}$/u;

/** CODE ends in a digit: checking that first spares most quotes a pattern that is slow to compile. */
const endsInDigit = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
};

export function numberedShape(content: string): NumberedShape {
  if (FIVE_YEAR.test(content) || (endsInDigit(content) && CODE.test(content)) || isMeasureSet(content)) return 'strong';
  if (!isAllHan(content) || content.length < 2 || content.length > 10 || IDIOMS.has(content)) return null;
  if (DATE_OR_ORDINAL.test(content) || LEXICALISED.test(content)) return null;
  const first = content[0]!;
  let shaped = false;
  if (first === '一' || first === '百' || first === '千' || first === '万') {
    shaped = SECOND_NUMERAL.test(content) || content.startsWith('百日');
  } else shaped = LEAD.test(content);
  if (!shaped) return null;
  if (content.length === 2) return 'weak';
  if (content.length === 3 && !COUNT_WORD.test(content[1]!) && !SECOND_NUMERAL.test(content)) return 'weak';
  return 'strong';
}
