import { eligibleStart, type FigureContext, insideLabelOk } from './context';
import type { Draft, ScanResult } from './draft';
import { type NumberToken, readNumber } from './number';
import { readPrefix } from './simple';
import { readUnit, readUnitTail } from './unit';
import { decimalFromInt, decimalToNumber } from '../../text';

/**
 * Figures with their own shape: halves (`半个月`), doubling (`翻一番`), fractions
 * (`三分之一`, `百分之三十`, `1/3`).
 */

const HALF_UNITS: readonly (readonly [string, string])[] = [
  ['个月', '个月'], ['个小时', '个小时'], ['个星期', '个星期'], ['个钟头', '个钟头'], ['小时', '小时'],
  ['年', '年'], ['天', '天'], ['月', '个月'], ['周', '周'], ['分钟', '分钟'],
];

/**
 * `半个月`, `半年`, `近半年` (durations; `上半年` / `下半年` are dates), and `一半` (a half,
 * `平日的一半`, `超过一半`), which is a proportion, reported as the fraction 0.5.
 */
export function scanHalf(f: string, p: number, ctx: FigureContext): ScanResult {
  const none: ScanResult = { draft: null, next: p + 1 };
  if (f[p - 1] === '一') return scanOneHalf(f, p, ctx) ?? none;
  if (!eligibleStart(f, p, ctx) || '上下'.includes(f[p - 1] ?? '\u0000')) return none;
  const hit = HALF_UNITS.find(([w]) => f.startsWith(w, p + 1));
  if (!hit) return none;
  const unit = readUnit(f, p + 1);
  // Refuse when the time word starts another word (`半月谈`, `半年度`).
  if (hit[0] !== '月' && unit?.text !== hit[0]) return none;
  if (hit[0] === '月' && /[谈刊报]/.test(f[p + 2] ?? '')) return none;
  const prefix = readPrefix(f, p, 'arabic');
  const tail = readUnitTail(f, null, p + 1 + hit[0].length);
  const draft: Draft = {
    start: prefix.start,
    end: tail.end,
    script: 'cn',
    value: { digits: BigInt(5), scale: 1 },
    unitText: hit[1],
    unitInfo: { kind: 'time' },
    approx: prefix.approx ?? tail.approx,
    hasMagnitude: false,
    half: false,
  };
  if (!insideLabelOk(ctx, draft, p)) return none;
  return { draft, next: draft.end };
}

function scanOneHalf(f: string, p: number, ctx: FigureContext): ScanResult | null {
  const one = p - 1;
  // Not after another numeral (`十一半`) nor as a measure (`一半天`, `一半径`).
  if (!eligibleStart(f, one, ctx) || /[0-9零〇一二两三四五六七八九十百千万亿]/.test(f[one - 1] ?? '')) return null;
  if (readUnit(f, p + 1) || /[径导岛山]/.test(f[p + 1] ?? '')) return null;
  const prefix = readPrefix(f, one, 'arabic');
  const tail = readUnitTail(f, null, p + 1);
  const draft: Draft = {
    start: prefix.start,
    end: tail.end,
    script: 'cn',
    value: { digits: BigInt(5), scale: 1 },
    fraction: { value: 0.5, as: 'fraction' },
    unitText: null,
    unitInfo: null,
    approx: prefix.approx ?? tail.approx,
    hasMagnitude: false,
    half: false,
  };
  if (!insideLabelOk(ctx, draft, one)) return null;
  return { draft, next: draft.end };
}

/** `翻一番` (×2), `翻了两番` (×4): the whole phrase is the figure (§5.1). */
export function scanDoubling(f: string, p: number, ctx: FigureContext): ScanResult {
  const m = /翻了?([一两二三四])番/y;
  m.lastIndex = p;
  const hit = m.exec(f);
  if (!hit || ctx.blocked[p]) return { draft: null, next: p + 1 };
  const times = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 }[hit[1] as '一' | '两' | '二' | '三' | '四'];
  const draft: Draft = {
    start: p,
    end: p + hit[0].length,
    script: 'cn',
    value: decimalFromInt(BigInt(2 ** times)),
    unitText: '倍',
    unitInfo: { kind: 'multiple' },
    approx: null,
    hasMagnitude: false,
    half: false,
  };
  return { draft, next: draft.end };
}

/** `三分之一`, `百分之三十左右` (percent), `千分之五` (per mille), `近三分之二`. */
export function scanFraction(f: string, den: NumberToken, ctx: FigureContext): ScanResult | null {
  const numer = readNumber(f, den.runEnd + 2, true);
  if (!numer || Array.isArray(numer.value) || Array.isArray(den.value) || numer.digitString) return null;
  const d = decimalToNumber(den.value);
  const n = decimalToNumber(numer.value);
  if (d === 0) return null;
  // No vague prefix here: `上百分之` is not `上百`.
  const prefix = readPrefix(f, den.start, 'arabic');
  const tail = readUnitTail(f, null, numer.end);
  const as = d === 100 ? 'percent' : d === 1000 ? 'permille' : 'fraction';
  const draft: Draft = {
    start: prefix.start,
    end: tail.end,
    script: 'cn',
    value: numer.value,
    fraction: { value: as === 'fraction' ? n / d : n, as },
    unitText: null,
    unitInfo: null,
    approx: prefix.approx ?? numer.approx ?? tail.approx,
    hasMagnitude: false,
    half: false,
  };
  if (!insideLabelOk(ctx, draft, den.start)) return null;
  return { draft, next: draft.end };
}

/** `1/3`: small proper fractions only, so dates (`2023/02/03`) and codes stay out. */
export function scanSlashFraction(f: string, numer: NumberToken, ctx: FigureContext): ScanResult | null {
  const den = readNumber(f, numer.runEnd + 1);
  if (!den || den.script !== 'arabic' || Array.isArray(den.value) || Array.isArray(numer.value)) return null;
  if (numer.end !== numer.runEnd || /[/\d]/.test(f[den.runEnd] ?? '')) return null;
  const n = decimalToNumber(numer.value);
  const d = decimalToNumber(den.value);
  if (!Number.isInteger(n) || !Number.isInteger(d) || n <= 0 || n >= d || d > 100) return null;
  const prefix = readPrefix(f, numer.start, 'arabic');
  const draft: Draft = {
    start: prefix.start,
    end: den.runEnd,
    script: 'arabic',
    value: numer.value,
    fraction: { value: n / d, as: 'fraction' },
    unitText: null,
    unitInfo: null,
    approx: prefix.approx,
    hasMagnitude: false,
    half: false,
  };
  if (!insideLabelOk(ctx, draft, numer.start)) return null;
  return { draft, next: draft.end };
}
