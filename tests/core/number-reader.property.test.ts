import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../lib/core/extract/annotations';
import { findFigures } from '../../lib/core/extract/figures';
import { readNumber } from '../../lib/core/extract/figures/number';
import { decimalToNumber } from '../../lib/core/text';

/**
 * The number reader reads one value however it is written: Arabic digits (with or without
 * thousands separators), Chinese numerals (小写 and the financial 大写), and the mixed forms
 * where a magnitude is followed by a smaller part (`4万6000`, `6万3千5百`, `3亿4500万`, and the
 * short form `1万5`).
 * And what the sidebar prints reads back to the value it came from.
 *
 * The Chinese writer below is this test's own, written from the rules of the numeral system:
 * groups of four digits under 万 and 亿, one 零 for each run of empty places inside the number.
 */

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FINANCIAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES_SMALL = ['千', '百', '十', ''];
const PLACES_FINANCIAL = ['仟', '佰', '拾', ''];

interface Style {
  digits: readonly string[];
  places: readonly string[];
  /** `十五` rather than `一十五` at the head of the number. */
  bareTen: boolean;
  /** `两千` rather than `二千` before a place. */
  liang: boolean;
}

function group(g: number, style: Style, head: boolean): string {
  const ds = [Math.floor(g / 1000), Math.floor(g / 100) % 10, Math.floor(g / 10) % 10, g % 10];
  let out = '';
  let gap = false;
  ds.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') gap = true;
      return;
    }
    if (gap) out += style.digits[0];
    gap = false;
    const place = style.places[i]!;
    const bare = head && out === '' && i === 2 && d === 1 && style.bareTen;
    const digit = d === 2 && style.liang && (i === 0 || i === 1) ? '两' : style.digits[d]!;
    out += (bare ? '' : digit) + place;
  });
  return out;
}

/** `n` (0 ≤ n < 10^12) in Chinese numerals. */
function toChinese(n: number, style: Style): string {
  if (n === 0) return style.digits[0]!;
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const units = ['亿', '万', ''];
  let out = '';
  let zeroBefore = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      if (out !== '') zeroBefore = true;
      return;
    }
    // A gap before this group (an empty group, or a group under a thousand) is said as one 零.
    if (out !== '' && (zeroBefore || g < 1000)) out += style.digits[0];
    zeroBefore = false;
    out += group(g, style, out === '') + units[i];
  });
  return out;
}

const small = (bareTen: boolean, liang: boolean): Style => ({ digits: SMALL, places: PLACES_SMALL, bareTen, liang });
const financial: Style = { digits: FINANCIAL, places: PLACES_FINANCIAL, bareTen: false, liang: false };

function valueAt(text: string, allowPoint = false): number | null {
  const tok = readNumber(text, 0, allowPoint);
  if (!tok || Array.isArray(tok.value) || tok.digitString || tok.end !== text.length) return null;
  return decimalToNumber(tok.value);
}

const integer = fc.integer({ min: 1, max: 999_999_999_999 });

describe('number reader: one value in every script', () => {
  it('Arabic digits, with and without thousands separators', () => {
    fc.assert(
      fc.property(integer, (n) => {
        expect(valueAt(String(n))).toBe(n);
        expect(valueAt(formatNumber(n))).toBe(n);
      }),
    );
  });

  it('Chinese numerals (小写), with 两 and the bare 十 or without', () => {
    fc.assert(
      fc.property(integer, fc.boolean(), fc.boolean(), (n, bareTen, liang) => {
        const text = toChinese(n, small(bareTen, liang));
        expect(valueAt(text), text).toBe(n);
      }),
    );
  });

  it('financial numerals (大写) of two characters or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999_999 }), (n) => {
        const text = toChinese(n, financial);
        expect(valueAt(text), text).toBe(n);
      }),
    );
  });

  it('the same number in Arabic, 小写 and 大写 reads to one value inside a sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999_999 }), (n) => {
        const forms = [String(n), toChinese(n, small(true, false)), toChinese(n, financial)];
        const values = forms.map((form) => findFigures(`全年共投入${form}元。`).map((f) => f.value));
        for (const v of values) expect(v).toEqual([n]);
      }),
    );
  });

  it('mixed forms: a magnitude followed by smaller parts (`4万6000`, `3亿4500万`, `6万3千5百`)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }),
        (hi, mid, lo) => {
          // A lone last digit is the short form (`1万5` = 15000, like `一万五`): one place below.
          const last = (place: number) => (lo < 10 ? lo * (place / 10) : lo);
          const withYi = `${hi}亿${mid ? `${mid}万` : ''}${lo || ''}`;
          expect(valueAt(withYi), withYi).toBe(hi * 1e8 + mid * 1e4 + last(mid ? 1e4 : 1e8));
          const withWan = `${hi}万${lo || ''}`;
          expect(valueAt(withWan), withWan).toBe(hi * 1e4 + last(1e4));
          // The smaller part may itself be in Chinese numerals (`4万六千`).
          // (A lone Chinese digit there is a word: `1万一线职工`.)
          if (lo >= 10) {
            const cn = `${hi}万${toChinese(lo, small(true, false))}`;
            expect(valueAt(cn), cn).toBe(hi * 1e4 + last(1e4));
          }
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (wan, qian, bai) => {
        const text = `${wan}万${qian}千${bai}百`;
        expect(valueAt(text), text).toBe(wan * 1e4 + qian * 1e3 + bai * 100);
      }),
    );
  });

  it('a part that is not smaller than the magnitude before it is not added (`3万12000` stops at 3万)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 10_000, max: 99_999 }), (hi, lo) => {
        const tok = readNumber(`${hi}万${lo}`, 0);
        expect(tok && !Array.isArray(tok.value) ? decimalToNumber(tok.value) : null).toBe(hi * 1e4);
      }),
    );
  });

  it('Chinese decimals (`三点一四`) read as their Arabic twins where a decimal is allowed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 99 }), (int, frac) => {
        const fracDigits = String(frac).padStart(2, '0').replace(/0$/, '');
        const text = `${toChinese(int, small(false, false))}点${[...fracDigits].map((d) => SMALL[Number(d)]).join('')}`;
        expect(valueAt(text, true), text).toBe(Number(`${int}.${fracDigits}`));
      }),
    );
  });
});

describe('printed values read back', () => {
  it('what the sidebar prints (thousands separators, sign, decimals) reads back to the same value', () => {
    const amount = fc.tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }))
      .map(([int, cents]) => (int < 0 ? int - cents / 100 : int + cents / 100));
    fc.assert(
      fc.property(amount, fc.constantFrom('%', '元', '吨'), (v, unit) => {
        fc.pre(v !== 0);
        const figures = findFigures(`数据显示，该项为${formatNumber(v)}${unit}。`);
        expect(figures.map((f) => f.value)).toEqual([v]);
      }),
    );
  });

  it('a Chinese numeral written from a value reads back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), (n) => {
        const figures = findFigures(`累计完成${toChinese(n, small(true, true))}吨。`);
        expect(figures.map((f) => f.value)).toEqual([n]);
      }),
    );
  });
});
