import type { Approx } from './lexicon';

export type { Approx };

/**
 * What a figure measures (guidelines §1.3, in the project's own vocabulary):
 * - percent: a proportion in percent: `61.6%`, `百分之三十`, `六成` (tenths), `八折` (discount),
 *   `5‰` (unit '‰'). CONVENTION: `value` is in percent units (六成 → 60, unit '%'), never a 0..1
 *   fraction, so `61.6%` and `六成` compare directly.
 * - percentage_points: `3.5个百分点` → 3.5, unit 'pp'; a difference of percents, kept apart.
 * - money: an amount with a currency; magnitudes are resolved (`12.5亿元` → 1250000000, '元').
 * - count: an Arabic number with a measure word or noun classifier (`316个`, `3部门`).
 * - approx_count: a count with an approximator (`450余名`, `近3000人`, `1600多`).
 * - magnitude: a number with 万/亿 (`1.3万余家` → 13000, `突破3000万` → 30000000, unit null).
 * - cn_numeral: a count written in Chinese numerals (`三级`, `两轮`, `十五条`, `三大`).
 * - range: one span for an interval; `value` is [low, high] (`3至5年`, `三四户`, `15%至20%`).
 * - fraction: `三分之一`, `1/3` → value 1/3, unit null.
 * - multiple: `1.5倍` → 1.5, `翻一番` → 2, `翻两番` → 4 (unit '倍'). The value is the number as
 *   written: `增长1.5倍` (×2.5) and `是…的1.5倍` (×1.5) differ in meaning, not in `value`.
 * - duration: `24小时`, `3年`, `半个月` (value 0.5, unit '个月'), `7×24小时` (168 小时).
 * - age: ages and anniversaries: `68岁`, `65周岁`, `10周年`.
 */
export type FigureKind =
  | 'percent'
  | 'percentage_points'
  | 'money'
  | 'count'
  | 'approx_count'
  | 'magnitude'
  | 'cn_numeral'
  | 'range'
  | 'fraction'
  | 'multiple'
  | 'duration'
  | 'age';

export interface FigureSpan {
  /** `text === input.slice(start, end)` (UTF-16 offsets, half-open). */
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  /** Resolved exactly (4.52萬 → 45200); [low, high] for ranges. */
  value: number | [number, number];
  /** Measure word / currency / physical unit in Simplified, '%', '‰' or 'pp'; null for bare numbers. */
  unit: string | null;
  /** 近/约/左右 → about; 余/多/超/逾/以上 → gt; 不到/不足/以下 → lt. */
  approx: Approx | null;
  /** A trend verb right before the figure (`下降61.6%` → 'down'). */
  direction?: 'up' | 'down';
  /** `同比`/`比上年`/`较去年同期` → 'yoy'; `环比`/`比上月` → 'mom'. */
  comparison?: 'yoy' | 'mom';
}
