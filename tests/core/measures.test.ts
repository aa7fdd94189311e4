import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { whatItMeasures } from '@/lib/core/analysis/measures';
import type { TaggedToken } from '@/lib/core/analysis/tokens';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

const read = (path: string) => readFileSync(path, 'utf8');
const seed = read('tests/fixtures/seed/people-hn-big5-2023-02-03.txt');

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

/** The span of `figure` inside its first occurrence of `context` (a test helper, not a figure finder). */
function at(text: string, context: string, figure: string) {
  const c = text.indexOf(context);
  if (c < 0) throw new Error(`context not found: ${context}`);
  const start = c + context.indexOf(figure);
  return { start, end: start + figure.length };
}

describe('whatItMeasures on the seed', () => {
  let tokens: TaggedToken[];
  beforeAll(() => {
    tokens = segmenter.tag(seed);
  });
  const measure = (context: string, figure: string, withTokens = true) =>
    whatItMeasures(seed, at(seed, context, figure), withTokens ? tokens : undefined);

  it('pairs the i-th figure of a 、-list with the i-th listed subject, and reads the comparison', () => {
    const ctx = '刑事警情、治安警情、交通警情同比下降61.6%、53.1%、31.5%';
    const subjects = ['61.6%', '53.1%', '31.5%'].map((f) => measure(ctx, f));
    expect(subjects.map((m) => m.subject?.text)).toEqual(['刑事警情', '治安警情', '交通警情']);
    for (const m of subjects) {
      expect(m.rule).toBe('list');
      expect(m.comparison).toEqual({ basis: '同比', direction: 'down' });
    }
    // The subject's offsets index the original text.
    const s = subjects[1]!.subject!;
    expect(seed.slice(s.start, s.end)).toBe('治安警情');
  });

  it('takes the noun after a classifier, past a relative clause ending in 的', () => {
    expect(measure('排查39個園區1.3萬余家企業', '1.3萬余家')).toMatchObject({ rule: 'after', subject: { text: '企業' } });
    expect(measure('選派450余名業務熟悉', '450余名').subject?.text).toBe('民警');
    expect(measure('全州316個重點項目', '316個').subject?.text).toBe('重點項目');
  });

  it('takes the noun phrase before the figure once verbs and comparisons are peeled off', () => {
    expect(measure('群眾滿意率達99.9%', '99.9%')).toMatchObject({ rule: 'before', subject: { text: '群眾滿意率' } });
    const rise = measure('持証率由83.3%提升至100%', '100%');
    expect(rise.subject?.text).toBe('園區保安員持証率');
    expect(rise.comparison?.direction).toBe('up');
    expect(measure('用戶總數突破3000萬', '3000萬').subject?.text).toBe('用戶總數');
    expect(measure('投入警力1600余人次', '1600余人次').subject?.text).toBe('警力');
  });

  it('works without tokens, from characters alone, for the common shapes', () => {
    expect(measure('交通警情同比下降61.6%、53.1%、31.5%', '31.5%', false).subject?.text).toBe('交通警情');
    expect(measure('排查39個園區1.3萬余家企業', '1.3萬余家', false).subject?.text).toBe('企業');
    expect(measure('選派450余名業務熟悉', '450余名', false).subject?.text).toBe('民警');
    expect(measure('群眾滿意率達99.9%', '99.9%', false).subject?.text).toBe('群眾滿意率');
  });
});

describe('whatItMeasures on Simplified text', () => {
  it('reads a year-on-year basis given as a year, and keeps each figure its own basis', () => {
    const text = read('tests/fixtures/gold/people_n1_02.txt');
    const tokens = segmenter.tag(text);
    const ctx = '能耗比2019年下降23.5%、用水量比2020年下降40.8%';
    const first = whatItMeasures(text, at(text, ctx, '23.5%'), tokens);
    const second = whatItMeasures(text, at(text, ctx, '40.8%'), tokens);
    expect(first.subject?.text).toMatch(/能耗$/);
    expect(first.comparison).toEqual({ basis: '比2019年', direction: 'down' });
    expect(second.subject?.text).toBe('用水量');
    expect(second.comparison).toEqual({ basis: '比2020年', direction: 'down' });
    const invest = whatItMeasures(text, at(text, '高技术制造业投资增长22.6%', '22.6%'), tokens);
    expect(invest.subject?.text).toMatch(/投资$/);
    expect(invest.comparison?.direction).toBe('up');
  });

  it('pairs 分别 lists joined by 和', () => {
    const text = '今年一季度，出口和进口分别增长5.2%和3.1%。';
    const tokens = segmenter.tag(text);
    expect(whatItMeasures(text, at(text, '增长5.2%', '5.2%'), tokens).subject?.text).toBe('出口');
    expect(whatItMeasures(text, at(text, '和3.1%', '3.1%'), tokens).subject?.text).toBe('进口');
  });

  it('says nothing rather than guessing when the clause holds no noun', () => {
    const text = '该平台已连续3年。';
    expect(whatItMeasures(text, at(text, '连续3年', '3年'), segmenter.tag(text)).subject).toBeNull();
  });
});
