import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNodeSegmenter } from '@/lib/engines/jieba';
import { taggedWarmUp, WARM_UP, WARM_UP_PARAGRAPHS } from '@/entrypoints/background/warm-up';
import { WARM_UP_TAGS } from '@/entrypoints/background/warm-up-tags';

/**
 * The background's warm-up: the paragraphs' written tags (warm-up-tags.ts) are jieba's, and the
 * analysis is warmed on them while jieba's wasm compiles, stopping once jieba is ready.
 */
const gate = vi.hoisted(() => ({ release: null as null | (() => void), analysed: [] as string[] }));

vi.mock('@/lib/engines/jieba', async (original) => ({
  ...(await original<typeof import('@/lib/engines/jieba')>()),
  // A wasm that takes as long to compile as the test says.
  createWebSegmenter: vi.fn(
    () =>
      new Promise((resolve) => {
        gate.release = () =>
          resolve({
            tag: (text: string) => [...text].map((word, i) => ({ word, tag: 'x', start: i, end: i + 1 })),
            tokenize: () => [],
          });
      }),
  ),
}));

vi.mock('@/lib/core/analysis', async (original) => {
  const real = await original<typeof import('@/lib/core/analysis')>();
  return {
    ...real,
    analyzeTokens: (text: string, ...rest: Parameters<typeof real.analyzeTokens> extends [string, ...infer R] ? R : never) => {
      gate.analysed.push(text);
      return real.analyzeTokens(text, ...rest);
    },
  };
});

beforeEach(() => {
  gate.release = null;
  gate.analysed.length = 0;
});

describe('warm-up paragraphs', () => {
  it('carry jieba’s own tags, written down by scripts/warm-up-tags.ts', async () => {
    const jieba = await createNodeSegmenter();
    const actual = WARM_UP_PARAGRAPHS.map((p) => jieba.tag(p).map((t) => [t.word, t.tag]));
    expect(actual, 'run `npx tsx scripts/warm-up-tags.ts` after changing the paragraphs or jieba').toEqual(WARM_UP_TAGS);
  });

  it('give tokens whose offsets index each paragraph', () => {
    const tagged = taggedWarmUp();
    expect(tagged).not.toBeNull();
    expect(tagged!.map((p) => p.text).join('\n')).toBe(WARM_UP);
    for (const { text, tokens } of tagged!) {
      expect(tokens.length).toBeGreaterThan(20);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
      expect(tokens.at(-1)!.end).toBe(text.length);
    }
  });
});

describe('warming the analysis while jieba compiles', () => {
  it('analyses the written paragraphs while the wasm compiles, and stops once jieba is ready', async () => {
    vi.resetModules();
    const { warmJieba } = await import('@/entrypoints/background/analyze');
    warmJieba();
    await vi.waitFor(() => expect(gate.analysed.length).toBeGreaterThanOrEqual(WARM_UP_PARAGRAPHS.length), { timeout: 5000 });
    expect(gate.analysed.slice(0, WARM_UP_PARAGRAPHS.length)).toEqual(WARM_UP_PARAGRAPHS);
    gate.release!();
    // After the compile: the one round over the whole report (jieba's warm-up), then nothing.
    await vi.waitFor(() => expect(gate.analysed).toContain(WARM_UP), { timeout: 5000 });
    const settled = gate.analysed.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(gate.analysed.length).toBe(settled);
    const beforeJieba = gate.analysed.slice(0, gate.analysed.indexOf(WARM_UP));
    expect(beforeJieba.every((t) => WARM_UP_PARAGRAPHS.includes(t))).toBe(true);
    expect(beforeJieba.length).toBeLessThanOrEqual(3 * WARM_UP_PARAGRAPHS.length);
  });
});
