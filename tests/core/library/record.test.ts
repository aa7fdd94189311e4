import { beforeAll, describe, expect, it } from 'vitest';
import { articleKey, foldQuery, recordFromDocument, searchText, type LibraryArticle } from '@/lib/core/library';
import type { KanbaoDocument } from '@/lib/core/sidebar';
import { SEED_URL, seedDocument } from './seed-document';

const NOW = Date.UTC(2023, 1, 3, 4, 0);
let doc: KanbaoDocument;
let rec: LibraryArticle;

beforeAll(async () => {
  doc = await seedDocument();
  rec = recordFromDocument(doc, NOW);
});

describe('recordFromDocument on the seed page', () => {
  it('keys the article canonically and keeps where and when it was read', () => {
    expect(rec.id).toBe(articleKey(SEED_URL));
    expect(rec.id).toBe('hn.people.com.cn/n2/2023/0203/c356883-40290005.html');
    expect(rec.url).toBe(SEED_URL);
    expect(rec.urls).toEqual([SEED_URL]);
    expect(rec.outlet).toBe('people.com.cn');
    expect(rec.site).toBe('hn.people.com.cn');
    expect(rec.title).toBe('大湖之南|守護萬家燈火,溫暖一方百姓');
    expect(rec.published).toBe('2023-02-03T10:44+08:00');
    expect(rec.script).toBe('traditional');
    expect([rec.firstRead, rec.lastRead, rec.reads]).toEqual([NOW, NOW, 1]);
  });

  it('counts what the document found', () => {
    expect(rec.counts).toEqual({ figures: doc.figures.length, dates: doc.dates.length, programs: doc.programs.length, people: doc.people.people.length });
    expect(rec.figures).toHaveLength(doc.figures.length);
    expect(rec.dates).toHaveLength(doc.dates.length);
  });

  it('keeps each figure with what it measures and the sentence it stands in', () => {
    const f = rec.figures.find((x) => x.text === '61.6%')!;
    expect(f).toMatchObject({ value: 61.6, unit: '%', kind: 'percent', measures: '刑事警情' });
    expect(f.sentence).toContain('刑事警情、治安警情、交通警情同比下降61.6%');
    expect(rec.figures.find((x) => x.text === '53.1%')!.measures).toBe('治安警情');
    for (const x of rec.figures) {
      expect(x.sentence).toContain(x.text);
      expect(x.sentence.length).toBeLessThanOrEqual(300);
    }
  });

  it('groups program mentions by their Simplified name, with distinct sentences', () => {
    const names = rec.programs.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(rec.programs.reduce((n, p) => n + p.mentions, 0)).toBe(doc.programs.length);
    const p = rec.programs.find((x) => x.name === '“护企安商”机制')!;
    expect(p.kind).toBe('quoted_head');
    expect(p.sentences[0]).toContain('“護企安商”機制');
    for (const x of rec.programs) expect(new Set(x.sentences).size).toBe(x.sentences.length);
  });

  it('keeps people with their posts, organisations, places, keywords and the summary as text', () => {
    expect(rec.people.find((p) => p.name === '王一鷗')).toEqual({ name: '王一鷗', title: '湖南省副省長、省公安廳廳長', titles: ['湖南省副省長、省公安廳廳長'] });
    expect(rec.organisations).toEqual(doc.people.organisations.map((o) => o.name));
    expect(rec.places).toEqual(doc.people.places.map((o) => o.name));
    expect(rec.keywords).toEqual(doc.keywords.map((k) => k.word));
    expect(rec.summary).toEqual(doc.summary.map((s) => s.text));
  });

  it('never keeps the page: no markup, no article text field', () => {
    const json = JSON.stringify(rec);
    expect(json).not.toMatch(/<\/?(?:div|p|span|script|html|a)\b/i);
    expect(Object.keys(rec)).not.toContain('text');
    expect(json.length).toBeLessThan(doc.article.text.length * 4);
  });

  it('folds the search text to Simplified: title, program names, people and what figures measure', () => {
    expect(rec.search).toBe(searchText(rec));
    expect(rec.search).toContain(foldQuery('守護萬家燈火'));
    expect(rec.search).toContain('守护万家灯火');
    expect(rec.search).toContain('王一鸥');
    expect(rec.search).toContain('刑事警情');
    expect(rec.search).toContain('“护企安商”机制');
    expect(rec.search).not.toMatch(/[護萬燈鷗]/);
  });

  it('takes a document read from a file (no URL) under its input name', () => {
    const r = recordFromDocument({ ...doc, url: null, page: { ...doc.page, site: null } }, NOW);
    expect(r.id).toBe('people_hn_big5_seed.html');
    expect(r.outlet).toBe('unknown');
    expect(r.site).toBe('');
  });
});
