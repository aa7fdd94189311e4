import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA, type LibraryArticle } from '@/lib/core/library';
import { openLibrary, type Library } from '@/lib/library';
import { fig, makeArticle, prog } from '../core/library/make-article';

/**
 * The list, the search and the views read the records they show and not the others: counted at
 * the IndexedDB level (fake-indexeddb's classes, as the browser's), as records that come back
 * from the `articles` store, by any method.
 */
const reads = { articles: 0 };
let counting = false;

function count(req: IDBRequest, storeName: string) {
  if (storeName !== 'articles' || !counting) return;
  req.addEventListener('success', () => {
    const r: unknown = req.result;
    if (r === null || r === undefined) return;
    // getAll gives a list; get gives a record; openCursor gives a cursor with the record as value.
    reads.articles += Array.isArray(r) ? r.length : 1;
  });
}

function wrap(proto: object, method: string, store: (self: unknown) => string) {
  const p = proto as Record<string, (...args: unknown[]) => IDBRequest>;
  const original = p[method]!;
  p[method] = function (this: unknown, ...args: unknown[]) {
    const req = original.apply(this, args);
    count(req, store(this));
    return req;
  };
}

const storeOf = (s: unknown) => (s as IDBObjectStore).name;
const indexStore = (s: unknown) => (s as IDBIndex).objectStore.name;
for (const m of ['get', 'getAll', 'openCursor']) wrap(IDBObjectStore.prototype, m, storeOf);
for (const m of ['get', 'getAll', 'openCursor']) wrap(IDBIndex.prototype, m, indexStore);

const N = 400;
const PROGRAMS = ['“一件事一次办”', '“护企安商”机制', '《乡村振兴促进法》', '“放管服”改革', '“河长制”'];
const OUTLETS = ['people.com.cn', 'news.cn', 'gmw.cn', 'chinanews.com'];

function many(): LibraryArticle[] {
  return Array.from({ length: N }, (_, i) => makeArticle({
    url: `https://example${i % 7}.cn/2024/${i}.html`,
    outlet: OUTLETS[i % OUTLETS.length]!,
    title: i === 123 ? '独一无二的标题' : `第${i}篇报道`,
    published: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    firstRead: Date.UTC(2024, 0, 1) + i * 3_600_000,
    lastRead: Date.UTC(2024, 0, 1) + i * 3_600_000,
    programs: i % 10 === 0 ? [prog(PROGRAMS[(i / 10) % PROGRAMS.length]!)] : [],
    figures: [fig(`${i}个`, i, '个', i % 50 === 0 ? '重点项目' : `指标${i}`)],
  }));
}

let lib: Library;
beforeAll(async () => {
  lib = await openLibrary('kanbao-library-index-use');
  await lib.importAll({ format: 'kanbao-library', schema: LIBRARY_SCHEMA, exported: '2024-01-01T00:00:00.000Z', articles: many() });
});
afterAll(() => lib.close());

async function measured<T>(f: () => Promise<T>): Promise<[T, number]> {
  reads.articles = 0;
  counting = true;
  try {
    const r = await f();
    return [r, reads.articles];
  } finally {
    counting = false;
  }
}

describe(`with ${N} articles, only the rows shown are read`, () => {
  it('the first page of the list', async () => {
    const [page, n] = await measured(() => lib.listArticles({ limit: 20 }));
    expect(page.total).toBe(N);
    expect(page.articles).toHaveLength(20);
    expect(n).toBe(20);
  });

  it('a search, rare or common', async () => {
    const [rare, n1] = await measured(() => lib.search('独一无二'));
    expect(rare.map((a) => a.title)).toEqual(['独一无二的标题']);
    expect(n1).toBe(1);
    const [common, n2] = await measured(() => lib.listArticles({ query: '一件事', limit: 5 }));
    expect(common.total).toBe(N / 10 / PROGRAMS.length);
    expect(n2).toBe(5);
  });

  it('filters by outlet, kind and dates together', async () => {
    const [page, n] = await measured(() => lib.listArticles({ outlet: 'news.cn', from: '2024-03-01', to: '2024-06-30', limit: 10 }));
    expect(page.total).toBeGreaterThan(10);
    expect(page.articles.every((a) => a.outlet === 'news.cn' && a.published! >= '2024-03' && a.published! < '2024-07')).toBe(true);
    expect(n).toBe(10);
  });

  it('a program and a figure subject read their own articles only', async () => {
    const [p, n1] = await measured(() => lib.programDetail('“护企安商”机制'));
    expect(p.articles).toHaveLength(N / 10 / PROGRAMS.length);
    expect(n1).toBe(p.articles.length);
    const [s, n2] = await measured(() => lib.figureSeriesFor('重点项目'));
    expect(s.points).toHaveLength(N / 50);
    expect(n2).toBe(N / 50);
  });

  it('the pickers read the indexes, not the records', async () => {
    const [programs, n] = await measured(() => lib.listPrograms());
    expect(programs).toHaveLength(PROGRAMS.length);
    const [outlets, m] = await measured(() => lib.listOutlets());
    expect(outlets.map((o) => o.articles)).toEqual([N / 4, N / 4, N / 4, N / 4]);
    expect(n + m).toBe(0);
  });

  it('the counter sees a full read (so the zeros above mean something)', async () => {
    const [, n] = await measured(() => lib.exportAll());
    expect(n).toBe(N);
  });
});
