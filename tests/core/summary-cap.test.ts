import { describe, expect, it } from 'vitest';
import type { TaggedToken } from '@/lib/core/analysis';
import { MAX_RANKED_SENTENCES, summarize } from '@/lib/core/analysis/summary';

/**
 * A constructed text of many sentences, one per line, six two-character nouns each: the first
 * MAX_RANKED_SENTENCES share no word, the rest all share the same six (so, if they were ranked,
 * they would be the most central by far).
 */
function build(total: number): { text: string; tokens: TaggedToken[] } {
  const shared = ['经济', '发展', '改革', '开放', '创新', '合作'];
  const tokens: TaggedToken[] = [];
  let text = '';
  for (let i = 0; i < total; i++) {
    const words = i < MAX_RANKED_SENTENCES
      ? Array.from({ length: 6 }, (_, k) => String.fromCodePoint(0x4e00 + (i * 6 + k) * 2, 0x4e01 + (i * 6 + k) * 2))
      : shared;
    for (const w of words) {
      tokens.push({ word: w, tag: 'n', start: text.length, end: text.length + w.length });
      text += w;
    }
    tokens.push({ word: '。', tag: 'x', start: text.length, end: text.length + 1 });
    text += '。\n';
  }
  return { text, tokens };
}

describe('summarize on a very long text', () => {
  it(`ranks only the first ${MAX_RANKED_SENTENCES} sentences`, () => {
    const { text, tokens } = build(MAX_RANKED_SENTENCES + 300);
    const limit = text.split('\n').slice(0, MAX_RANKED_SENTENCES).join('\n').length;
    const summary = summarize(text, tokens);
    expect(summary).toHaveLength(3);
    for (const s of summary) expect(s.end).toBeLessThanOrEqual(limit);
  });

});
