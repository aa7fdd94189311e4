import { attachClock } from './clock';
import { dateNumber } from './numerals';
import type { DatePoint } from './types';
import { isHan } from '../../text';
import { parseLunar } from './lunar';

/**
 * Calendar points read left to right: [year | relative year] [year period | quarter |
 * month [tail] [day] | relative month + day | bare day] [clock].
 *
 * Each step is a sticky regex so that guards can look at the characters around it; the guards
 * are what keep durations (`3年`, `近2000年`, `连续3日`) and figures out.
 */
const YEAR = /(?<y>\d{2,4}|[〇零一二三四五六七八九]{4}|〇[一二三四五六七八九])年(?<du>度)?/y;
// 前年/后年 are left out: in running text they are mostly 以后 + 年…, 此前 + 年….
const REL_YEAR = /(?<r>[今去明上本当同次])年/y;
const REL_MONTH = /(?<r>[本上下当同次])月(?=(?:3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])/y;
const MONTH = /(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/y;
const MONTH_TAIL = /份|初(?![步次期心衷始级稿创见])|[上中下]旬|中下旬|中上旬|底|末/y;
const DAY = /(?<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?<u>[日号])/y;
const YEAR_TAIL = /(?:年(?=[初底末]))?(?<edge>末|底|初(?![步次期心衷始级稿创见]))|(?<half>[上下])半年|(?<season>[春夏秋冬])季/y;
const QUARTER = /(?:(?<first>前)?(?<q>[一二三四1-4])|第(?<nth>[一二三四1-4]))季度(?<edge>末|初(?![步次期心衷始级稿创见]))?/y;
const FIRST_MONTHS = /前(?<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])个月/y;

/** Before an Arabic year: an approximator turns it into a duration (`近2000年`, `有5000年`). */
const NOT_BEFORE_YEAR = /[近约超逾数多有余历第每]/;
/** A month right after a year: then any year with two to four digits is a date (`22年6月`, `1421年3月`). */
const MONTH_NEXT = /^(?:农历|闰|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九正腊冬])月)/;
/** After a two-digit year: the edges, halves and quarters of a year, which no duration takes (`22年底`). */
const SHORT_YEAR_TAIL = /^(?:底|末|初(?![步次期心衷始级稿创见])|[上下]半年|(?:前|第)?[一二三四1-4]季度)/;
/** After a two-digit year: a date reading when the number cannot be a span of years (`97年以后`). */
const SHORT_YEAR_EDGE = /^(?:以后|以前|之后|之前|起)/;
/** Before a two-digit year: what makes it a count of years (`成立70年以后`, `过了15年`, `这20年`). */
const NOT_BEFORE_SHORT_YEAR = /[了近约超逾数多有余历第每满过经再这那立去后前来共达]/;
/** Before a year outside 1800–2199 with no month: words after which it counts years (`逝世1790年`). */
const OLD_YEAR_COUNTED = /[了过经满达续延距今逝世长共历]/;
/** After a year: a duration (`2000年的历史`). */
const NOT_AFTER_YEAR = /^(?:的?历史|之久)/;
/** Before a bare day `9日`: a duration or ordinal reading (`连续3日`, `每5日`, `第3日`). */
const NOT_BEFORE_DAY = /[连续每近约共数多余第前后历为期用个需]/;
/** Chinese-numeral months only after these (or a non-Han character): `统一月…`, `之一月` are not months. */
const CN_MONTH_AFTER = /[年至到和与及在于於自从止今迄]/;

const oneOf = (set: string, ch: string | undefined) => ch !== undefined && set.includes(ch);

/**
 * The fixed characters each step needs near `i`, checked before its regex runs: nearly every
 * candidate position fails here, and a regex that never runs is never compiled (each one costs
 * tens of microseconds at every page load). Each check only rejects positions the regex rejects
 * (exported for the test that checks it).
 */
export const MAY_MATCH: ReadonlyMap<RegExp, (t: string, i: number) => boolean> = new Map([
  [YEAR, (t, i) => t[i + 4] === '年' || t[i + 3] === '年' || t[i + 2] === '年'],
  [REL_YEAR, (t, i) => t[i + 1] === '年'],
  [REL_MONTH, (t, i) => t[i + 1] === '月'],
  [MONTH, (t, i) => t[i + 1] === '月' || t[i + 2] === '月'],
  [MONTH_TAIL, (t, i) => oneOf('份初上中下底末', t[i])],
  [DAY, (t, i) => oneOf('日号', t[i + 1]) || oneOf('日号', t[i + 2]) || oneOf('日号', t[i + 3])],
  [YEAR_TAIL, (t, i) => oneOf('年末底初上下春夏秋冬', t[i])],
  [QUARTER, (t, i) => t[i + 1] === '季' || t[i + 2] === '季'],
  [FIRST_MONTHS, (t, i) => t[i] === '前'],
]);

function at(re: RegExp, t: string, i: number): RegExpExecArray | null {
  if (!MAY_MATCH.get(re)!(t, i)) return null;
  re.lastIndex = i;
  return re.exec(t);
}

/** Quarter periods: 一季度 (1–3), 前三季度 (1–9), 二季度末 (6), 第四季度. */
function quarter(t: string, pos: number, p: DatePoint): number | null {
  const m = at(QUARTER, t, pos);
  if (!m?.groups) return null;
  const g = m.groups;
  const q = dateNumber(g.q ?? g.nth!);
  const last = q * 3;
  p.months = g.first ? [1, last] : g.edge === '末' ? [last, last] : g.edge ? [last - 2, last - 2] : [last - 2, last];
  p.period = true;
  return QUARTER.lastIndex;
}

/** `前4个月`: after a year (`去年前10个月`), or opening a clause (`前4个月，全国…`). */
function firstMonths(t: string, pos: number, p: DatePoint): number | null {
  const m = at(FIRST_MONTHS, t, pos);
  if (!m?.groups) return null;
  const n = dateNumber(m.groups.n!);
  if (!(n >= 1 && n <= 12)) return null;
  p.months = [1, n];
  p.period = true;
  return FIRST_MONTHS.lastIndex;
}

const CN_YEAR_DIGIT = '〇一二三四五六七八九';

/** The year a `YEAR` match names, or null when the number there is a count of years instead. */
function yearAt(t: string, i: number, m: RegExpExecArray): number | null {
  const raw = m.groups!.y!;
  const arabic = /^\d/.test(raw);
  const value = arabic ? Number(raw) : [...raw].reduce((acc, c) => acc * 10 + CN_YEAR_DIGIT.indexOf(c === '零' ? '〇' : c), 0);
  const before = t[i - 1] ?? '';
  const after = t.slice(YEAR.lastIndex, YEAR.lastIndex + 4);
  // `00年代` in a list of decades (`80、90、00年代`) is not a year.
  if ((arabic && NOT_BEFORE_YEAR.test(before)) || NOT_AFTER_YEAR.test(after) || after[0] === '代') return null;
  const monthNext = !m.groups!.du && MONTH_NEXT.test(after);
  const era = t.slice(i - 2, i) === '公元';
  if (raw.length === 2) {
    // Two digits are a year when a month follows (`22年6月1日`), when a zero leads (`09年`, `〇八年`),
    // with a year's edge (`22年底`), or with 以后/起 where the number is too large to count years
    // lived through in news (`97年以后`); otherwise `22年` is a duration.
    if (NOT_BEFORE_SHORT_YEAR.test(before)) return null;
    const lead = raw[0] === '0' || raw[0] === '〇';
    const edge = SHORT_YEAR_EDGE.test(after) && value >= 60;
    return monthNext || lead || SHORT_YEAR_TAIL.test(after) || edge ? value : null;
  }
  if (value >= 1800 && value <= 2199) return value;
  // Other years (history, `1421年3月9日`, `公元618年`): with a month, after 公元, or a four-digit
  // year that is not a round hundred (`1000年` is mostly a span of time), unless a word that
  // counts time comes before it (`逝世1790年`, `延续了1368年`).
  if (monthNext || era) return value;
  return raw.length === 4 && value >= 1000 && value < 3000 && value % 100 !== 0 && !OLD_YEAR_COUNTED.test(before) ? value : null;
}

export function parseCalendar(t: string, i: number): DatePoint | null {
  const p: DatePoint = { start: i, end: i };
  let pos = i;
  const y = at(YEAR, t, pos);
  const year = y?.groups ? yearAt(t, i, y) : null;
  if (year !== null) {
    p.year = year;
    pos = YEAR.lastIndex;
  } else {
    const r = at(REL_YEAR, t, pos);
    // 过去年…, 以上年…, 不同年…, 相当年…: the first character belongs to the word before.
    if (r?.groups && !/[过以不相基每多]/.test(t[i - 1] ?? '')) {
      const rel = r.groups.r!;
      p.relYear = rel === '今' || rel === '本' ? 0 : rel === '去' || rel === '上' ? -1 : rel === '明' ? 1 : null;
      pos = REL_YEAR.lastIndex;
    }
  }
  const hasYear = p.year !== undefined || p.relYear !== undefined;
  const lunar = parseLunar(t, pos);
  if (lunar) return attachClock(t, { ...p, end: lunar.end, lunar: lunar.lunar });
  const afterYear = hasYear ? yearPeriod(t, pos, p) : pos;
  if (afterYear !== pos) return { ...p, end: afterYear };
  const periodEnd = quarter(t, pos, p) ?? (isHan(t[pos - 1]) ? null : firstMonths(t, pos, p));
  if (periodEnd !== null) return { ...p, end: periodEnd };
  const monthEnd = month(t, pos, p, hasYear);
  const relMonth = !hasYear && monthEnd === null && !/[以不每]/.test(t[pos - 1] ?? '') ? at(REL_MONTH, t, pos) : null;
  if (monthEnd !== null) pos = monthEnd;
  else if (relMonth?.groups) {
    // `本月6日` keeps its month word, as `去年10月` keeps its year word (guidelines §2).
    const r = relMonth.groups.r!;
    p.relMonth = r === '本' || r === '当' ? 0 : r === '上' ? -1 : r === '下' ? 1 : null;
    const d = at(DAY, t, REL_MONTH.lastIndex)!;
    p.day = dateNumber(d.groups!.d!);
    pos = DAY.lastIndex;
  } else if (hasYear) {
    // A relative year alone (`去年`) is an optional item: kept only to lead a range.
    return p.year !== undefined ? { ...p, end: pos } : { ...p, end: pos, headOnly: true };
  } else {
    const d = bareDay(t, pos);
    if (!d) return null;
    p.day = d.day;
    pos = d.end;
  }
  return attachClock(t, { ...p, end: pos });
}

/** Year-level periods right after a year: 年末, 下半年, 春季, 一季度, 前三季度, 前10个月. */
function yearPeriod(t: string, pos: number, p: DatePoint): number {
  const absolute = p.year !== undefined;
  const tail = at(YEAR_TAIL, t, pos);
  // Relative years need a numeral to count (`今年底` is optional), so only absolute years take these.
  if (tail?.groups && absolute) {
    const g = tail.groups;
    p.period = true;
    if (g.edge) p.months = g.edge === '初' ? [1, 1] : [12, 12];
    else if (g.half) p.months = g.half === '上' ? [1, 6] : [7, 12];
    else p.months = g.season === '春' ? [3, 5] : g.season === '夏' ? [6, 8] : g.season === '秋' ? [9, 11] : [12, 14];
    return YEAR_TAIL.lastIndex;
  }
  return quarter(t, pos, p) ?? firstMonths(t, pos, p) ?? pos;
}

/** Month [tail] [day]; returns the new position or null when no month starts at `pos`. */
function month(t: string, pos: number, p: DatePoint, hasYear: boolean): number | null {
  const m = at(MONTH, t, pos);
  if (!m?.groups) return null;
  const raw = m.groups.m!;
  if (!hasYear && /^\D/.test(raw)) {
    const before = t[pos - 1] ?? '';
    if (isHan(before) && !CN_MONTH_AFTER.test(before)) return null;
  }
  if (!hasYear && /[个几数每近连续第]/.test(t[pos - 1] ?? '')) return null;
  p.month = dateNumber(raw);
  let end = MONTH.lastIndex;
  const tail = at(MONTH_TAIL, t, end);
  if (tail) {
    p.period = true;
    return MONTH_TAIL.lastIndex;
  }
  const d = at(DAY, t, end);
  // `号` after a month is a day (`5月3号`); alone it is a number label (`3号线`).
  if (d?.groups) {
    const day = dateNumber(d.groups.d!);
    if (day >= 1 && day <= 31) {
      p.day = day;
      end = DAY.lastIndex;
    }
  }
  return end;
}

/** A bare Arabic day (`9日，`): common in datelines and leads; Chinese days only after a month. */
function bareDay(t: string, pos: number): { day: number; end: number } | null {
  const d = at(DAY, t, pos);
  if (!d?.groups || d.groups.u !== '日' || !/^\d/.test(d.groups.d!)) return null;
  if (NOT_BEFORE_DAY.test(t[pos - 1] ?? '')) return null;
  const end = DAY.lastIndex;
  // 3日内 / 3日游 are durations; 3日本… is 3 + 日本.
  if (/^(内|以内|之内|游|本)/.test(t.slice(end, end + 2))) return null;
  return { day: +d.groups.d!, end };
}
