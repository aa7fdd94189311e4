import { dateNumber } from './numerals';
import type { DateParts, DatePoint } from './types';

/**
 * Ranges are one span (guidelines §2, §5.2): `22时至次日6时`, `2021年至2025年`,
 * `2024年1至11月`, `2019—2023年`, `5月9日至10日`. Two shapes:
 * - point + connector + point (`2021年至2025年`);
 * - bare number + connector + point, where the number borrows the point's unit
 *   (`1至11月`, `2019—2023年`, `9-10日`), together with a point that ends right before the
 *   number and supplies the larger units (`2024年` + `1至11月`).
 * The end inherits the larger units it omits from the start (`5月9日至10日`: the 10th of May).
 */
export interface DateRun {
  start: number;
  end: number;
  from: DateParts;
  to?: DateParts;
  /** A relative year alone (`今年`): kept only to lead a bare range (`今年1至4月`). */
  headOnly?: boolean;
}

const CONN = '(?:至|到|——|—|–|―|-|~|～|－)';
const BETWEEN = new RegExp(`^[ \\u00a0]*${CONN}[ \\u00a0]*$`);
const BARE_BEFORE = new RegExp(`(?<![\\d.〇零一二三四五六七八九十])(\\d{1,4}|十[一二]?|[一二三四五六七八九])[ \\u00a0]*${CONN}[ \\u00a0]*$`);

const hasDate = (p: DateParts) =>
  p.year !== undefined || p.relYear !== undefined || p.month !== undefined || p.day !== undefined || p.months !== undefined ||
  p.years !== undefined || p.relDay !== undefined;
const hasTime = (p: DateParts) => p.hour !== undefined;

/** The end of a range written short (`至10日`) takes the start's larger units. */
export function inherit(from: DateParts, to: DateParts): DateParts {
  if (to.year !== undefined || to.relYear !== undefined || to.years) return to;
  const out: DateParts = { ...to };
  if (from.year !== undefined) out.year = from.year;
  if (from.relYear !== undefined) out.relYear = from.relYear;
  if (to.month === undefined && to.months === undefined && to.relMonth === undefined && to.day !== undefined) {
    if (from.month !== undefined) out.month = from.month;
    if (from.relMonth !== undefined) out.relMonth = from.relMonth;
  }
  if (!hasDate(to) && hasTime(to) && to.anchorDay === undefined) {
    if (from.month !== undefined) out.month = from.month;
    if (from.day !== undefined) out.day = from.day;
    if (from.relDay !== undefined) out.relDay = from.relDay;
    if (from.anchorDay !== undefined) out.anchorDay = from.anchorDay;
    // A bare end shares the start's part of the day: 下午1:30至4:00 ends at 16:00, 晚上9时至11时 at 23:00.
    if (from.dayPart && !to.dayPart && from.hour! >= 12 && to.hour! < 12 && to.hour! + 12 > from.hour!) out.hour = to.hour! + 12;
  }
  return out;
}

/** Which unit a bare number before `point` takes, or null when it cannot be a range start. */
function bareStart(n: number, point: DatePoint): DateParts | null {
  if (point.years || point.lunar) return null;
  if (point.year !== undefined) {
    const yearOnly = point.month === undefined && point.day === undefined;
    return yearOnly && n >= 1000 && n < point.year ? { year: n } : null;
  }
  if (point.relYear !== undefined) return null;
  if (point.month !== undefined) return n >= 1 && n < point.month ? { month: n } : null;
  if (point.day !== undefined) return n >= 1 && n < point.day ? { day: n } : null;
  if (hasTime(point) && !hasDate(point)) return n <= 24 ? { hour: n } : null;
  return null;
}

function compatible(a: DateParts, b: DateParts): boolean {
  if (a.lunar || b.lunar) return false;
  if (hasDate(b)) return hasDate(a);
  // A clock end: the start is a clock too (`9时至17时`, `5月9日9时至17时`).
  return hasTime(a);
}

export function joinRanges(t: string, points: readonly DatePoint[]): DateRun[] {
  const runs: DateRun[] = [];
  for (const point of points) {
    const last = runs[runs.length - 1];
    const gap = last ? t.slice(last.end, point.start) : '';
    if (last && !last.to && BETWEEN.test(gap) && !last.headOnly && compatible(last.from, point)) {
      last.to = inherit(last.from, point);
      last.end = point.end;
      continue;
    }
    const window = t.slice(Math.max(0, point.start - 12), point.start);
    const bare = BARE_BEFORE.exec(window);
    const value = bare ? dateNumber(bare[1]!) : NaN;
    const from = Number.isNaN(value) ? null : bareStart(value, point);
    if (bare && from) {
      let start = point.start - (window.length - bare.index);
      let head: DateParts = {};
      // `2024年` + `1至11月`: a point ending at the number supplies the larger units.
      if (last && !last.to && last.end === start && canHead(last.from, from)) {
        head = last.from;
        start = last.start;
        runs.pop();
      }
      const fromParts: DateParts = { ...head, ...from };
      runs.push({ start, end: point.end, from: fromParts, to: inherit(fromParts, point) });
      continue;
    }
    runs.push({ start: point.start, end: point.end, from: point, ...(point.headOnly ? { headOnly: true } : {}) });
  }
  return runs;
}

/** A point can lead a bare range when it stops one unit above the range's unit. */
function canHead(head: DateParts, from: DateParts): boolean {
  if (from.month !== undefined) return (head.year !== undefined || head.relYear !== undefined) && head.month === undefined && !head.months;
  if (from.day !== undefined) return (head.month !== undefined || head.relMonth !== undefined) && head.day === undefined && !head.period;
  return false;
}
