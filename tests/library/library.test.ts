import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordFromDocument, validateExport, type LibraryArticle, type LibraryExport } from '@/lib/core/library';
import type { KanbaoDocument } from '@/lib/core/sidebar';
import { openLibrary, type Library } from '@/lib/library';
import { fig, makeArticle, prog } from '../core/library/make-article';
import { SEED_URL, seedDocument } from '../core/library/seed-document';

const SIMPLIFIED_URL = 'https://hn.people.com.cn/n2/2023/0203/c356883-40290005.html#top';
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

let seed: KanbaoDocument;
let n = 0;
const open: Library[] = [];
async function fresh(): Promise<Library> {
  const lib = await openLibrary(`kanbao-library-test-${++n}`);
  open.push(lib);
  return lib;
}

beforeAll(async () => {
  seed = await seedDocument();
});
afterEach(() => {
  for (const lib of open.splice(0)) lib.close();
});

// Constructed records: three outlets, two programs, one person with two posts over time.
function constructed(): LibraryArticle[] {
  return [
    makeArticle({ url: 'http://hn.people.com.cn/BIG5/n2/2024/0105/c1-1.html', outlet: 'people.com.cn', script: 'traditional', title: '守護萬家燈火', published: '2024-01-05T10:00+08:00',
      firstRead: T0 + 4 * DAY, lastRead: T0 + 4 * DAY, programs: [prog('“护企安商”机制', 2)], people: [{ name: '王一鷗', title: '副省長', titles: ['副省長'] }],
      figures: [fig('61.6%', 61.6, '%', '刑事警情')] }),
    makeArticle({ url: 'https://www.news.cn/2024/0115/b.html', outlet: 'news.cn', title: '社会消费品零售总额增长', published: '2024-01-15T09:00+08:00',
      firstRead: T0 + 14 * DAY, lastRead: T0 + 14 * DAY, programs: [{ ...prog('“护企安商”机制', 1), kind: 'quoted_practice' }, prog('“一件事一次办”')],
      people: [{ name: '王一鸥', title: '省公安厅厅长', titles: ['省公安厅厅长'] }], figures: [fig('53.1%', 53.1, '%', '刑事警情'), fig('1.1万亿元', 1.1e12, '元', '社会消费品零售总额')] }),
    makeArticle({ url: 'https://www.gmw.cn/2024/0301/c.html', outlet: 'gmw.cn', title: '春耕备耕', published: '2024-03-01T08:00+08:00',
      firstRead: T0 + 60 * DAY, lastRead: T0 + 60 * DAY, programs: [{ ...prog('《乡村振兴促进法》'), kind: 'document' }] }),
  ];
}

async function filled(): Promise<Library> {
  const lib = await fresh();
  for (const a of constructed()) await lib.recordArticle(a);
  return lib;
}

describe('recording', () => {
  it('records the seed and finds it again under its Simplified address', async () => {
    const lib = await fresh();
    const rec = recordFromDocument(seed, T0);
    await lib.recordArticle(rec);
    expect(await lib.isRecorded(SEED_URL)).toBe(true);
    expect(await lib.isRecorded(SIMPLIFIED_URL)).toBe(true);
    expect(await lib.isRecorded('http://hn.people.com.cn/n2/2023/0203/c356883-40290006.html')).toBe(false);
    expect(await lib.getArticle(rec.id)).toEqual(rec);
  });

  it('a revisit under the other edition updates the one entry', async () => {
    const lib = await fresh();
    await lib.recordArticle(recordFromDocument(seed, T0));
    const again = await lib.recordArticle(recordFromDocument({ ...seed, url: SIMPLIFIED_URL }, T0 + DAY));
    const page = await lib.listArticles();
    expect(page.total).toBe(1);
    expect(page.articles[0]).toEqual(again);
    expect(again).toMatchObject({ firstRead: T0, lastRead: T0 + DAY, reads: 2, urls: [SEED_URL, SIMPLIFIED_URL], url: SIMPLIFIED_URL });
  });
});

describe('the article list', () => {
  it('lists newest read first with a total, in pages', async () => {
    const lib = await filled();
    const all = await lib.listArticles();
    expect(all.total).toBe(3);
    expect(all.articles.map((a) => a.title)).toEqual(['春耕备耕', '社会消费品零售总额增长', '守護萬家燈火']);
    const second = await lib.listArticles({ offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3 });
    expect(second.articles.map((a) => a.title)).toEqual(['社会消费品零售总额增长']);
  });

  it('filters by outlet, date range (whole days) and program kind, alone and together', async () => {
    const lib = await filled();
    const titles = async (f: Parameters<Library['listArticles']>[0]) => {
      const p = await lib.listArticles(f);
      expect(p.total).toBe(p.articles.length);
      return p.articles.map((a) => a.title);
    };
    expect(await titles({ outlet: 'news.cn' })).toEqual(['社会消费品零售总额增长']);
    expect(await titles({ from: '2024-01-05', to: '2024-01-15' })).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
    expect(await titles({ to: '2024-01' })).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
    expect(await titles({ from: '2024-02' })).toEqual(['春耕备耕']);
    expect(await titles({ programKind: 'document' })).toEqual(['春耕备耕']);
    expect(await titles({ programKind: 'quoted_head', outlet: 'people.com.cn' })).toEqual(['守護萬家燈火']);
    expect(await titles({ programKind: 'quoted_head', from: '2024-01-10' })).toEqual(['社会消费品零售总额增长']);
    expect(await titles({ programKind: 'document', outlet: 'news.cn' })).toEqual([]);
    expect(await titles({ sort: 'published', query: '护企' })).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
  });

  it('searches in either script: a Simplified query finds Traditional records and the reverse', async () => {
    const lib = await filled();
    const titles = async (q: string) => (await lib.search(q)).map((a) => a.title);
    expect(await titles('守护万家')).toEqual(['守護萬家燈火']);
    expect(await titles('王一鸥')).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
    expect(await titles('社會消費品零售')).toEqual(['社会消费品零售总额增长']);
    expect(await titles('刑事警情')).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
    expect(await titles('乡')).toEqual(['春耕备耕']);
    expect(await titles('法')).toEqual(['春耕备耕']);
    // Every pair of the query is present (护企, 企安) but not in this order.
    expect(await titles('企安护')).toEqual([]);
    expect(await titles('不存在的词')).toEqual([]);
    expect(await titles('')).toHaveLength(3);
  });

  it('a page that searched sees what another context recorded since (the background, while the library is open)', async () => {
    const page = await filled();
    expect(await page.search('春耕')).toHaveLength(1);
    // Listing starts reading the heads ahead of the next search; a write after it still shows.
    expect((await page.listArticles()).total).toBe(3);
    const background = await openLibrary(`kanbao-library-test-${n}`);
    open.push(background);
    await background.recordArticle(makeArticle({ url: 'https://www.gmw.cn/2024/0302/d.html', outlet: 'gmw.cn', title: '春耕忙', lastRead: T0 + 61 * DAY, firstRead: T0 + 61 * DAY }));
    expect((await page.search('春耕')).map((a) => a.title)).toEqual(['春耕忙', '春耕备耕']);
    await background.deleteOutlet('gmw.cn');
    expect(await page.search('春耕')).toEqual([]);
    expect((await page.listArticles({ query: '' , outlet: 'gmw.cn' })).total).toBe(0);
  });

  it('lists the outlets, programs, people and subjects with their article counts', async () => {
    const lib = await filled();
    expect(await lib.listOutlets()).toEqual([{ name: 'gmw.cn', articles: 1 }, { name: 'news.cn', articles: 1 }, { name: 'people.com.cn', articles: 1 }]);
    expect((await lib.listPrograms())[0]).toEqual({ name: '“护企安商”机制', articles: 2 });
    expect(await lib.listPeople()).toEqual([{ name: '王一鸥', articles: 2 }]);
    expect((await lib.listMeasures())[0]).toEqual({ name: '刑事警情', articles: 2 });
  });
});

describe('the program, person and figure views', () => {
  it('a program: its articles, mentions by week and month, kind and sentences', async () => {
    const lib = await filled();
    const p = await lib.programDetail('“护企安商”机制');
    expect(p.articles.map((a) => a.title)).toEqual(['社会消费品零售总额增长', '守護萬家燈火']);
    expect(p.mentions).toBe(3);
    expect(p.kind).toBe('quoted_head');
    expect(p.months).toEqual([{ key: '2024-01', mentions: 3, articles: 2 }]);
    expect(p.weeks).toEqual([
      { key: '2024-01-01', mentions: 2, articles: 1 },
      { key: '2024-01-08', mentions: 0, articles: 0 },
      { key: '2024-01-15', mentions: 1, articles: 1 },
    ]);
    expect(p.sentences).toHaveLength(2);
    expect((await lib.programDetail('不存在')).articles).toEqual([]);
  });

  it('a person in either script: the posts by date with the articles', async () => {
    const lib = await filled();
    const p = await lib.personDetail('王一鷗');
    expect(p.titles.map((t) => [t.title, t.date.slice(0, 10)])).toEqual([['副省長', '2024-01-05'], ['省公安厅厅长', '2024-01-15']]);
    expect(p.articles).toHaveLength(2);
  });

  it('figures over time for one subject, asked in either script', async () => {
    const lib = await filled();
    const s = await lib.figureSeriesFor('刑事警情');
    expect(s.points.map((x) => [x.value, x.unit, x.date.slice(0, 10)])).toEqual([[61.6, '%', '2024-01-05'], [53.1, '%', '2024-01-15']]);
    expect((await lib.figureSeriesFor('社會消費品零售總額')).points).toHaveLength(1);
  });
});

describe('your data', () => {
  it('export, delete everything, import gives the same library', async () => {
    const lib = await filled();
    await lib.recordArticle(recordFromDocument(seed, T0 + 100 * DAY));
    const before = await lib.exportAll(T0);
    expect(before).toMatchObject({ format: 'kanbao-library', schema: 1, exported: '2024-01-01T00:00:00.000Z' });
    expect(before.articles).toHaveLength(4);
    // Through JSON text and the check, as the page does.
    const checked = validateExport(JSON.stringify(before));
    if (!('ok' in checked)) throw new Error(checked.error);
    await lib.deleteAll();
    expect((await lib.listArticles()).total).toBe(0);
    expect(await lib.importAll(checked.ok)).toEqual({ added: 4, merged: 0 });
    expect(await lib.exportAll(T0)).toEqual(before);
    expect((await lib.search('守护')).map((a) => a.title)).toEqual(['大湖之南|守護萬家燈火,溫暖一方百姓', '守護萬家燈火']);
  });

  it('importing twice changes nothing the second time, and merges with what is there', async () => {
    const lib = await filled();
    const doc = await lib.exportAll(T0);
    expect(await lib.importAll(doc)).toEqual({ added: 0, merged: 3 });
    expect(await lib.importAll(doc)).toEqual({ added: 0, merged: 3 });
    expect(await lib.exportAll(T0)).toEqual(doc);
    // Another device read one of them later: it merges into one entry with both readings.
    const later = { ...doc.articles[0]!, firstRead: T0 + 200 * DAY, lastRead: T0 + 201 * DAY, reads: 2, urls: ['http://hn.people.com.cn/n2/2024/0105/c1-1.html'], url: 'http://hn.people.com.cn/n2/2024/0105/c1-1.html' };
    expect(await lib.importAll({ ...doc, articles: [later] })).toEqual({ added: 0, merged: 1 });
    const merged = await lib.getArticle(later.id);
    expect(merged).toMatchObject({ reads: 3, firstRead: doc.articles[0]!.firstRead, lastRead: T0 + 201 * DAY });
    expect(merged!.urls).toHaveLength(2);
    expect((await lib.listArticles()).total).toBe(3);
  });

  it('a bad document is refused as a whole and changes nothing', async () => {
    const lib = await filled();
    const before = await lib.exportAll(T0);
    const bad = structuredClone(before) as LibraryExport;
    bad.articles.push(makeArticle({ url: 'https://example.cn/new.html' }));
    (bad.articles[1] as unknown as { reads: unknown }).reads = 'many';
    await expect(lib.importAll(bad)).rejects.toThrow(/articles\[1\]\.reads/);
    expect(await lib.exportAll(T0)).toEqual(before);
    expect(await lib.isRecorded('https://example.cn/new.html')).toBe(false);
  });

  it('deletes one article, one outlet, or everything', async () => {
    const lib = await filled();
    const [first] = constructed();
    expect(await lib.deleteArticle(first!.id)).toBe(true);
    expect(await lib.deleteArticle(first!.id)).toBe(false);
    expect(await lib.isRecorded(first!.url)).toBe(false);
    expect(await lib.search('守护')).toEqual([]);
    expect(await lib.deleteOutlet('news.cn')).toBe(1);
    expect((await lib.listArticles()).articles.map((a) => a.outlet)).toEqual(['gmw.cn']);
    expect(await lib.listPeople()).toEqual([]);
    await lib.deleteAll();
    expect(await lib.listArticles()).toEqual({ articles: [], total: 0 });
    expect(await lib.search('春耕')).toEqual([]);
  });

  it('says how much space it uses, growing with what it holds', async () => {
    const lib = await fresh();
    const empty = await lib.storageUsed();
    expect(empty).toMatchObject({ articles: 0 });
    await lib.recordArticle(recordFromDocument(seed, T0));
    const one = await lib.storageUsed();
    expect(one.articles).toBe(1);
    if (one.source === 'rows') {
      // Stored compactly: less than the record as JSON, more than nothing.
      expect(one.bytes).toBeGreaterThan(5_000);
      expect(one.bytes).toBeLessThan(new TextEncoder().encode(JSON.stringify(recordFromDocument(seed, T0))).length);
    } else {
      expect(one.bytes).toBeGreaterThanOrEqual(empty.bytes);
    }
  });
});
