import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '@/lib/core/text/sentences';

const texts = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits on Chinese stops and keeps closing quotes with their sentence', () => {
    expect(texts('他說：“很好。”我們走吧！真的？')).toEqual(['他說：“很好。”', '我們走吧！', '真的？']);
  });
  it('treats a line break as a boundary and trims indentation', () => {
    expect(texts('　　第一段沒有句號\n　　第二段。')).toEqual(['第一段沒有句號', '第二段。']);
  });
  it('does not end a sentence at a stop inside a 《》 title', () => {
    expect(texts('他觀看了《奮鬥吧！中華兒女》。演出很成功！')).toEqual(['他觀看了《奮鬥吧！中華兒女》。', '演出很成功！']);
    expect(texts('閱讀《你好，世界？》和《再見。》兩本書。')).toEqual(['閱讀《你好，世界？》和《再見。》兩本書。']);
  });
  it('still ends a sentence when a 《 is never closed, or closes only on a later line', () => {
    expect(texts('標題《未完。後文》')).toEqual(['標題《未完。後文》']);
    expect(texts('書名號《沒有閉合。下一句。')).toEqual(['書名號《沒有閉合。', '下一句。']);
    expect(texts('甲《乙。\n丙》丁。')).toEqual(['甲《乙。', '丙》丁。']);
    expect(texts(`《${'長'.repeat(70)}。》後。`)).toEqual([`《${'長'.repeat(70)}。`, '》後。']);
  });
  it('keeps ASCII commas inside a sentence (machine-converted pages use them)', () => {
    expect(texts('刑事警情同比下降61.6%,治安平穩。')).toEqual(['刑事警情同比下降61.6%,治安平穩。']);
  });
});

describe('sentenceAt', () => {
  it('finds the sentence around an offset, and null between sentences', () => {
    const t = '甲。乙乙。\n丙';
    const r = splitSentences(t);
    expect(t.slice(sentenceAt(r, 3)!.start, sentenceAt(r, 3)!.end)).toBe('乙乙。');
    expect(sentenceAt(r, 5)).toBeNull();
    expect(t.slice(sentenceAt(r, 6)!.start, sentenceAt(r, 6)!.end)).toBe('丙');
  });
});
