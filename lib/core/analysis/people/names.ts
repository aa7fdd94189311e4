import { foldToSimplified } from '../../text';
import { isHanWord, type Span, type TaggedToken } from '../tokens';
import {
  AFTER_NAME, CAPTION_POSITION, COMPOUND_SURNAMES, CREDIT_LINE, NOT_IN_NAME, NOT_NAME_END, POST_AT_END, POST_NAME_SPEECH,
  SPEECH_AT_START, SURNAMES, partOfName,
} from './lexicon';
import { titleAfterComma, titleBefore } from './posts';
import type { Person } from './types';

// ---- Names -----------------------------------------------------------------------------------

/** Whether a folded string has the shape of a Han personal name. */
export function isNameShape(name: string): boolean {
  if (!isHanWord(name) || NOT_IN_NAME.test(name.slice(1)) || NOT_NAME_END.test(name) || POST_AT_END.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  return name.length >= 2 && name.length <= 3 && SURNAMES.has(name[0]!);
}

interface Candidate extends Span {
  title: string | null;
  evidence: boolean;
  /** An unknown word (jieba's HMM made it up): repetition is evidence. */
  unknown: boolean;
}

export function people(text: string, folded: string, tokens: readonly TaggedToken[], known: readonly string[]): Person[] {
  const candidates = [...tokenCandidates(folded, tokens), ...patternCandidates(folded)];
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = folded.slice(c.start, c.end);
    if (!isNameShape(key) || partOfName(folded, c.end)) continue;
    c.title = titleBefore(text, folded, tokens, c.start) ?? titleAfterComma(text, folded, c.end) ??
      creditRole(text, folded, c);
    c.evidence ||= c.title !== null || hasEvidenceAround(folded, c);
    const list = byName.get(key) ?? [];
    list.push(c);
    byName.set(key, list);
  }

  // Bylines pad short names with spaces (`方  敏`): compare without them.
  const knownKeys = new Map(known.map((k) => k.replace(/\s+/g, '')).filter(Boolean).map((k) => [foldToSimplified(k), k] as const));
  const accepted: string[] = [];
  for (const [key, list] of byName) {
    const distinctStarts = new Set(list.map((c) => c.start)).size;
    const repeatedUnknown = key.length >= 3 && distinctStarts >= 2 && list.some((c) => c.unknown);
    if (list.some((c) => c.evidence) || repeatedUnknown || knownKeys.has(key)) accepted.push(key);
  }
  for (const k of knownKeys.keys()) if (!accepted.includes(k)) accepted.push(k);

  // Longer names first so that 王一鸥 claims its characters before a shorter 王一 could.
  accepted.sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(folded.length);
  const out: Person[] = [];
  for (const key of accepted) {
    const mentions: Span[] = [];
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
      const end = at + key.length;
      if (taken.subarray(at, end).some((x) => x === 1) || partOfName(folded, end)) continue;
      taken.fill(1, at, end);
      mentions.push({ start: at, end });
    }
    const titles: string[] = [];
    const seen = new Set<string>();
    for (const c of (byName.get(key) ?? []).sort((a, b) => a.start - b.start)) {
      if (c.title === null) continue;
      const k = foldToSimplified(c.title);
      if (!seen.has(k)) titles.push(c.title);
      seen.add(k);
    }
    // A candidate whose every occurrence belongs to a longer name (周赛 in 周赛保) is no one.
    if (mentions.length === 0 && !knownKeys.has(key)) continue;
    const first = mentions[0];
    out.push({
      name: first ? text.slice(first.start, first.end) : (knownKeys.get(key) ?? key),
      title: titles[0] ?? null,
      titles,
      mentions,
      count: mentions.length,
      known: knownKeys.has(key),
    });
  }
  // Page order of first mention; people known only from the byline go last.
  return out.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
}

/** Name candidates from jieba's tokens: nr/x words, and a surname tagged nr glued to the next
 * one or two short tokens (彭/nr 铁军/n → 彭铁军). */
function tokenCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, unknown: boolean) =>
    out.push({ start, end, title: null, evidence: false, unknown });
  tokens.forEach((t, i) => {
    if (!isHanWord(t.word)) return;
    const isName = t.tag === 'nr' || t.tag === 'nrfg' || t.tag === 'nrt';
    if ((isName || t.tag === 'x') && t.word.length >= 2 && t.word.length <= 4) add(t.start, t.end, t.tag === 'x');
    if (t.tag === 'x' && t.word.length >= 3 && SPEECH_AT_START.test(folded.slice(t.end - 1, t.end))) {
      add(t.start, t.end - 1, true); // 陈灿说/x: the HMM glued the verb to the name
    }
    const next1 = tokens[i + 1];
    if (isName && t.word.length === 2 && next1 && next1.word.length === 1 && /^(?:n|ng|nr|x)$/.test(next1.tag) &&
      isHanWord(next1.word)) {
      add(t.start, next1.end, false); // 马克/nr 龙/n: a transliterated name cut short
    }
    if (isName && t.word.length === 1) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (!next || !isHanWord(next.word) || next.word.length > 2) return;
      add(t.start, next.end, true);
      if (next.word.length === 1 && after && isHanWord(after.word) && after.word.length === 1) add(t.start, after.end, true);
    }
  });
  return out;
}

/** Names between a post and a speech verb, found on the text itself. */
function patternCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  POST_NAME_SPEECH.lastIndex = 0;
  for (let m = POST_NAME_SPEECH.exec(folded); m; m = POST_NAME_SPEECH.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, title: null, evidence: true, unknown: false });
    POST_NAME_SPEECH.lastIndex = start; // the name may itself end in 长 (张长): rescan from it
  }
  return out;
}

function hasEvidenceAround(folded: string, c: Span): boolean {
  const after = folded.slice(c.end, c.end + 8);
  return SPEECH_AT_START.test(after) || AFTER_NAME.test(after) || CAPTION_POSITION.test(after);
}

/** `總策劃：吳齊強`, `(責編：李淑靜、彭應兵)`: the role label of a credit line, as the title. */
function creditRole(text: string, folded: string, c: Span): string | null {
  const lineStart = folded.lastIndexOf('\n', c.start - 1) + 1;
  if (c.start - lineStart > 60) return null; // credit lines are short; don't rescan paragraphs
  const m = CREDIT_LINE.exec(folded.slice(lineStart, c.start));
  if (!m) return null;
  const at = lineStart + m.index + m[0].indexOf(m[1]!);
  return text.slice(at, at + m[1]!.length);
}

