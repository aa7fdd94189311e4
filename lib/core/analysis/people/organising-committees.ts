import type { Span } from '../tokens';

/**
 * The committee that runs one edition of a games or a fair, named by the edition and the event
 * (`第七届世界军人运动会执委会`, `第十九届亚运会组委会`): a body, though the event is none
 * (docs/people.md). The head rules stop at the event's words (军人, 大学生 read as people, 夏季 as a
 * time) or find no proper name in them; the edition and the committee's head bound the name here.
 */
const EDITION_COMMITTEE =
  /第[一二三四五六七八九十百零〇\d０-９]{1,4}届[\p{Script=Han}（）]{2,16}?(?:会|赛)(?:组织委员会|执行委员会|筹备委员会|组委会|执委会|筹委会)/gu;

export function organisingCommitteeSpans(folded: string): Span[] {
  const out: Span[] = [];
  EDITION_COMMITTEE.lastIndex = 0;
  for (let m = EDITION_COMMITTEE.exec(folded); m; m = EDITION_COMMITTEE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
