import { tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { CITY_NAMES } from './org-places';

/**
 * Task forces a province or a city sets up to help another region (`福建省对口帮扶宁夏领导小组`,
 * `江苏省对口支援新疆前方指挥部`, `广东省东西部扶贫协作工作领导小组`): the name holds the verbs of the
 * aid and the region helped, which the head rules read as the sentence's (`宁夏领导小组` was found).
 * The name runs from the helping place to the task force's head.
 */
const AID = /(?:对口(?:帮扶|支援|援助|协作|合作)|东西部(?:扶贫)?协作|援(?:疆|藏|青|外)|脱贫攻坚|扶贫开发)[\p{Script=Han}、]{0,14}?(?:工作)?(?:前方|前线)?(?:领导小组(?:办公室)?|总指挥部|指挥部|工作组|工作队|联络组)/gu;
/** The heads of such task forces, whose names hold the aid's verbs. */
export const AID_TASK_FORCE_END = /(?:领导小组(?:办公室)?|指挥部|工作组|工作队|联络组)$/;

/** The helper before the aid: a province, a city or a county, or a level's committee or government. */
const HELPER = /(?:省|市|县|区|自治区|[省市县区]委|[省市县区]政府|人民政府)$/;

export function aidTaskForceSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Span[] {
  const out: Span[] = [];
  AID.lastIndex = 0;
  for (let m = AID.exec(folded); m; m = AID.exec(folded)) {
    const k = tokenIndexAt(tokens, m.index) - 1;
    const helper = tokens[k];
    if (!helper || helper.end !== m.index || tokens[k + 1]?.start !== m.index) continue;
    const hw = folded.slice(helper.start, helper.end);
    if (!((helper.tag === 'ns' && hw.length >= 2) || CITY_NAMES.has(hw) || (HELPER.test(hw) && hw.length >= 2)) || personAt[helper.start] === 1) continue;
    out.push({ start: helper.start, end: m.index + m[0].length });
  }
  return out;
}
