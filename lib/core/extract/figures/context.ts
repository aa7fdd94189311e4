import type { Draft } from './draft';
import { LATIN_UNITS, STOP_PATTERNS, STOP_WORDS } from './lexicon';
import FORMULATIONS from '../../../data/formulations.json';
import { type WordHit, WordScan } from '../../text';

/**
 * Where numerals are NOT figures, computed once per text (on the normalized string):
 * - `blocked`: URLs, e-mail addresses, domains (`163.com`), phone numbers, Latin-digit codes
 *   (`5G`, `C919`, `PM2.5`, `B1-20060139`), and lexicalised words / numbered formulations from
 *   the stop-list (`一系列`, `万家灯火`, `四处`, `两个确立`; patterns §1.14).
 * - quote labels: numerals inside a short quoted name (`“五个担当”`, `“快反135”`,
 *   `“一件事一次办”`) label a programme and are not figures (guidelines §1.2). The caller may keep
 *   a figure that IS the whole quoted text (`“十五条”举措`, the count of measures).
 *
 * For paragraph-sized text the arrays share buffers with the next call: use a context before
 * building another one.
 */
export interface FigureContext {
  /** 1 where a numeral must be ignored. */
  blocked: Uint8Array;
  /** Index into `labels` of the quote label covering a position, or -1. */
  labelAt: Int32Array;
  /** Content bounds (inside the quote marks) of each quote label. */
  labels: { start: number; end: number }[];
}

/**
 * Runs of ASCII "address" characters. Codes, URLs, e-mails and phone numbers live inside one
 * such run, so each run is classified once (linear time, unlike unanchored e-mail regexes
 * that backtrack quadratically on long digit strings).
 */
const ASCII_TOKEN = /[A-Za-z0-9_.+\-@:/%?&=#~]+/g;
// Area code + number, or a mobile number, as a whole dash-separated group.
const PHONE = /(?:^|[^\d.])(?:\+?86-?)?(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?![\d.])/;
/** The shortest phone number PHONE accepts (`010-1234567`, `13812345678`). */
const PHONE_MIN = 11;

/** A number with a Latin unit glued on (`175cm`, `2.5kW`) is a measurement, not a code. */
function isMeasurement(token: string): boolean {
  const m = /^\d+(?:\.\d+)?([A-Za-z]+(?:\/[A-Za-z]+)?)$/.exec(token);
  return m !== null && LATIN_UNITS.has(m[1]!);
}

function isCodeToken(token: string): boolean {
  if (isMeasurement(token)) return false;
  let digit = false;
  let letter = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letter = true; // A-Z, a-z
  }
  if (!digit) return false;
  // Latin letters glued to digits: product codes, model and licence numbers (`5G`, `C919`, `PM2.5`),
  // and URLs and domains (`www.…`, `163.com`), which always have letters.
  if (letter || token.includes('@')) return true;
  return token.length >= PHONE_MIN && PHONE.test(token);
}

/** Opening quote mark → closing mark, as UTF-16 codes. */
const LEFT_QUOTES: ReadonlyMap<number, number> = new Map(
  [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['"', '"']].map(([o, c]) => [o!.charCodeAt(0), c!.charCodeAt(0)]),
);
/** The opening marks, found by one native scan instead of a look at every character. */
const OPENING_QUOTE = /[“‘「『"]/g;
const NEWLINE = 10;

/** A quoted name is short and has no clause punctuation; quoted speech is neither. */
const MAX_LABEL_LENGTH = 25;
const SPEECH_MARK = /[，。！？；：,!?;]|我|您|你|吗|呢/;

// A numeral inside a well-known formulation labels it (`两个确立`, `八项规定`): the programs
// lexicon is the one list of them, shared with the program extractor.
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/;

/**
 * The stop-list is matched as the alternation `patterns|words` would be, scanning left to right:
 * at each position a pattern wins over a word, a longer word over a shorter one, and the search
 * resumes after the match. The patterns are one small regex; the few hundred words go to a
 * `WordScan`, because compiling them into one regex costs more than all the matching on a page.
 * Both are built on first use.
 */
let stopPatterns: RegExp | null = null;
let stopWords: WordScan | null = null;

function markStopList(f: string, blocked: Uint8Array): void {
  stopPatterns ??= new RegExp(STOP_PATTERNS.join('|'), 'g');
  stopWords ??= new WordScan([...STOP_WORDS, ...(FORMULATIONS as string[]).filter((w) => NUMERAL.test(w))]);
  const patterns = stopPatterns;
  const patternFrom = (from: number): WordHit | null => {
    for (patterns.lastIndex = from; ; ) {
      const m = patterns.exec(f);
      if (!m) return null;
      if (m[0].length > 0) return { start: m.index, end: m.index + m[0].length };
      patterns.lastIndex++;
    }
  };
  let pattern = patternFrom(0);
  let word = stopWords.next(f, 0);
  while (pattern || word) {
    const hit = pattern && (!word || pattern.start <= word.start) ? pattern : word!;
    mark(blocked, hit.start, hit.end);
    // A match found earlier stays the next one if it starts at or after the resume point.
    if (pattern && pattern.start < hit.end) pattern = patternFrom(hit.end);
    if (word && word.start < hit.end) word = stopWords.next(f, hit.end);
  }
}

function mark(arr: Uint8Array, start: number, end: number): void {
  arr.fill(1, start, end);
}

/**
 * One context per paragraph, and a page has hundreds: for paragraph-sized text the arrays are
 * views of buffers kept between calls (a fresh ArrayBuffer each time costs more than filling
 * one). A context is therefore only valid until the next call.
 */
const SHARED = 8192;
const blockedBuffer = new Uint8Array(SHARED);
const labelBuffer = new Int32Array(SHARED);

export function buildFigureContext(f: string): FigureContext {
  const shared = f.length <= SHARED;
  const blocked = shared ? blockedBuffer.subarray(0, f.length).fill(0) : new Uint8Array(f.length);
  ASCII_TOKEN.lastIndex = 0;
  for (let m = ASCII_TOKEN.exec(f); m; m = ASCII_TOKEN.exec(f)) {
    if (isCodeToken(m[0])) mark(blocked, m.index, m.index + m[0].length);
  }
  markStopList(f, blocked);

  const labelAt = (shared ? labelBuffer.subarray(0, f.length) : new Int32Array(f.length)).fill(-1);
  const labels: { start: number; end: number }[] = [];
  OPENING_QUOTE.lastIndex = 0;
  for (let m = OPENING_QUOTE.exec(f); m; m = OPENING_QUOTE.exec(f)) {
    const i = m.index;
    const close = LEFT_QUOTES.get(f.charCodeAt(i))!;
    // Pair with the nearest closing mark on the same line, within reach of a label.
    let j = i + 1;
    while (j < f.length && j - i <= MAX_LABEL_LENGTH + 1 && f.charCodeAt(j) !== close && f.charCodeAt(j) !== NEWLINE) j++;
    if (j >= f.length || f.charCodeAt(j) !== close) continue;
    const content = f.slice(i + 1, j);
    if (content.length > 0 && !SPEECH_MARK.test(content)) {
      labels.push({ start: i + 1, end: j });
      labelAt.fill(labels.length - 1, i + 1, j);
    }
    OPENING_QUOTE.lastIndex = j + 1; // the closing mark is not an opening one (matters for ASCII `"`)
  }
  return { blocked, labelAt, labels };
}

/** Left-context vetoes: stop-list and code zones, ordinals (`第三`), rate bases (`每百户`), codes. */
export function eligibleStart(f: string, p: number, ctx: FigureContext): boolean {
  if (ctx.blocked[p]) return false;
  const prev = f[p - 1] ?? '';
  if (prev === '第' || prev === '初' || prev === '每' || prev === '/') return false;
  if (/[A-Za-z_]/.test(prev)) return false;
  if (prev === '.' && /\d/.test(f[p - 2] ?? '')) return false;
  return true;
}

/** Measure words of a numbered document / measure set (`“十五条”举措`, `“新十条”`). */
const ITEM_UNITS = new Set(['条', '项', '款', '招']);

/**
 * A numeral inside a short quoted name is a label (`“五个担当”`, `“新三样”`, `“快反135”`),
 * unless the quote names a numbered measure set by its count: `“十五条”举措` counts 15
 * measures (guidelines §1.2), as do `“新十条”` and `“民营经济二十条”`. The count then ends
 * the quote and its measure word is an item word (条/项/款/招).
 */
export function insideLabelOk(ctx: FigureContext, d: Draft, numStart: number): boolean {
  const idx = ctx.labelAt[numStart] ?? -1;
  if (idx < 0) return true;
  return d.end === ctx.labels[idx]!.end && ITEM_UNITS.has(d.unitText ?? '');
}
