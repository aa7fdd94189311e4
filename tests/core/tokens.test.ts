import { describe, expect, it } from 'vitest';
import { codePointSpansToUtf16, isHanWord, placeTags, tokenIndexAt, tokensWithin } from '@/lib/core/analysis/tokens';

describe('codePointSpansToUtf16 (jieba tokenize offsets → Kanbao offsets)', () => {
  it('shifts spans after an astral character by one unit per astral character', () => {
    // jieba-rs: 𠀀 is one code point, so 王一鸥 is [1, 4); in UTF-16 𠀀 is two units.
    const text = '𠀀王一鸥表示';
    const spans = codePointSpansToUtf16(text, [
      { start: 0, end: 1 },
      { start: 1, end: 4 },
      { start: 4, end: 6 },
    ]);
    expect(spans).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 5 },
      { start: 5, end: 7 },
    ]);
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe('王一鸥');
  });

  it('handles several astral characters, spans in any order, and the end of the text', () => {
    const text = '𠀀𠀁甲𠀂乙丙';
    const [late, early] = codePointSpansToUtf16(text, [
      { start: 4, end: 6, word: '乙丙' },
      { start: 2, end: 3, word: '甲' },
    ]);
    expect(text.slice(late!.start, late!.end)).toBe('乙丙');
    expect(late!.word).toBe('乙丙');
    expect(text.slice(early!.start, early!.end)).toBe('甲');
  });

  it('is the identity on BMP-only text', () => {
    expect(codePointSpansToUtf16('湖南公安', [{ start: 2, end: 4 }])).toEqual([{ start: 2, end: 4 }]);
  });
});

describe('placeTags (offsets for jieba tag(), which returns none)', () => {
  it('walks consecutive words and counts UTF-16 units, astral characters included', () => {
    const text = '𠀀王一鸥表示';
    const tokens = placeTags([{ word: '𠀀', tag: 'x' }, { word: '王一鸥', tag: 'x' }, { word: '表示', tag: 'v' }], text);
    expect(tokens.map((t) => [t.word, t.start, t.end])).toEqual([
      ['𠀀', 0, 2],
      ['王一鸥', 2, 5],
      ['表示', 5, 7],
    ]);
  });

  it('reports words from the original text when jieba saw the Simplified fold', () => {
    const original = '王一鷗表示';
    const tokens = placeTags([{ word: '王一鸥', tag: 'x' }, { word: '表示', tag: 'v' }], '王一鸥表示', original);
    expect(tokens[0]).toEqual({ word: '王一鷗', tag: 'x', start: 0, end: 3 });
  });

  it('resynchronises on the next occurrence instead of shifting every later offset', () => {
    const tokens = placeTags([{ word: '甲', tag: 'x' }, { word: '丙', tag: 'x' }, { word: '丁', tag: 'x' }], '甲乙丙丁');
    expect(tokens.map((t) => t.start)).toEqual([0, 2, 3]);
  });

  it('refuses a searched text whose length differs (offsets would be wrong)', () => {
    expect(() => placeTags([], 'ab', 'abc')).toThrow();
  });
});

describe('token helpers', () => {
  const tokens = [
    { start: 0, end: 2 },
    { start: 2, end: 3 },
    { start: 3, end: 6 },
  ];
  it('finds the token at an offset and the tokens inside a range', () => {
    expect(tokenIndexAt(tokens, 0)).toBe(0);
    expect(tokenIndexAt(tokens, 2)).toBe(1);
    expect(tokenIndexAt(tokens, 4)).toBe(2);
    expect(tokenIndexAt(tokens, 6)).toBe(3);
    expect(tokensWithin(tokens, 1, 6)).toEqual([tokens[1], tokens[2]]);
  });
  it('tells Han words from the rest', () => {
    expect(isHanWord('警情')).toBe(true);
    expect(isHanWord('𠀀')).toBe(true);
    expect(isHanWord('61.6%')).toBe(false);
    expect(isHanWord('，')).toBe(false);
  });
});
