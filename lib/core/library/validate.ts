import type { FigureKind, ProgramKind } from '../extract';
import type { Script } from '../types';
import { articleKey } from './key';
import { searchText } from './search';
import {
  LIBRARY_SCHEMA,
  type ImportErrorCode,
  type LibraryArticle,
  type LibraryDate,
  type LibraryFigure,
  type LibraryPerson,
  type LibraryProgram,
  type ValidatedExport,
} from './types';

/** Limits of an import: far above what reading leaves, low enough that a hostile file cannot fill the disk or the page. */
export const IMPORT_LIMITS = {
  /** Characters of the whole file when given as text. */
  fileChars: 256 * 1024 * 1024,
  articles: 200_000,
  /** Characters of any one string (a title, a sentence, a URL). */
  stringChars: 10_000,
  /** Entries of any one list in an article (figures, dates, URLs…). */
  listItems: 5_000,
} as const;

// Records keyed by every member of a union: the compiler says when a kind is added and not listed here.
const FIGURE_KINDS: Record<FigureKind, true> = {
  percent: true, percentage_points: true, money: true, count: true, approx_count: true, magnitude: true,
  cn_numeral: true, range: true, fraction: true, multiple: true, duration: true, age: true,
};
const PROGRAM_KINDS: Record<ProgramKind, true> = {
  document: true, quoted_head: true, quoted_practice: true, numbered: true, strategy: true, slogan: true,
};
const DATE_KINDS: Record<LibraryDate['kind'], true> = {
  datetime: true, date: true, month: true, year: true, time: true, range: true, period: true, relative: true,
};
const SCRIPTS: Record<Script, true> = { simplified: true, traditional: true, mixed: true, english: true, unknown: true };

class Refusal extends Error {
  constructor(readonly code: ImportErrorCode, readonly where: string, message: string) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function obj(v: unknown, where: string): Obj {
  if (!isObj(v)) throw new Refusal('shape', where, `${where} is not an object`);
  return v;
}

function str(o: Obj, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new Refusal('shape', `${where}.${k}`, `${where}.${k} is not a string`);
  if (v.length > IMPORT_LIMITS.stringChars) throw new Refusal('too-large', `${where}.${k}`, `${where}.${k} is longer than ${IMPORT_LIMITS.stringChars} characters`);
  return v;
}

function strOrNull(o: Obj, k: string, where: string): string | null {
  return o[k] === null ? null : str(o, k, where);
}

function num(o: Obj, k: string, where: string, min = -Infinity): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) throw new Refusal('shape', `${where}.${k}`, `${where}.${k} is not a number${min > -Infinity ? ` of at least ${min}` : ''}`);
  return v;
}

function oneOf<T extends string>(o: Obj, k: string, where: string, allowed: Record<T, true>): T {
  const v = str(o, k, where);
  if (!has(allowed, v)) throw new Refusal('shape', `${where}.${k}`, `${where}.${k} is not one of ${Object.keys(allowed).join(', ')}`);
  return v as T;
}

function list<T>(o: Obj, k: string, where: string, item: (v: unknown, at: string) => T): T[] {
  const v = o[k];
  if (!Array.isArray(v)) throw new Refusal('shape', `${where}.${k}`, `${where}.${k} is not a list`);
  if (v.length > IMPORT_LIMITS.listItems) throw new Refusal('too-large', `${where}.${k}`, `${where}.${k} has more than ${IMPORT_LIMITS.listItems} entries`);
  return v.map((x, i) => item(x, `${where}.${k}[${i}]`));
}

function textItem(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new Refusal('shape', at, `${at} is not a string`);
  if (v.length > IMPORT_LIMITS.stringChars) throw new Refusal('too-large', at, `${at} is longer than ${IMPORT_LIMITS.stringChars} characters`);
  return v;
}

const strings = (o: Obj, k: string, where: string) => list(o, k, where, textItem);

function figure(v: unknown, at: string): LibraryFigure {
  const o = obj(v, at);
  const value = o.value;
  let parsed: number | [number, number];
  if (typeof value === 'number' && Number.isFinite(value)) parsed = value;
  else if (Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' && Number.isFinite(x))) parsed = [value[0] as number, value[1] as number];
  else throw new Refusal('shape', `${at}.value`, `${at}.value is neither a number nor a [low, high] pair`);
  return {
    text: str(o, 'text', at),
    value: parsed,
    unit: strOrNull(o, 'unit', at),
    kind: oneOf(o, 'kind', at, FIGURE_KINDS),
    measures: strOrNull(o, 'measures', at),
    sentence: str(o, 'sentence', at),
  };
}

function date(v: unknown, at: string): LibraryDate {
  const o = obj(v, at);
  return { text: str(o, 'text', at), kind: oneOf(o, 'kind', at, DATE_KINDS), iso: strOrNull(o, 'iso', at) };
}

function program(v: unknown, at: string): LibraryProgram {
  const o = obj(v, at);
  return { name: str(o, 'name', at), kind: oneOf(o, 'kind', at, PROGRAM_KINDS), mentions: num(o, 'mentions', at, 0), sentences: strings(o, 'sentences', at) };
}

function person(v: unknown, at: string): LibraryPerson {
  const o = obj(v, at);
  return { name: str(o, 'name', at), title: strOrNull(o, 'title', at), titles: strings(o, 'titles', at) };
}

function webAddress(o: Obj, k: string, where: string): string {
  const v = str(o, k, where);
  if (!v.trim()) throw new Refusal('shape', `${where}.${k}`, `${where}.${k} is empty`);
  return v;
}

/**
 * One article of an import, rebuilt field by field (nothing unknown is carried in). Its key and
 * search text are computed again, so a file cannot place an article under another's key or make
 * a search find what the record does not say.
 */
function article(v: unknown, at: string): LibraryArticle {
  const o = obj(v, at);
  const url = webAddress(o, 'url', at);
  const counts = obj(o.counts, `${at}.counts`);
  const published = strOrNull(o, 'published', at);
  if (published !== null && !/^\d{4}(-\d{2}(-\d{2})?)?(T|$)/.test(published)) throw new Refusal('shape', `${at}.published`, `${at}.published is not an ISO date`);
  const firstRead = num(o, 'firstRead', at, 0);
  const lastRead = num(o, 'lastRead', at, 0);
  if (lastRead < firstRead) throw new Refusal('shape', `${at}.lastRead`, `${at}.lastRead is before its firstRead`);
  const a: LibraryArticle = {
    id: '',
    url,
    urls: strings(o, 'urls', at),
    outlet: str(o, 'outlet', at),
    site: str(o, 'site', at),
    title: str(o, 'title', at),
    published,
    script: oneOf(o, 'script', at, SCRIPTS),
    firstRead,
    lastRead,
    reads: num(o, 'reads', at, 1),
    counts: {
      figures: num(counts, 'figures', `${at}.counts`, 0),
      dates: num(counts, 'dates', `${at}.counts`, 0),
      programs: num(counts, 'programs', `${at}.counts`, 0),
      people: num(counts, 'people', `${at}.counts`, 0),
    },
    figures: list(o, 'figures', at, figure),
    dates: list(o, 'dates', at, date),
    programs: list(o, 'programs', at, program),
    people: list(o, 'people', at, person),
    organisations: strings(o, 'organisations', at),
    places: strings(o, 'places', at),
    keywords: strings(o, 'keywords', at),
    summary: strings(o, 'summary', at),
    search: '',
  };
  if (!a.urls.includes(url)) a.urls.push(url);
  a.id = articleKey(url);
  a.search = searchText(a);
  return a;
}

/**
 * Checks an export document (`exportAll`'s shape, docs/library.md) before anything is written:
 * the parsed JSON, or its text. Everything is checked first, so a refused file changes nothing;
 * the message names the first place that is wrong. Articles repeated in the file (same key) are
 * merged by the import, not refused.
 */
export function validateExport(json: unknown): ValidatedExport {
  try {
    let doc = json;
    if (typeof json === 'string') {
      if (json.length > IMPORT_LIMITS.fileChars) throw new Refusal('too-large', '', `the file is larger than ${IMPORT_LIMITS.fileChars / 1024 / 1024} MB of text`);
      try {
        doc = JSON.parse(json) as unknown;
      } catch {
        throw new Refusal('not-json', '', 'the file is not JSON');
      }
    }
    if (!isObj(doc) || doc.format !== 'kanbao-library') throw new Refusal('not-library', '', 'the file is not a Kanbao library export (no "format": "kanbao-library")');
    if (doc.schema !== LIBRARY_SCHEMA) {
      throw new Refusal('schema', 'schema', `the file's schema version is ${JSON.stringify(doc.schema) ?? 'missing'}; this version of Kanbao reads ${LIBRARY_SCHEMA}`);
    }
    const exported = str(doc, 'exported', 'document');
    const raw = doc.articles;
    if (!Array.isArray(raw)) throw new Refusal('shape', 'articles', 'articles is not a list');
    if (raw.length > IMPORT_LIMITS.articles) throw new Refusal('too-large', 'articles', `the file has more than ${IMPORT_LIMITS.articles} articles`);
    const articles = raw.map((v, i) => article(v, `articles[${i}]`));
    return { ok: { format: 'kanbao-library', schema: LIBRARY_SCHEMA, exported, articles } };
  } catch (e) {
    if (e instanceof Refusal) return { error: e.message, code: e.code, ...(e.where ? { where: e.where } : {}) };
    throw e;
  }
}
