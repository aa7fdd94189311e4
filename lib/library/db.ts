import Dexie, { type Table } from 'dexie';
import {
  articleDate,
  foldQuery,
  measuresKey,
  searchText,
  type LibraryArticle,
  type LibraryDate,
  type LibraryFigure,
  type LibraryProgram,
} from '../core/library';

/**
 * The database. Articles have an outbound, auto-incremented key (a small integer, so every index
 * entry stays short whatever the length of the article's URL).
 *
 * - `articles`: one compact row per article (below). `&id` finds an article by its canonical
 *   key; `lastRead` and `date` order the unfiltered list; `[outlet+lastRead]` lists one outlet
 *   newest first; the multiEntry indexes `*programKeys`, `*peopleKeys`, `*measureKeys`,
 *   `*programKinds` answer the program, person and figure views, the kind filter and the
 *   pickers from the index alone.
 * - `heads`: what the list's search and filters read, packed: per block of 128 articles (keyed
 *   by key ÷ 128) one row of columns: keys, search texts, last reads, dates, outlets, program
 *   kinds. A search or a filter reads these few rows (about 80 for 10,000 articles, a few
 *   hundred bytes per article) and never the records; the page keeps them in memory while
 *   nothing changes (see `meta`). A block stays under 64 kB, below the size at which Chromium
 *   moves a value out of its database into a file of its own.
 * - `meta`: `version`, raised by every write, so a reader knows when its copy of the heads is old.
 *
 * Why not a multiEntry index of the search text's character pairs: measured in Chromium with
 * 10,000 articles, a query that many articles match (a common program, a surname, one
 * character: some 2,000 hits) took 95–120 ms through such an index, more than reading every
 * article's search text (70–80 ms), because the browser reads an index one entry at a time; a
 * rare query took 4 ms. The packed heads answer both in a few milliseconds once read, and the
 * pair index would have been the largest part of the database.
 */
export type FigureTuple = [text: string, value: LibraryFigure['value'], unit: string | null, kind: LibraryFigure['kind'], measures: string | null, sentence: number];
export type DateTuple = [text: string, kind: LibraryDate['kind'], iso: string | null];
export type ProgramTuple = [name: string, kind: LibraryProgram['kind'], mentions: number, sentences: number[]];

/**
 * An article as stored. A long article's figures and programs share few sentences many times
 * (the seed page: 6,762 characters of sentences, 2,546 of them distinct), so each distinct
 * sentence is stored once and figures and programs point to it; figures, dates and programs are
 * tuples, not objects, so their field names are not stored again in every entry. The search text
 * lives in `heads` and is computed again on read. fromRow gives back the LibraryArticle exactly.
 */
export interface ArticleRow extends Omit<LibraryArticle, 'figures' | 'dates' | 'programs' | 'search'> {
  /** Every sentence a figure, date or program cites, once; the tuples below point into it. */
  sentences: string[];
  figures: FigureTuple[];
  dates: DateTuple[];
  programs: ProgramTuple[];
  /** articleDate: published, else the first read. */
  date: string;
  programKeys: string[];
  peopleKeys: string[];
  measureKeys: string[];
  programKinds: string[];
}

/** What the list's search and filters know of one article. */
export interface Head {
  k: number;
  /** The search text. */
  s: string;
  /** lastRead. */
  r: number;
  /** articleDate. */
  d: string;
  /** outlet. */
  o: string;
  /** The program kinds, each followed by a space. */
  c: string;
}

/** One block of heads, by columns (one array per field: cheaper to store and read than objects). */
export interface HeadBlock {
  k: number[];
  s: string[];
  r: number[];
  d: string[];
  o: string[];
  c: string[];
}

export const BLOCK = 128;

export type LibraryDexie = Dexie & {
  articles: Table<ArticleRow, number>;
  heads: Table<HeadBlock, number>;
  meta: Table<number, string>;
};

export function createDb(name: string): LibraryDexie {
  const db = new Dexie(name) as LibraryDexie;
  db.version(1).stores({
    articles: '++, &id, lastRead, date, [outlet+lastRead], *programKeys, *peopleKeys, *measureKeys, *programKinds',
    heads: '',
    meta: '',
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

/** The head of a record, from its own fields (whatever its `search` says, so the two never disagree). */
export function toHead(a: LibraryArticle, k: number): Head {
  return { k, s: searchText(a), r: a.lastRead, d: articleDate(a), o: a.outlet, c: unique(a.programs.map((p) => p.kind)).map((x) => `${x} `).join('') };
}

/** Raises the version every reader of the heads compares with (inside the caller's transaction). */
export async function bump(db: LibraryDexie): Promise<void> {
  await db.meta.put(((await db.meta.get('version')) ?? 0) + 1, 'version');
}

/**
 * Writes heads (put) and removes keys (drop) in their blocks, inside the caller's transaction:
 * each block touched is read once and written once.
 */
export async function updateHeads(db: LibraryDexie, put: readonly Head[], drop: readonly number[] = []): Promise<void> {
  const byBlock = new Map<number, { put: Head[]; drop: Set<number> }>();
  const block = (k: number) => {
    const b = Math.floor(k / BLOCK);
    let e = byBlock.get(b);
    if (!e) byBlock.set(b, (e = { put: [], drop: new Set() }));
    return e;
  };
  for (const h of put) block(h.k).put.push(h);
  for (const k of drop) block(k).drop.add(k);
  const ids = [...byBlock.keys()];
  const old = await db.heads.bulkGet(ids);
  const next = ids.map((id, i) => {
    const change = byBlock.get(id)!;
    const rows = new Map<number, Head>();
    const o = old[i];
    if (o) for (let j = 0; j < o.k.length; j++) rows.set(o.k[j]!, { k: o.k[j]!, s: o.s[j]!, r: o.r[j]!, d: o.d[j]!, o: o.o[j]!, c: o.c[j]! });
    for (const k of change.drop) rows.delete(k);
    for (const h of change.put) rows.set(h.k, h);
    const list = [...rows.values()];
    return { k: list.map((h) => h.k), s: list.map((h) => h.s), r: list.map((h) => h.r), d: list.map((h) => h.d), o: list.map((h) => h.o), c: list.map((h) => h.c) };
  });
  await db.heads.bulkPut(next, ids);
  await bump(db);
}

/** Stores records (new ones when no keys are given) and their heads, inside the caller's transaction. */
export async function putAll(db: LibraryDexie, articles: readonly LibraryArticle[], keys?: number[]): Promise<number[]> {
  const rows = articles.map(toRow);
  const stored: number[] = keys
    ? await db.articles.bulkPut(rows, keys, { allKeys: true })
    : await db.articles.bulkAdd(rows, { allKeys: true });
  await updateHeads(db, articles.map((a, i) => toHead(a, stored[i]!)));
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
