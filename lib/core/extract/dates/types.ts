/**
 * What the date parser knows about one calendar point or clock time before it becomes a span.
 * Every field is optional because news prose drops whatever the reader can infer (`9日`,
 * `晚上十点`, `一季度`).
 */
export interface DateParts {
  /** Absolute year when written (`2023年`, `二〇二三年`). */
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
  /** A lunar-calendar day (`正月初七`): shown, never resolved to ISO. */
  lunar?: boolean;
  /** True for qualifiers that make the point a period rather than a day (`3月份`, `5月中旬`). */
  period?: boolean;
}

/** A parsed point with its extent in the text. */
export interface DatePoint extends DateParts {
  start: number;
  end: number;
  /** A relative year alone (`今年`): not a date by itself, but it can lead a range. */
  headOnly?: boolean;
}
