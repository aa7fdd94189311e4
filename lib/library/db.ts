import Dexie, { type Table } from 'dexie';
import {
  articleDate,
  foldQuery,
  measuresKey,
  searchTerms,
  searchText,
  type LibraryArticle,
  type LibraryDate,
  type LibraryFigure,
  type LibraryProgram,
} from '../core/library';

/**
 * The database. Two stores share one outbound, auto-incremented key (a small integer, so every
 * index entry stays short whatever the length of the article's URL):
 *
 * - `articles`: one compact row per article (below). `&id` finds an article by its canonical
 *   key; `lastRead` and `date` order the list; `[outlet+lastRead]` lists one outlet newest
 *   first; the multiEntry indexes `*programKeys`, `*peopleKeys`, `*measureKeys`,
 *   `*programKinds` answer the program, person and figure views and the kind filter from the
 *   index alone.
 * - `terms`: per article, the character pairs of its search text (`*t`, see searchTerms).
 * - `heads`: per article, its search text, last read time and date: what a search reads to check
 *   its candidates and to order them, a few hundred bytes where the record is kilobytes.
 *
 * Lists are ordered by reading an index's keys forwards in one request and reversing them here:
 * IndexedDB gives a backward list of keys only through a cursor, one event per entry, which
 * for 10,000 articles costs a search some 150 ms in Chromium.
 */
export type FigureTuple = [text: string, value: LibraryFigure['value'], unit: string | null, kind: LibraryFigure['kind'], measures: string | null, sentence: number];
export type DateTuple = [text: string, kind: LibraryDate['kind'], iso: string | null];
export type ProgramTuple = [name: string, kind: LibraryProgram['kind'], mentions: number, sentences: number[]];

/**
 * An article as stored. A long article's figures and programs share few sentences many times
 * (the seed page: 6,762 characters of sentences, 2,546 of them distinct), so each distinct
 * sentence is stored once and figures and programs point to it; figures, dates and programs are
 * tuples, not objects, so their field names are not stored again in every entry. The search text
 * lives in `terms` and is computed again on read. fromRow gives back the LibraryArticle exactly.
 */
export interface ArticleRow {
  id: string;
  url: string;
  urls: string[];
  outlet: string;
  site: string;
  title: string;
  published: string | null;
  script: LibraryArticle['script'];
  firstRead: number;
  lastRead: number;
  reads: number;
  counts: LibraryArticle['counts'];
  sentences: string[];
  figures: FigureTuple[];
  dates: DateTuple[];
  programs: ProgramTuple[];
  people: LibraryArticle['people'];
  organisations: string[];
  places: string[];
  keywords: string[];
  summary: string[];
  /** articleDate: published, else the first read. */
  date: string;
  programKeys: string[];
  peopleKeys: string[];
  measureKeys: string[];
  programKinds: string[];
}

export interface TermsRow {
  /** The index terms of the record's search text. */
  t: string[];
}

export interface HeadRow {
  /** The record's search text. */
  s: string;
  /** lastRead. */
  r: number;
  /** articleDate. */
  d: string;
}

export type LibraryDexie = Dexie & {
  articles: Table<ArticleRow, number>;
  terms: Table<TermsRow, number>;
  heads: Table<HeadRow, number>;
};

export function createDb(name: string): LibraryDexie {
  const db = new Dexie(name) as LibraryDexie;
  db.version(1).stores({
    articles: '++, &id, lastRead, date, [outlet+lastRead], *programKeys, *peopleKeys, *measureKeys, *programKinds',
    terms: ', *t',
    heads: '',
  });
  return db;
}

const unique = (xs: Iterable<string | null>) => [...new Set([...xs].filter((x): x is string => !!x))];

export function toRow(a: LibraryArticle): ArticleRow {
  const sentences: string[] = [];
  const at = new Map<string, number>();
  const ref = (s: string) => {
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = sentences.push(s) - 1));
    return i;
  };
  return {
    id: a.id,
    url: a.url,
    urls: a.urls,
    outlet: a.outlet,
    site: a.site,
    title: a.title,
    published: a.published,
    script: a.script,
    firstRead: a.firstRead,
    lastRead: a.lastRead,
    reads: a.reads,
    counts: a.counts,
    figures: a.figures.map((f): FigureTuple => [f.text, f.value, f.unit, f.kind, f.measures, ref(f.sentence)]),
    dates: a.dates.map((d): DateTuple => [d.text, d.kind, d.iso]),
    programs: a.programs.map((p): ProgramTuple => [p.name, p.kind, p.mentions, p.sentences.map(ref)]),
    sentences,
    people: a.people,
    organisations: a.organisations,
    places: a.places,
    keywords: a.keywords,
    summary: a.summary,
    date: articleDate(a),
    programKeys: unique(a.programs.map((p) => foldQuery(p.name))),
    peopleKeys: unique(a.people.map((p) => foldQuery(p.name))),
    measureKeys: unique(a.figures.map((f) => measuresKey(f.measures))),
    programKinds: unique(a.programs.map((p) => p.kind)),
  };
}

/** The search rows, from the record's own fields (whatever its `search` says, so the two never disagree). */
export function toSearchRows(a: LibraryArticle): [TermsRow, HeadRow] {
  const s = searchText(a);
  return [{ t: searchTerms(s) }, { s, r: a.lastRead, d: articleDate(a) }];
}

/** Stores rows under their keys in the three stores (inside the caller's transaction). */
export async function putAll(db: LibraryDexie, articles: readonly LibraryArticle[], keys?: number[]): Promise<number[]> {
  const rows = articles.map(toRow);
  const stored: number[] = keys
    ? await db.articles.bulkPut(rows, keys, { allKeys: true })
    : await db.articles.bulkAdd(rows, { allKeys: true });
  const search = articles.map(toSearchRows);
  await db.terms.bulkPut(search.map((x) => x[0]), stored);
  await db.heads.bulkPut(search.map((x) => x[1]), stored);
  return stored;
}

/** The record without the storage form: exactly the LibraryArticle that was stored. */
export function fromRow(row: ArticleRow): LibraryArticle {
  const s = row.sentences;
  const a: LibraryArticle = {
    id: row.id,
    url: row.url,
    urls: row.urls,
    outlet: row.outlet,
    site: row.site,
    title: row.title,
    published: row.published,
    script: row.script,
    firstRead: row.firstRead,
    lastRead: row.lastRead,
    reads: row.reads,
    counts: row.counts,
    figures: row.figures.map(([text, value, unit, kind, measures, i]) => ({ text, value, unit, kind, measures, sentence: s[i] ?? '' })),
    dates: row.dates.map(([text, kind, iso]) => ({ text, kind, iso })),
    programs: row.programs.map(([name, kind, mentions, refs]) => ({ name, kind, mentions, sentences: refs.map((i) => s[i] ?? '') })),
    people: row.people,
    organisations: row.organisations,
    places: row.places,
    keywords: row.keywords,
    summary: row.summary,
    search: '',
  };
  a.search = searchText(a);
  return a;
}
