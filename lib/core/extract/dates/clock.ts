import { dateNumber } from './numerals';
import type { DatePoint } from './types';

/**
 * Clock times: `10:44`, `22时`, `6时30分`, `傍晚六点`, `上午11点多`, `次日凌晨2点`, `晚上十点`.
 *
 * Guidelines §2/§5.2: the part-of-day word is inside, so is a following `多`/`许`; `后`/`前`
 * stay outside. `点` is also a figure word (`三点建议`, `百分之三点五`), so a bare `N点` counts
 * only with a part-of-day word, minutes, `半` or `钟`; Chinese-numeral hours need the same
 * support (`一时` is "for a moment").
 */
export interface Clock {
  end: number;
  hour: number;
  minute?: number;
  second?: number;
}

/** What the words in front of a clock say about its day (see `clockDay`). */
export interface ClockDay {
  /** Days after publication named by a day word (`明天` 1, `今晚` 0, `昨晚` -1). */
  relDay?: number;
  /** Days after a date given earlier in the text (`次日` 1, `当天` 0). */
  anchorDay?: number;
  /** A part-of-day word was written (`下午`), so the hour is on a 12-hour dial. */
  dayPart?: boolean;
}

/** Relative day words kept inside a clock span (`次日6时`, `当天上午10时`). */
const REL_DAY = ['今天', '明天', '昨天', '当天', '当日', '次日', '翌日', '今日', '明日', '昨日', '前天', '后天'];
/** What a day word (or a part of the day that names its day, `今晚`) says about the day. */
const FROM_PUBLICATION: Record<string, number> = {
  今天: 0, 今日: 0, 今晚: 0, 今早: 0, 今晨: 0, 今夜: 0, 明天: 1, 明日: 1, 明早: 1, 明晚: 1,
  昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 前天: -2, 后天: 2,
};
const FROM_ANCHOR: Record<string, number> = { 当天: 0, 当日: 0, 当晚: 0, 次日: 1, 翌日: 1 };

/**
 * The day of a clock that `parseClock` found at `i`, from the day word and part-of-day word it
 * starts with (the words are matched in the order `parseClock` tries them).
 */
export function clockDay(t: string, i: number): ClockDay {
  const rel = REL_DAY.find((w) => t.startsWith(w, i));
  const at = i + (rel?.length ?? 0);
  const part = PART.find((w) => t.startsWith(w, at) && /[\d〇零一二三四五六七八九十两]/.test(t[at + w.length] ?? ''));
  return dayOf(rel, part);
}

function dayOf(rel: string | undefined, part: string | undefined): ClockDay {
  const out: ClockDay = {};
  for (const w of [rel, part]) {
    if (w === undefined) continue;
    if (w in FROM_PUBLICATION) out.relDay = FROM_PUBLICATION[w];
    else if (w in FROM_ANCHOR) out.anchorDay = FROM_ANCHOR[w];
  }
  if (part) out.dayPart = true;
  return out;
}
/** Parts of the day, longest first where one begins another (`早上` before `早`). */
const PART = [
  '凌晨', '早上', '早晨', '清晨', '上午', '中午', '正午', '午间', '下午', '傍晚', '晚上', '晚间', '夜间', '夜里', '深夜',
  '午夜', '半夜', '当晚', '今晚', '昨晚', '今早', '今晨', '今夜', '昨夜', '明早', '明晚', '早', '晚',
];
/** `10:44` takes only the two-character parts of the day. */
const COLON_PART = PART.filter((w) => w.length === 2);
const CN_HOUR = '二十[一二三四]?|十[一二]?|[零一二三四五六七八九两]';
const CN_MIN = '[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]';

/*
 * A clock is [day word] [part of the day] + a numeric core. As one regex the two optional word
 * lists made the clock patterns the costliest of all to compile (the annotator compiles them at
 * every page load), so the words are matched here, in the order the regex would try them (each
 * list in order, then without it), and only the core is a regex, run where the words end.
 */
const COLON = /(?<h>[01]?\d|2[0-4]):(?<m>[0-5]\d)(?::(?<s>[0-5]\d))?(?![\d:])/y;
const WORD = new RegExp(
  `(?<h>\\d{1,2}|${CN_HOUR})(?<unit>[时点])` +
    `(?:(?<m>\\d{1,2}|${CN_MIN})分(?:(?<s>\\d{1,2})秒)?|(?<half>半)|(?<zheng>整|钟))?(?<approx>许|多)?`,
  'y',
);

interface ClockMatch {
  rel: string | undefined;
  part: string | undefined;
  /** The core's named groups. */
  g: Record<string, string | undefined>;
  end: number;
}

/** The words of `list` found at `at` (in list order), then "none": the regex's optional group. */
function optionsAt(t: string, at: number, list: readonly string[]): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const w of list) if (t.startsWith(w, at)) out.push(w);
  out.push(undefined);
  return out;
}

function matchClock(t: string, i: number, core: RegExp, parts: readonly string[]): ClockMatch | null {
  for (const rel of optionsAt(t, i, REL_DAY)) {
    const afterRel = i + (rel?.length ?? 0);
    for (const part of optionsAt(t, afterRel, parts)) {
      core.lastIndex = afterRel + (part?.length ?? 0);
      const m = core.exec(t);
      if (m?.groups) return { rel, part, g: m.groups, end: core.lastIndex };
    }
  }
  return null;
}

/** Hours written on a 12-hour dial (`晚上十点`) moved to 24 hours. */
function to24(hour: number, part: string | undefined): number {
  if (!part) return hour;
  if (/晨|早|上午/.test(part)) return hour === 12 ? 0 : hour;
  if (/中午|正午|午间/.test(part)) return hour < 6 ? hour + 12 : hour;
  // Late-night words cover both sides of midnight: 夜间10点 is 22:00, 深夜2点 is 02:00.
  if (/夜|午夜|半夜/.test(part) && hour <= 5) return hour;
  if (hour === 12 && /晚/.test(part)) return 0;
  return hour < 12 ? hour + 12 : hour;
}

/**
 * The clock's fixed character must come soon: COLON's `:` after at most a day word, a part of the
 * day and two digits (`次日凌晨10:`), WORD's `时`/`点` after at most seven characters
 * (`次日凌晨二十三点`). Checking that first keeps both patterns from running at the many positions
 * where no clock can start. It only rejects positions both patterns reject.
 */
function mayBeClock(t: string, i: number): { colon: boolean; word: boolean } {
  let colon = false;
  let word = false;
  for (let j = i + 1; j <= i + 7 && j < t.length; j++) {
    const ch = t[j];
    if (ch === ':' && j <= i + 6) colon = true;
    else if (ch === '时' || ch === '点') word = true;
  }
  return { colon, word };
}

/**
 * `relaxed` is for the end of a clock range, whose start already showed it is a time
 * (`上午10点到12点`): there a bare `N点` needs no support of its own.
 */
export function parseClock(t: string, i: number, relaxed = false): Clock | null {
  const may = mayBeClock(t, i);
  if (!may.colon && !may.word) return null;
  const c = may.colon ? matchClock(t, i, COLON, COLON_PART) : null;
  if (c && !/[\d.]/.test(t[i - 1] ?? '')) {
    const g = c.g;
    const hour = to24(Number(g.h), c.part);
    return { end: c.end, hour, minute: Number(g.m), ...(g.s ? { second: Number(g.s) } : {}) };
  }
  if (!may.word) return null;
  const w = matchClock(t, i, WORD, PART);
  if (!w) return null;
  const g = w.g;
  if (/[\d.]/.test(t[i - 1] ?? '') && !w.rel && !w.part) return null;
  const arabic = /^\d/.test(g.h!);
  // `零时` (midnight) is never a figure; `零点` is (零点五 = 0.5).
  const supported = Boolean(w.part || w.rel || g.m || g.half || g.zheng || relaxed || (g.h === '零' && g.unit === '时'));
  // `N点` without support is a figure; a Chinese hour without support is usually a word.
  if (!supported && (g.unit === '点' || !arabic)) return null;
  const raw = dateNumber(g.h!);
  const minute = g.m ? dateNumber(g.m) : g.half ? 30 : undefined;
  if (!(raw <= 24) || (minute !== undefined && !(minute <= 59))) return null;
  const end = w.end;
  // `24小时` never reaches here (`小` breaks the match), but `3时间` style words must not.
  if (!g.m && !g.half && !g.zheng && !g.approx && /[间辰代速]/.test(t[end] ?? '')) return null;
  return {
    end,
    hour: to24(raw, w.part),
    ...(minute !== undefined ? { minute } : {}),
    ...(g.s ? { second: Number(g.s) } : {}),
  };
}

const SPACE_THEN_COLON_CLOCK = /[ \u00a0\u3000]{1,3}(?=\d{1,2}:\d{2})/y;

/** A clock right after a date with a day (`2023年02月03日10:44`, `2024-05-13 08:23`). */
export function attachClock(t: string, p: DatePoint): DatePoint {
  // A year or month alone takes no clock: `2023年 10:44` is two things.
  if (p.day === undefined) return p;
  SPACE_THEN_COLON_CLOCK.lastIndex = p.end;
  const pos = SPACE_THEN_COLON_CLOCK.exec(t) ? SPACE_THEN_COLON_CLOCK.lastIndex : p.end;
  const c = parseClock(t, pos);
  if (!c) return p;
  const { relDay, anchorDay, dayPart } = clockDay(t, pos);
  // A day word inside the clock names another day (`9日次日…`): not this date's time.
  if (relDay !== undefined || anchorDay !== undefined) return p;
  const { end, ...time } = c;
  return { ...p, ...time, end, ...(dayPart ? { dayPart } : {}) };
}
