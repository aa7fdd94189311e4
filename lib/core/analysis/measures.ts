import { foldToSimplified } from '../text';
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from './tokens';

/**
 * What a figure measures, for the sidebar's key-figures table: the noun phrase it quantifies
 * and the comparison it states (刑事警情 · ↓ · 同比). Heuristic, in this order:
 *
 * 1. list — the figure is the i-th of a 、-list (`下降61.6%、53.1%、31.5%`) and the clause
 *    before the list names as many subjects (`刑事警情、治安警情、交通警情`): the i-th subject.
 * 2. after — a noun follows the figure's unit (`450余名民警`, `1.3萬余家企業`); when a
 *    predicate sits between (`450余名业务熟悉、…强的民警`), the noun after the 的.
 * 3. before — otherwise the noun phrase that ends the clause before the figure, once the verbs
 *    and comparison words in between are peeled off (`满意率达99.9%`, `持证率由83.3%提升至100%`).
 *
 * Rules run on the folded text; every string returned is cut from the original by offset.
 * Tokens are optional: with them, noun phrases follow jieba's word boundaries; without, a
 * character heuristic takes the Han run next to the figure.
 */
export interface Measure {
  subject: (Span & { text: string }) | null;
  comparison: { basis: string | null; direction: 'up' | 'down' | null } | null;
  rule: 'list' | 'after' | 'before' | 'none';
}

const CLAUSE_BREAK = /[，,。；;：:！？!?\n]/;
const LIST_JOIN = '(?:、|和|及|与)';
/** A figure as it appears in a list: digits or Chinese numerals, magnitude, approximation, unit. */
const NUM = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)(?:[万亿]+)?[余多]?(?:%|％|个百分点|倍|[个名家人项件条支台辆次户所座位元吨亩])*';
const NUM_BEFORE = new RegExp(`${NUM}${LIST_JOIN}$`);
const NUM_AFTER = new RegExp(`^${LIST_JOIN}${NUM}`);

const UP = '增长|上升|提高|增加|上涨|提升|回升|攀升|扩大|上调|增至|升至';
const DOWN = '下降|减少|回落|收窄|下跌|降低|下滑|缩小|下调|缩减|降至|减至';
const BASIS = '同比|环比|(?:比|较)(?:[0-9０-９]{4}年|上年|去年|上月|上季度)(?:同期)?';
/** Words between a subject and its figure: verbs of change and amount, comparisons, numbers. */
// One or more fillers up to the end: the leftmost start wins, so `由83.3%提升至` goes whole
// (matching one filler at a time would take 升至 and leave 提).
const FILLER_END = new RegExp(
  `(?:分别|${BASIS}|${UP}|${DOWN}|达到|达|突破|超过|超|为|是|有|约|近|逾|共|累计|合计|总计|共计|了|至|到|由|从|占|` +
    `(?:[0-9０-９.．]+[%％]?(?:[万亿]+)?[余多]?[个名家支项件台辆条座所户位人次元]?))+$`,
);

// b: attributive words that open noun phrases (大型活动, 重点项目).
const NOUN_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'ng', 'vn', 'j', 'an', 'b']);
/** Characters that turn what precedes them into a noun: 持证|率, 查询|总量. */
const NOMINAL_SUFFIX = /^[率量数额值度价费]$/;
const MAX_NP_TOKENS = 4;

// The sidebar asks about every figure of one article in turn: fold that article once.
let lastText: string | null = null;
let lastFolded = '';

function folded(text: string): string {
  if (text !== lastText) lastFolded = foldToSimplified(text);
  // Kept even when equal: the same article arriving again (a reload's record) is a new string, and
  // comparing it by content with the old one at every figure reads the whole text each time (the
  // 1 MB page's 10,000 figures: over a second in the background); once kept, it compares by identity.
  lastText = text;
  return lastFolded;
}

export function whatItMeasures(text: string, figure: Span, tokens?: readonly TaggedToken[]): Measure {
  const f = folded(text);
  const clauseStart = lastBreak(f, figure.start);
  const clauseEnd = nextBreak(f, figure.end);

  // 1. list
  let listStart = figure.start;
  let index = 0;
  for (let m = NUM_BEFORE.exec(f.slice(clauseStart, listStart)); m; m = NUM_BEFORE.exec(f.slice(clauseStart, listStart))) {
    listStart -= m[0].length;
    index++;
  }
  let size = index + 1;
  for (let at = figure.end, m = NUM_AFTER.exec(f.slice(at, clauseEnd)); m; m = NUM_AFTER.exec(f.slice(at, clauseEnd))) {
    at += m[0].length;
    size++;
  }
  const comparison = comparisonIn(f, clauseStart, listStart);
  if (size >= 2) {
    const subjects = listSubjects(f, clauseStart, peel(f, clauseStart, listStart));
    const s = subjects.length === size ? subjects[index]! : subjects.length === 1 ? subjects[0]! : null;
    if (s) return { subject: cut(text, s), comparison, rule: 'list' };
  }

  // 2. after
  const after = tokens ? nounAfterTokens(f, tokens, figure.end, clauseEnd) : nounAfterChars(f, figure.end, clauseEnd);
  if (after) return { subject: cut(text, after), comparison, rule: 'after' };

  // 3. before
  const end = peel(f, clauseStart, listStart);
  const before = tokens ? nounBeforeTokens(f, tokens, clauseStart, end) : nounBeforeChars(f, clauseStart, end);
  if (before) return { subject: cut(text, before), comparison, rule: 'before' };
  return { subject: null, comparison, rule: 'none' };
}

function lastBreak(f: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.test(f[i]!)) return i + 1;
  return 0;
}

function nextBreak(f: string, at: number): number {
  for (let i = at; i < f.length; i++) if (CLAUSE_BREAK.test(f[i]!)) return i;
  return f.length;
}

function cut(text: string, s: Span): Span & { text: string } {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** Where the subject part of a clause ends: fillers (`同比下降`, `由83.3%提升至`) peeled off. */
function peel(f: string, start: number, end: number): number {
  const m = FILLER_END.exec(f.slice(start, end));
  return m ? end - m[0].length : end;
}

/** The comparison stated between the clause start and the figure (or its list). */
function comparisonIn(f: string, start: number, end: number): Measure['comparison'] {
  const window = f.slice(start, end);
  // The last basis before the figure is its own (`能耗比2019年下降23.5%、用水量比2020年下降40.8%`).
  let basis: RegExpExecArray | null = null;
  const basisRe = new RegExp(`(?:${BASIS})`, 'g');
  for (let m = basisRe.exec(window); m; m = basisRe.exec(window)) basis = m;
  let direction: 'up' | 'down' | null = null;
  let last = -1;
  for (const [re, dir] of [[new RegExp(`(?:${UP})`, 'g'), 'up'], [new RegExp(`(?:${DOWN})`, 'g'), 'down']] as const) {
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index > last) {
        last = m.index;
        direction = dir;
      }
    }
  }
  if (!basis && !direction) return null;
  return { basis: basis ? basis[0] : null, direction };
}

/** `刑事警情、治安警情、交通警情` → three spans; a single phrase → one span. */
function listSubjects(f: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  const part = f.slice(start, end);
  const re = new RegExp(LIST_JOIN, 'g');
  for (let m = re.exec(part); ; m = re.exec(part)) {
    const to = m ? start + m.index : end;
    let s = from;
    while (s < to && !/\p{Script=Han}/u.test(f[s]!)) s++;
    if (to > s) out.push({ start: s, end: to });
    if (!m) break;
    from = start + m.index + m[0].length;
  }
  return out;
}

function nounLike(f: string, t: TaggedToken): boolean {
  const w = f.slice(t.start, t.end);
  if (!isHanWord(w)) return false;
  return NOUN_TAGS.has(t.tag) || (t.tag === 'x' && w.length >= 2) || NOMINAL_SUFFIX.test(w);
}

/** Up to MAX_NP_TOKENS noun tokens starting at `at`; if a predicate follows them inside the
 * clause and a 的 comes later, the noun phrase after the 的 (the head of the relative clause). */
function nounAfterTokens(f: string, tokens: readonly TaggedToken[], at: number, clauseEnd: number): Span | null {
  let i = tokenIndexAt(tokens, at);
  if (tokens[i] && tokens[i]!.start < at) i++; // a token straddling the figure's end is the unit
  const run = (k: number): Span | null => {
    let end = -1;
    let j = k;
    for (; j < tokens.length && j < k + 2 && tokens[j]!.end <= clauseEnd && nounLike(f, tokens[j]!); j++) end = tokens[j]!.end;
    return end < 0 ? null : { start: tokens[k]!.start, end };
  };
  const direct = run(i);
  const nextTag = (s: Span | null) => tokens[tokenIndexAt(tokens, s ? s.end : at)];
  const follower = nextTag(direct);
  const predicate = follower !== undefined && /^(?:v|a|ad|d|vd)$/.test(follower.tag);
  if (!direct || predicate) {
    const de = f.indexOf('的', direct ? direct.end : at);
    if (de >= 0 && de < clauseEnd && de - at <= 20) {
      const head = run(tokenIndexAt(tokens, de + 1));
      if (head) return head;
    }
  }
  return direct;
}

/** Without tokens: the Han characters right after a figure that ends with a classifier
 * (`450余名|民警`), up to a particle or 4 characters. After `%` or a noun unit what follows is
 * a verb as often as not (`83.3%提升至`), and characters alone cannot tell. */
function nounAfterChars(f: string, at: number, clauseEnd: number): Span | null {
  if (!/[个名家支项件台辆条座所户位只批场]$/.test(f.slice(0, at))) return null;
  // A long modifier before a 的 (`450余名业务熟悉、群众工作能力强的民警`): the head follows the
  // 的; two characters, since nothing says where a longer head would end.
  const de = f.indexOf('的', at);
  if (de >= 0 && de < clauseEnd && de - at > 4 && de - at <= 20) return hanRun(f, de + 1, clauseEnd, 2);
  return hanRun(f, at, clauseEnd, 4);
}

function hanRun(f: string, at: number, clauseEnd: number, max: number): Span | null {
  let end = at;
  while (end < clauseEnd && end - at < max && /\p{Script=Han}/u.test(f[end]!) && !/[的了在是和与及将把被让使为着过]/.test(f[end]!)) end++;
  return end - at >= 2 ? { start: at, end } : null;
}

/** The noun tokens that end [start, end), read backwards (保安员/持证/率: a verb before a
 * nominal suffix is part of the noun). */
function nounBeforeTokens(f: string, tokens: readonly TaggedToken[], start: number, end: number): Span | null {
  let i = tokenIndexAt(tokens, end) - 1;
  let from = end;
  let n = 0;
  for (; i >= 0 && tokens[i]!.start >= start && n < MAX_NP_TOKENS; i--, n++) {
    const t = tokens[i]!;
    const suffixAhead = from < end && NOMINAL_SUFFIX.test(f.slice(from, from + 1));
    if (!nounLike(f, t) && !(suffixAhead && t.tag === 'v' && isHanWord(t.word))) break;
    from = t.start;
  }
  return from < end ? { start: from, end } : null;
}

/** Without tokens: the Han run ending the clause part, after the last particle, ≤ 6 characters. */
function nounBeforeChars(f: string, start: number, end: number): Span | null {
  let from = end;
  while (from > start && end - from < 6 && /\p{Script=Han}/u.test(f[from - 1]!) && !/[的了在是和与及将把被让使为着过对]/.test(f[from - 1]!)) from--;
  return end - from >= 2 ? { start: from, end } : null;
}
