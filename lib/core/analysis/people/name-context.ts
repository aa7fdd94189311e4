/** Small readings of what stands right around a name: jieba's word there, a post right after it, what
 * goes on after it. Apart from names.ts because the finders and the checks of names all use them. */
import { tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { ADDRESS, POST_AFTER_NAME } from './lexicon';
import { isNameShape } from './name-shape';

/** What may follow a name that nothing else marks as a person's: a pause or a quote's end, a year
 * in brackets (姚期智(2010年当选)), 的, a life's span (袁隆平一生…), or a word that opens the rest of
 * its clause (王国栋以…, 冯惠芳成为…, 郭建光同…). */
export const AFTER_BARE_NAME = /^(?:[，,。；;：:！!？?）)”’」』》…—]|[（(][0-9０-９]{4}年|的|等|父子|夫妇|一家|一生|毕生|生前)/;
/** Whether what follows `end` goes on as a person's clause would: a pause, 的, 等, or a verb, an
 * adverb, a preposition, a time word or a pronoun as the next word (默克尔当天抵达, 默克尔此行). */
export function actsAfter(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
  const next = tokens[tokenIndexAt(tokens, end)];
  return AFTER_BARE_NAME.test(folded.slice(end, end + 8)) || /^\s*$/.test(folded.slice(end, end + 1)) ||
    (next !== undefined && next.start === end && (CLAUSE_GOES_ON.test(next.tag) || /^(?:t|r)$/.test(next.tag)));
}

/** Tags of a word that may open the rest of a name's clause: a verb, an adverb, a preposition, a
 * conjunction. A noun after it makes the word a modifier (麻醉学专家, 李宁牌不断…). */
export const CLAUSE_GOES_ON = /^(?:v|vd|vg|d|p|c)$/;

/** Whether a span is part of a longer run of Han text on either side (so not a name on its own). */
export function isSoundNeighbour(folded: string, start: number, end: number): boolean {
  return /\p{Script=Han}/u.test(folded[start - 1] ?? '') && /\p{Script=Han}/u.test(folded[end] ?? '') &&
    !/[、，。]/.test(folded[start - 1]!);
}

/** The text right before a name, where a post would end; a rank in brackets after the post
 * (`主任（副部长级）王均伟`) is left out. */
export function postText(folded: string, start: number): string {
  return folded.slice(Math.max(0, start - 16), start).replace(/[（(][^（）()]{1,8}[)）]$/, '').slice(-8);
}

/** Whether a candidate is one word jieba tagged as a name or did not know (not 北京/ns). */
export function isNameToken(tokens: readonly TaggedToken[], c: Span, tags = /^(?:nr|nrfg|x)$/): boolean {
  const t = tokens[tokenIndexAt(tokens, c.start)];
  return t !== undefined && t.start === c.start && t.end === c.end && tags.test(t.tag);
}

export const boundary = (tokens: readonly TaggedToken[], at: number) => {
  const k = tokenIndexAt(tokens, at);
  return k >= tokens.length || tokens[k]!.start === at;
};

/** What 长 opens as a verb or an adverb rather than ending a post: 长大 closing its clause, 长期, 长达. */
const GROWS_ON = /^(?:大(?:[^\p{Script=Han}]|了|的|$)|期|达)/u;

/** `习近平总书记`, `钟南山院士`: a post right after the name, ending where a word ends. */
export function titleAfterName(text: string, folded: string, tokens: readonly TaggedToken[], end: number): string | null {
  const m = POST_AFTER_NAME.exec(folded.slice(end, end + 5));
  if (!m || ADDRESS.test(m[0]) || !boundary(tokens, end) || !boundary(tokens, end + m[0].length) || nameFollows(tokens, end + m[0].length)) return null;
  // A place's 长 that opens the verb after it is no head of it (初旺村长大。, 在该镇长期…): jieba
  // read 村长 and left 大 on its own.
  if (m[0].endsWith('长') && GROWS_ON.test(folded.slice(end + m[0].length, end + m[0].length + 2))) return null;
  return text.slice(end, end + m[0].length);
}

/** A post right after `end` that introduces a name after it (…总统萨达姆). */
export function introducesOther(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
  const m = POST_AFTER_NAME.exec(folded.slice(end, end + 5));
  return m !== null && nameFollows(tokens, end + m[0].length);
}

/** Whether a word jieba takes for a name starts at `at`: a post between a word and a name belongs
 * to the name after it (伊拉克总统萨达姆: 伊拉克 is the country, not a person). */
export function nameFollows(tokens: readonly TaggedToken[], at: number): boolean {
  const t = tokens[tokenIndexAt(tokens, at)];
  // …or a name jieba does not know and leaves one unknown word (华坚董事长张华荣/x): the shape of a
  // Han name decides.
  return t !== undefined && t.start === at && t.word.length >= 2 && (/^(?:nr|nrfg|nrt)$/.test(t.tag) || (t.tag === 'x' && isNameShape(t.word)));
}
