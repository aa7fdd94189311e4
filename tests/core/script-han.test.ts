import { describe, expect, it } from 'vitest';
import { isAllHan, isHan } from '../../lib/core/text/han';

// The fast paths must answer exactly as the engine's `\p{Script=Han}` regexes do.
describe('script-han', () => {
  const HAN = /\p{Script=Han}/u;
  const ALL = /^\p{Script=Han}+$/u;
  const ALL_DIGITS = /^[\p{Script=Han}0-9]+$/u;

  it('isHan agrees with /\\p{Script=Han}/u on every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isHan(ch) !== HAN.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isHan('')).toBe(false);
    expect(isHan(undefined)).toBe(false);
    expect(isHan('𠀀')).toBe(true); // astral ideograph (a surrogate pair)
  });

  it('isAllHan agrees with the anchored regexes', () => {
    const samples = ['', '中国', '中国人民', '十四五', '一件事一次办', 'a中', '中a', '快反135', '净网2023', '123',
      '〇一二', '中。', '𠀀中', '中\ud840', '々々', '「中」', '中　国', '㐀', '鿿', '豈', '中'.repeat(30)];
    for (let c = 0x2e80; c < 0x10000; c += 97) samples.push(`中${String.fromCharCode(c)}`, String.fromCharCode(c));
    for (const s of samples) {
      expect(isAllHan(s), s).toBe(ALL.test(s));
      expect(isAllHan(s, true), s).toBe(ALL_DIGITS.test(s));
    }
  });
});
