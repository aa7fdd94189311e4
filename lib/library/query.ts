import Dexie from 'dexie';
import { foldQuery, matchQuery, queryTerms, type ArticleFilter, type ArticlePage } from '../core/library';
import { fromRow, type LibraryDexie } from './db';

const DEFAULT_LIMIT = 50;
/**
 * Up to this many candidates, a filtered list is ordered from their `heads` rows (a few hundred
 * bytes each, one request per row); above it, from the sort index's keys, read forwards in one
 * request (10,000 keys cost about what 300 rows do in Chromium).
 */
const FEW = 300;

const intersect = (a: Set<number> | null, b: Iterable<number>): Set<number> => {
  if (!a) return new Set(b);
  const out = new Set<number>();
  for (const k of b) if (a.has(k)) out.add(k);
  return out;
};

/**
 * The keys of the articles whose search text has every character pair of the folded query
 * (for a part of one character: a term that starts with it), from the `terms` index alone.
 * `exact` is false when a part has three or more characters: two of its pairs may then stand
 * apart in the text, so the candidates' search texts must still be read. null for no query.
 */
async function searchKeys(db: LibraryDexie, folded: string): Promise<{ keys: Set<number>; exact: boolean } | null> {
  if (!folded) return null;
  const { pairs, singles } = queryTerms(folded);
  let keys: Set<number> | null = null;
  for (const pair of pairs) {
    keys = intersect(keys, await db.terms.where('t').equals(pair).primaryKeys());
    if (keys.size === 0) break;
  }
  for (const ch of singles) {
    if (keys?.size === 0) break;
    keys = intersect(keys, await db.terms.where('t').startsWith(ch).primaryKeys());
  }
  return { keys: keys ?? new Set(), exact: folded.split(' ').every((part) => Array.from(part).length <= 2) };
}

/** The upper bound of a date filter takes in the whole of its day or month. */
const upTo = (to: string) => `${to}\uffff`;

const outletRange = (db: LibraryDexie, outlet: string) =>
  db.articles.where('[outlet+lastRead]').between([outlet, Dexie.minKey], [outlet, Dexie.maxKey]);

/**
 * The article list, newest first. No filter: the sort index read backwards for one page. An
 * outlet alone: the `[outlet+lastRead]` index the same way. Otherwise each filter's keys from its
 * own index (search terms, outlet, program kind, date range), their intersection, then the order:
 * from the candidates' `heads` rows when they are few (or their search texts must be read
 * anyway), else from the sort index's keys. Only the page's records are ever read.
 */
export async function listArticles(db: LibraryDexie, filter: ArticleFilter = {}): Promise<ArticlePage> {
  const limit = Math.max(0, filter.limit ?? DEFAULT_LIMIT);
  const offset = Math.max(0, filter.offset ?? 0);
  const byPublished = filter.sort === 'published';
  const sortIndex = byPublished ? 'date' : 'lastRead';
  const folded = foldQuery(filter.query ?? '');
  const dated = !!(filter.from || filter.to);

  if (!filter.outlet && !filter.programKind && !dated && !folded) {
    const [total, rows] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy(sortIndex).reverse().offset(offset).limit(limit).toArray(),
    ]);
    return { articles: rows.map(fromRow), total };
  }
  if (filter.outlet && !filter.programKind && !dated && !folded && !byPublished) {
    const range = outletRange(db, filter.outlet);
    const [total, rows] = await Promise.all([range.count(), range.reverse().offset(offset).limit(limit).toArray()]);
    return { articles: rows.map(fromRow), total };
  }

  const search = await searchKeys(db, folded);
  let keys: Set<number> | null = search?.keys ?? null;
  if (keys?.size !== 0 && filter.outlet) keys = intersect(keys, await outletRange(db, filter.outlet).primaryKeys());
  if (keys?.size !== 0 && filter.programKind) keys = intersect(keys, await db.articles.where('programKinds').equals(filter.programKind).primaryKeys());
  if (keys?.size !== 0 && dated) {
    keys = intersect(keys, await db.articles.where('date').between(filter.from ?? '', filter.to ? upTo(filter.to) : '\uffff', true, true).primaryKeys());
  }
  const chosen = keys ?? new Set<number>();

  let ordered: number[];
  if (chosen.size <= FEW || (search && !search.exact)) {
    const list = [...chosen];
    const heads = await db.heads.bulkGet(list);
    const found: { k: number; at: string | number }[] = [];
    list.forEach((k, i) => {
      const h = heads[i];
      if (h && (!search || search.exact || matchQuery({ search: h.s }, folded))) found.push({ k, at: byPublished ? h.d : h.r });
    });
    // Newest first; equal times as the index orders them reversed (the later stored first).
    found.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : y.k - x.k));
    ordered = found.map((x) => x.k);
  } else {
    ordered = (await db.articles.orderBy(sortIndex).primaryKeys()).reverse().filter((k) => chosen.has(k));
  }
  const rows = await db.articles.bulkGet(ordered.slice(offset, offset + limit));
  return { articles: rows.filter((r) => r !== undefined).map(fromRow), total: ordered.length };
}
