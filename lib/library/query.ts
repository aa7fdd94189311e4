import Dexie from 'dexie';
import { foldQuery, matchQuery, queryTerms, type ArticleFilter, type ArticlePage } from '../core/library';
import { fromRow, type LibraryDexie } from './db';

const DEFAULT_LIMIT = 50;

const intersect = (a: Set<number> | null, b: Iterable<number>): Set<number> => {
  if (!a) return new Set(b);
  const out = new Set<number>();
  for (const k of b) if (a.has(k)) out.add(k);
  return out;
};

/**
 * The keys of the articles whose search text contains the folded query, read from the `terms`
 * store only: the articles that have every character pair of the query (a single character: a
 * term that starts with it), then, for a part of three or more characters, the search text
 * itself (two pairs present apart are not the part). null for an empty query (no restriction).
 */
export async function searchKeys(db: LibraryDexie, folded: string): Promise<Set<number> | null> {
  if (!folded) return null;
  const { pairs, singles } = queryTerms(folded);
  let keys: Set<number> | null = null;
  for (const pair of pairs) {
    keys = intersect(keys, await db.terms.where('t').equals(pair).primaryKeys());
    if (keys.size === 0) return keys;
  }
  for (const ch of singles) {
    keys = intersect(keys, await db.terms.where('t').startsWith(ch).primaryKeys());
    if (keys.size === 0) return keys;
  }
  if (!keys) return new Set();
  if (folded.split(' ').every((part) => Array.from(part).length <= 2)) return keys;
  const list = [...keys];
  const rows = await db.terms.bulkGet(list);
  return new Set(list.filter((_, i) => rows[i] && matchQuery({ search: rows[i].s }, folded)));
}

/** Newest day first on a key of `date`: the upper bound takes in the whole of its day or month. */
const upTo = (to: string) => `${to}\uffff`;

/**
 * The article list. No filter: the `lastRead` (or `date`) index read backwards, one page of
 * records. A filter: each one's keys from its own index (outlet, kind, date range, search), their
 * intersection, then the sort index's keys in order, then one page of records. The records of
 * the other pages are never read.
 */
export async function listArticles(db: LibraryDexie, filter: ArticleFilter = {}): Promise<ArticlePage> {
  const limit = Math.max(0, filter.limit ?? DEFAULT_LIMIT);
  const offset = Math.max(0, filter.offset ?? 0);
  const sortIndex = filter.sort === 'published' ? 'date' : 'lastRead';
  const folded = foldQuery(filter.query ?? '');
  const filtered = !!(filter.outlet || filter.programKind || filter.from || filter.to || folded);

  if (!filtered) {
    const [total, rows] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy(sortIndex).reverse().offset(offset).limit(limit).toArray(),
    ]);
    return { articles: rows.map(fromRow), total };
  }

  if (filter.outlet && !filter.programKind && !filter.from && !filter.to && !folded && sortIndex === 'lastRead') {
    const range = db.articles.where('[outlet+lastRead]').between([filter.outlet, Dexie.minKey], [filter.outlet, Dexie.maxKey]);
    const [total, rows] = await Promise.all([range.count(), range.reverse().offset(offset).limit(limit).toArray()]);
    return { articles: rows.map(fromRow), total };
  }

  let keys: Set<number> | null = await searchKeys(db, folded);
  if (keys?.size !== 0 && filter.outlet) {
    keys = intersect(keys, await db.articles.where('[outlet+lastRead]').between([filter.outlet, Dexie.minKey], [filter.outlet, Dexie.maxKey]).primaryKeys());
  }
  if (keys?.size !== 0 && filter.programKind) {
    keys = intersect(keys, await db.articles.where('programKinds').equals(filter.programKind).primaryKeys());
  }
  if (keys?.size !== 0 && (filter.from || filter.to)) {
    const range = db.articles.where('date').between(filter.from ?? '', filter.to ? upTo(filter.to) : '\uffff', true, true);
    keys = intersect(keys, await range.primaryKeys());
  }
  const chosen = keys ?? new Set<number>();
  const ordered = (await db.articles.orderBy(sortIndex).reverse().primaryKeys()).filter((k) => chosen.has(k));
  const page = ordered.slice(offset, offset + limit);
  const rows = await db.articles.bulkGet(page);
  return { articles: rows.filter((r) => r !== undefined).map(fromRow), total: ordered.length };
}
