import type { ProgramHit } from './types';
import { isHan } from '../../text';

/**
 * Unquoted names the guidelines count (§5.3): names ending in `战略` (`创新驱动发展战略`) and the
 * `X长制` family (`河长制`, `林长制`, `河湖长制`). Other unquoted campaign names stay optional, so
 * they are left alone.
 *
 * `…战略`: the name runs back from `战略` to the nearest verb, function word or punctuation
 * (`深入实施｜区域协调发展战略`); `战略` followed by a noun it modifies (`战略部署`, `战略全局`,
 * `战略性`) is an adjective, not a name; generic owners (`国家战略`, `企业发展战略`,
 * `国际化战略`) are not programs.
 */
const STRATEGY_CONTINUATION = /^(?:性|全局|部署|布局|高度|眼光|思维|定力|意义|机遇|任务|目标|重点|支点|地位|安排|合作|伙伴|资源|储备|要地|通道|家|层面|考量|谋划|对话|协作|互信|沟通|稳定|竞争|决策|方向|导弹|空间|纵深|转型|主动|研究|需要|需求|支撑|价值|判断|抉择|制高点|腹地|格局|核心|环境|关系|框架|思考|考虑|投资|新兴|产业|咨询|规划|协议|对手|收缩|机会|定位|意图|打击|要求|指引|引领|基点|重心|主轴|方针|路线)/;
const NAME_STOP = /[的了着过是为在把将对向从并也都还就以其这那该此各每要会能可所等及与和或被让使于於之]/;
const STRATEGY_VERBS = [
  '深入实施', '全面实施', '实施', '落实', '推进', '贯彻', '坚持', '服务', '融入', '对接', '实行', '推动', '制定', '提出',
  '部署', '加快', '坚定', '深化', '完善', '纳入', '上升', '围绕', '立足', '聚焦', '依托', '统筹', '作为', '重大',
  '贯彻落实', '全力', '大力', '积极', '扎实', '强化', '执行', '确立', '构建',
].sort((a, b) => b.length - a.length);
// A name made only of these words is an owner or a domain, not a programme: 国家战略,
// 国家发展战略, 经济发展战略, 企业战略, 全省战略. (人才强国, 区域协调发展, 国家大数据 keep a
// distinctive word.)
const GENERIC_OWNER = /^(?:国家|发展|总体|全球|长期|整体|国际|中国|竞争|外交|军事|经济|企业|公司|集团|品牌|营销|市场|人才|核心|重要|重大|基本|长远|宏观|全局|区域|产业|创新|开放|对外|这一|我国|我省|我市|本省|本市|全省|全市|能源|科技|文化|人口|城市|农业|工业|数字|安全|海洋|网络|新|大)+$/;
const GENERIC_START = /^(?:企业|公司|集团|品牌|我们|自身|本|其)/;
const MAX_NAME = 14;

function verbEndsAt(t: string, j: number): boolean {
  return STRATEGY_VERBS.some((v) => j >= v.length && t.startsWith(v, j - v.length));
}

export function findStrategies(t: string): ProgramHit[] {
  const out: ProgramHit[] = [];
  for (let pos = t.indexOf('战略'); pos >= 0; pos = t.indexOf('战略', pos + 2)) {
    if (STRATEGY_CONTINUATION.test(t.slice(pos + 2, pos + 5))) continue;
    let j = pos;
    while (j > 0 && pos - j < MAX_NAME) {
      const ch = t[j - 1]!;
      if (!isHan(ch) || NAME_STOP.test(ch) || verbEndsAt(t, j) || t.startsWith('战略', j - 2)) break;
      j--;
    }
    const name = t.slice(j, pos);
    if (name.length < 3 || GENERIC_OWNER.test(name) || GENERIC_START.test(name)) continue;
    // Business-school strategies (`国际化战略`, `差异化战略`) are not state programmes.
    if (name.endsWith('化') && name.length < 5) continue;
    out.push({ start: j, end: pos + 2, kind: 'strategy' });
  }
  return out;
}

/** `X长制`: X is one to three characters naming what the chief is responsible for. */
const CHIEF_OF = /[河湖林田路街巷山警链楼栋塘湾滩草渠井村园矿桥网格段]/;

export function findChiefSystems(t: string): ProgramHit[] {
  const out: ProgramHit[] = [];
  for (let pos = t.indexOf('长制'); pos >= 0; pos = t.indexOf('长制', pos + 2)) {
    let j = pos;
    while (j > 0 && pos - j < 3 && CHIEF_OF.test(t[j - 1]!)) j--;
    if (j < pos) out.push({ start: j, end: pos + 2, kind: 'strategy' });
  }
  return out;
}
