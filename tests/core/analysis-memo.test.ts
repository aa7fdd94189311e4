import { describe, expect, it } from 'vitest';
import { createAnalysisMemo } from '@/lib/core/analysis/memo';

// Constructed texts: the memo only compares strings.
const A = '湖南省人民政府召开常务会议。';
const B = '长沙市发布新一轮稳增长措施。';

describe('createAnalysisMemo (the last few analyses by text and names)', () => {
  it('answers the same text and names, and nothing else', () => {
    const memo = createAnalysisMemo<string>(4);
    memo.set(A, ['王一鸥'], 'a');
    expect(memo.get(A, ['王一鸥'])).toBe('a');
    expect(memo.get(A, [])).toBeUndefined();
    expect(memo.get(A, ['王一鷗'])).toBeUndefined();
    expect(memo.get(`${A}\n`, ['王一鸥'])).toBeUndefined();
    expect(memo.get(B, ['王一鸥'])).toBeUndefined();
    // The names are compared one by one: ['王一', '鸥'] is not ['王一鸥'].
    expect(memo.get(A, ['王一', '鸥'])).toBeUndefined();
  });

  it('keeps at most `limit` entries, dropping the least recently used', () => {
    const memo = createAnalysisMemo<number>(2);
    memo.set(A, [], 1);
    memo.set(B, [], 2);
    expect(memo.get(A, [])).toBe(1); // A is now the most recent
    memo.set('第三篇', [], 3);
    expect(memo.size).toBe(2);
    expect(memo.get(B, [])).toBeUndefined();
    expect(memo.get(A, [])).toBe(1);
    expect(memo.get('第三篇', [])).toBe(3);
  });

  it('forgets an entry only while it still holds the value given', () => {
    const memo = createAnalysisMemo<string>(4);
    memo.set(A, [], 'failed');
    memo.set(A, [], 'retried');
    memo.forget(A, [], 'failed');
    expect(memo.get(A, [])).toBe('retried');
    memo.forget(A, [], 'retried');
    expect(memo.get(A, [])).toBeUndefined();
  });

  it('keeps its own copy of the names', () => {
    const memo = createAnalysisMemo<string>(4);
    const names = ['王一鸥'];
    memo.set(A, names, 'a');
    names.push('李强');
    expect(memo.get(A, ['王一鸥'])).toBe('a');
  });
});
