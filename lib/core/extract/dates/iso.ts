import { lunarToIso } from './lunar';
import type { DateParts } from './types';

/**
 * ISO 8601 rendering of a parsed date, at the precision the text gives.
 *
 * Convention (documented for consumers of `DateSpan.iso`):
 * - calendar points: `2023-02-03T10:44`, `2023-02-03`, `2022-10`, `2024`;
 * - clock times without a date: `T18:00` (ISO 8601 time with the `T` designator);
 * - periods and ranges: ISO intervals `start/end` (`2024-01/2024-03` for 一季度,
 *   `2021/2025`, `T22:00/T06:00` where an end before the start means the next day);
 * - a month or day whose year is unknown: the truncated forms `--10`, `--10-01`, `---09`
 *   (ISO 8601:2000), unless the publication date lets the year be inferred;
 * - null when nothing can be resolved (`当年3月` without knowing which year, a lunar day
 *   without its year);
 * - years outside 0000–9999 never occur; years below 1000 are padded (`0618`);
 * - two-digit years (`22年`, `97年`) are put in the century that brings them nearest the
 *   publication year, looking at most ten years ahead (published 2023: `33年` is 2033, `34年` 1934);
 *   without a publication date the pivot is 2030;
 * - a lunar date whose year is known (`2015年十月初一`, `今年正月十五`) is converted to its
 *   Gregorian day (the year named is the lunar year, which begins in that Gregorian year);
 * - a day word with a clock (`明天下午5:00`, `今晚8点`) is the publication day moved by the word;
 *   without a publication date only the time is known (`T17:00`).
 *
 * Inference from the publication date: relative years (`去年` = year − 1); a month without a
 * year, or a day without a month, is put in the year (month) that brings it nearest to the
 * publication date, the past winning ties, because news reports mostly what just happened: a
 * January article's `12月` is last December, an article of the 3rd's `28日` is last month's.
 */
export interface Published {
  year: number;
  month: number;
  day: number;
}

// Every paragraph of an article resolves against the same date: parse it once.
let lastIso: string | undefined;
let lastPublished: Readonly<Published> | null = null;

export function parsePublished(iso: string | undefined): Readonly<Published> | null {
  if (iso === lastIso) return lastPublished;
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const pub = m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
  lastIso = iso;
  lastPublished = pub;
  return pub;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A written year in full: two-digit years take the century nearest the publication year. */
function fullYear(y: number, pub: Published | null): number {
  if (y >= 100) return y;
  const pivot = (pub?.year ?? 2020) + 10;
  const century = Math.floor(pivot / 100) * 100;
  return century + y <= pivot ? century + y : century - 100 + y;
}

/** The publication day moved by `days`, as `YYYY-MM-DD`. */
export function shiftDay(pub: Published, days: number): string {
  const d = new Date(Date.UTC(pub.year, pub.month - 1, pub.day + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function time(p: DateParts): string {
  if (p.hour === undefined) return '';
  const s = p.second !== undefined ? `:${pad(p.second)}` : '';
  // 24时 stays 24:00 (ISO 8601's end of the day); with a whole date, `isoOf` moves it to the next day's 00:00.
  return `T${pad(p.hour)}:${pad(p.minute ?? 0)}${s}`;
}

/** The year the text means, or null when it cannot be known. */
function yearOf(p: DateParts, pub: Published | null): number | null {
  if (p.year !== undefined) return fullYear(p.year, pub);
  if (p.relYear !== undefined) return p.relYear === null || !pub ? null : pub.year + p.relYear;
  if (!pub || p.month === undefined) return pub && p.months ? pub.year : null;
  const ahead = p.month - pub.month;
  return ahead >= 6 ? pub.year - 1 : ahead < -6 ? pub.year + 1 : pub.year;
}

/** The [year, month] of a bare day nearest to publication, the past winning ties. */
function monthOfDay(day: number, pub: Published): [number, number] {
  const base = pub.year * 12 + pub.month - 1;
  const candidates = [base - 1, base, base + 1].map((m) => ({ m, gap: day - pub.day + (m - base) * 30.4 }));
  const best = candidates.reduce((a, b) => (Math.abs(b.gap) < Math.abs(a.gap) || (Math.abs(b.gap) === Math.abs(a.gap) && b.gap < 0) ? b : a));
  return [Math.floor(best.m / 12), (best.m % 12) + 1];
}

function ym(year: number, month: number): string {
  // Winter (12–14) spills into the next year.
  return month > 12 ? `${pad(year + 1, 4)}-${pad(month - 12)}` : `${pad(year, 4)}-${pad(month)}`;
}

/** The lunar year written with a lunar date, or null (`腊月二十三` alone). */
export function lunarYearOf(p: DateParts, pub: Published | null): number | null {
  return p.year !== undefined || p.relYear !== undefined ? yearOf(p, pub) : null;
}

export function isoOf(p: DateParts, pub: Published | null): string | null {
  const out = isoRaw(p, pub);
  const m = out && /^(\d{4})-(\d{2})-(\d{2})T24:00/.exec(out);
  if (!m) return out;
  return `${shiftDay({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, 1)}T00:00${out!.slice(m[0].length)}`;
}

function isoRaw(p: DateParts, pub: Published | null): string | null {
  if (p.lunar) {
    const year = lunarYearOf(p, pub);
    const day = year === null || p.lunar.day === undefined ? null : lunarToIso(year, p.lunar.month, p.lunar.day, p.lunar.leap);
    return day === null ? null : `${day}${time(p)}`;
  }
  if (p.years) return `${p.years[0]}/${p.years[1]}`;
  const hasDate = p.year !== undefined || p.relYear !== undefined || p.month !== undefined || p.day !== undefined || p.months;
  if (!hasDate) {
    if (p.relDay !== undefined && pub) return `${shiftDay(pub, p.relDay)}${time(p)}`;
    return time(p) || null;
  }
  const year = yearOf(p, pub);
  if (p.months) {
    if (year === null) return null;
    const [a, b] = p.months;
    return a === b ? ym(year, a) : `${ym(year, a)}/${ym(year, b)}`;
  }
  if (p.relMonth !== undefined) {
    if (p.relMonth === null || !pub) return null;
    const index = pub.year * 12 + pub.month - 1 + p.relMonth;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(p.day ?? 1)}${time(p)}`;
  }
  if (p.month === undefined && p.day !== undefined) {
    if (!pub) return `---${pad(p.day)}${time(p)}`;
    const [y, month] = monthOfDay(p.day, pub);
    return `${y}-${pad(month)}-${pad(p.day)}${time(p)}`;
  }
  if (p.month === undefined) return year === null ? null : pad(year, 4);
  const md = `${pad(p.month)}${p.day !== undefined ? `-${pad(p.day)}` : ''}`;
  if (year === null) return p.relYear === null ? null : `--${md}${time(p)}`;
  return `${pad(year, 4)}-${md}${time(p)}`;
}
