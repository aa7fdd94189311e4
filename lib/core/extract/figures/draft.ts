import type { Approx, UnitInfo } from './lexicon';
import type { FigureKind, FigureSpan } from './types';
import { type Decimal, decimalToNumber } from '../../text';

/**
 * A figure being assembled, on normalized-text offsets, with its value still exact.
 * `finishDraft` turns it into the public `FigureSpan` (value conventions, kind).
 */
export interface Draft {
  start: number;
  end: number;
  script: 'arabic' | 'cn';
  /** Exact numeral value(s); for fractions `fraction` holds the ratio instead. */
  value: Decimal | [Decimal, Decimal];
  fraction?: { value: number; as: 'percent' | 'permille' | 'fraction' };
  unitText: string | null;
  unitInfo: UnitInfo | null;
  approx: Approx | null;
  hasMagnitude: boolean;
  /** `一年半`, `两个半小时`: add one half. */
  half: boolean;
  /** `一元五角`: the amount went on in 角/分, so a lone `一` is a count, not an article. */
  cents?: boolean;
  /** `7×24小时`: multiply the two numbers. */
  product?: boolean;
  /** `三年零四个月`: months added to the years, in years. */
  addend?: number | undefined;
}

function toNumber(d: Decimal, draft: Draft): number {
  // 成 = tenths, 折 = tenths of the price: reported in percent units (六成 → 60, 九点五折 → 95),
  // exactly; a half is half a tenth (四成半 → 45). A two-digit discount already names the
  // percent paid (`88折` → 88): ten times it would be over the whole price.
  const k = draft.unitInfo?.kind;
  if (k === 'tenths' || k === 'discount') {
    const twoDigit = k === 'discount' && d.scale === 0 && d.digits > BigInt(10) && d.digits < BigInt(100);
    if (twoDigit) return decimalToNumber(d);
    return decimalToNumber({ digits: d.digits * BigInt(10), scale: d.scale }) + (draft.half ? 5 : 0);
  }
  let n = decimalToNumber(d);
  if (draft.half) n += 0.5;
  if (draft.addend) n += draft.addend;
  return n;
}

function kindOf(d: Draft, ranged: boolean): FigureKind {
  if (d.fraction) return d.fraction.as === 'fraction' ? 'fraction' : 'percent';
  if (ranged) return 'range';
  switch (d.unitInfo?.kind) {
    case 'percent':
    case 'permille':
    case 'tenths':
    case 'discount':
      return 'percent';
    case 'pp':
      return 'percentage_points';
    case 'money':
      return 'money';
    case 'multiple':
      return 'multiple';
    case 'age':
      return 'age';
    case 'time':
      return 'duration';
    default:
      break;
  }
  if (d.hasMagnitude) return 'magnitude';
  if (d.approx) return 'approx_count';
  return d.script === 'cn' ? 'cn_numeral' : 'count';
}

/** One scan step: a draft (or none) and where scanning resumes. */
export interface ScanResult {
  draft: Draft | null;
  /** Where scanning resumes: past the whole numeral even when it was rejected (`十九大` must
   *  not be retried as `九大`). */
  next: number;
}

export function finishDraft(text: string, d: Draft): FigureSpan {
  let value: number | [number, number];
  let unit: string | null = d.unitText === null ? null : (d.unitInfo?.norm ?? d.unitText);
  const ranged = Array.isArray(d.value) && !d.product;
  if (d.fraction) {
    value = d.fraction.value;
    unit = d.fraction.as === 'percent' ? '%' : d.fraction.as === 'permille' ? '‰' : null;
  } else if (Array.isArray(d.value)) {
    const lo = toNumber(d.value[0], d);
    const hi = toNumber(d.value[1], d);
    value = d.product ? lo * hi : [lo, hi];
  } else {
    value = toNumber(d.value, d);
  }
  return {
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    kind: kindOf(d, ranged),
    value,
    unit,
    approx: d.approx,
  };
}
