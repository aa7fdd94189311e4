import type { LunarParts } from './types';

/**
 * Dates of the Chinese lunisolar calendar, which news uses for festivals and customs
 * (`农历正月初一`, `腊月二十三`, `八月十五`, `2015年十月初一`).
 *
 * The written forms tell lunar days from Gregorian ones: a lunar day is named `初一`…`初十`,
 * `十一`…`二十`, `廿一`/`二十一`…`三十` with no `日`, and its month may be `正月`, `冬月`, `腊月` or
 * `闰X月`; Gregorian days take `日`/`号`. `农历` in front makes any month and day lunar.
 */
const LUNAR = new RegExp(
  '(?<nl>农历)?(?<leap>闰)?(?<m>正|腊|冬|十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])月' +
    '(?:(?<d>初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?|三十)(?<du>[日号])?|(?<ad>3[01]|[12]\\d|0?[1-9])[日号])?',
  'y',
);
/** `大年初一` is the first day of the year, `大年三十` (`廿九` in a short year) its eve. */
const NEW_YEAR = /大年(?<d>初[一二三四五六七八九十]|三十|廿[八九]|二十[八九])/y;
/** A character after a bare lunar day that shows the numeral is a count instead (`十月十五个省`). */
const COUNT_AFTER = /[个名家项条位人次批些届期轮道元万亿千百余多年岁天周分秒点时倍米克吨亩户件套]/;

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** `初五` 5, `十五` 15, `二十` 20, `廿三` 23, `三十` 30. */
function lunarDay(raw: string): number {
  if (raw.startsWith('初')) return DIGIT[raw[1]!]!;
  if (raw.startsWith('廿')) return 20 + DIGIT[raw[1]!]!;
  if (raw === '三十') return 30;
  if (raw.startsWith('二十')) return 20 + (raw.length > 2 ? DIGIT[raw[2]!]! : 0);
  return 10 + (raw.length > 1 ? DIGIT[raw[1]!]! : 0);
}

function lunarMonth(raw: string): number {
  if (raw === '正') return 1;
  if (raw === '冬') return 11;
  if (raw === '腊') return 12;
  if (/^\d/.test(raw)) return Number(raw);
  return raw.length === 1 ? DIGIT[raw]! : 10 + DIGIT[raw[1]!]!;
}

export interface LunarMatch {
  end: number;
  lunar: LunarParts;
}

/** A lunar month and day at `i` (after a year, if one was written), or null. */
export function parseLunar(t: string, i: number): LunarMatch | null {
  if (t.startsWith('大年', i)) {
    NEW_YEAR.lastIndex = i;
    const m = NEW_YEAR.exec(t);
    if (!m?.groups) return null;
    const day = lunarDay(m.groups.d!);
    return { end: NEW_YEAR.lastIndex, lunar: { month: day >= 28 ? 12 : 1, day } };
  }
  // The fixed characters first: `月` within five characters (`农历闰十二月`).
  let monthSign = false;
  for (let j = i + 1; j <= i + 5 && !monthSign; j++) monthSign = t[j] === '月';
  if (!monthSign) return null;
  LUNAR.lastIndex = i;
  const m = LUNAR.exec(t);
  if (!m?.groups) return null;
  const g = m.groups;
  const named = g.m === '正' || g.m === '腊' || g.m === '冬';
  const arabicMonth = /^\d/.test(g.m!);
  const end = LUNAR.lastIndex;
  if (!g.nl) {
    // Without 农历 only the lunar names of days make the date lunar: `十月一日` is Gregorian.
    if (!g.d || g.du) return null;
    const early = g.d.startsWith('初');
    if (arabicMonth && !early) return null;
    if (!named && !early && COUNT_AFTER.test(t[end] ?? '')) return null;
    if (early && /[批些次个届期轮级中]/.test(t[end] ?? '')) return null;
  } else if (!g.d && !g.ad && named) {
    // `农历正月` names a month without a numeral: an optional item, like `正月`.
    return null;
  }
  const m1 = lunarMonth(g.m!);
  const day = g.d ? lunarDay(g.d) : g.ad ? Number(g.ad) : undefined;
  if (!(m1 >= 1 && m1 <= 12) || (day !== undefined && !(day >= 1 && day <= 30))) return null;
  return { end, lunar: { month: m1, ...(day !== undefined ? { day } : {}), ...(g.leap ? { leap: true } : {}) } };
}

// The browser's (and Node's) ICU knows the Chinese calendar; built on first use, as lunar dates are rare.
let formatter: Intl.DateTimeFormat | null | undefined;

function chineseFormatter(): Intl.DateTimeFormat | null {
  if (formatter === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      formatter = f.resolvedOptions().calendar === 'chinese' ? f : null;
    } catch {
      formatter = null;
    }
  }
  return formatter;
}

interface LunarDay {
  /** The Gregorian year in which this lunar year begins. */
  year: number;
  month: number;
  leap: boolean;
  day: number;
}

function lunarOf(f: Intl.DateTimeFormat, ms: number): LunarDay | null {
  let year = NaN;
  let month = NaN;
  let leap = false;
  let day = NaN;
  for (const part of f.formatToParts(new Date(ms))) {
    // `relatedYear` (the Gregorian year the lunar year begins in) is newer than TypeScript's part types.
    if ((part.type as string) === 'relatedYear') year = parseInt(part.value, 10);
    else if (part.type === 'month') {
      month = parseInt(part.value, 10);
      leap = /\d\D/.test(part.value);
    } else if (part.type === 'day') day = parseInt(part.value, 10);
  }
  return Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day) ? null : { year, month, leap, day };
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The first day of the lunar month after the one holding `ms` (months have 29 or 30 days). */
function nextMonthStart(f: Intl.DateTimeFormat, ms: number): number | null {
  const here = lunarOf(f, ms);
  if (!here) return null;
  const at = ms + (30 - here.day) * DAY_MS;
  return lunarOf(f, at)?.day === 1 ? at : at + DAY_MS;
}

/**
 * The Gregorian `YYYY-MM-DD` of a lunar date in the lunar year that begins in Gregorian `year`,
 * or null when the calendar has no such day (no leap month that year) or the runtime lacks it.
 * `三十` in a month of 29 days is that month's last day, as `大年三十` is always New Year's Eve.
 * Walks month by month from New Year (21 January–20 February): a few dozen lookups at most.
 */
export function lunarToIso(year: number, month: number, day: number, leap = false): string | null {
  const f = chineseFormatter();
  if (!f || year < 1000 || year > 2999) return null;
  let at: number | null = Date.UTC(year, 0, 19);
  const is = (ms: number, m: number, l: boolean) => {
    const d = lunarOf(f, ms);
    return d !== null && d.year === year && d.month === m && d.leap === l && d.day === 1;
  };
  for (let k = 0; at !== null && k < 4 && !is(at, 1, false); k++) at = nextMonthStart(f, at);
  if (at === null || !is(at, 1, false)) return null;
  for (let k = 0; at !== null && k < 14 && !is(at, month, leap); k++) at = nextMonthStart(f, at);
  if (at === null || !is(at, month, leap)) return null;
  const target = at + (day - 1) * DAY_MS;
  const got = lunarOf(f, target);
  if (got?.day === day && got.month === month) return isoDay(target);
  return day === 30 ? isoDay(target - DAY_MS) : null;
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const CN_DAY = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MONTH_NAMES = ['', '正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];

/**
 * The date's canonical lunar name (`农历十月初一`, `农历闰四月`, `农历腊月二十三`): the value the reader
 * sees when no Gregorian day can be given. It is the date's own name, not an interface string,
 * so it reads the same in every interface language.
 */
export function lunarName(l: LunarParts): string {
  const year = l.year !== undefined ? `${l.year}年` : '';
  const month = `${l.leap ? '闰' : ''}${MONTH_NAMES[l.month] ?? l.month}月`;
  if (l.day === undefined) return `${year}农历${month}`;
  const d = l.day;
  const day = d <= 10 ? `初${CN_DAY[d]}` : d < 20 ? `十${CN_DAY[d - 10]}` : d === 20 ? '二十' : d < 30 ? `二十${CN_DAY[d - 20]}` : '三十';
  return `${year}农历${month}${day}`;
}
