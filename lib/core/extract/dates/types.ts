/**
 * What the date parser knows about one calendar point or clock time before it becomes a span.
 * Every field is optional because news prose drops whatever the reader can infer (`9日`,
 * `晚上十点`, `一季度`).
 */
export interface DateParts {
  /** Year when written (`2023年`, `二〇二三年`, `1421年`); below 100 a two-digit year (`22年`,
   * `09年`) whose century the publication date decides (see `iso.ts`). */
  year?: number;
  /** Offset from the publication year for `今年 0 / 去年 -1 / 明年 1 / 上年 -1`; null when the
   * anchor is another date in the text (`当年`, `同年`, `次年`). */
  relYear?: number | null;
  month?: number;
  /** Offset from the publication month for `本月 0 / 上月 -1 / 下月 1`; null for 当月/同月/次月. */
  relMonth?: number | null;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** A span of months inside one year (`一季度` 1–3, `下半年` 7–12, `年末` 12–12). */
  months?: readonly [number, number];
  /** A span of whole years (`80年代`); months are ignored when set. */
  years?: readonly [number, number];
  /** A lunar-calendar month and day (`农历十月初一`, `腊月二十三`): converted to ISO only when
   * the year is known (`2015年十月初一`). */
  lunar?: LunarParts;
  /** Days after the publication date of a relative day word (`今天` 0, `明天` 1, `昨晚` -1). */
  relDay?: number;
  /** Days after the date that the text gave before (`次日` 1, `当天` 0): the anchor is another date. */
  anchorDay?: number;
  /** The clock came with a part-of-day word (`下午1:30`): a range's bare end shares it. */
  dayPart?: boolean;
  /** True for qualifiers that make the point a period rather than a day (`3月份`, `5月中旬`). */
  period?: boolean;
}

/** A date of the Chinese lunisolar calendar as written: `year` is the Gregorian year in which that
 * lunar year begins; `day` is absent for a month alone (`农历十月`). */
export interface LunarParts {
  year?: number;
  month: number;
  day?: number;
  /** An intercalary month (`闰四月`). */
  leap?: boolean;
}

/** A parsed point with its extent in the text. */
export interface DatePoint extends DateParts {
  start: number;
  end: number;
  /** A relative year alone (`今年`): not a date by itself, but it can lead a range. */
  headOnly?: boolean;
}
