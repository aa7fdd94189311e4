import { MID_APPROX, type Approx } from './lexicon';
import {
  type Decimal,
  decimalFromInt,
  magnitudePower,
  parseArabic,
  parseChineseRange,
  parseNumeral,
  scaleDecimal,
} from '../../text';

/**
 * Reading ONE numeral in running (normalized) text, with what grammatically belongs to it
 * before any unit: a suffix approximator and a magnitude (`1.3万余`, `十余万`, `2300多亿`,
 * `三四十万`). Prefix approximators, units and context are the caller's business.
 */
export interface NumberToken {
  /** First numeral character. */
  start: number;
  /** After the numeral, magnitude and suffix approximators. */
  end: number;
  /** Where the numeral characters themselves end (before approximators/magnitude). */
  runEnd: number;
  script: 'arabic' | 'cn';
  value: Decimal | [Decimal, Decimal];
  /** Power of ten of a magnitude written after the numeral (`万` 4); 0 if none. */
  power: number;
  /** A 万/亿-class magnitude is present (in the numeral or after it). */
  hasMagnitude: boolean;
  approx: Approx | null;
  /** The approximator char (`来` and `许` need a unit or magnitude after them). */
  approxChar: string | null;
  /** Arabic integer digits before the point (`2023` → 4), for telling years from counts. */
  intDigits: number;
  decimal: boolean;
  /** The numeral is only magnitude characters (`万`, `百`, `千万`): vague unless approximated. */
  onlyMagnitude: boolean;
  /** The numeral is a lone `一`: an article more often than a count (patterns §1.11). */
  isOne: boolean;
  /** A Chinese digit string of 2+ digits that is no range (`二〇二三`, `五一`): never a figure. */
  digitString: boolean;
  /** Written in the financial numerals (`伍佰`): a figure only as an amount of money. */
  financial: boolean;
}

const ARABIC_RE = /\d+(?:[,，]\d{3}(?!\d))*(?:\.\d+)?/y;
const CN_RE = /[零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟]+/y;
/** The financial (大写) numerals: written to defeat alteration, in amounts and on forms. */
const FINANCIAL = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;
const CN_DECIMAL_RE = /点([零〇一二三四五六七八九]+)/y;
const ARABIC_MAG_RE = /(?:万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|千|百)/y;
const CN_MAG_RE = /(?:万亿|千万|百万|十万|万|亿|千|百)/y;
/** Units that begin with a magnitude character: they win over the magnitude (`5千瓦`, `3百分点`). */
const MAG_LOOKING_UNIT_RE = /(?:千瓦|千米|千克|千伏|千公顷|千字节|千帕|千卡|千焦|百分点|百分位)/y;

/**
 * The characters each sticky pattern can start with. Most positions fail on the first character,
 * and answering that without running the regex matters on a cold page load, where every regex
 * call is slow and every regex run for the first time is compiled. (Exported for its test.)
 */
export const FIRST_CHARS: ReadonlyMap<RegExp, string> = new Map([
  [ARABIC_RE, '0123456789'],
  [CN_RE, '零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟'],
  [CN_DECIMAL_RE, '点'],
  [ARABIC_MAG_RE, '万千百十亿'],
  [CN_MAG_RE, '万千百十亿'],
  [MAG_LOOKING_UNIT_RE, '千百'],
]);

function sticky(re: RegExp, f: string, pos: number): string | null {
  const first = FIRST_CHARS.get(re);
  if (first !== undefined && !first.includes(f[pos] ?? '-')) return null;
  re.lastIndex = pos;
  const m = re.exec(f);
  return m ? m[0] : null;
}

const BIG_MAG = /[万亿]/;

/**
 * No written quantity is longer than this; longer runs are serial numbers or noise, and
 * refusing them up front keeps parsing linear on pathological input.
 */
const MAX_RUN = 24;

/** Reads the numeral starting at `pos`, or null if none starts there. */
export function readNumber(f: string, pos: number, allowCnPoint = false): NumberToken | null {
  const arabic = sticky(ARABIC_RE, f, pos);
  if (arabic) return arabic.length > MAX_RUN ? overlong(pos, arabic, 'arabic') : readArabic(f, pos, arabic);
  const cn = sticky(CN_RE, f, pos);
  if (cn) return cn.length > MAX_RUN ? overlong(pos, cn, 'cn') : readChinese(f, pos, cn, allowCnPoint);
  return null;
}

/** A run too long to be a quantity: reported as a digit string, which is never a figure. */
function overlong(pos: number, run: string, script: 'arabic' | 'cn'): NumberToken {
  const tok = base(pos, pos + run.length, script, decimalFromInt(BigInt(0)));
  tok.digitString = true;
  return tok;
}

function base(pos: number, runEnd: number, script: 'arabic' | 'cn', value: NumberToken['value']): NumberToken {
  return {
    start: pos, end: runEnd, runEnd, script, value, power: 0, hasMagnitude: false, approx: null,
    approxChar: null, intDigits: 0, decimal: false, onlyMagnitude: false, isOne: false, digitString: false,
    financial: false,
  };
}

/** Suffix approximator, magnitude, approximator again: `10余万`, `1.3万余`, `3万来`. */
function readTail(f: string, tok: NumberToken, magRe: RegExp): void {
  let pos = tok.end;
  const mid = f[pos];
  if (mid !== undefined && MID_APPROX.has(mid)) {
    tok.approx = MID_APPROX.get(mid)!;
    tok.approxChar = mid;
    pos++;
  }
  if (!sticky(MAG_LOOKING_UNIT_RE, f, pos)) {
    const mag = sticky(magRe, f, pos);
    if (mag) {
      tok.power = magnitudePower(mag) ?? 0;
      if (BIG_MAG.test(mag) || tok.power >= 4) tok.hasMagnitude = true;
      tok.value = scaleValue(tok.value, tok.power);
      pos += mag.length;
      const after = f[pos];
      if (tok.approx === null && (after === '余' || after === '多' || after === '来')) {
        tok.approx = MID_APPROX.get(after)!;
        tok.approxChar = after;
        pos++;
      }
    }
  }
  tok.end = pos;
}

function scaleValue(v: NumberToken['value'], power: number): NumberToken['value'] {
  return Array.isArray(v) ? [scaleDecimal(v[0], power), scaleDecimal(v[1], power)] : scaleDecimal(v, power);
}

function readArabic(f: string, pos: number, text: string): NumberToken | null {
  const end = pos + text.length;
  // `2023.02.03`, `1.2.3`: a dotted chain is a date or a version, not a number.
  if (f[end] === '.' && /\d/.test(f[end + 1] ?? '')) return null;
  const value = parseArabic(text);
  if (!value) return null;
  const tok = base(pos, end, 'arabic', value);
  tok.intDigits = text.replace(/[,，]/g, '').split('.')[0]!.length;
  tok.decimal = text.includes('.');
  readTail(f, tok, ARABIC_MAG_RE);
  if (tok.power >= 4 && tok.approx === null && !tok.decimal) readChain(f, tok);
  return tok;
}

const CHAIN_ARABIC_RE = /\d+/y;

/**
 * `4万6000`, `6万3千5百`, `3亿4500万`: after a magnitude, a smaller part written right after it
 * belongs to the same number and is added (each part below the magnitude before it). A part that
 * is a date or a clock time (`年 月 日 时 点 :`) is not taken.
 */
function readChain(f: string, tok: NumberToken): void {
  let limit = BigInt(10) ** BigInt(tok.power);
  let pos = tok.end;
  for (;;) {
    const digits = sticky(CHAIN_ARABIC_RE, f, pos) ?? null;
    const run = digits ?? sticky(CN_RE, f, pos);
    // `17亿千瓦时`: a unit that begins with a magnitude character is no further part.
    if (!run || run.length > 8 || /^[百千万亿]/.test(run) || sticky(MAG_LOOKING_UNIT_RE, f, pos)) return;
    let end = pos + run.length;
    if ('.,，'.includes(f[end] ?? '-') && /\d/.test(f[end + 1] ?? '')) return;
    let power = 0;
    if (!sticky(MAG_LOOKING_UNIT_RE, f, end)) {
      const mag = sticky(digits ? ARABIC_MAG_RE : CN_MAG_RE, f, end);
      if (mag) {
        power = magnitudePower(mag) ?? 0;
        end += mag.length;
      }
    }
    if (/[年月日号时点:A-Za-z]/.test(f[end] ?? '')) return;
    // A lone Chinese digit after Arabic digits is more often a word (`1万一线职工`) than a short form.
    if (!digits && run.length < 2 && run !== '十') return;
    const part = digits ? parseArabic(run) : parseNumeral(run);
    if (!part || part.scale !== 0) return;
    // `1万5`, `3千2` are short forms, like `一万五`: a lone digit right after a magnitude counts
    // one place below it (15000, 3200), as the Chinese numeral parser reads them.
    const short = power === 0 && run.length === 1 && part.digits < BigInt(10) && limit >= BigInt(10) && !/[0-9零〇一二两三四五六七八九]/.test(f[end] ?? '');
    const scaled = short ? { digits: part.digits * (limit / BigInt(10)), scale: 0 } : scaleDecimal(part, power);
    const whole = scaled.digits;
    if (whole <= BigInt(0) || whole >= limit || Array.isArray(tok.value)) return;
    tok.value = addDecimal(tok.value, scaled);
    tok.end = end;
    // `1万2千多名`: the approximator after the last part belongs to the whole number.
    const after = f[end];
    if (after === '余' || after === '多') {
      tok.approx = MID_APPROX.get(after)!;
      tok.approxChar = after;
      tok.end = end + 1;
      return;
    }
    if (power === 0) return;
    limit = BigInt(10) ** BigInt(power);
    pos = end;
  }
}

/** Exact sum of two decimals. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const up = (d: Decimal) => d.digits * BigInt(10) ** BigInt(scale - d.scale);
  return { digits: up(a) + up(b), scale };
}

function readChinese(f: string, pos: number, whole: string, allowPoint: boolean): NumberToken | null {
  let run = whole;
  // `二百千瓦` is 200 kW: a 千/百 that begins a unit (`千瓦 千米 百分位`) is the unit's, not the numeral's.
  for (let i = 1; i < run.length; i++) {
    if ((run[i] === '千' || run[i] === '百') && sticky(MAG_LOOKING_UNIT_RE, f, pos + i)) {
      run = run.slice(0, i);
      break;
    }
  }
  // A lone financial numeral is a word (`陆续`, `拾起`); amounts in that script are written out.
  if (run.length < 2 && FINANCIAL.test(run)) return null;
  let text = run;
  // Chinese decimals (`六点五`) only where a time reading (`十点`) is impossible: inside
  // 百分之, or before a magnitude / percent-like unit.
  const point = sticky(CN_DECIMAL_RE, f, pos + run.length);
  if (point) {
    const after = f.slice(pos + run.length + point.length, pos + run.length + point.length + 4);
    if (allowPoint || /^(?:[万亿折成]|个百分点|百分点|倍|%)/.test(after)) {
      text += point;
      const mag = sticky(/[万亿]+/y, f, pos + text.length);
      if (mag) text += mag;
    }
  }
  const end = pos + text.length;
  let value: NumberToken['value'] | null = null;
  let digitString = false;
  const allDigits = /^[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]+$/.test(text);
  const single = parseNumeral(text);
  if (allDigits && text.length === 2 && f[end] === '折' && !/[零〇]/.test(text)) {
    // `九五折`, `八五折`: a discount names its two digits (95% of the price), not a range.
    const d = [...text].map((c) => parseNumeral(c));
    if (d[0] && d[1]) value = decimalFromInt(d[0].digits * BigInt(10) + d[1].digits);
  } else if (allDigits && text.length >= 2) {
    const range = parseChineseRange(text);
    if (range) value = [decimalFromInt(BigInt(range[0])), decimalFromInt(BigInt(range[1]))];
    else digitString = true;
  } else if (single) {
    value = single;
  } else {
    const range = parseChineseRange(text);
    if (range) value = [decimalFromInt(BigInt(range[0])), decimalFromInt(BigInt(range[1]))];
  }
  if (digitString) {
    const tok = base(pos, end, 'cn', decimalFromInt(BigInt(0)));
    tok.digitString = true;
    return tok;
  }
  if (value === null) return null;
  const tok = base(pos, end, 'cn', value);
  tok.hasMagnitude = BIG_MAG.test(text);
  tok.onlyMagnitude = /^[百千万亿]+$/.test(text);
  tok.isOne = text === '一';
  tok.financial = FINANCIAL.test(text);
  // A run already ending in a magnitude may still take 余/多 (`十万余`); otherwise the
  // approximator may sit between numeral and magnitude (`十余万`).
  readTail(f, tok, CN_MAG_RE);
  return tok;
}
