import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentKey, keywords, pageRank } from '@/lib/core/analysis/keywords';
import type { TaggedToken } from '@/lib/core/analysis/tokens';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

const read = (path: string) => readFileSync(path, 'utf8');
const seed = read('tests/fixtures/seed/people-hn-big5-2023-02-03.txt');

/** Tokens for a space-separated toy text: every word a noun unless tagged `word/tag`. */
function toy(text: string): TaggedToken[] {
  let at = 0;
  return text.split(' ').map((item) => {
    const [word, tag = 'n'] = item.split('/') as [string, string?];
    const t = { word, tag, start: at, end: at + word.length };
    at += word.length;
    return t;
  });
}

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

describe('contentKey', () => {
  it('keeps nouns and verbs of two or more Han characters, folded, minus stop words', () => {
    expect(contentKey({ word: '警務', tag: 'n' })).toBe('警务');
    expect(contentKey({ word: '巡邏', tag: 'v' })).toBe('巡逻');
    expect(contentKey({ word: '局', tag: 'n' })).toBeNull();
    expect(contentKey({ word: '進行', tag: 'v' })).toBeNull();
    expect(contentKey({ word: '快速', tag: 'd' })).toBeNull();
    expect(contentKey({ word: '5G', tag: 'eng' })).toBeNull();
  });
});

describe('pageRank', () => {
  it('ranks the hub of a star highest and is deterministic', () => {
    const edges = new Map([
      [0, new Map([[1, 1], [2, 1], [3, 1]])],
      [1, new Map([[0, 1]])],
      [2, new Map([[0, 1]])],
      [3, new Map([[0, 1]])],
    ]);
    const scores = pageRank(4, edges);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(pageRank(4, edges)).toEqual(scores);
  });
});

describe('keywords (TextRank)', () => {
  it('ranks the word that co-occurs with the most others first, in the original script', () => {
    const tokens = toy('園區 企業 ，/x 園區 項目 ，/x 園區 警務 ，/x 安全 服務');
    const top = keywords(tokens, { top: 3 });
    expect(top[0]).toMatchObject({ word: '園區', count: 3, firstOffset: 0, score: 1 });
  });

  it('does not link words across a line break', () => {
    const tokens = toy('園區 企業 \n/x 項目 警務');
    const scores = Object.fromEntries(keywords(tokens).map((k) => [k.word, k.score]));
    expect(scores['園區']).toBeCloseTo(scores['項目']!);
  });

  it('finds the topic of the seed article, with offsets that point at the word', () => {
    const top = keywords(segmenter.tag(seed));
    expect(top).toHaveLength(10);
    const words = top.map((k) => k.word);
    for (const w of ['公安', '項目', '企業']) expect(words).toContain(w);
    for (const k of top) {
      expect(seed.slice(k.firstOffset, k.firstOffset + k.word.length)).toBe(k.word);
      expect(k.word.length).toBeGreaterThan(1);
      expect(k.count).toBeGreaterThan(0);
    }
    expect(top[0]!.score).toBe(1);
    for (let i = 1; i < top.length; i++) expect(top[i]!.score).toBeLessThanOrEqual(top[i - 1]!.score);
    expect(keywords(segmenter.tag(seed))).toEqual(top);
  });

  it('finds the topic of Simplified corpus articles', () => {
    const youth = keywords(segmenter.tag(read('tests/fixtures/gold/youth_01.txt')), { top: 3 }).map((k) => k.word);
    expect(youth[0]).toBe('养老');
    const gmw = keywords(segmenter.tag(read('tests/fixtures/gold/gmw_02.txt')), { top: 3 }).map((k) => k.word);
    expect(gmw).toContain('斑马鱼');
    const xinhua = keywords(segmenter.tag(read('tests/fixtures/gold/xinhua_01.txt'))).map((k) => k.word);
    expect(xinhua).toEqual(expect.arrayContaining(['法国', '退休', '罢工']));
  });
});
