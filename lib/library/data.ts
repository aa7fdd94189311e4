import Dexie from 'dexie';
import {
  articleKey,
  LIBRARY_SCHEMA,
  mergeArticle,
  validateExport,
  type ImportResult,
  type LibraryArticle,
  type LibraryExport,
  type StorageUsed,
} from '../core/library';
import { bump, fromRow, putAll, updateHeads, type LibraryDexie } from './db';

/** The stored key of an article by its canonical key, or undefined. */
async function keyOf(db: LibraryDexie, id: string): Promise<number | undefined> {
  return (await db.articles.where('id').equals(id).primaryKeys())[0];
}

/** Adds the article or merges it into its entry (a revisit), in one transaction over both stores. */
export function recordArticle(db: LibraryDexie, a: LibraryArticle): Promise<LibraryArticle> {
  return db.transaction('rw', db.articles, db.heads, db.meta, async () => {
    const key = await keyOf(db, a.id);
    const old = key === undefined ? undefined : await db.articles.get(key);
    const next = old ? mergeArticle(fromRow(old), a) : a;
    await putAll(db, [next], key === undefined ? undefined : [key]);
    return next;
  });
}

/** Everything, oldest first read first (then by key), as the export document. */
export async function exportAll(db: LibraryDexie, now: number = Date.now()): Promise<LibraryExport> {
  const rows = await db.articles.toArray();
  const articles = rows.map(fromRow).sort((a, b) => a.firstRead - b.firstRead || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { format: 'kanbao-library', schema: LIBRARY_SCHEMA, exported: new Date(now).toISOString(), articles };
}

/**
 * Merges an export into the library in one transaction: any failure leaves the library as it
 * was. The document is checked again here (validateExport), so a caller that skipped the check
 * cannot write a bad record. Importing the same document twice changes nothing the second time
 * (mergeArticle is idempotent), and articles repeated inside the document merge with each other.
 */
export async function importAll(db: LibraryDexie, doc: LibraryExport): Promise<ImportResult> {
  const checked = validateExport(doc);
  if ('error' in checked) throw new Error(`library import refused: ${checked.error}`);
  const incoming = new Map<string, LibraryArticle>();
  for (const a of checked.ok.articles) {
    const before = incoming.get(a.id);
    incoming.set(a.id, before ? mergeArticle(before, a) : a);
  }
  return db.transaction('rw', db.articles, db.heads, db.meta, async () => {
    const existing = new Map<string, number>();
    await db.articles.where('id').anyOf([...incoming.keys()]).eachPrimaryKey((key, cursor) => {
      existing.set(String(cursor.key), key);
    });
    const oldKeys = [...existing.values()];
    const oldRows = await db.articles.bulkGet(oldKeys);
    const olds = new Map(oldRows.filter((r) => r !== undefined).map((r) => [r.id, r]));
    const updated: LibraryArticle[] = [];
    const added: LibraryArticle[] = [];
    for (const [id, a] of incoming) {
      const old = olds.get(id);
      if (old) updated.push(mergeArticle(fromRow(old), a));
      else added.push(a);
    }
    if (updated.length) await putAll(db, updated, updated.map((a) => existing.get(a.id)!));
    if (added.length) await putAll(db, added);
    return { added: added.length, merged: updated.length };
  });
}

export function deleteArticle(db: LibraryDexie, id: string): Promise<boolean> {
  return db.transaction('rw', db.articles, db.heads, db.meta, async () => {
    const key = await keyOf(db, id);
    if (key === undefined) return false;
    await db.articles.delete(key);
    await updateHeads(db, [], [key]);
    return true;
  });
}

export function deleteOutlet(db: LibraryDexie, outlet: string): Promise<number> {
  return db.transaction('rw', db.articles, db.heads, db.meta, async () => {
    const keys = await db.articles.where('[outlet+lastRead]').between([outlet, Dexie.minKey], [outlet, Dexie.maxKey]).primaryKeys();
    await db.articles.bulkDelete(keys);
    await updateHeads(db, [], keys);
    return keys.length;
  });
}

export function deleteAll(db: LibraryDexie): Promise<void> {
  return db.transaction('rw', db.articles, db.heads, db.meta, async () => {
    await db.articles.clear();
    await db.heads.clear();
    await bump(db);
  });
}

export async function isRecorded(db: LibraryDexie, url: string): Promise<boolean> {
  return (await keyOf(db, articleKey(url))) !== undefined;
}

export async function getArticle(db: LibraryDexie, id: string): Promise<LibraryArticle | null> {
  const key = await keyOf(db, id);
  const row = key === undefined ? undefined : await db.articles.get(key);
  return row ? fromRow(row) : null;
}

/** What `navigator.storage.estimate` offers, where the context has it. */
interface StorageEstimator {
  estimate(): Promise<{ usage?: number }>;
}

/**
 * The space the library takes. The browser's estimate when it has one (the whole extension
 * origin: the library is nearly all of it); otherwise the records and heads counted as
 * UTF-8 JSON, a lower bound of what a database stores (indexes and pages add to it).
 */
export async function storageUsed(db: LibraryDexie, estimator?: StorageEstimator | null): Promise<StorageUsed> {
  const articles = await db.articles.count();
  const storage = estimator === undefined ? (globalThis as { navigator?: { storage?: StorageEstimator } }).navigator?.storage : estimator;
  if (storage) {
    try {
      const { usage } = await storage.estimate();
      if (typeof usage === 'number') return { bytes: usage, source: 'estimate', articles };
    } catch {
      // Some contexts refuse the estimate; the count below still answers.
    }
  }
  const encoder = new TextEncoder();
  let bytes = 0;
  await db.articles.each((row) => { bytes += encoder.encode(JSON.stringify(row)).length; });
  await db.heads.each((row) => { bytes += encoder.encode(JSON.stringify(row)).length; });
  return { bytes, source: 'rows', articles };
}
