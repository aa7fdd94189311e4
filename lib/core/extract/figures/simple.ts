import type { FigureContext } from './context';
import type { Draft } from './draft';
import { PREFIX_APPROX, PREFIX_APPROX_BLOCKERS, VAGUE_PREFIX, type Approx } from './lexicon';
import { addDecimal, type NumberToken, readNumber } from './number';
import { readUnit, readUnitTail } from './unit';
import { type Decimal, decimalToNumber, scaleDecimal } from '../../text';

/**
 * Assembling one figure from a numeral: prefix approximators, the date/time veto, the unit and
 * what follows it (`/吨`, `零四个月`, `左右`), and the merge of a second numeral into a range
 * (`3至5年`) or a product (`7×24小时`).
 */

export interface Prefix {
  start: number;
  approx: Approx | null;
}

/**
 * `近3000人`, `超过97%`, `不到一成`, and the vague `上千`, `数十`, `几十万` (the latter only
 * before a Chinese magnitude). `p` is where the numeral starts.
 */
export function readPrefix(f: string, p: number, script: 'arabic' | 'cn'): Prefix {
  if (script === 'cn' && /[十百千万亿]/.test(f[p] ?? '')) {
    const v = f[p - 1] ?? '';
    const blockers = VAGUE_PREFIX.get(v);
    const fits = v !== '过' || f[p] !== '十';
    if (blockers !== undefined && fits && !blockers.includes(f[p - 2] ?? '\u0000')) {
      return { start: p - 1, approx: v === '上' ? 'about' : 'gt' };
    }
  }
  for (const [word, approx] of PREFIX_APPROX) {
    if (p < word.length || !f.startsWith(word, p - word.length)) continue;
    if (word.length === 1 && (PREFIX_APPROX_BLOCKERS.get(word) ?? '').includes(f[p - 2] ?? '\u0000')) continue;
    return { start: p - word.length, approx };
  }
  return { start: p, approx: null };
}

/** Dates and clock times belong to the dates extractor: `2023年`, `10月`, `3日`, `22时`, `10:44`. */
function isDateOrTime(f: string, num: NumberToken, approximated: boolean): boolean {
  const next = f[num.end] ?? '';
  if (num.power > 0) return false;
  if (next === '年') {
    // A year is four digits in the span of modern history; `5000年文明` is a duration.
    if (num.script !== 'arabic' || num.intDigits !== 4 || num.decimal || approximated || Array.isArray(num.value)) return false;
    const year = decimalToNumber(num.value);
    return year >= 1200 && year < 2200;
  }
  if (next === '月' || next === '日' || next === '号') return true;
  // `22时`, `晚上十点`; but `上涨35.2点` / `上涨120点` are index points.
  if (next === '时' || next === '点') return !num.decimal && !Array.isArray(num.value) && decimalToNumber(num.value) <= 24;
  if (next === ':' && /\d/.test(f[num.end + 1] ?? '')) return true;
  return false;
}

/** Numeral + unit + tail, without ranges. 'date' when the numeral is a date or time. */
export function buildSimple(f: string, num: NumberToken, withPrefix: boolean): Draft | 'date' {
  const prefix: Prefix = withPrefix ? readPrefix(f, num.start, num.script) : { start: num.start, approx: null };
  if (isDateOrTime(f, num, prefix.approx !== null || num.approx !== null)) return 'date';
  let numEnd = num.end;
  let numApprox = num.approx;
  let unit = readUnit(f, numEnd);
  // `来`/`许` approximate only when a unit or magnitude follows (`3万来斤`, `20来岁`).
  if ((num.approxChar === '来' || num.approxChar === '许') && !unit && f[numEnd - 1] === num.approxChar) {
    numEnd--;
    numApprox = null;
    unit = null;
  }
  let unitEnd = unit ? unit.end : numEnd;
  let unitText = unit?.text ?? null;
  // `4000元/吨`, `3.5元/公斤`: a price per unit keeps the divisor unit.
  if (unit && (unit.info.kind === 'money' || unit.info.kind === 'physical') && f[unitEnd] === '/') {
    const per = readUnit(f, unitEnd + 1);
    if (per && per.info.kind !== 'percent' && per.info.kind !== 'big') {
      unitText = `${unit.text}/${per.text}`;
      unitEnd = per.end;
    }
  }
  const compound = unitText === '年' ? readMonthsAfterYears(f, unitEnd) : null;
  if (compound) unitEnd = compound.end;
  let value = num.value;
  let unitInfo = unit?.info ?? null;
  // `一块五毛钱`: 块 is a money unit (元) when 毛/角 follow it.
  const colloquial = unitText === '块';
  const cents = unitText !== null && !Array.isArray(value) ? readSubunits(f, colloquial ? '元' : unitText, unitEnd) : null;
  if (cents && !Array.isArray(value)) {
    value = addDecimal(value, cents.amount);
    unitEnd = cents.end;
    if (colloquial) {
      unitText = '元';
      unitInfo = { kind: 'money' };
      if (f[unitEnd] === '钱') unitEnd++;
    }
  }
  // `五成五` = 55%: a digit after 成 is the next tenth (the hundredths of the whole).
  if (unitInfo?.kind === 'tenths' && !Array.isArray(value) && !cents) {
    const next = readNumber(f, unitEnd);
    if (next && next.script === num.script && !Array.isArray(next.value) && next.power === 0 && next.approx === null
      && next.value.scale === 0 && next.value.digits >= BigInt(1) && next.value.digits <= BigInt(9)
      && next.end === unitEnd + 1 && !readUnit(f, next.end) && !/[0-9零〇一二两三四五六七八九十百千万亿]/.test(f[next.end] ?? '')) {
      value = addDecimal(value, { digits: next.value.digits, scale: 1 });
      unitEnd = next.end;
    }
  }
  const tail = readUnitTail(f, unitInfo === unit?.info ? unit : null, unitEnd);
  const sign = prefix.approx === null ? minusSignLength(f, num.start) : 0;
  return {
    start: sign > 0 ? num.start - sign : prefix.start,
    end: tail.end,
    script: num.script,
    value: sign > 0 && !Array.isArray(value) ? { ...value, digits: -value.digits } : value,
    addend: compound?.years,
    unitText,
    unitInfo,
    approx: prefix.approx ?? numApprox ?? unit?.info.approx ?? tail.approx,
    hasMagnitude: num.hasMagnitude,
    half: tail.half || unit?.info.half === true,
    cents: cents !== null,
  };
}

/**
 * The length of a minus sign before the numeral: `负2.1%`, `零下12摄氏度`, and a dash after a
 * word or punctuation (`气温-6℃`, `同比-4.1%`). A dash right after a figure (a digit or a unit
 * closing one, `10-15人`, `165米-175米`) joins a range instead.
 */
function minusSignLength(f: string, p: number): number {
  if (f.startsWith('零下', p - 2)) return 2;
  const sign = f[p - 1] ?? '';
  if (sign === '负') return 1;
  if (sign !== '-' && sign !== '−') return 0;
  const before = f[p - 2] ?? '';
  if (before === '' || /[\s为是至到达(（:，,、；;~〜—–]/.test(before)) return 1;
  if (!/[\u4e00-\u9fff]/.test(before)) return 0;
  // A figure just before (`3米-5米`, `二十人-三十人`): a range, not a sign.
  return /[0-9零〇一二两三四五六七八九十百千万亿%][\u4e00-\u9fff]{0,3}$/.test(f.slice(Math.max(0, p - 6), p - 1)) ? 0 : 1;
}

/** Currencies whose amounts go on in 角/分 (`十二元五角`, `30元4角8分`), and their hundredth's name. */
const SUBUNITS: ReadonlyMap<string, string> = new Map([
  ['元', '分'], ['块钱', '分'], ['美元', '美分'], ['欧元', '欧分'], ['港元', '仙'],
]);
const TENTH_NAMES = ['角', '毛'];

/**
 * `十二元五角` = 12.5 元, `30元4角8分` = 30.48 元, `三美元又五美分` = 3.05 美元: one amount
 * in the main currency. 角 and 分 are one digit each (ten 角 make a 元). `又`/`零` may join them.
 */
function readSubunits(f: string, unit: string, pos: number): { end: number; amount: Decimal } | null {
  const hundredth = SUBUNITS.get(unit);
  if (hundredth === undefined) return null;
  let p = '又零'.includes(f[pos] ?? '-') ? pos + 1 : pos;
  let tenths = BigInt(0);
  let cents = BigInt(0);
  let end = -1;
  const digitAt = (q: number, max: number) => {
    const n = readNumber(f, q);
    if (!n || Array.isArray(n.value) || n.power > 0 || n.approx !== null || n.value.scale !== 0) return null;
    return n.value.digits >= BigInt(1) && n.value.digits <= BigInt(max) ? n : null;
  };
  // A currency with no tenth's name counts its hundredths up to 99 (`两欧元又二十欧分`).
  const tenthNamed = unit === '元' || unit === '块钱';
  const first = digitAt(p, tenthNamed ? 9 : 99);
  if (!first) return null;
  const tenthWord = tenthNamed ? TENTH_NAMES.find((w) => f.startsWith(w, first.end)) : undefined;
  if (tenthWord !== undefined && !Array.isArray(first.value)) {
    tenths = first.value.digits;
    end = first.end + tenthWord.length;
    p = f[end] === '零' ? end + 1 : end;
    const second = digitAt(p, 9);
    if (second && !Array.isArray(second.value) && f.startsWith(hundredth, second.end)) {
      cents = second.value.digits;
      end = second.end + hundredth.length;
    }
  } else if (f.startsWith(hundredth, first.end) && !Array.isArray(first.value)) {
    cents = first.value.digits;
    end = first.end + hundredth.length;
  }
  if (end < 0) return null;
  return { end, amount: { digits: tenths * BigInt(10) + cents, scale: 2 } };
}

/** `三年零四个月`, `2年3个月`: one duration, in years (3 + 4/12). */
function readMonthsAfterYears(f: string, pos: number): { end: number; years: number } | null {
  const start = f[pos] === '零' ? pos + 1 : pos;
  const months = readNumber(f, start);
  if (!months || Array.isArray(months.value) || months.power > 0 || months.approx !== null) return null;
  if (!f.startsWith('个月', months.end)) return null;
  const m = decimalToNumber(months.value);
  if (!Number.isInteger(m) || m < 1 || m > 11) return null;
  return { end: months.end + 2, years: m / 12 };
}

const RANGE_SEPARATOR = /(?:至|到|——|—|–|-|~|〜)/y;
const TIMES_SEPARATOR = /[×xX*]/y;

/**
 * `3至5年`, `10-15人`, `3%—4%`, `165米—175米`, `3至5万元` (one span, §5.1) and `7×24小时`.
 * `由X提升至Y` / `从X到Y` are changes, two figures: no merge after 由/从.
 * Returns null when there is nothing to merge, 'date' when the second half is a date
 * (`1至11月`, `2019—2023年`), so the first half is not emitted either.
 */
export function mergeSecond(f: string, a: Draft, ctx: FigureContext): Draft | 'date' | null {
  if (Array.isArray(a.value)) return null;
  RANGE_SEPARATOR.lastIndex = a.end;
  const sep = RANGE_SEPARATOR.exec(f);
  TIMES_SEPARATOR.lastIndex = a.end;
  const times = a.unitText === null ? TIMES_SEPARATOR.exec(f) : null;
  const op = sep ?? times;
  if (!op) return null;
  // `-5至-3℃`: the second half may carry its own sign (minusSignLength reads it).
  const afterOp = a.end + op[0].length;
  const signLength = times ? 0 : f.startsWith('零下', afterOp) ? 2 : /[-−负]/.test(f[afterOp] ?? '') ? 1 : 0;
  const bStart = signLength > 0 && /[0-9零〇一二两三四五六七八九十]/.test(f[afterOp + signLength] ?? '') ? afterOp + signLength : afterOp;
  const bNum = readNumber(f, bStart);
  if (!bNum || ctx.blocked[bStart] || Array.isArray(bNum.value)) return null;
  const b = buildSimple(f, bNum, false);
  if (b === 'date') return a.unitText === null ? 'date' : null;
  if (b.unitText === null && !(a.unitText === null && a.hasMagnitude && b.hasMagnitude)) return null;
  if (Array.isArray(b.value)) return null;
  if (times) {
    if (b.unitInfo?.kind !== 'time') return null;
    return { ...b, start: a.start, value: [a.value, b.value], product: true, approx: a.approx ?? b.approx };
  }
  if ('由从'.includes(f[a.start - 1] ?? '\u0000')) return null;
  if (a.unitText !== null && a.unitText !== b.unitText) return null;
  if (a.approx !== null && a.unitText !== null && a.end > a.start && a.approx !== b.approx) {
    // `30%左右至…`: an approximated first half is its own figure.
    if (/(?:左右|上下|以上|以下|以内)$/.test(f.slice(a.start, a.end))) return null;
  }
  // `3至5万元` = 30000–50000: a bare first half borrows the magnitude of the second.
  let low = a.value;
  if (a.unitText === null && !a.hasMagnitude && bNum.power > 0) low = scaleDecimal(low, bNum.power);
  return { ...b, start: a.start, value: [low, b.value], approx: a.approx ?? b.approx, script: a.script };
}
