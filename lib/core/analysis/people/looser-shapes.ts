/** Looser shapes a name may have when something vouches for it: a post right before it (a name jieba's
 * dictionary knows, or a word its HMM made up) or a credit's label, with the characters a name jieba cut
 * short never ends in. Apart from names.ts because they stand in for the Han name's shape (name-shape.ts)
 * only in those places. */
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { COMPOUND_SURNAMES, NOT_IN_NAME, NOT_NAME_END, POST_AT_END, SPEECH_AT_START, SURNAMES } from './lexicon';
import { GIVEN_NAME_CHARS } from './given-names';
import { titleBefore } from './posts';
import { soundsLikeName } from './transliteration';
import type { Candidate } from './name-candidate';
import { isNameToken, boundary } from './name-context';
import { isNameShape } from './name-shape';

/** A full name jieba's dictionary knows may hold a character that running text uses as a particle
 * (航海家郑和, 张万年): right after a post, or as the last of three characters, the dictionary
 * vouches for it. It still needs evidence of a person like any name. */
export function isDictNameAfterPost(text: string, folded: string, tokens: readonly TaggedToken[], c: Candidate, key: string): boolean {
  if (c.dictName !== true || !isHanWord(key) || key.length < 2 || key.length > 3 || !SURNAMES.has(key[0]!) || key[0] === key[1] ||
    NOT_NAME_END.test(key) || POST_AT_END.test(key)) return false;
  // A three-character name the dictionary knows may end in 年 or 和 (张万年, 李延年) whatever stands around it.
  return (key.length === 3 && !NOT_IN_NAME.test(key[1]!.replace(/[万向其之千]/, '')) && /[年和]/.test(key[2]!)) || titleBefore(text, folded, tokens, c.start) !== null;
}

/** What closes a name's clause or carries it on right after it: a pause, a speech verb, or a
 * verb, an adverb, a preposition, a number or a time word as the next word. */
export function goesOnAfterName(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
  if (/^(?:[，,。；;：:、）)！!？?”]|$)/.test(folded.slice(end, end + 1)) || SPEECH_AT_START.test(folded.slice(end, end + 4))) return true;
  const next = tokens[tokenIndexAt(tokens, end)];
  return next !== undefined && next.start === end && /^(?:v|vd|d|p|m|t)$/.test(next.tag);
}

/**
 * A name right after a post that jieba read as one word it did not know or as a name (县委书记/茆雷磊/x，,
 * 村党支部书记/冉为/x，, 韩国总统/李在明/x 已…), the clause closing or going on after it: the post
 * vouches for a shape plain text would refuse, a given name written with a word's character (为, 于,
 * 年; 在 only in the middle of a name of three) or a surname outside the list (茆, 乌) in a name of three.
 */
export function isUnknownNameAfterPost(text: string, folded: string, tokens: readonly TaggedToken[], c: Candidate, key: string): boolean {
  if (!isHanWord(key) || key.length < 2 || key.length > 3 || key[0] === key[1] || NOT_NAME_END.test(key) || POST_AT_END.test(key)) return false;
  // One word jieba did not know or tags a name; a name of three with a listed surname may be pieces
  // that start and end where words do (马于/x 成/n).
  const aligned = key.length === 3 && SURNAMES.has(key[0]!) && boundary(tokens, c.start) && boundary(tokens, c.end);
  if (!(isNameToken(tokens, c) || aligned) || !goesOnAfterName(folded, tokens, c.end)) return false;
  const given = key.length === 3 ? key[2]! + key[1]!.replace('在', '') : key.slice(1);
  // 年 stays out: a year after a post is a time word (副市长张今年表示), as isNameShape decides.
  // …nor 和 between two names (主任严和孙说), nor a last character of time, place or saying (书记张建时，).
  if (NOT_IN_CREDITED_NAME.test(given) || given.includes('年') || given.includes('和') || NOT_LAST_OF_CUT_NAME.test(key[key.length - 1]!) ||
    (key.length === 3 && key[1] === '在' && !GIVEN_NAME_CHARS.has(key[2]!))) return false;
  // A surname outside the list only before a pause, and never a function word (学生/从大一/x 开始).
  if (!SURNAMES.has(key[0]!) && (key.length !== 3 || soundsLikeName(key) || NOT_IN_NAME.test(key[0]!) || !/^[，,。；;：:、）)]/.test(folded[c.end] ?? ''))) return false;
  return titleBefore(text, folded, tokens, c.start) !== null;
}

/** Characters no credited name holds: particles and pronouns. 于, 为, 和 and 年 may stand in a given
 * name (王为, 周年钧, 刘景和), and the layout of a credit vouches for the name. */
const NOT_IN_CREDITED_NAME = /[的了是在与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将等个我你他她它们说月日摄]/;

/** The last character of an outlet's name in a credit: 社 (news agency), 报, 台 (station), 网, 刊. */
const OUTLET_END = /^\p{Script=Han}{2,}[社报報台臺网網刊]$/u;

/**
 * The shape of a name a byline or a credit line gives a role (`策划：王为`, `监制：周年钧`,
 * `电（记者茆雷磊）`): the layout says a person stands there, so given names may hold characters
 * that are words in running text (为, 于, 年); a surname outside the list (茆, 乌) passes only in a
 * name of three that jieba read as one word of a name or did not know (茆雷磊/x), not in a word it
 * knows (记者/观察).
 */
export function isCreditedShape(tokens: readonly TaggedToken[], c: Span, name: string): boolean {
  // A credit may name the outlet a picture came from (`（图：乌通社）`, `（图：华商报）`): a paper, an
  // agency, a station or a site, by the last character of its name, which no given name ends with.
  if (OUTLET_END.test(name)) return false;
  if (isNameShape(name)) return true;
  if (!isHanWord(name) || NOT_IN_CREDITED_NAME.test(name.slice(1)) || NOT_NAME_END.test(name) || POST_AT_END.test(name) || name[0] === name[1]) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  if (SURNAMES.has(name[0]!)) return name.length >= 2 && name.length <= 3;
  return name.length === 3 && c.end - c.start === 3 && !NOT_IN_NAME.test(name[0]!) && isNameToken(tokens, c);
}

/** What a name's last character, cut off by jieba, never is: a particle, a word of time or place,
 * a verb of saying (县委书记张三时，, 书记王明说，). */
export const NOT_LAST_OF_CUT_NAME = /[的了是在与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将等个我你他她它们说月日摄年时后前里内外间上下来去讲称道问答笑想看]/;
