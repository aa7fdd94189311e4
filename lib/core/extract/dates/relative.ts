import { shiftDay, type Published } from './iso';

/**
 * The guidelines' optional dates (§2, §5.2): relative words without a numeral (`去年`, `今年`,
 * `当天`), numbered relative days (`第二天`) and lunar months (`正月`). They are not scored, so
 * `findDates` emits them only on request (a reader UI may still want to mark them).
 */
const RELATIVE = /(?<![过以不相基每多])(?<y>今|去|明|上)年|当年|同年|次年|今天|昨天|明天|当天|当日|次日|翌日|第[一二三四五六七八九十]{1,3}天|(?<![一二三四五六七八九十])(?:正|腊)月/g;

/** Day words counted from the publication day (`当天`, `次日` count from another date in the text). */
const DAY_WORDS: Record<string, number> = { 今天: 0, 昨天: -1, 明天: 1 };

export interface RelativeDate {
  start: number;
  end: number;
  kind: 'relative';
  iso: string | null;
}

export function findRelativeDates(t: string, pub: Published | null): RelativeDate[] {
  const out: RelativeDate[] = [];
  for (const m of t.matchAll(RELATIVE)) {
    const y = m.groups?.y;
    const offset = y === '今' ? 0 : y === '去' || y === '上' ? -1 : y === '明' ? 1 : null;
    const days = DAY_WORDS[m[0]];
    const iso = !pub ? null : offset !== null ? String(pub.year + offset) : days !== undefined ? shiftDay(pub, days) : null;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'relative', iso });
  }
  return out;
}
