/** Names accepted with nothing around one mention that marks them: by their shape and by being named
 * again in the text (a long name, a short one, a transliteration). Apart from names.ts as the checks
 * of the whole text that a name with no evidence must pass. */
import { isHanWord, tokenIndexAt, type TaggedToken } from '../tokens';
import { COMPOUND_SURNAMES, POST_AT_END, SURNAMES } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { GIVEN_NAME_CHARS, SURNAME_MOSTLY } from './given-names';
import { soundsLikeName } from './transliteration';
import type { Candidate } from './name-candidate';
import { AFTER_BARE_NAME, actsAfter, CLAUSE_GOES_ON, isNameToken, introducesOther } from './name-context';
import { inEnumeration, LIST_NOT_NAME_END } from './name-lists';
import { isNameShape } from './name-shape';

/** Words after a transliteration that make it a place, a people or a thing, not a person. */
export const NOT_PERSON_AFTER = /^(?:地区|海|国|岛|州|省|市|城|山|河|湖|湾|港|公司|集团|大学|组织|值|函数|算法|主义|人|语|式|族|文|教|派|政府|境内|首都|军队|议会|边境|边界|领土|全境|难民|移民|局势|危机|当局|战争|[东南西北中]部)/;

/** Trades that follow a company's name (帅克制药, 华为技术). */
const COMPANY_TRADE = /^(?:制药|药业|科技|股份|控股|实业|电子|电器|电气|汽车|银行|证券|保险|地产|置业|传媒|食品|物流|航空|能源|软件|技术|通讯|通信|网络)/;

/** Words before a place, not a person (首都吉隆坡, 从石家庄到…). */
const PLACE_BEFORE = /(?:首都|首府|省会|从|到|至|去|往|赴|抵达|位于)$/;
/**
 * A Han name no word around marks as a person's (研究李四光关于…, 一次次潘汉年的密报, 王国栋以７分之差…):
 * jieba tags it a person's name (nr, nrfg) or makes it one unknown word (x), a surname and two characters given names
 * are written with (a class derived from a corpus of names), the clause going on after it with a
 * verb, a preposition, 的 or a pause. Its surname must be one running text seldom uses otherwise
 * (王, 冯, 宋: not 高, 全, 常, so 高水平, 全家福 and 常青树 stay words, named once or twice). A word
 * jieba reads as a place anywhere in the text, or one after a word that leads to a place (首都, 从,
 * 到), is that place; one written all in a transliteration's characters is left to the
 * transliteration rules (索非亚).
 *
 * A given name often pairs a rarer character with a common one (赵天翔, 王心怡, 张铁发): one of the two
 * may be any where jieba made the word up (x), having no word of its dictionary there; a word it knows
 * and tags nr is as often a thing (林荫道). A rarer last character must not be one that ends a word for
 * a quality, a place or a body (敖东队): it heads such words far more often than it ends a name.
 */
export function namedByShape(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
  if (key.length === 2) return namedByShapeShort(folded, tokens, key, list);
  if (key.length !== 3 || !isHanWord(key) || !SURNAMES.has(key[0]!) || COMPOUND_SURNAMES.some((s) => key.startsWith(s)) ||
    !SURNAME_MOSTLY.has(key[0]!) || (!GIVEN_NAME_CHARS.has(key[1]!) && !GIVEN_NAME_CHARS.has(key[2]!)) ||
    (!GIVEN_NAME_CHARS.has(key[2]!) && LIST_NOT_NAME_END.test(key)) || !isNameShape(key) || soundsLikeName(key)) return false;
  if (placeSomewhere(folded, tokens, key)) return false;
  const tags = GIVEN_NAME_CHARS.has(key[1]!) && GIVEN_NAME_CHARS.has(key[2]!) ? undefined : /^x$/;
  return list.some((c) => {
    // A 、 list is for the list rules to decide (鲤鱼、武昌鱼、鲶鱼).
    if (!isNameToken(tokens, c, tags) || inEnumeration(folded, c)) return false;
    const after = folded.slice(c.end, c.end + 8);
    if (NOT_PERSON_AFTER.test(after)) return false;
    const next = tokens[tokenIndexAt(tokens, c.start) + 1];
    // …or a word of time, when the act took place (曹德明近年办起…, 孙立华最初只是…).
    return AFTER_BARE_NAME.test(after) || (next !== undefined && next.start === c.end && (CLAUSE_GOES_ON.test(next.tag) || next.tag === 't'));
  });
}

/** Characters no long name of a person holds: numerals (五星红旗), particles and pronouns. Japanese
 * given names hold numerals (晋三, 太郎 is not one), so only a Han name's first two are checked for them. */
export const NOT_IN_LONG_NAME = /[的了是在和与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将于等个我你他她它们说月日]/;

/** The last character of a Japanese given name (晋三, 太郎, 博文, 佳彦, 由纪夫, 惠子). */
export const JAPANESE_GIVEN_END = /[郎夫雄男彦树三二一介之太吉平弘宏浩信也人治次助藏正明文子美惠代香奈江]$/;

/** A long name's shape: written in a transliteration's characters (伊丽莎白), a Japanese name, its
 * given name ending as they do (安倍晋三, 伊藤博文), or four characters opening with a surname, compound
 * or not (司马相如, 成吉思汗); never a numeral or a particle, a doubled character (马马虎虎), a country or
 * a city, or a post. Phrases jieba's dictionary also tags names (道德修养, 绿水青山, 邓小平理论, seen on
 * the gold and PFR) and a building's or a flag's name (靖国神社, 五星红旗) have none of these shapes. */
export function isLongNameShape(key: string): boolean {
  if (key.length < 4 || key.length > 5 || !isHanWord(key) || NOT_IN_LONG_NAME.test(key) || /[一二三四五六七八九十百千万亿]/.test(key.slice(0, 2)) ||
    FOREIGN_PLACES.has(key) || POST_AT_END.test(key) || key[0] === key[1]) return false;
  return soundsLikeName(key) || JAPANESE_GIVEN_END.test(key) || (key.length === 4 && SURNAMES.has(key[0]!)) || (key.length === 4 && COMPOUND_SURNAMES.some((s) => key.startsWith(s)));
}

/**
 * A name of four characters or more that jieba's dictionary tags a name (安倍晋三/nr, 伊丽莎白/nr,
 * 司马相如/nr, 成吉思汗/nr), named three times or more with nothing else around it: every mention is
 * that whole word, at least two of them close or carry on a clause as a person's name does (a pause,
 * 的, a verb), none stands after a word that leads to a place (在, 从, 到…) or before one that makes it a
 * place, a body or a thing, and it is no place anywhere in the text. Its dictionary also tags idioms
 * as names, but an idiom is seldom one whole word three times in an article, each closing a clause.
 */
export function namedLongAndOften(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
  if (!isLongNameShape(key)) return false;
  const starts = new Set(list.map((c) => c.start));
  if (starts.size < 3) return false;
  const whole = list.filter((c) => c.end - c.start === key.length && isNameToken(tokens, c, /^(?:nr|nrt)$/));
  if (new Set(whole.map((c) => c.start)).size < starts.size) return false;
  if (whole.some((c) => /[在从到至往赴于向]$/.test(folded.slice(Math.max(0, c.start - 1), c.start)) || NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 3)) ||
    COMPANY_TRADE.test(folded.slice(c.end, c.end + 2)) || introducesOther(folded, tokens, c.end))) return false;
  return whole.filter((c) => actsAfter(folded, tokens, c.end)).length >= 2 && !placeSomewhere(folded, tokens, key);
}

/** What follows a person's name only: his writing, his family, his home or his life (鲁迅的《故乡》,
 * 李冰父子, 张謇故居, 王杰生前). */
const PERSONAL_AFTER = /^(?:的《|父子|夫妇|兄弟|姐妹|母子|父女|母女|一家人|故居|生前|的遗体|的遗孀)/;
/** An author's works or a life after a name (鲁迅的小说, 金庸的武侠小说，): only a person's. */
const WORKS_AFTER = /^的(?:(?:小说|诗歌|诗句|散文|杂文|名言|名句|著作|遗作|遗言|生平|事迹|一生|书法|画作)(?!\p{Script=Han}*[局厅部委院所校司])|[^，。\n]{0,6}(?:小说|诗歌|散文)[，。])/u;

/**
 * A two-character Han name no word around marks as a person's: a word of one character for a given
 * name is far more often a plain word (文明, 高峰, 陈述), so besides the shape of a name (a whole word
 * jieba's dictionary tags nr or nrfg, a surname running text seldom uses otherwise, a character given
 * names are written with) it needs a word that only a person's name takes after it.
 */
function namedByShapeShort(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
  if (!isHanWord(key) || !isNameShape(key) || soundsLikeName(key)) return false;
  // A word jieba's dictionary knows as a name, before what only a person has (鲁迅的小说, 金庸的…):
  // any surname will do, the dictionary vouches for the rest.
  const personal = list.some((c) => isNameToken(tokens, c, /^(?:nr|nrfg)$/) && WORKS_AFTER.test(folded.slice(c.end, c.end + 12)));
  if (personal && !placeSomewhere(folded, tokens, key)) return true;
  if (!SURNAME_MOSTLY.has(key[0]!) || !GIVEN_NAME_CHARS.has(key[1]!) || placeSomewhere(folded, tokens, key)) return false;
  return list.some((c) => {
    const k = tokenIndexAt(tokens, c.start);
    const t = tokens[k];
    if (t === undefined || t.start !== c.start || t.end !== c.end) return false;
    if (/^(?:nr|nrfg)$/.test(t.tag) && PERSONAL_AFTER.test(folded.slice(c.end, c.end + 4))) return true;
    // A name jieba's HMM made up (张平/x, 刘旭/x) as the subject of its clause: at the clause's start,
    // a verb, an adverb or a preposition after it. The dictionary's plain words never come out so.
    // …nor does a word its dictionary tags a name (王强/nr 带着…), with the same shape and place.
    // A clause of four characters only is a set phrase of parallel prose (黎民获益，草木沾恩), no one's act.
    const next = tokens[k + 1];
    // A dictionary name only inside running text, after a pause or a quotation mark, not opening
    // the text or a line or standing after a colon, where words said or a heading begin.
    const lead = t.tag === 'x' ? /(?:^|[\n。，,；;：:！!？?”])$/ : /[。，,；;！!？?“”]$/;
    return /^(?:x|nr|nrfg)$/.test(t.tag) && lead.test(folded.slice(Math.max(0, c.start - 1), c.start)) &&
      next !== undefined && next.start === c.end && /^(?:v|vd|d|p)$/.test(next.tag) &&
      !(t.tag !== 'x' && /^\p{Script=Han}{2}[，,。；;！!？?]/u.test(folded.slice(c.end, c.end + 3)));
  });
}

/** Whether a word is written somewhere in the text where only a place or a thing stands: tagged a
 * place by jieba, after a word that leads to a place (首都/吉隆坡/ns … 吉隆坡/nr 到…), or before a word
 * that makes it a place, a people, a body or a thing (万德莱公司 … ，万德莱要想…, 帅克制药). */
export function placeSomewhere(folded: string, tokens: readonly TaggedToken[], key: string): boolean {
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
    const t = tokens[tokenIndexAt(tokens, at)];
    if ((t && t.start === at && /^(?:ns|nz)$/.test(t.tag)) || PLACE_BEFORE.test(folded.slice(Math.max(0, at - 4), at)) ||
      // …a leader's government and a doctrine are still named after him (布莱尔政府, 布莱尔主义).
      (NOT_PERSON_AFTER.test(folded.slice(at + key.length, at + key.length + 3)) && !/^(?:政府|主义|派|式)/.test(folded.slice(at + key.length, at + key.length + 2))) ||
      // …and a company's trade after it makes it the company (帅克制药 … 帅克开发的…).
      COMPANY_TRADE.test(folded.slice(at + key.length, at + key.length + 2))) return true;
  }
  return false;
}

/**
 * A transliterated name no word around marks as a person's (。布莱尔将…, 奥尔布赖特在强调…): a whole
 * word of three characters or more, all sound characters, that jieba tags a person's name (nr,
 * nrt), opening its clause, with a verb, an adverb or a preposition after it (not a noun:
 * 凯恩斯经济学, and not a people, a place or a body: NOT_PERSON_AFTER). A country or a
 * foreign city (foreign-places.ts: 伊拉克/nrt, 莫斯科/nr) and a word jieba reads as a place anywhere
 * in the text are places.
 */
export function namedBySound(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
  if (key.length < 2 || !isHanWord(key) || !soundsLikeName(key) || FOREIGN_PLACES.has(key) || placeSomewhere(folded, tokens, key)) return false;
  return list.some((c) => {
    // Two characters only as a word jieba knows as a transliterated name (拜登/nrt, 普京…).
    if (!c.foreign || c.listItem || !isNameToken(tokens, c, key.length === 2 ? /^nrt$/ : /^(?:nr|nrt)$/) || inEnumeration(folded, c)) return false;
    if (NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 3)) || introducesOther(folded, tokens, c.end)) return false;
    // The subject of its clause: at the clause's start, an adverb, a preposition or a verb after it.
    // Inside a clause such a word is more often a thing or a body (借助皮克斯在…, 一个乌托邦).
    if (!/(?:^|[\n。，,；;：:！!？?“”（(])$/.test(folded.slice(Math.max(0, c.start - 1), c.start))) return false;
    const next = tokens[tokenIndexAt(tokens, c.start) + 1];
    return next !== undefined && next.start === c.end && /^(?:v|vd|d|p)$/.test(next.tag);
  });
}
