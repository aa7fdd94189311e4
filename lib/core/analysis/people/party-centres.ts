/**
 * Foreign ruling parties' central organs named by the party's name or short name (`越共中央`,
 * `越共中央政治局`, `老挝人民革命党中央`): the party's central committee and the bodies under it are
 * bodies of their own, and the organ's name must not be read as the Chinese party's (`中央政治局`
 * alone is the CPC's). A CLOSED set of parties, by the names their own and Xinhua's Chinese
 * reports use:
 *  - 越南共产党 / 越共: the Vietnam News Agency's Chinese service, "越共中央总书记苏林…在越共中央驻地"
 *    (https://vietnam.vnanet.vn/chinese/tin-van/…-426070.html) and zh.vietnamplus.vn;
 *  - 老挝人民革命党: Xinhua, "老挝人民革命党中央总书记、国家主席通伦" (2022-11-30, as reprinted at
 *    http://cnganbu.com/news/view?id=55090);
 *  - 古巴共产党 / 古共: "古共中央第一书记", "古共中央政治局" (CMG's report of 2021-04-19, as kept at
 *    https://shujuqiu.com/dreamable/news/records/1067);
 *  - 老挝党, 老挝人革党: "老挝党中央政治局委员、政府常务副总理" (a Xinhua-reported expo announcement), and
 *    the Lao party's abbreviation as People's Daily writes it;
 *  - 朝鲜劳动党: Xinhua's usual "朝鲜劳动党中央委员会".
 */
import type { Span } from '../tokens';

const PARTY = '(?:越南共产党|越共|老挝人民革命党|老挝人革党|老挝党|古巴共产党|古共|朝鲜劳动党)';
const ORGAN = '(?:政治局(?:常务委员会|常委会)?|书记处|检查委员会|对外部|组织部|宣传部|办公厅)';
const PARTY_CENTRE = new RegExp(`${PARTY}中央(?:委员会)?${ORGAN}?`, 'g');

/** Each foreign party's central committee or its organ named whole (`越共中央政治局`). */
export function partyCentreSpans(folded: string): Span[] {
  const out: Span[] = [];
  PARTY_CENTRE.lastIndex = 0;
  for (let m = PARTY_CENTRE.exec(folded); m; m = PARTY_CENTRE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
