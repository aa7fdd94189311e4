import { describe, expect, it } from 'vitest';
import { buildAnnotations, extractAll, type AnnotationFacts } from '../../lib/core/extract';
import { buildSidebarModel, figureValue } from '../../lib/core/sidebar/model';
import type { Article } from '../../lib/core/types';
import { valueLine } from '../../lib/dom/marks/tooltip-text';
import { translatorFor } from '../../lib/i18n';
import { findFigures } from '../../lib/core/extract/figures';
import { messages } from '../extension/helpers';

/**
 * Values as they are shown: the tooltip's value line, and the value the sidebar's table, CSV
 * and JSON selection carry. Sentences are constructed for this test.
 */

const en = translatorFor(messages('en'));
const zh = translatorFor(messages('zh_CN'));

function factsOf(sentence: string): AnnotationFacts {
  const items = buildAnnotations(sentence, extractAll(sentence)).filter((i) => i.kind === 'figure');
  expect(items).toHaveLength(1);
  return items[0]!.facts;
}

describe('tooltip', () => {
  it('a negative value is typeset with a minus sign', () => {
    expect(valueLine(factsOf('高原夜里气温-7℃。'), en)).toBe('\u22127 ℃ · count');
    expect(valueLine(factsOf('冬季最冷时零下21摄氏度。'), zh)).toMatch(/^\u221221 摄氏度 · /);
  });

  it('a signed change after a comparison reads as a fall: an arrow, not a minus, and its basis', () => {
    expect(valueLine(factsOf('客流量同比-6.2%。'), en)).toBe('↓ 6.2% · year on year · percent');
    expect(valueLine(factsOf('客流量同比-6.2%。'), zh)).toBe('↓ 6.2% · 同比 · 百分比');
  });

  it('a signed rate with no comparison keeps its sign', () => {
    expect(valueLine(factsOf('今年的增速为-2.4%。'), en)).toBe('\u22122.4% · percent');
  });

  it('ranges across zero keep both signs', () => {
    expect(valueLine(factsOf('白天气温-3℃至5℃。'), en)).toBe('\u22123–5 ℃ · range');
  });

  it('classes read as one value: chains, 元角分, discounts, bounds', () => {
    expect(valueLine(factsOf('共有6万4千3百名志愿者。'), en)).toBe('64,300 名 · magnitude');
    expect(valueLine(factsOf('车票七元五角。'), en)).toBe('7.5 元 · money');
    expect(valueLine(factsOf('新书一律85折。'), en)).toBe('85% · percent');
    expect(valueLine(factsOf('每组不少于12人。'), en)).toBe('more than 12 人 · approximate count');
  });
});

describe('sidebar value (table, CSV, JSON selection)', () => {
  const value = (s: string) => findFigures(s).map(figureValue);

  it('negative values keep their sign', () => {
    expect(value('高原夜里气温-7℃。')).toEqual(['-7 ℃']);
    expect(value('客流量同比-6.2%。')).toEqual(['-6.2%']);
  });

  it('one amount for 元角分 and a magnitude chain; a prefixed unit keeps its prefix', () => {
    expect(value('车票七元五角。')).toEqual(['7.5 元']);
    expect(value('共有6万4千3百名志愿者。')).toEqual(['64,300 名']);
    expect(value('水电站装机六百千瓦。')).toEqual(['600 千瓦']);
  });
});

describe('sidebar direction', () => {
  const articleOf = (text: string): Article => ({
    title: '', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [], printEdition: null,
    script: 'simplified', text, paragraphs: [{ start: 0, end: text.length, caption: false }],
  });
  const rows = (s: string) => {
    const x = extractAll(s);
    const items = buildAnnotations(s, x);
    return buildSidebarModel({ article: articleOf(s), extraction: x, items, site: null, analysis: null }).figures
      .map((r) => [r.value, r.direction]);
  };

  it('a signed or negative growth is shown falling, though 增长 alone says up', () => {
    expect(rows('投资同比增长-1.2%。')).toEqual([['-1.2%', 'down']]);
    expect(rows('外贸出现负增长3.4%。')).toEqual([['3.4%', 'down']]);
    expect(rows('出口同比增长3%。')).toEqual([['3%', 'up']]);
  });
});
