import Dexie from 'dexie';
import { foldQuery, type ArticleFilter, type ArticlePage } from '../core/library';
import { fromRow, type HeadBlock, type LibraryDexie } from './db';

const DEFAULT_LIMIT = 50;

/**
 * The heads (search text, last read, date, outlet, program kinds of every article) kept in
 * memory while the database's version stays the same: one small read per search to compare the
 * version, and the packed blocks read again only after a write (in this page or another).
 */
export class HeadsCache {
  private version = -1;
  private blocks: HeadBlock[] = [];

  constructor(private readonly db: LibraryDexie) {}

  private pending: Promise<readonly HeadBlock[]> | null = null;

  /** Starts reading the heads if no read is under way; a failure is left to the next get(). */
  prefetch(): void {
    this.pending ??= this.read();
    this.pending.catch(() => undefined);
  }

  /** The blocks as stored, by columns: a search walks them without making an object per article. */
  async get(): Promise<readonly HeadBlock[]> {
    if (this.pending) {
      try {
        await this.pending;
      } catch {
        // Read again below.
      }
    }
    return (this.pending = this.read());
  }

  private async read(): Promise<readonly HeadBlock[]> {
    const db = this.db;
    const version = (await db.meta.get('version')) ?? 0;
    if (version !== this.version) {
      // Blocks and version in one transaction, so the copy matches the version it is kept under.
      await db.transaction('r', db.heads, db.meta, async () => {
        this.blocks = await db.heads.toArray();
        this.version = (await db.meta.get('version')) ?? 0;
      });
    }
    return this.blocks;
  }
}

/** The upper bound of a date filter takes in the whole of its day or month. */
const upTo = (to: string) => `${to}\uffff`;

/**
 * The article list, newest first. No filter: the sort index read backwards for one page. An
 * outlet alone: the `[outlet+lastRead]` index the same way. Any other filter or a search: the
 * heads in memory, filtered and ordered there. Either way only the page's records are read.
 */
export async function listArticles(db: LibraryDexie, cache: HeadsCache, filter: ArticleFilter = {}): Promise<ArticlePage> {
  const limit = Math.max(0, filter.limit ?? DEFAULT_LIMIT);
  const offset = Math.max(0, filter.offset ?? 0);
  const byPublished = filter.sort === 'published';
  const folded = foldQuery(filter.query ?? '');
  const { outlet, programKind, from, to } = filter;

  if (!outlet && !programKind && !from && !to && !folded) {
    const [total, rows] = await Promise.all([
      db.articles.count(),
      db.articles.orderBy(byPublished ? 'date' : 'lastRead').reverse().offset(offset).limit(limit).toArray(),
    ]);
    // Whoever lists is about to search: read the heads now, after the page, not on the first key
    // typed. (The background records and never lists, so it never holds them.)
    cache.prefetch();
    return { articles: rows.map(fromRow), total };
  }
  if (outlet && !programKind && !from && !to && !folded && !byPublished) {
    const range = db.articles.where('[outlet+lastRead]').between([outlet, Dexie.minKey], [outlet, Dexie.maxKey]);
    const [total, rows] = await Promise.all([range.count(), range.reverse().offset(offset).limit(limit).toArray()]);
    return { articles: rows.map(fromRow), total };
  }

  const kind = programKind ? `${programKind} ` : null;
  const until = to ? upTo(to) : null;
  const parts = folded ? folded.split(' ') : [];
  const hits: { k: number; at: string | number }[] = [];
  for (const b of await cache.get()) {
    for (let i = 0; i < b.k.length; i++) {
      if (outlet && b.o[i] !== outlet) continue;
      if (kind && !b.c[i]!.includes(kind)) continue;
      const d = b.d[i]!;
      if ((from && d < from) || (until && d > until)) continue;
      const s = b.s[i]!;
      if (!parts.every((p) => s.includes(p))) continue; // matchQuery's rule, without a call per article
      hits.push({ k: b.k[i]!, at: byPublished ? d : b.r[i]! });
    }
  }
  // Newest first; equal times as the indexes order them reversed (the later stored first).
  hits.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : y.k - x.k));
  const rows = await db.articles.bulkGet(hits.slice(offset, offset + limit).map((h) => h.k));
  return { articles: rows.filter((r) => r !== undefined).map(fromRow), total: hits.length };
}
