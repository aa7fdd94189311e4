import { isoOf, lunarYearOf, parsePublished, shiftDay, type Published } from './iso';
import { normaliseForDates } from './normalise';
import { parseClock } from './clock';
import { parsePoint } from './point';
import { joinRanges, type DateRun } from './ranges';
import { findRelativeDates } from './relative';
import type { DateParts, DatePoint, LunarParts } from './types';

/**
 * Dates and clock times in Chinese news text (guidelines §2 and §5.2): strings in, spans out.
 * Offsets are UTF-16 code units into `text`, half-open; `iso` follows the convention in
 * `date-iso.ts` (`2023-02-03T10:44`, `2022-10`, `T18:00`, intervals `A/B`, null if unknown).
 */
export type DateKind = 'datetime' | 'date' | 'month' | 'year' | 'time' | 'range' | 'period' | 'relative';

export interface DateSpan {
  text: string;
  start: number;
  end: number;
  kind: DateKind;
  iso: string | null;
  /** Present on lunar-calendar dates (`农历十月初一`): the date as written in that calendar, its
   * `year` when the text gives one; `iso` is then the Gregorian day, else null. */
  lunar?: LunarParts;
}

export interface FindDatesOptions {
  /** Publication time (`2023-02-03T10:44+08:00`): anchors 去年, 今年, bare months and days. */
  published?: string;
  /** Also emit the guidelines' optional items without a numeral (去年, 今年, 第二天, 正月). */
  optional?: boolean;
}

/**
 * Where a point can start: digits, a Chinese numeral run before a date unit, relative words and
 * part-of-day words. Common characters (上, 中, 大, 一…) only count in these combinations, so one
 * native regex scan skips nearly all of a page; `parsePoint` then does the real parsing.
 */
const CN = '〇零一二三四五六七八九十两';
const STARTS = new RegExp(
  [
    '\\d+',
    `[${CN}]{1,4}(?:[年月日号时点季]|世纪)`,
    '[今去明上本当同次]年',
    '[本上下当同次]月',
    '凌晨|早上|早晨|清晨|上午|中午|正午|午间|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|半夜|当晚|今晚|昨晚|今早|今晨|今夜|昨夜|明早|明晚',
    '今天|明天|昨天|当天|当日|次日|翌日|今日|明日|昨日',
    `[早晚](?=[\\d${CN}])`,
    '第[一二三四1-4]季度|前[一二三1-3]季度|前(?:\\d{1,2}|十[一二]?|[一二三四五六七八九两])个月|上世纪|农历|正月|腊月|冬月|闰[正一二三四五六七八九十冬腊]|大年',
  ].join('|'),
  'g',
);

function scanPoints(t: string): DatePoint[] {
  const points: DatePoint[] = [];
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(t); m; m = STARTS.exec(t)) {
    const p = parsePoint(t, m.index);
    if (!p || p.end <= m.index) continue;
    points.push(p);
    STARTS.lastIndex = p.end;
  }
  return points;
}

/** A clock range whose end alone would not pass as a time (`上午10点到12点`). */
const CLOCK_CONN = /[ \u00a0]*(?:至|到|——|—|–|-|~|～|－)[ \u00a0]*/y;

function extendClockRanges(t: string, runs: DateRun[]): DateRun[] {
  for (const run of runs) {
    if (run.to || run.from.hour === undefined) continue;
    CLOCK_CONN.lastIndex = run.end;
    if (!CLOCK_CONN.exec(t)) continue;
    const c = parseClock(t, CLOCK_CONN.lastIndex, true);
    if (!c || c.hour === run.from.hour) continue;
    // The end shares the start's part of day: 晚上8点至10点 ends at 22:00.
    const from = run.from.hour;
    const hour = from >= 12 && c.hour < 12 && c.hour + 12 > from ? c.hour + 12 : c.hour;
    const { year, relYear, month, relMonth, day, relDay, anchorDay } = run.from;
    run.to = { year, relYear, month, relMonth, day, relDay, anchorDay, hour, ...(c.minute !== undefined ? { minute: c.minute } : {}) };
    run.end = c.end;
  }
  return runs;
}

/**
 * A day followed by a part of the day is one expression (`30日上午`, `11月30日晚上`): the word
 * belongs to the date as it does to a clock time (guidelines §2: `傍晚六點`).
 */
const DAY_PART = /(?:凌晨|早上|早晨|清晨|上午|中午|正午|下午|傍晚|晚上|晚间|夜间|深夜|午夜)/y;

function extendDayParts(t: string, runs: DateRun[]): DateRun[] {
  for (const run of runs) {
    const last = run.to ?? run.from;
    if (last.day === undefined || last.hour !== undefined) continue;
    DAY_PART.lastIndex = run.end;
    if (DAY_PART.exec(t)) run.end = DAY_PART.lastIndex;
  }
  return runs;
}

/** `左右` after a date makes it approximate and stays inside (`2010年左右`, `下午3点左右`), as after a figure. */
function extendApprox(t: string, runs: DateRun[]): DateRun[] {
  for (const run of runs) if (t.startsWith('左右', run.end)) run.end += 2;
  return runs;
}

function kindOf(p: DateParts): DateKind {
  if (p.years || p.months || p.period) return 'period';
  const dated = p.year !== undefined || p.relYear !== undefined || p.month !== undefined || p.day !== undefined || p.lunar || p.relDay !== undefined;
  if (p.hour !== undefined) return dated ? 'datetime' : 'time';
  if (p.day !== undefined || p.lunar?.day !== undefined) return 'date';
  return p.month !== undefined || p.lunar ? 'month' : 'year';
}

function lunarOf(p: DateParts, pub: Published | null): LunarParts | undefined {
  if (!p.lunar) return undefined;
  const year = lunarYearOf(p, pub);
  return year === null ? { ...p.lunar } : { year, ...p.lunar };
}

/**
 * A clock counted from another date (`次日6时`, `当天下午3时`) on the day of `base`, the date before
 * it: the range's start, or the last date earlier in the paragraph (`5月9日…，次日6时…`).
 */
function anchored(base: string | null, p: DateParts, iso: string | null): string | null {
  if (p.anchorDay === undefined || !base || !iso?.startsWith('T')) return iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(base);
  return m ? `${shiftDay({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, p.anchorDay)}${iso}` : iso;
}

function toSpan(text: string, run: DateRun, pub: Published | null, before: string | null): DateSpan {
  const base = { text: text.slice(run.start, run.end), start: run.start, end: run.end };
  const a = anchored(before, run.from, isoOf(run.from, pub));
  if (!run.to) {
    const lunar = lunarOf(run.from, pub);
    return { ...base, kind: kindOf(run.from), iso: a, ...(lunar ? { lunar } : {}) };
  }
  const b = anchored(a, run.to, isoOf(run.to, pub));
  return { ...base, kind: 'range', iso: a && b ? `${a}/${b}` : null };
}

/** The day a span's value ends on (`2024-05-09`), or null. */
function lastDay(iso: string | null): string | null {
  const end = iso?.split('/').pop();
  return end && /^\d{4}-\d{2}-\d{2}/.test(end) ? end.slice(0, 10) : null;
}

export function findDates(text: string, opts: FindDatesOptions = {}): DateSpan[] {
  const t = normaliseForDates(text);
  const pub = parsePublished(opts.published);
  let before: string | null = null;
  const spans = extendApprox(t, extendDayParts(t, extendClockRanges(t, joinRanges(t, scanPoints(t)))))
    .filter((run) => !run.headOnly)
    .map((run) => {
      const span = toSpan(text, run, pub, before);
      before = lastDay(span.iso) ?? before;
      return span;
    });
  if (!opts.optional) return spans;
  const extra = findRelativeDates(t, pub).filter((r) => !spans.some((s) => s.start < r.end && r.start < s.end));
  return [...spans, ...extra.map((r) => ({ ...r, text: text.slice(r.start, r.end) }))].sort((x, y) => x.start - y.start);
}
