import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeSegmenter, createWebSegmenter } from '@/lib/engines/jieba';

const seed = readFileSync('tests/fixtures/seed/people-hn-big5-2023-02-03.txt', 'utf8');

describe('jieba node segmenter', () => {
  it('initialises once and tags the seed with offsets that slice to the words', async () => {
    const t0 = performance.now();
    const segmenter = await createNodeSegmenter();
    const first = segmenter.tag(seed);
    const cold = performance.now() - t0;
    const t1 = performance.now();
    const again = segmenter.tag(seed);
    const warm = performance.now() - t1;
    console.info(`jieba (node) on the seed, ${seed.length} chars: cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`);

    expect(await createNodeSegmenter()).toBe(segmenter);
    expect(again).toEqual(first);
    // Tokens are consecutive, cover the text and slice to their words.
    expect(first.map((t) => t.word).join('')).toBe(seed);
    for (let i = 0; i < first.length; i++) {
      const t = first[i]!;
      expect(seed.slice(t.start, t.end)).toBe(t.word);
      if (i > 0) expect(t.start).toBe(first[i - 1]!.end);
    }
  });

  it('segments Traditional text through the Simplified fold and returns Traditional words', async () => {
    const segmenter = await createNodeSegmenter();
    const words = segmenter.tag('湖南省副省長、省公安廳廳長王一鷗表示').map((t) => t.word);
    expect(words).toContain('副省長');
    expect(words).toContain('廳長');
    expect(words).toContain('王一鷗');
  });

  it('keeps UTF-16 offsets after astral characters (tag and tokenize)', async () => {
    const segmenter = await createNodeSegmenter();
    const text = '𠀀王一鸥表示，𠀁𠀂湖南公安';
    for (const t of segmenter.tag(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
    const name = segmenter.tag(text).find((t) => t.word === '王一鸥');
    expect(name).toMatchObject({ start: 2, end: 5 });
    const spans = segmenter.tokenize(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.word);
    expect(spans.find((s) => s.word === '王一鸥')).toMatchObject({ start: 2, end: 5 });
    const search = segmenter.tokenize('𠀀中华人民共和国', 'search');
    expect(search.some((s) => s.word === '共和国' && s.start === 6)).toBe(true);
  });

  it('exports the web factory (run in the background; only typechecked here)', () => {
    expect(typeof createWebSegmenter).toBe('function');
  });
});
