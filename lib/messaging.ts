import {
  type ConvertTarget,
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type KindSwitches,
  type PageInfo,
  type QuoteStyle,
  type Script,
  SCRIPT_TARGETS,
  type ScriptTarget,
} from './core/types';
import type { DateSpan, Extraction, FigureKind, FigureSpan, ProgramKind, ProgramSpan } from './core/extract';
import type { KanbaoDocument } from './core/sidebar';
import type { GlossaryCard } from './core/glossary';

/**
 * The one message protocol between Kanbao's contexts. Messages are plain objects whose `type`
 * starts with `kanbao/`, so tests (and outside tools) can drive the content script with
 * `chrome.tabs.sendMessage` exactly as the popup does. Every receiver validates with
 * `parseMessage` (content script) or `parseBackgroundMessage` (background) and ignores anything
 * else: a message is untrusted input.
 */
// The unions live in core (pure code uses them too); the protocol's users find them here as well.
export { HIGHLIGHT_KINDS, SCRIPT_TARGETS };
export type { ConvertTarget, HighlightKind, KindSwitches, QuoteStyle, ScriptTarget };

/** Sent to a tab's content script (by the popup, the background's commands and menus, tests). */
export type Request =
  | { type: 'kanbao/state' }
  /** Switch highlight kinds on or off; kinds left out keep their state. Replies with the state. */
  | { type: 'kanbao/highlights'; kinds: Partial<KindSwitches> }
  /** Convert the page's script (or restore the original exactly). Replies with the state. */
  | { type: 'kanbao/convert'; to: ScriptTarget }
  /** Open or close the summary sidebar. Replies with the state. */
  | { type: 'kanbao/sidebar'; open: boolean }
  /** Re-read text that appeared since the last conversion. Replies with the state. */
  | { type: 'kanbao/rescan' }
  /**
   * Treat this page as an article even if the detector did not, and annotate it (the popup's
   * "Annotate this page", after loading the annotator through activeTab). Replies with the state.
   */
  | { type: 'kanbao/annotate-page' }
  /** List the figures, dates and programs in a selected text (the context menu). Replies with a SelectionReply. */
  | { type: 'kanbao/annotate-selection'; text: string }
  /**
   * Take everything Kanbao put into the page back out: the original script, no marks, no
   * tooltip, no sidebar. The page is then exactly as it loaded (the `data-kanbao`/`-site` verdict
   * on <html> stays). `kanbao/annotate-page` annotates it again. Replies with the state.
   */
  | { type: 'kanbao/clear' };

/** Sent by a content script to the background, which owns the heavy engines. */
export type BackgroundRequest =
  /** Convert a batch of strings (OpenCC with phrase dictionaries, which stay out of the content script). */
  | { type: 'kanbao/convert-text'; texts: string[]; to: ConvertTarget; quotes?: QuoteStyle; ahead?: boolean }
  /** Segment the article with jieba and return keywords, people and a summary. */
  | { type: 'kanbao/analyze'; text: string; known: string[] }
  /** Show the number of highlights on the toolbar badge of the sender's tab. */
  | { type: 'kanbao/badge'; count: number }
  /** The detector found an article: load the annotator (the larger content script) into this frame. */
  | { type: 'kanbao/inject' }
  /**
   * The page's address alone says it is probably an article of a site switched on: start jieba
   * while the page is still parsing (the detector confirms or not once it is parsed).
   */
  | { type: 'kanbao/warm' }
  /**
   * Find the figures, dates and programs of the article's text (the background's extractor is
   * warm). `useBy` (milliseconds since the epoch, Date.now()'s clock): after it the annotator no
   * longer uses the answer (it extracted on its own), so a background that reaches the request
   * later answers null instead of extracting.
   */
  | { type: 'kanbao/extract'; text: string; published: string | null; useBy?: number }
  | LibraryRequest
  | GlossaryRequest;

/**
 * The library's messages. `record` comes from the annotator once per annotated article; `status`
 * from the popup (an extension page); `open` from the sidebar (a content script) or the popup.
 */
export type LibraryRequest =
  /** Record this article: the background adds jieba's fields, builds the entry and stores it. */
  | { type: 'kanbao/library/record'; doc: RecordDocument }
  /** Is this page in the library, and would it be recorded? Replies with a LibraryStatus. */
  | { type: 'kanbao/library/status'; url: string }
  /** Open (or bring forward) library.html, at a view and a key (a program's or a person's name). */
  | { type: 'kanbao/library/open'; view?: LibraryView; key?: string };

/** What the annotator sends to be recorded: the `--json` document without jieba's fields. */
export type RecordDocument = Omit<KanbaoDocument, 'keywords' | 'people' | 'summary'> & { url: string };

export const LIBRARY_VIEWS = ['articles', 'program', 'person', 'figures', 'data'] as const;
export type LibraryView = (typeof LIBRARY_VIEWS)[number];

export interface LibraryStatus {
  /** The page's article is in the library. */
  recorded: boolean;
  /** Recording is paused everywhere. */
  paused: boolean;
  /** Recording is switched off on this page's site. */
  siteOff: boolean;
}

/** Why a record was not written (`private`: the tab is in a private window). */
export type RecordReply = { recorded: true; id: string } | { recorded: false; reason: 'paused' | 'site-off' | 'private' | 'error' };

export interface StateReply {
  isArticle: boolean;
  site: PageInfo['site'];
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
  editors: string[];
  /** The script the article is written in, as read. */
  script: Script | null;
  /** The detector's verdict, for the popup's details. */
  page: PageInfo;
  /** True once the article's highlights are in the page. */
  annotated: boolean;
  /** Spans found per kind (whether shown or not). */
  counts: Record<HighlightKind, number>;
  /** Which kinds are shown. */
  kinds: KindSwitches;
  /** The page's current script target (`original` until converted). */
  converted: ScriptTarget;
  /** Characters the last Traditional conversion repaired (machine-converted pages), else 0. */
  repaired: number;
  sidebarOpen: boolean;
}

/** What the annotator found in a selection (`kanbao/annotate-selection`). */
export interface SelectionReply {
  counts: Record<HighlightKind, number>;
  /** Each span as written, in text order per kind. */
  items: { kind: HighlightKind; text: string; start: number; end: number }[];
  /** True when a view (the sidebar) took the result and is showing it. */
  shown: boolean;
}

/** Longest selection the annotator accepts (a selection of a whole long page still fits). */
export const MAX_SELECTION = 200_000;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseKinds(x: unknown): Partial<KindSwitches> | null {
  if (!isRecord(x)) return null;
  const out: Partial<KindSwitches> = {};
  for (const [k, v] of Object.entries(x)) {
    if (!(HIGHLIGHT_KINDS as readonly string[]).includes(k) || typeof v !== 'boolean') return null;
    out[k as HighlightKind] = v;
  }
  return out;
}

const isTarget = (x: unknown): x is ScriptTarget => (SCRIPT_TARGETS as readonly unknown[]).includes(x);

/** The reply of a page that is not an article (or before the annotator has loaded). */
export function basicState(page: PageInfo): StateReply {
  return {
    isArticle: page.isArticle, site: page.site, title: null, published: null, source: null, authors: [], editors: [],
    script: null, page, annotated: false, counts: { figure: 0, date: 0, program: 0 },
    kinds: { figure: true, date: true, program: true }, converted: 'original', repaired: 0, sidebarOpen: false,
  };
}

/** A content script's view: returns the message if it is one of ours and well formed, else null. */
export function parseMessage(x: unknown): Request | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !x.type.startsWith('kanbao/')) return null;
  switch (x.type) {
    case 'kanbao/state':
    case 'kanbao/rescan':
    case 'kanbao/annotate-page':
    case 'kanbao/clear':
      return { type: x.type };
    case 'kanbao/annotate-selection':
      return typeof x.text === 'string' && x.text.trim() !== '' && x.text.length <= MAX_SELECTION
        ? { type: 'kanbao/annotate-selection', text: x.text }
        : null;
    case 'kanbao/highlights': {
      const kinds = parseKinds(x.kinds);
      return kinds ? { type: 'kanbao/highlights', kinds } : null;
    }
    case 'kanbao/convert':
      return isTarget(x.to) ? { type: 'kanbao/convert', to: x.to } : null;
    case 'kanbao/sidebar':
      return typeof x.open === 'boolean' ? { type: 'kanbao/sidebar', open: x.open } : null;
    default:
      return null;
  }
}

/**
 * The name of the long-lived Port a content script opens for its conversion batches: a Port's
 * message costs about half a `runtime.sendMessage`, which opens and closes a channel per call.
 * The batches on it are `kanbao/convert-text` with an `id`, answered by `kanbao/converted` with
 * the same `id`. `runtime.sendMessage` stays the fallback (no Port, or one that closed).
 */
export const CONVERT_PORT = 'kanbao/convert-text';

export type ConvertPortRequest = Extract<BackgroundRequest, { type: 'kanbao/convert-text' }> & { id: number };

export type ConvertPortReply =
  | { type: 'kanbao/converted'; id: number; texts: string[]; cjk?: number[]; changed?: number[] }
  | { type: 'kanbao/converted'; id: number; error: true }
  /** A batch sent `ahead` whose converters were not built yet: not converted. */
  | { type: 'kanbao/converted'; id: number; cold: true };

const isBatchId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;

/** The background's view of a batch on the conversion Port (the same checks as the message, and its id). */
export function parseConvertPortRequest(x: unknown): ConvertPortRequest | null {
  if (!isRecord(x) || !isBatchId(x.id)) return null;
  const msg = parseBackgroundMessage(x);
  return msg?.type === 'kanbao/convert-text' ? { ...msg, id: x.id } : null;
}

/** A content script's view of an answer on the conversion Port. */
export function parseConvertPortReply(x: unknown): ConvertPortReply | null {
  if (!isRecord(x) || x.type !== 'kanbao/converted' || !isBatchId(x.id)) return null;
  if (x.error === true) return { type: 'kanbao/converted', id: x.id, error: true };
  if (x.cold === true) return { type: 'kanbao/converted', id: x.id, cold: true };
  const { texts } = x;
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) return null;
  const reply: ConvertPortReply = { type: 'kanbao/converted', id: x.id, texts: texts as string[] };
  const counts = convertCounts(x, texts.length);
  return counts ? { ...reply, ...counts } : reply;
}

const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/**
 * The counts of a conversion's answer (`cjk` and `changed`, one per text), when both are there and
 * well formed; else null (the page then counts on its own).
 */
export function convertCounts(x: Record<string, unknown>, n: number): { cjk: number[]; changed: number[] } | null {
  const { cjk, changed } = x;
  if (!Array.isArray(cjk) || !Array.isArray(changed) || cjk.length !== n || changed.length !== n) return null;
  return cjk.every(isCount) && changed.every(isCount) ? { cjk: cjk as number[], changed: changed as number[] } : null;
}

/** Upper bounds that keep one message from tying up the background: a 1 MB page fits easily. */
export const MAX_TEXTS = 200_000;
export const MAX_CHARS = 8_000_000;

/** The background's view of a content script's message. */
export function parseBackgroundMessage(x: unknown): BackgroundRequest | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !x.type.startsWith('kanbao/')) return null;
  switch (x.type) {
    case 'kanbao/convert-text': {
      const { texts, to, quotes, ahead } = x;
      if (!Array.isArray(texts) || texts.length > MAX_TEXTS || !texts.every((t) => typeof t === 'string')) return null;
      if (texts.reduce((n: number, t: string) => n + t.length, 0) > MAX_CHARS) return null;
      if (!isTarget(to) || to === 'original') return null;
      if (quotes !== undefined && quotes !== null && quotes !== 'corner' && quotes !== 'curly') return null;
      if (ahead !== undefined && typeof ahead !== 'boolean') return null;
      const msg = { type: 'kanbao/convert-text', texts: texts as string[], to, quotes: (quotes ?? null) as QuoteStyle } as const;
      return ahead ? { ...msg, ahead } : msg;
    }
    case 'kanbao/analyze': {
      const { text, known } = x;
      if (typeof text !== 'string' || text.length > MAX_CHARS) return null;
      if (!Array.isArray(known) || known.length > 100 || !known.every((k) => typeof k === 'string' && k.length <= 20)) return null;
      return { type: 'kanbao/analyze', text, known: known as string[] };
    }
    case 'kanbao/inject':
      return { type: 'kanbao/inject' };
    case 'kanbao/warm':
      return { type: 'kanbao/warm' };
    case 'kanbao/extract': {
      const { text, published, useBy } = x;
      if (typeof text !== 'string' || text.length > MAX_CHARS || !isStrOrNull(published, 64)) return null;
      if (useBy === undefined) return { type: 'kanbao/extract', text, published };
      if (typeof useBy !== 'number' || !Number.isFinite(useBy) || useBy <= 0) return null;
      return { type: 'kanbao/extract', text, published, useBy };
    }
    case 'kanbao/badge':
      return typeof x.count === 'number' && Number.isInteger(x.count) && x.count >= 0 && x.count < 1e6
        ? { type: 'kanbao/badge', count: x.count }
        : null;
    case 'kanbao/glossary':
      return parseGlossaryMessage(x);
    default:
      return x.type.startsWith('kanbao/library/') ? parseLibraryMessage(x) : null;
  }
}

// ---- the library's messages ------------------------------------------------------------------------

/** Longest URL the library keeps; longer ones are no article address. */
export const MAX_URL = 4096;
/** Bounds on one recorded article's lists, far above any real article (the seed has ~100 figures). */
export const MAX_RECORD_ITEMS = 20_000;
const MAX_FIELD = 2_000;
const MAX_NAME = 500;

const FIGURE_KINDS = [
  'percent', 'percentage_points', 'money', 'count', 'approx_count', 'magnitude', 'cn_numeral', 'range', 'fraction', 'multiple', 'duration', 'age',
] as const satisfies readonly FigureKind[];
const DATE_KINDS = ['datetime', 'date', 'month', 'year', 'time', 'range', 'period', 'relative'] as const satisfies readonly DateSpan['kind'][];
const PROGRAM_KINDS = ['document', 'quoted_head', 'quoted_practice', 'numbered', 'strategy', 'slogan'] as const satisfies readonly ProgramKind[];
const SCRIPTS = ['simplified', 'traditional', 'mixed', 'english', 'unknown'] as const satisfies readonly Script[];
// Each list names every kind: a kind added to core without being added here fails to compile.
const everyKind = <T>(_: [T] extends [never] ? true : never) => undefined;
everyKind<Exclude<FigureKind, (typeof FIGURE_KINDS)[number]>>(true);
everyKind<Exclude<DateSpan['kind'], (typeof DATE_KINDS)[number]>>(true);
everyKind<Exclude<ProgramKind, (typeof PROGRAM_KINDS)[number]>>(true);
everyKind<Exclude<Script, (typeof SCRIPTS)[number]>>(true);

const isStr = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isStrOrNull = (x: unknown, max: number): x is string | null => x === null || isStr(x, max);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const among = <T extends string>(list: readonly T[], x: unknown): x is T => (list as readonly unknown[]).includes(x);
const strings = (x: unknown, maxItems: number, maxLen: number): string[] | null =>
  Array.isArray(x) && x.length <= maxItems && x.every((v) => isStr(v, maxLen)) ? [...(x as string[])] : null;

/** An http(s) address, as the library keys articles by it. */
export function isWebUrl(x: unknown): x is string {
  if (!isStr(x, MAX_URL)) return false;
  try {
    const u = new URL(x);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads a list of spans into fresh objects; every span's text must be the article's text at its offsets. */
function spans<T>(x: unknown, text: string, read: (o: Record<string, unknown>) => T | null): (T & { text: string; start: number; end: number })[] | null {
  if (!Array.isArray(x) || x.length > MAX_RECORD_ITEMS) return null;
  const out: (T & { text: string; start: number; end: number })[] = [];
  for (const v of x) {
    if (!isRecord(v)) return null;
    const { start, end } = v;
    if (!isInt(start) || !isInt(end) || start < 0 || end < start || end > text.length) return null;
    if (typeof v.text !== 'string' || v.text !== text.slice(start, end)) return null;
    const rest = read(v);
    if (rest === null) return null;
    out.push({ text: v.text, start, end, ...rest });
  }
  return out;
}

function readFigure(f: Record<string, unknown>): Omit<FigureSpan, 'text' | 'start' | 'end'> | null {
  const { kind, value, unit, approx, direction, comparison } = f;
  if (!among(FIGURE_KINDS, kind)) return null;
  const pair = Array.isArray(value) && value.length === 2 && isNum(value[0]) && isNum(value[1]);
  if (!isNum(value) && !pair) return null;
  if (!isStrOrNull(unit, 20) || !(approx === null || among(['about', 'gt', 'lt'] as const, approx))) return null;
  if (direction !== undefined && !among(['up', 'down'] as const, direction)) return null;
  if (comparison !== undefined && !among(['yoy', 'mom'] as const, comparison)) return null;
  return {
    kind, value: pair ? [(value as number[])[0]!, (value as number[])[1]!] : (value as number), unit, approx,
    ...(direction !== undefined ? { direction } : {}), ...(comparison !== undefined ? { comparison } : {}),
  };
}

function readDate(d: Record<string, unknown>): Omit<DateSpan, 'text' | 'start' | 'end'> | null {
  const { kind, iso, lunar } = d;
  if (!among(DATE_KINDS, kind) || !isStrOrNull(iso, 64)) return null;
  if (lunar === undefined) return { kind, iso };
  if (!isRecord(lunar) || !isInt(lunar.month)) return null;
  const { year, month, day, leap } = lunar;
  if ((year !== undefined && !isInt(year)) || (day !== undefined && !isInt(day)) || (leap !== undefined && typeof leap !== 'boolean')) return null;
  return { kind, iso, lunar: { month, ...(year !== undefined ? { year } : {}), ...(day !== undefined ? { day } : {}), ...(leap !== undefined ? { leap } : {}) } };
}

function readProgram(p: Record<string, unknown>): Omit<ProgramSpan, 'text' | 'start' | 'end'> | null {
  return among(PROGRAM_KINDS, p.kind) && isStr(p.name, MAX_NAME) && p.name !== '' ? { kind: p.kind, name: p.name } : null;
}

function readPage(x: unknown): PageInfo | null {
  if (!isRecord(x)) return null;
  const { isArticle, site, peoplesDaily, template, confidence } = x;
  const signals = strings(x.signals, 100, 200);
  if (isArticle !== true || !isStrOrNull(site, 100) || typeof peoplesDaily !== 'boolean' || !isStrOrNull(template, 100)) return null;
  if (!isNum(confidence) || confidence < 0 || confidence > 1 || !signals) return null;
  return { isArticle, site, peoplesDaily, template, confidence, signals };
}

function readArticle(x: unknown): RecordDocument['article'] | null {
  if (!isRecord(x)) return null;
  const { title, kicker, subtitle, published, source, printEdition, script, text } = x;
  if (!isStr(title, MAX_FIELD) || !isStrOrNull(kicker, MAX_FIELD) || !isStrOrNull(subtitle, MAX_FIELD)) return null;
  if (!isStrOrNull(published, 64) || !isStrOrNull(source, MAX_NAME) || !isStrOrNull(printEdition, MAX_NAME)) return null;
  if (!among(SCRIPTS, script) || !isStr(text, MAX_CHARS)) return null;
  const authors = strings(x.authors, 100, 100);
  const editors = strings(x.editors, 100, 100);
  if (!authors || !editors || !Array.isArray(x.paragraphs) || x.paragraphs.length > MAX_RECORD_ITEMS) return null;
  const paragraphs: RecordDocument['article']['paragraphs'] = [];
  for (const p of x.paragraphs as unknown[]) {
    if (!isRecord(p) || !isInt(p.start) || !isInt(p.end) || p.start < 0 || p.end < p.start || p.end > text.length) return null;
    if (typeof p.caption !== 'boolean') return null;
    paragraphs.push({ start: p.start, end: p.end, caption: p.caption });
  }
  return { title, kicker, subtitle, published, source, authors, editors, printEdition, script, text, paragraphs };
}

/** The annotator's document, rebuilt field by field from what arrived; null if any part is malformed. */
export function parseRecordDocument(x: unknown): RecordDocument | null {
  if (!isRecord(x) || !isStr(x.input, MAX_URL) || !isWebUrl(x.url)) return null;
  const page = readPage(x.page);
  const article = readArticle(x.article);
  if (!page || !article) return null;
  const figures = spans(x.figures, article.text, readFigure);
  const dates = spans(x.dates, article.text, readDate);
  const programs = spans(x.programs, article.text, readProgram);
  if (!figures || !dates || !programs) return null;
  return { input: x.input, url: x.url, page, article, figures, dates, programs };
}

/**
 * The background's answer to `kanbao/extract`, rebuilt span by span; null if any span is malformed
 * or its text is not `text` at its offsets (the annotator then extracts on its own).
 */
export function parseExtractionReply(x: unknown, text: string): Extraction | null {
  if (!isRecord(x)) return null;
  const figures = spans(x.figures, text, readFigure);
  const dates = spans(x.dates, text, readDate);
  const programs = spans(x.programs, text, readProgram);
  return figures && dates && programs ? { figures, dates, programs } : null;
}

/** The background's view of a library message (the sender is checked by the caller). */
export function parseLibraryMessage(x: Record<string, unknown>): LibraryRequest | null {
  switch (x.type) {
    case 'kanbao/library/record': {
      const doc = parseRecordDocument(x.doc);
      return doc ? { type: 'kanbao/library/record', doc } : null;
    }
    case 'kanbao/library/status':
      return isWebUrl(x.url) ? { type: 'kanbao/library/status', url: x.url } : null;
    case 'kanbao/library/open': {
      const { view, key } = x;
      if (view !== undefined && !among(LIBRARY_VIEWS, view)) return null;
      if (key !== undefined && (!isStr(key, MAX_NAME) || key.trim() === '')) return null;
      return { type: 'kanbao/library/open', ...(view !== undefined ? { view } : {}), ...(key !== undefined ? { key } : {}) };
    }
    default:
      return null;
  }
}

export const isLibraryRequest = (m: BackgroundRequest): m is LibraryRequest => m.type.startsWith('kanbao/library/');

// ---- the glossary ----------------------------------------------------------------------------------

/**
 * The annotator asks for the cards of the formulations it marked (program names, as the spans
 * carry them), in the script the reader sees: the glossary data stays in the background.
 */
export interface GlossaryRequest {
  type: 'kanbao/glossary';
  names: string[];
  script: ConvertTarget;
}

/** One card per name asked, in the same order; null where the glossary has none. */
export interface GlossaryReply {
  cards: (GlossaryCard | null)[];
  /** When `cards` were converted for a Traditional view: the same cards as the glossary writes them
   * (Simplified), which the JSON export carries so that it equals the command line's document. */
  sources?: (GlossaryCard | null)[];
}

/** Far above the distinct programs of any article (the seed page has about 30). */
export const MAX_GLOSSARY_NAMES = 500;
/** A program's name longer than this is a document title no glossary entry matches. */
export const MAX_GLOSSARY_NAME = 200;

const CONVERT_TARGETS: readonly ConvertTarget[] = ['simplified', 'taiwan', 'hongkong'];

export function parseGlossaryMessage(x: Record<string, unknown>): GlossaryRequest | null {
  const names = strings(x.names, MAX_GLOSSARY_NAMES, MAX_GLOSSARY_NAME);
  if (x.type !== 'kanbao/glossary' || !names || !among(CONVERT_TARGETS, x.script)) return null;
  return { type: 'kanbao/glossary', names, script: x.script };
}

function readCard(x: unknown): GlossaryCard | null {
  if (!isRecord(x) || !isStr(x.name, MAX_GLOSSARY_NAME) || !isInt(x.since)) return null;
  const { gloss, source, note } = x;
  if (!isRecord(gloss) || !isStr(gloss.zh, MAX_FIELD) || !isStr(gloss.en, MAX_FIELD)) return null;
  if (!isRecord(source) || !isStr(source.title, MAX_FIELD) || !isStr(source.date, 64)) return null;
  if (note !== undefined && !isStr(note, MAX_FIELD * 2)) return null;
  if (!Array.isArray(x.items) || x.items.length > 20) return null;
  const items: string[][] = [];
  for (const g of x.items as unknown[]) {
    const group = strings(g, 100, MAX_NAME);
    if (!group) return null;
    items.push(group);
  }
  return {
    name: x.name, items, gloss: { zh: gloss.zh, en: gloss.en }, since: x.since, source: { title: source.title, date: source.date },
    ...(note !== undefined ? { note } : {}),
  };
}

/** The annotator's view of the background's answer: one card or null per name asked, else null. */
export function parseGlossaryReply(x: unknown, asked: number): GlossaryReply | null {
  if (!isRecord(x)) return null;
  const cards = readCards(x.cards, asked);
  if (!cards) return null;
  if (x.sources === undefined) return { cards };
  const sources = readCards(x.sources, asked);
  return sources ? { cards, sources } : null;
}

function readCards(x: unknown, asked: number): (GlossaryCard | null)[] | null {
  if (!Array.isArray(x) || x.length !== asked) return null;
  const cards: (GlossaryCard | null)[] = [];
  for (const c of x as unknown[]) {
    const card = c === null ? null : readCard(c);
    if (c !== null && !card) return null;
    cards.push(card);
  }
  return cards;
}
