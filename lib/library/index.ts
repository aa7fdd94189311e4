/**
 * The local library in IndexedDB, in the extension's own origin: record what was read, list,
 * search, the program, person and figure views, export, import, delete, storage used.
 * The pure side (records, keys, search, buckets, the export check) is lib/core/library.
 */
import type {
  ArticleFilter,
  ArticlePage,
  FigureSeries,
  ImportResult,
  LibraryArticle,
  LibraryExport,
  NameCount,
  PersonDetail,
  ProgramDetail,
  StorageUsed,
} from '../core/library';
import { createDb } from './db';
import * as data from './data';
import { HeadsCache, listArticles } from './query';
import * as views from './views';

/** An open library: one IndexedDB database. Every method is asynchronous and transactional. */
export interface Library {
  /** Adds the article, or merges it into the entry with the same key (a revisit). Returns the stored record. */
  recordArticle(a: LibraryArticle): Promise<LibraryArticle>;
  listArticles(filter?: ArticleFilter): Promise<ArticlePage>;
  /** Articles whose title, programs, people or measured subjects contain the query, in either script; newest read first. */
  search(query: string, limit?: number): Promise<LibraryArticle[]>;
  getArticle(id: string): Promise<LibraryArticle | null>;
  programDetail(name: string): Promise<ProgramDetail>;
  personDetail(name: string): Promise<PersonDetail>;
  figureSeriesFor(measures: string): Promise<FigureSeries>;
  /** Pickers: outlets, programs, people and measured subjects with how many articles have each, most first. */
  listOutlets(): Promise<NameCount[]>;
  listPrograms(): Promise<NameCount[]>;
  listPeople(): Promise<NameCount[]>;
  listMeasures(): Promise<NameCount[]>;
  exportAll(now?: number): Promise<LibraryExport>;
  /** Merges a validated export in one transaction: all of it or nothing. */
  importAll(doc: LibraryExport): Promise<ImportResult>;
  deleteArticle(id: string): Promise<boolean>;
  /** Returns how many articles were deleted. */
  deleteOutlet(outlet: string): Promise<number>;
  deleteAll(): Promise<void>;
  storageUsed(): Promise<StorageUsed>;
  /** Whether the article at this URL (any of its equivalent URLs) is in the library. */
  isRecorded(url: string): Promise<boolean>;
  close(): void;
}

/** The database's name unless a test or the bench names another. */
export const LIBRARY_DB = 'kanbao-library';

/**
 * Opens (creating or upgrading) the library. Dexie over plain IndexedDB: the library page, the
 * background and the tests (fake-indexeddb) all reach it through this one door.
 */
export async function openLibrary(name: string = LIBRARY_DB): Promise<Library> {
  const db = createDb(name);
  await db.open();
  const heads = new HeadsCache(db);
  return {
    recordArticle: (a) => data.recordArticle(db, a),
    listArticles: (filter) => listArticles(db, heads, filter),
    search: async (query, limit = 50) => (await listArticles(db, heads, { query, limit })).articles,
    getArticle: (id) => data.getArticle(db, id),
    programDetail: (name) => views.programDetail(db, name),
    personDetail: (name) => views.personDetail(db, name),
    figureSeriesFor: (measures) => views.figureSeriesFor(db, measures),
    listOutlets: () => views.listOutlets(db),
    listPrograms: () => views.listPrograms(db),
    listPeople: () => views.listPeople(db),
    listMeasures: () => views.listMeasures(db),
    exportAll: (now) => data.exportAll(db, now),
    importAll: (doc) => data.importAll(db, doc),
    deleteArticle: (id) => data.deleteArticle(db, id),
    deleteOutlet: (outlet) => data.deleteOutlet(db, outlet),
    deleteAll: () => data.deleteAll(db),
    storageUsed: () => data.storageUsed(db),
    isRecorded: (url) => data.isRecorded(db, url),
    close: () => db.close(),
  };
}
