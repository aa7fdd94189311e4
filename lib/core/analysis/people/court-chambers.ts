/*
 * A procuratorate's numbered departments and a court's chambers, named right after their owner
 * (`…人民检察院第六检察部`, `…人民法院民事审判第一庭`, `…法院刑事审判庭`): each is a sub-body of its own
 * (docs/people.md), but jieba cuts its name into a numeral, a verb and a one-character noun
 * (`第六/m 检察/vn 部里/n`), so no head reads it back. Since the reform of 2019 the procuratorates
 * number their departments (第一检察部 … 第十检察部); the courts have long numbered their chambers.
 */
import type { Candidate } from './org-candidates';
import { overlaps } from './lexicon';

const NUMERAL = '[一二三四五六七八九十]{1,3}';

/** What follows a procuratorate's or a court's name when a department of it is named. */
const CHAMBER = new RegExp(
  `^(?:第${NUMERAL}(?:检察部|检察厅)|(?:刑事|民事|行政|商事|知识产权|环境资源|少年|审判监督)?审判第${NUMERAL}庭|(?:刑事|民事|行政|立案|审判监督|执行)(?:审判)?庭)`,
);

export function extendCourtChambers(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    if (!/(?:检察院|法院)$/.test(folded.slice(c.start, c.end))) return;
    const m = CHAMBER.exec(folded.slice(c.end, c.end + 12));
    if (!m) return;
    const span = { start: c.end, end: c.end + m[0].length };
    if (overlaps(taken, span) || overlaps(personAt, span)) return;
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
}
