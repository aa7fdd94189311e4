import Dexie, { type Table } from 'dexie';
import { articleDate, foldQuery, measuresKey, searchTerms, type LibraryArticle } from '../core/library';

/**
 * The database. Two stores share one outbound, auto-incremented key (a small integer, so every
 * index entry stays short whatever the length of the article's URL):
 *
 * - `articles`: the records, as LibraryArticle plus the index fields below (taken off on read).
 *   `&id` finds an article by its canonical key; `lastRead` and `date` order the list;
 *   `[outlet+lastRead]` lists one outlet newest first; the multiEntry indexes `*programKeys`,
 *   `*peopleKeys`, `*measureKeys`, `*programKinds` answer the program, person and figure views
 *   and the kind filter from the index alone.
 * - `terms`: per article, its search text and the character pairs of it (`*t`, see
 *   searchTerms) with its last read time: a search reads this small store, never the records.
 */
export interface ArticleRow extends LibraryArticle {
  /** articleDate: published, else the first read. */
  date: string;
  programKeys: string[];
  peopleKeys: string[];
  measureKeys: string[];
  programKinds: string[];
}

export interface TermsRow {
  /** The record's search text. */
  s: string;
  /** Its index terms. */
  t: string[];
  /** lastRead, so a search orders its hits without reading the records. */
  r: number;
}

export type LibraryDexie = Dexie & {
  articles: Table<ArticleRow, number>;
  terms: Table<TermsRow, number>;
};

export function createDb(name: string): LibraryDexie {
  const db = new Dexie(name) as LibraryDexie;
  db.version(1).stores({
    articles: '++, &id, lastRead, date, [outlet+lastRead], *programKeys, *peopleKeys, *measureKeys, *programKinds',
    terms: ', *t',
  });
  return db;
}

const unique = (xs: Iterable<string | null>) => [...new Set([...xs].filter((x): x is string => !!x))];

export function toRow(a: LibraryArticle): ArticleRow {
  return {
    ...a,
    date: articleDate(a),
    programKeys: unique(a.programs.map((p) => foldQuery(p.name))),
    peopleKeys: unique(a.people.map((p) => foldQuery(p.name))),
    measureKeys: unique(a.figures.map((f) => measuresKey(f.measures))),
    programKinds: unique(a.programs.map((p) => p.kind)),
  };
}

export function toTerms(a: LibraryArticle): TermsRow {
  return { s: a.search, t: searchTerms(a.search), r: a.lastRead };
}

/** The record without the index fields: exactly the LibraryArticle that was stored. */
export function fromRow(row: ArticleRow): LibraryArticle {
  const { date: _d, programKeys: _p, peopleKeys: _n, measureKeys: _m, programKinds: _k, ...a } = row;
  return a;
}
