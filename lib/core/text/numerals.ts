/**
 * Numeral parsing for figures: Arabic, full-width and Chinese numerals, resolved EXACTLY.
 *
 * Values are carried as scaled integers (`Decimal`: digits × 10^-scale, BigInt digits) until the
 * very end, because `4.52 * 10000` is 45199.99999999999 in floating point while news readers
 * expect 45200. Only the final `decimalToNumber` goes through a decimal string, which JS parses
 * to the nearest double, so every value a news text can write comes out as the literal number.
 *
 * Pure: strings in, numbers out. Both scripts are accepted (`萬`/`万`, `兩`/`两`), so callers do
 * not need to fold first.
 */

/** value = digits × 10^-scale; scale ≥ 0. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const TEN = BigInt(10);
const ZERO = BigInt(0);
const ONE = BigInt(1);

const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** Chinese digit characters (both scripts, financial forms). */
const CN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0], ['Ｏ', 0],
  ['一', 1], ['壹', 1], ['弌', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2], ['俩', 2],
  ['三', 3], ['叁', 3], ['參', 3], ['叄', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** Units inside a section (below 万). */
const CN_SMALL: ReadonlyMap<string, number> = new Map([
  ['十', 1], ['拾', 1], ['百', 2], ['佰', 2], ['千', 3], ['仟', 3],
]);

/** Section units: 万 = 10^4, 亿 = 10^8 (`万亿` composes to 10^12). */
const CN_BIG: ReadonlyMap<string, number> = new Map([
  ['万', 4], ['萬', 4], ['亿', 8], ['億', 8],
]);

/** `廿` = 20, `卅` = 30: tens written as one character. */
const CN_TENS: ReadonlyMap<string, number> = new Map([['廿', 20], ['卅', 30]]);

/** Power of ten of a magnitude word written after a number: `万` 4, `千万` 7, `万亿` 12. */
export function magnitudePower(word: string): number | null {
  let power = 0;
  for (const ch of word) {
    const p = CN_SMALL.get(ch) ?? CN_BIG.get(ch);
    if (p === undefined) return null;
    power += p;
  }
  return word.length ? power : null;
}

export function decimalFromInt(n: bigint): Decimal {
  return { digits: n, scale: 0 };
}

/** Multiply by 10^power without rounding: the decimal point moves, the digits stay. */
export function scaleDecimal(d: Decimal, power: number): Decimal {
  if (power <= 0) return { digits: d.digits, scale: d.scale - power };
  if (d.scale >= power) return { digits: d.digits, scale: d.scale - power };
  return { digits: d.digits * pow10(power - d.scale), scale: 0 };
}

/** Via a decimal string, so JS rounds once, to the double nearest the written value. */
export function decimalToNumber(d: Decimal): number {
  const negative = d.digits < ZERO;
  let s = (negative ? -d.digits : d.digits).toString();
  if (d.scale > 0) {
    s = s.padStart(d.scale + 1, '0');
    s = `${s.slice(0, s.length - d.scale)}.${s.slice(s.length - d.scale)}`;
  }
  return Number(negative ? `-${s}` : s);
}

const FULLWIDTH_ZERO = 0xff10;

/** ASCII digits for full-width ones; other characters unchanged (same length). */
export function asciiDigits(s: string): string {
  // Nearly every numeral is already ASCII: return it as is rather than rebuild it.
  let i = 0;
  while (i < s.length && !(s.charCodeAt(i) >= FULLWIDTH_ZERO && s.charCodeAt(i) <= FULLWIDTH_ZERO + 9)) i++;
  if (i === s.length) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9 ? String.fromCharCode(48 + c - FULLWIDTH_ZERO) : ch;
  }
  return out;
}

/**
 * `1,234.5` / `１２．５` / `-3` → Decimal. Thousands separators (`,` `，`) are dropped; a single
 * decimal point (`.` `．`) is allowed.
 */
export function parseArabic(raw: string): Decimal | null {
  let s = asciiDigits(raw);
  if (s.includes(',') || s.includes('，')) s = s.replace(/[,，]/g, '');
  s = s.replace('．', '.');
  let negative = false;
  if (/^[-−负負]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const frac = m[2] ?? '';
  const digits = BigInt(m[1]! + frac);
  return { digits: negative ? -digits : digits, scale: frac.length };
}

/**
 * An integer Chinese numeral: `十五` 15, `两千三百` 2300, `一万零四十` 10040, `一千二百三十四万五千`,
 * short forms `两千三` 2300 / `一万五` 15000 / `千一` 1100 / `万九` 19000, `廿三` 23,
 * and digit strings `二〇二三` 2023. Returns null for strings that are not one numeral
 * (`五一`, two digits without a unit between, is read as a digit string only from 3 digits on).
 */
export function parseChineseInteger(s: string): bigint | null {
  if (!s) return null;
  const chars = [...s];
  if (chars.every((c) => CN_DIGITS.has(c))) {
    if (chars.length === 1) return BigInt(CN_DIGITS.get(chars[0]!)!);
    if (chars.length < 3 && !chars.some((c) => CN_DIGITS.get(c) === 0)) return null;
    return BigInt(chars.map((c) => CN_DIGITS.get(c)!).join(''));
  }
  let high = ZERO; // everything already closed by 亿
  let wan = ZERO; // the part closed by 万, below 亿
  let section = ZERO; // below 万
  let digit: bigint | null = null;
  let lastPower = 0; // power of the last unit consumed, for the short forms (两千三)
  let zeroSeen = false;
  for (const ch of chars) {
    const d = CN_DIGITS.get(ch);
    if (d !== undefined) {
      if (d === 0) {
        zeroSeen = true;
        continue;
      }
      if (digit !== null) return null;
      digit = BigInt(d);
      continue;
    }
    const tens = CN_TENS.get(ch);
    if (tens !== undefined) {
      if (digit !== null) return null;
      section += BigInt(tens);
      lastPower = 1;
      zeroSeen = false;
      continue;
    }
    const small = CN_SMALL.get(ch);
    if (small !== undefined) {
      section += (digit ?? ONE) * pow10(small);
      digit = null;
      lastPower = small;
      zeroSeen = false;
      continue;
    }
    const big = CN_BIG.get(ch);
    if (big === undefined) return null;
    let part = section + (digit ?? ZERO);
    digit = null;
    section = ZERO;
    if (big === 4) {
      if (part === ZERO) part = wan === ZERO && high === ZERO ? ONE : ZERO;
      if (part === ZERO) return null;
      wan = part * pow10(4);
    } else {
      part += wan;
      wan = ZERO;
      if (part === ZERO) part = high === ZERO ? ONE : ZERO;
      if (part === ZERO) {
        // `万亿`: 亿 right after 万 multiplies the whole number.
        if (high === ZERO) return null;
        high *= pow10(8);
      } else high = (high + part) * pow10(8);
    }
    lastPower = big;
    zeroSeen = false;
  }
  let tail = ZERO;
  if (digit !== null) {
    // `两千三` = 2300: a bare trailing digit counts one unit below the last one, unless a 零
    // said "the next places are empty" (`一万零五` = 10005).
    tail = !zeroSeen && lastPower >= 2 ? digit * pow10(lastPower - 1) : digit;
  }
  return high + wan + section + tail;
}

/**
 * Any single numeral to an exact Decimal: Arabic (`4.52`), Arabic + magnitude (`4.52万`,
 * `1.2万亿`, `3千万`), Chinese (`十五`, `一万零四十`), Chinese decimals (`六点五`, `三点五亿`).
 */
export function parseNumeral(raw: string): Decimal | null {
  const s = asciiDigits(raw);
  const mixed = /^([-−负負+]?[\d,，]*\d(?:[.．]\d+)?)([十百千万萬亿億拾佰仟]*)$/.exec(s);
  if (mixed) {
    const base = parseArabic(mixed[1]!);
    if (!base) return null;
    const power = mixed[2] ? magnitudePower(mixed[2]) : 0;
    return power === null ? null : scaleDecimal(base, power);
  }
  const point = s.search(/[点點]/);
  if (point > 0) {
    // Chinese decimal: integer part, 点, digit string, optional magnitude (`三点五亿`).
    const intPart = parseChineseInteger(s.slice(0, point));
    const rest = /^(.+?)([十百千万萬亿億]*)$/.exec(s.slice(point + 1));
    if (intPart === null || !rest) return null;
    const fracDigits = [...rest[1]!].map((c) => CN_DIGITS.get(c));
    if (fracDigits.some((d) => d === undefined)) return null;
    const frac = fracDigits.join('');
    const power = rest[2] ? magnitudePower(rest[2]) : 0;
    if (power === null) return null;
    return scaleDecimal({ digits: intPart * pow10(frac.length) + BigInt(frac), scale: frac.length }, power);
  }
  const n = parseChineseInteger(s);
  return n === null ? null : decimalFromInt(n);
}

/**
 * Chinese (or Arabic) numeral to a number: `十余萬` is not a numeral (strip approximators first),
 * but `十萬`, `兩千三百`, `一萬零四十`, `4.52萬` (45200), `三分之一` (1/3), `百分之三十` (0.3)
 * are.
 */
export function parseChineseNumber(raw: string): number | null {
  const frac = parseFraction(raw);
  if (frac) return frac.value;
  const d = parseNumeral(raw);
  return d === null ? null : decimalToNumber(d);
}

/** `三分之一` → {numerator 1, denominator 3, value 1/3}; `N又M分之K` adds the whole part. */
export function parseFraction(raw: string): { numerator: number; denominator: number; value: number } | null {
  const m = /^(?:(.+?)又)?(.+?)分之(.+)$/.exec(raw);
  if (!m) return null;
  const whole = m[1] ? parseNumeral(m[1]) : decimalFromInt(ZERO);
  const den = parseNumeral(m[2]!);
  const num = parseNumeral(m[3]!);
  if (!whole || !den || !num) return null;
  const denominator = decimalToNumber(den);
  const numerator = decimalToNumber(num);
  if (denominator === 0) return null;
  return { numerator, denominator, value: decimalToNumber(whole) + numerator / denominator };
}

/** Digit pairs that Chinese uses as approximate ranges: `三四` 3–4, `两三` 2–3, `三五` 3–5. */
function isRangePair(a: number, b: number): boolean {
  return (b === a + 1 && a >= 1) || (a === 3 && b === 5);
}

/**
 * Approximate adjacent-digit ranges: `三四` [3,4], `两三百` [200,300], `十一二` [11,12],
 * `三四十万` [300000,400000], `七八成` is the caller's (`七八` + 成). Null if not such a range.
 */
export function parseChineseRange(s: string): [number, number] | null {
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = CN_DIGITS.get(chars[i]!);
    const b = CN_DIGITS.get(chars[i + 1]!);
    if (a === undefined || b === undefined || !isRangePair(a, b)) continue;
    const before = chars.slice(0, i).join('');
    const after = chars.slice(i + 2).join('');
    // Only a leading 十 (`十一二`) or nothing may precede the pair; magnitudes may follow.
    if (before !== '' && before !== '十') return null;
    if (after && magnitudePower(after) === null) return null;
    const lo = parseChineseInteger(before + chars[i] + after);
    const hi = parseChineseInteger(before + chars[i + 1] + after);
    if (lo === null || hi === null) return null;
    return [Number(lo), Number(hi)];
  }
  return null;
}
