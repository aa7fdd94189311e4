import { attachClock, clockDay, parseClock } from './clock';
import { parseCalendar } from './calendar';
import { dateNumber } from './numerals';
import type { DatePoint } from './types';

/**
 * One date point at a position, whichever shape it has: a numeric dateline
 * (`2024-05-13 08:23`), a decade (`80年代`), a calendar point, lunar days
 * included (`calendar.ts`, `正月初七`), or a clock time alone (`傍晚六点`).
 */
const ISO = /(?<y>(?:1[89]|2[01])\d{2})(?<sep>[-/.])(?<m>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12]\d|0?[1-9])(?![\d.])/y;
const DECADE = /(?<c>上世纪|[12]\d世纪|二十一?世纪|十九世纪)?(?<d>[1-9]0|[二三四五六七八九]十)年代|(?<y4>1[89]\d0|20[0-9]0)年代/y;
const CN_DIGIT = /[〇零一二三四五六七八九十两]/;

function at(re: RegExp, t: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(t);
}

/*
 * Each shape first checks the fixed characters it needs near `i`: most candidate positions are
 * plain numbers and fail there, so these regexes rarely run (or even get compiled) on a page.
 * Each check only rejects positions its regex rejects.
 */

/** ISO: a year starting 1 or 2, then its separator right after the four digits. */
const mayBeIso = (t: string, i: number) => (t[i] === '1' || t[i] === '2') && (t[i + 4] === '-' || t[i + 4] === '/' || t[i + 4] === '.');

/** DECADE: `年代` after at most seven characters (`二十一世纪` + `20`). */
function mayBeDecade(t: string, i: number): boolean {
  for (let j = i + 2; j <= i + 7; j++) if (t[j] === '年' && t[j + 1] === '代') return true;
  return false;
}

/** Each gate with the regex it guards (for the test that checks they never disagree). */
export const POINT_GATES: readonly (readonly [RegExp, (t: string, i: number) => boolean])[] = [
  [ISO, mayBeIso],
  [DECADE, mayBeDecade],
];

export function parsePoint(t: string, i: number): DatePoint | null {
  const prev = t[i - 1] ?? '';
  // Never start inside a number: `12023年`, `3.5月`, `二十一月`.
  if (/[\d.]/.test(prev) || (CN_DIGIT.test(prev) && CN_DIGIT.test(t[i] ?? ''))) return null;
  return iso(t, i) ?? decade(t, i) ?? parseCalendar(t, i) ?? clockOnly(t, i);
}

function iso(t: string, i: number): DatePoint | null {
  if (!mayBeIso(t, i)) return null;
  const m = at(ISO, t, i);
  if (!m?.groups) return null;
  return attachClock(t, { start: i, end: ISO.lastIndex, year: +m.groups.y!, month: +m.groups.m!, day: +m.groups.d! });
}

function decade(t: string, i: number): DatePoint | null {
  if (!mayBeDecade(t, i)) return null;
  const m = at(DECADE, t, i);
  if (!m?.groups) return null;
  const g = m.groups;
  let first: number;
  if (g.y4) first = +g.y4;
  else {
    const d = dateNumber(g.d!);
    // Without a century, `80年代` means the 1900s; `21世纪20年代` the 2000s.
    first = (g.c && /21|二十一/.test(g.c) ? 2000 : g.c && /19|十九/.test(g.c) ? 1800 : 1900) + d;
  }
  return { start: i, end: DECADE.lastIndex, years: [first, first + 9], period: true };
}

function clockOnly(t: string, i: number): DatePoint | null {
  const c = parseClock(t, i);
  if (!c) return null;
  const { end, ...time } = c;
  return { start: i, end, ...time, ...clockDay(t, i) };
}
