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

/** Opens (creating or upgrading) the library. Implemented in a following commit. */
export function openLibrary(name: string = LIBRARY_DB): Promise<Library> {
  return Promise.reject(new Error(`not yet: ${name}`));
}
