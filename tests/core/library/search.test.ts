import { describe, expect, it } from 'vitest';
import { foldQuery, matchQuery } from '@/lib/core/library';
import { fig, makeArticle, prog } from './make-article';

// Constructed records: one written in Traditional script, one in Simplified.
const traditional = makeArticle({
  url: 'http://hn.people.com.cn/BIG5/n2/2024/0101/c1-1.html',
  title: '守護萬家燈火',
  script: 'traditional',
  programs: [prog('“护企安商”机制')],
  people: [{ name: '王一鷗', title: '副省長', titles: ['副省長'] }],
  figures: [fig('61.6%', 61.6, '%', '刑事警情')],
});
const simplified = makeArticle({
  url: 'https://www.news.cn/2024/0102/a.html',
  title: '社会消费品零售总额增长',
  figures: [fig('4.7万亿元', 4.7e12, '元', '社会消费品零售总额')],
});

const find = (q: string) => [traditional, simplified].filter((a) => matchQuery(a, foldQuery(q))).map((a) => a.title);

describe('search in either script', () => {
  it('folds a query to Simplified, lower case and single spaces', () => {
    expect(foldQuery('  守護  萬家 ')).toBe('守护 万家');
    expect(foldQuery('ＧＤＰ')).toBe('gdp');
  });

  it('a Simplified query finds a Traditional record and a Traditional query a Simplified one', () => {
    expect(find('守护万家')).toEqual(['守護萬家燈火']);
    expect(find('王一鸥')).toEqual(['守護萬家燈火']);
    expect(find('社會消費品')).toEqual(['社会消费品零售总额增长']);
  });

  it('finds programs and what figures measure, and every part of a query must be there', () => {
    expect(find('护企安商')).toEqual(['守護萬家燈火']);
    expect(find('刑事警情')).toEqual(['守護萬家燈火']);
    expect(find('零售 总额')).toEqual(['社会消费品零售总额增长']);
    expect(find('零售 警情')).toEqual([]);
    expect(find('')).toHaveLength(2);
  });

  it('does not search posts (they belong to the person view)', () => {
    expect(find('副省长')).toEqual([]);
  });

  it('never matches across two fields of the search text', () => {
    // The title ends in 灯火 and the program name begins with “护: no field holds 火“护.
    expect(find('火“护')).toEqual([]);
    expect(traditional.search.split('\n')).toContain('守护万家灯火');
  });
});
