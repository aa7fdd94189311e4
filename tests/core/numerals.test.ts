import { describe, expect, it } from 'vitest';
import {
  decimalToNumber,
  magnitudePower,
  parseArabic,
  parseChineseInteger,
  parseChineseNumber,
  parseChineseRange,
  parseFraction,
  parseNumeral,
  scaleDecimal,
} from '@/lib/core/text/numerals';

const num = (s: string) => {
  const d = parseNumeral(s);
  return d === null ? null : decimalToNumber(d);
};

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十五', 15], ['二十', 20], ['二十三', 23], ['一百零八', 108],
    ['两千三百', 2300], ['兩千三百', 2300], ['一万零四十', 10040], ['一萬零四十', 10040],
    ['一千二百三十四万五千', 12345000], ['十万', 100000], ['十萬', 100000], ['三千万', 30000000],
    ['一亿二千万', 120000000], ['一万亿', 1e12], ['十万亿', 1e13], ['廿三', 23], ['卅', 30],
    ['贰佰', 200], ['壹萬', 10000], ['一万零五', 10005],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it('reads the short forms that leave the last unit implicit', () => {
    expect(parseChineseNumber('两千三')).toBe(2300);
    expect(parseChineseNumber('一万五')).toBe(15000);
    expect(parseChineseNumber('千一')).toBe(1100);
    expect(parseChineseNumber('万九')).toBe(19000);
  });

  it('reads digit strings of three or more digits (years)', () => {
    expect(parseChineseNumber('二〇二三')).toBe(2023);
    expect(parseChineseNumber('二零二三')).toBe(2023);
  });

  it('rejects two bare digits that are no single number (`五一`)', () => {
    expect(parseChineseInteger('五一')).toBeNull();
    expect(parseChineseInteger('三四')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('百姓')).toBeNull();
  });

  it('reads fractions and per-cent forms', () => {
    expect(parseChineseNumber('三分之一')).toBeCloseTo(1 / 3, 12);
    expect(parseChineseNumber('四分之三')).toBe(0.75);
    expect(parseChineseNumber('百分之三十')).toBe(0.3);
    expect(parseFraction('一又二分之一')?.value).toBe(1.5);
    expect(parseFraction('三分之一')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('reads Chinese decimals', () => {
    expect(parseChineseNumber('六点五')).toBe(6.5);
    expect(parseChineseNumber('三点五亿')).toBe(350000000);
    expect(parseChineseNumber('零点五')).toBe(0.5);
  });
});

describe('exact magnitude scaling', () => {
  it.each([
    ['4.52万', 45200], ['4.52萬', 45200], ['1.3万', 13000], ['2635.6万', 26356000], ['1.23亿', 123000000],
    ['12.1万', 121000], ['0.07万', 700], ['1.2万亿', 1.2e12], ['3千万', 30000000], ['53365.53亿', 5336553000000],
    ['19.6亿', 1960000000], ['0.1亿', 10000000], ['3000万', 30000000],
  ])('%s → %d with no float drift', (s, n) => {
    expect(num(s)).toBe(n);
  });

  it('does better than floating-point multiplication', () => {
    expect(4.52 * 10000).not.toBe(45200); // the reason for Decimal
    expect(num('4.52万')).toBe(45200);
    expect(num('1.1万')).toBe(11000);
  });

  it('scales and converts via strings', () => {
    const d = parseArabic('1,234.5');
    expect(d).toEqual({ digits: BigInt(12345), scale: 1 });
    expect(decimalToNumber(scaleDecimal(d!, 4))).toBe(12345000);
    expect(decimalToNumber(scaleDecimal(parseArabic('0.0001')!, 2))).toBe(0.01);
    expect(decimalToNumber(parseArabic('-3.5')!)).toBe(-3.5);
    expect(decimalToNumber(parseArabic('１２．５')!)).toBe(12.5);
    expect(decimalToNumber(parseArabic('1，234')!)).toBe(1234);
  });

  it('knows magnitude words', () => {
    expect(magnitudePower('万')).toBe(4);
    expect(magnitudePower('亿')).toBe(8);
    expect(magnitudePower('万亿')).toBe(12);
    expect(magnitudePower('千万')).toBe(7);
    expect(magnitudePower('萬')).toBe(4);
    expect(magnitudePower('元')).toBeNull();
  });
});

describe('parseChineseRange', () => {
  it.each([
    ['三四', [3, 4]], ['两三', [2, 3]], ['一两', [1, 2]], ['七八', [7, 8]], ['三五', [3, 5]],
    ['两三百', [200, 300]], ['十一二', [11, 12]], ['三四十万', [300000, 400000]], ['二三十', [20, 30]],
    ['兩三', [2, 3]],
  ])('%s → %j', (s, r) => {
    expect(parseChineseRange(s)).toEqual(r);
  });

  it('refuses digit pairs that are no range (`五一`, `八一`)', () => {
    expect(parseChineseRange('五一')).toBeNull();
    expect(parseChineseRange('八一')).toBeNull();
    expect(parseChineseRange('十五')).toBeNull();
  });
});
