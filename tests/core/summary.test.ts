import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '@/lib/core/analysis/summary';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

const read = (path: string) => readFileSync(path, 'utf8');
const seed = read('tests/fixtures/seed/people-hn-big5-2023-02-03.txt');

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

function expectBodySentences(text: string, picked: ReturnType<typeof summarize>) {
  for (let i = 0; i < picked.length; i++) {
    const s = picked[i]!;
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toMatch(/[。！？!?][”’」』]?$/);
    if (i > 0) expect(s.start).toBeGreaterThan(picked[i - 1]!.end - 1);
  }
}

describe('summarize (TextRank over sentences)', () => {
  it('picks 3 sentences of the seed body, in page order', () => {
    const picked = summarize(seed, segmenter.tag(seed));
    expect(picked).toHaveLength(3);
    expectBodySentences(seed, picked);
    const bodyStart = seed.indexOf('無論城市街頭');
    const bodyEnd = seed.indexOf('總策劃');
    for (const s of picked) {
      expect(s.start).toBeGreaterThanOrEqual(bodyStart);
      expect(s.end).toBeLessThanOrEqual(bodyEnd);
      // Captions and credit lines are not body text.
      expect(s.text).not.toMatch(/供圖|責編|攝像|出品|投稿郵箱/);
    }
    expect(Math.max(...picked.map((s) => s.score))).toBe(1);
    expect(summarize(seed, segmenter.tag(seed))).toEqual(picked);
  });

  it('skips the headline and short subheads of a Simplified article', () => {
    const text = read('tests/fixtures/gold/people_n1_02.txt');
    const title = text.slice(0, text.indexOf('\n'));
    const picked = summarize(text, segmenter.tag(text));
    expect(picked).toHaveLength(3);
    expectBodySentences(text, picked);
    for (const s of picked) {
      expect(s.text).not.toBe(title);
      expect(s.text).not.toBe('扛稳粮食安全重任，加快建设农业强省');
    }
  });

  it('honours count and returns fewer sentences when the text has fewer', async () => {
    const text = read('tests/fixtures/gold/xinhua_01.txt');
    expect(summarize(text, segmenter.tag(text), { count: 1 })).toHaveLength(1);
    const short = '湖南公安机关持续推进园区警务建设。长沙市公安局做实园区警务工作，服务关口前移。';
    expect(summarize(short, segmenter.tag(short)).map((s) => s.text)).toEqual([
      '湖南公安机关持续推进园区警务建设。',
      '长沙市公安局做实园区警务工作，服务关口前移。',
    ]);
  });
});
