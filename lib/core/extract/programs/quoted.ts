import { attachHead, endsWithProgrammeNoun } from './heads';
import { IDIOMS } from './idioms';
import { inLexicon, lexiconKind } from './lexicon';
import { numberedShape } from './numbered';
import { campaignPrefixStart } from './prefix';
import type { Quote } from './quotes';
import { isParallelSlogan } from './slogan';
import { hasSentencePunctuation, isScareQuote, looksLikeSpeech } from './speech';
import { chainStart, triggerBefore } from './triggers';
import type { ProgramHit } from './types';
import { isHan } from '../../text';

/**
 * Decides whether one quote is (part of) a named program:
 * 1. sentence punctuation inside means speech (§3.2);
 * 2. a head noun after it makes it a program (§3.1.2), with a pairing-campaign prefix;
 * 3. a numbered shape or lexicon entry (§3.1.4) is a name even amid speech cues;
 * 4. otherwise it must not be speech or a scare quote (§3.2), and then a parallel slogan
 *    (§3.1.5), a name ending in a programme noun, or a trigger verb before it (§3.1.3) counts.
 * Two-character quotes are emphasis (`“温度”`) unless numbered and supported (`打好发展“六仗”`).
 * A weak trigger (`打造`, `聚焦`…) also takes metaphors, so its quote must be long or be used
 * attributively before a noun (`打造…“夜潇湘”网红打卡地`, not `打造“升级版”。`). A quote that
 * names a problem or effect (`“看病难、看病贵”问题`, `“鲶鱼效应”`) is never a bare program.
 *
 * Nicknames with no cue word right before them count when the sentence shows they are a policy:
 * the quote is followed by a policy event (`“X”出台以来`, `“X”落地见效`), or it has the shape of a
 * policy framework (`“1+N”`, `“1+3+N”`) and a policy verb or noun stands in the same sentence. The
 * official prefix before a name (`新时代“枫桥经验”`) is part of it, headed or not.
 */
const BARE_NOUN_MIN = 4;
// `办` ends a service mode (`“掌上办”`, `“跨省通办”`), but not a question (`“怎么办”`).
const SERVICE_MODE = /(?<![怎咋好难])办$/;
const NOT_A_PROGRAM_AFTER = /^(?:问题|难题|现象|困境|顽疾|短板|痛点|堵点|难点|效应|论调|论|怪圈|陷阱|乱象|顽症|幌子|心态|心理|情绪|标签|帽子|式)/;
const ATTRIBUTIVE_STOP = /[的了和与及等是为在成作也都就还又并而或着过让使把被将向从对到给于於之]/;
const WEAK_TRIGGER_MIN = 6;
/** A policy event told right after the name: it was issued, took effect, was rolled out. */
const POLICY_EVENT_AFTER = /^(?:出台|落地|出炉|印发|颁布|施行|实施|正式实施|全面实施|推行|试行|全面推开|推开|发布实施)/;
/** `1+N`, `1+3+N`, `N+1`, `1+X`: the shape of a framework of one core document and its companions. */
const FRAMEWORK = /^(?:\d{1,2}|[A-Za-z])(?:[+＋](?:\d{1,2}|[A-Za-z]))+$/;
/** Words that make a sentence about a policy: a framework shape needs one of them around it. */
const POLICY_SENTENCE = /落实|出台|实施|推行|印发|制定|构建|建立|健全|形成|政策|体系|文件|方案|措施|举措|机制|制度/;
const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence around a quote, without the quote itself. */
function sentenceAround(t: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 60 && !SENTENCE_END.test(t[a - 1]!)) a--;
  let b = end;
  while (b < t.length && b - end < 60 && !SENTENCE_END.test(t[b]!)) b++;
  return t.slice(a, start) + t.slice(end, b);
}

/** The quote modifies a following noun (`“夜潇湘”网红打卡地`). */
export function attributive(t: string, end: number): boolean {
  const next = t[end] ?? '';
  return isHan(next) && !ATTRIBUTIVE_STOP.test(next);
}

export function classifyQuote(
  t: string,
  q: Quote,
  quotesByEnd: ReadonlyMap<number, Quote>,
): ProgramHit | null {
  const content = t.slice(q.start + 1, q.end - 1).trim();
  if (content.length < 1 || hasSentencePunctuation(content)) return null;
  const head = attachHead(t, q.end, content);
  if (head !== null && content.length >= 2) {
    return { start: campaignPrefixStart(t, q.start), end: head, kind: 'quoted_head' };
  }
  if (content.length < 2 || IDIOMS.has(content)) return null;
  // A bracketed gloss (`‘长护险（…简称——编者注）’`) makes the quote an explanation unless a policy
  // verb governs it (`试点实施‘X（…编者注）’`): then it is the name with its gloss, one span.
  const gloss = /[（(]/.test(content);
  if (gloss) return triggerBefore(t, q.start, quotesByEnd) === 'strong' ? { start: q.start, end: q.end, kind: 'quoted_practice' } : null;
  const span = { start: campaignPrefixStart(t, q.start), end: q.end };
  const shape = numberedShape(content);
  // A known or clearly numbered formulation is a name even where speech cues are around it.
  if (shape === 'strong') return { ...span, kind: 'numbered' };
  if (inLexicon(content)) return { ...span, kind: lexiconKind(content) };
  const trigger = triggerBefore(t, q.start, quotesByEnd);
  // Nobody 开展s a speech: after a strong verb, a pronoun is part of the campaign's name
  // (`开展“我为群众办实事”`).
  if (trigger !== 'strong' && looksLikeSpeech(t, q.start, q.end, content)) return null;
  if (isScareQuote(t, chainStart(t, q.start, quotesByEnd))) return null;
  if (shape === 'weak' && trigger) return { ...span, kind: 'numbered' };
  if (FRAMEWORK.test(content)) {
    return trigger || POLICY_SENTENCE.test(sentenceAround(t, q.start, q.end)) ? { ...span, kind: 'numbered' } : null;
  }
  if (content.length === 2 || NOT_A_PROGRAM_AFTER.test(t.slice(q.end, q.end + 2))) return null;
  if (isParallelSlogan(content)) return { ...span, kind: 'slogan' };
  const nounEnded = content.length >= BARE_NOUN_MIN && endsWithProgrammeNoun(content);
  if (nounEnded || SERVICE_MODE.test(content) || trigger === 'strong') return { ...span, kind: 'quoted_practice' };
  if (POLICY_EVENT_AFTER.test(t.slice(q.end, q.end + 4))) return { ...span, kind: 'quoted_practice' };
  if (trigger === 'weak' && (content.length >= WEAK_TRIGGER_MIN || attributive(t, q.end))) {
    return { ...span, kind: 'quoted_practice' };
  }
  return null;
}
