/** Names in a list joined by 、: its items, their looser shape, and when a list as a whole is one of
 * people. Apart from names.ts because a list is accepted or left out whole, after each name is read. */
import { foldToSimplified } from '../../text';
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { SPEECH, COMPOUND_SURNAMES, NOT_NAME_END, POST, POST_AT_END, SURNAMES } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { HONORIFIC } from './posts';
import type { Candidate } from './name-candidate';
import { isNameToken, boundary, introducesOther } from './name-context';
import { isNameShape } from './name-shape';

/** After a list of names, the verbs and words that say they are people (`马兴瑞、吴政隆参加调研`). */
const LIST_CLOSE = new RegExp(`^(?:出席|参加|陪同|会见|参观|考察|调研|主持|一同|一起|一道|分别|先后|共同|等人|等同志|同志|依次|在座|列席|到会|到场|莅临|看望|慰问|观看|` +
  // 等 closes a list of people before a pause or a word for people, not before a category (等地, 等省).
  `等(?=[，,。；;、]|为|领导|专家|学者|嘉宾|同学|老师|出席|参加|陪同|一同|分别|共同|先后|明星|主播|艺人|演员|歌手|球员|选手|作家|官员|人士|代表|委员|干部|教练|队员|院士|党和|负责)|` +
  `荣获|获得|当选|担任|出任|入选|率领|带领|为代表|[两二三四五六七八九几]+(?:位|名|人)|${SPEECH})`, 'u');
/** Words that make a list's items bodies, places or trades, whatever people they have (`等单位人员`). */
const NOT_PEOPLE_LIST = '单位|部门|机构|企业|公司|国家|地区|城市|省|市|县|国|地|学校|医院|行业|领域|品牌|平台';
/** 等 and a word for people after a list, maybe with who they are first (`等军委领导`, `等职工`,
 * `等世界顶级音乐家`). */
// …maybe counted (`等3名党员`, `等9位专家代表`).
export const PEOPLE_AFTER_LIST = new RegExp(`^等(?:[0-9０-９一二两三四五六七八九十几多]{1,3}(?:名|位))?(?:(?!${NOT_PEOPLE_LIST})\\p{Script=Han}){0,6}?(?:${POST}|领导|人士|同志|党员)`, 'u');
/** Words that announce a list of people, so that the end of the sentence may close it. */
const LIST_ANNOUNCED = /(?:包括|其中有|分别是|分别为|依次是|依次为|名单如下：?|他们是|她们是)$/;
/** A word for people and a colon right before a list (`获奖者：`, `评委：`, `嘉宾：`). */
const ROLE_COLON = new RegExp(`(?:${POST}|嘉宾|名单|人员|成员|获奖者|评委)[:：]\\s*$`, 'u');
/** Words that open a list of people right before its first name (`成员包括张鹏、李琦…`). */
const LIST_OPEN = /(?:包括|有|以|如|像|邀请|请|由|是|为|和|与|同|及|例如|比如|其中|分别是|分别为|依次是|依次为|他们是|她们是)$/;

/**
 * Names joined by 、: when one of them is a person (evidence of its own) or the list ends on a
 * word that only people take (参加调研, 出席, 等), every name-shaped member is a person; a post
 * before the list names each member that has none of its own (`航天员景海鹏、刘洋`).
 */
export function acceptLists(folded: string, tokens: readonly TaggedToken[], kept: Candidate[], accepted: Set<string>, strong: ReadonlySet<string>): void {
  const endingAt = new Map<number, Candidate[]>();
  const startingAt = new Map<number, Candidate[]>();
  for (const c of kept) {
    // A transliteration joins a list only as a word jieba itself tags as a person's name (巴赫/nr,
    // 亨德尔/nrt), so that a list of countries or things written by sound stays out.
    if (c.foreign && !c.evidence && !isNameToken(tokens, c, /^(?:nr|nrt)$/)) continue;
    // …and never as a country, nor as a word a post after it belongs to (、塞尔维亚总统武契奇).
    if (c.foreign && (FOREIGN_PLACES.has(c.key!) || introducesOther(folded, tokens, c.end))) continue;
    endingAt.set(c.end, [...(endingAt.get(c.end) ?? []), c]);
    startingAt.set(c.start, [...(startingAt.get(c.start) ?? []), c]);
  }
  const longest = (list: Candidate[] | undefined, want: (c: Candidate) => boolean) =>
    (list ?? []).filter(want).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
  const visited = new Set<Candidate>();
  // Two names joined by 和/与/及/同: one known person vouches for the other (王明和李华一起).
  for (const t of tokens) {
    if (!/^(?:和|与|及|同|跟)$/.test(t.word)) continue;
    // A transliteration with nothing else for it may be a club or a country (李铁和埃弗顿): not here.
    const plain = (c: Candidate) => !c.listItem && !(c.foreign && !c.evidence);
    const left = longest(endingAt.get(t.start), plain);
    const right = longest(startingAt.get(t.end), (c) => plain(c) && boundary(tokens, c.end));
    // …but two transliterations jieba tags as names, one of them a person by evidence of its own,
    // are two people (拜登/nrt 和 哈里斯/nrt 出席).
    const named = (c: Candidate) => c.foreign === true && isNameToken(tokens, c, /^(?:nr|nrt)$/) && !FOREIGN_PLACES.has(c.key!);
    const leftForeign = longest(endingAt.get(t.start), named);
    const rightForeign = longest(startingAt.get(t.end), named);
    if (leftForeign && rightForeign) {
      if (rightForeign.evidence && strong.has(rightForeign.key!)) accepted.add(leftForeign.key!);
      else if (leftForeign.evidence && strong.has(leftForeign.key!)) accepted.add(rightForeign.key!);
    }
    if (!left || !right) continue;
    if (strong.has(left.key!) && !accepted.has(right.key!) && isNameToken(tokens, right)) accepted.add(right.key!);
    else if (strong.has(right.key!) && !accepted.has(left.key!) && isNameToken(tokens, left)) accepted.add(left.key!);
  }
  // Members of a list of dignitaries carry an honorific before the 、 (薛德升教授、刘敏教授).
  // …or a note in brackets after each (卢煜明(2016年)、施一公(2017年), 何淑云（女）、).
  const honourAfter = (at: number) => (HONOUR_AT_START.exec(folded.slice(at, at + 5)) ?? YEAR_AT_START.exec(folded.slice(at, at + 16)))?.[0].length ?? 0;
  const honourBefore = (at: number) => (HONOUR_AT_END.exec(folded.slice(Math.max(0, at - 5), at)) ?? YEAR_AT_END.exec(folded.slice(Math.max(0, at - 16), at)))?.[0].length ?? 0;
  const endingBefore = (at: number) => longest(endingAt.get(at), () => true) ?? longest(endingAt.get(at - honourBefore(at)), () => true);
  // A member named with his own post right after the 、 (王贻芳、美国加州伯克利大学教授陆锦标): the post
  // is the whole item up to his name, and he vouches for the list like any strong member.
  const titledMember = (from: number) => {
    for (let at = from + 2; at <= from + 24 && at < folded.length; at++) {
      if (!/\p{Script=Han}/u.test(folded[at - 1]!)) return undefined;
      const c = longest(startingAt.get(at), (m) => m.title !== null && strong.has(m.key!) && titleIsBefore(folded, m) &&
        foldToSimplified(m.title).replace(/[\s　]+/g, '') === folded.slice(from, at));
      if (c) return c;
    }
    return undefined;
  };
  for (const t of tokens) {
    if (t.word !== '、') continue;
    let head = endingBefore(t.start);
    if (!head || visited.has(head)) continue;
    // Walk back to the first member, then forward along the chain.
    for (let prev = folded[head.start - 1] === '、' ? endingBefore(head.start - 1) : undefined; prev;
      prev = folded[head.start - 1] === '、' ? endingBefore(head.start - 1) : undefined) head = prev;
    const chain: Candidate[] = [head];
    for (let at = head.end + honourAfter(head.end); folded[at] === '、';) {
      const nextList = startingAt.get(at + 1);
      const next = longest(nextList, (c) => folded[c.end + honourAfter(c.end)] === '、') ?? longest(nextList, (c) => boundary(tokens, c.end)) ??
        titledMember(at + 1);
      if (!next) break;
      chain.push(next);
      at = next.end + honourAfter(next.end);
    }
    for (const c of chain) visited.add(c);
    // A member cut out of a longer item is none: part of a dotted name (伍并亚·温撒, 多吉欧珠), or a
    // last member whose item runs on to the next 、 (沈求 of 沈求我、).
    while (chain.length > 0 && (/·\p{Script=Han}{0,6}$/u.test(folded.slice(Math.max(0, chain[0]!.start - 7), chain[0]!.start)) || folded[chain[0]!.end] === '·')) chain.shift();
    for (let k = chain.length - 1; k >= 0; k--) if (folded[chain[k]!.end] === '·' || folded[chain[k]!.start - 1] === '·') chain.splice(k, 1);
    if (chain.length > 0 && /^\p{Script=Han}{1,2}、/u.test(folded.slice(chain[chain.length - 1]!.end, chain[chain.length - 1]!.end + 3))) chain.pop();
    if (chain.length < 2) continue;
    const tail = chain[chain.length - 1]!;
    // A list announced as a list of people (`其中有…`, `成员包括…`) may end the sentence.
    // …or by a word for people and a colon (`获奖者：`, `评委：`).
    const announced = LIST_ANNOUNCED.test(folded.slice(Math.max(0, head.start - 4), head.start)) ||
      ROLE_COLON.test(folded.slice(Math.max(0, head.start - 12), head.start));
    const tailEnd = tail.end + (YEAR_AT_END_OF_LIST.exec(folded.slice(tail.end, tail.end + 16))?.[0].length ?? 0);
    // …or on one more item that is no Han name (a stage name: 李静、吉杰、大左等明星主播).
    const lastItem = /^、\p{Script=Han}{2,3}(?=等)/u.exec(folded.slice(tailEnd, tailEnd + 5))?.[0].length ?? 0;
    const closes = LIST_CLOSE.test(folded.slice(tailEnd, tailEnd + 3)) || PEOPLE_AFTER_LIST.test(folded.slice(tailEnd, tailEnd + 12)) ||
      (lastItem > 0 && PEOPLE_AFTER_LIST.test(folded.slice(tailEnd + lastItem, tailEnd + lastItem + 12))) ||
      (announced && /^(?:[。；;！!\n]|$)/.test(folded.slice(tailEnd, tailEnd + 1)));
    const opens = /^$|[\s，,。；;：:（(）)“”]$/.test(folded.slice(Math.max(0, head.start - 1), head.start)) || head.title !== null ||
      LIST_OPEN.test(folded.slice(Math.max(0, head.start - 2), head.start));
    // A member known by evidence of its own (not by repetition alone, nor by another list).
    const anyone = chain.some((c) => strong.has(c.key!));
    // A list of places jieba knows as places (江苏、浙江、安徽等) is no list of people.
    const allPlaces = chain.every((c) => {
      const t = tokens[tokenIndexAt(tokens, c.start)];
      return t !== undefined && t.start === c.start && t.end === c.end && t.tag === 'ns';
    });
    // Every member a word jieba itself tags as a person's name, two or three Han characters, is a
    // list of people whatever stands around it (曹禺、金山、张瑞芳都…): jieba's tag is weak evidence
    // for one name, but two or more together in one list agree.
    // …so long as each has a surname and ends in no word for a quality, a trend or a place (幸福感、
    // 安全感, 高端化、智能化, 诸岛 are words jieba also tags so).
    const allNamed = chain.every((c) => !c.foreign && isNameToken(tokens, c, /^nr$/) && isListItemShape(folded.slice(c.start, c.end)) && folded.slice(c.start, c.end).length <= 3 &&
      !LIST_NOT_NAME_END.test(folded.slice(c.start, c.end))) &&
      // …and the list goes on with no common word: one that does (计算机、红外、雷达、卫星、遥测) is of things.
      (folded[head.start - 1] !== '、' || nameLike(tokens[tokenIndexAt(tokens, head.start - 1) - 1])) &&
      (folded[tail.end] !== '、' || nameLike(tokens[tokenIndexAt(tokens, tail.end) + 1]));
    // Names jieba does not know come out as one unknown word (卢煜明/x) or in pieces (张/q 启发/v):
    // a list whose members all have a name's shape, none a word of the dictionary in another class,
    // at least two of them a name jieba tags or an unknown word of a name's shape, is a list of people
    // too (捐赠人为丁健、李彦宏、沈南鹏、张磊) when it has three members or every member is such a word.
    // …or a name of three whose first two characters jieba tags a name, the last split off (李家/nrfg 洋/ag).
    const namePiece = (c: Candidate) => c.end - c.start === 3 && isNameToken(tokens, { start: c.start, end: c.start + 2 }, /^(?:nr|nrfg)$/) &&
      isNameShape(folded.slice(c.start, c.end));
    const wholeName = (c: Candidate) => isNameToken(tokens, c, /^(?:nr|nrfg)$/) || (isNameToken(tokens, c, /^x$/) && isNameShape(folded.slice(c.start, c.end))) || namePiece(c);
    const pieces = (c: Candidate) => tokenIndexAt(tokens, c.end - 1) > tokenIndexAt(tokens, c.start) && tokens[tokenIndexAt(tokens, c.start)]?.start === c.start &&
      boundary(tokens, c.end);
    const named = chain.filter(wholeName).length;
    // Each member fills its item: a name cut short (李品 of 李品三) leaves Han text before the 、.
    const fills = (c: Candidate) => c === tail || folded[c.end + honourAfter(c.end)] === '、';
    const mostlyNamed = named >= 2 && (chain.length >= 3 || named === chain.length) && chain.every((c) => !c.foreign && fills(c) &&
      isListItemShape(folded.slice(c.start, c.end)) && folded.slice(c.start, c.end).length <= 3 && (!LIST_NOT_NAME_END.test(folded.slice(c.start, c.end)) || namePiece(c)) &&
      (wholeName(c) || pieces(c))) &&
      (folded[head.start - 1] !== '、' || nameLike(tokens[tokenIndexAt(tokens, head.start - 1) - 1])) &&
      (folded[tailEnd] !== '、' || lastItem > 0 || nameLike(tokens[tokenIndexAt(tokens, tailEnd) + 1]));
    // The last member may be joined by 和, 与 or 及 (孙立、周敏和吴迪。): a name's shape there, the
    // sentence or the list closing after it.
    const joiner = /^[和与及]/.test(folded[tailEnd] ?? '') ? longest(startingAt.get(tailEnd + 1), (c) => !c.foreign && !c.listItem && isNameShape(c.key!) &&
      (LIST_CLOSE.test(folded.slice(c.end, c.end + 3)) || /^[，,。；;！!\n]/.test(folded[c.end] ?? ''))) : undefined;
    const joinedCloses = joiner !== undefined && (LIST_CLOSE.test(folded.slice(joiner.end, joiner.end + 3)) || announced || LIST_ANNOUNCED.test(folded.slice(Math.max(0, head.start - 6), head.start)));
    if (!(anyone || allNamed || mostlyNamed || (closes && opens && !allPlaces) || (joinedCloses && opens && !allPlaces))) continue;
    if (joiner !== undefined) chain.push(joiner);
    // Each member takes the post of the nearest member before it that has its own before it
    // (`钢琴家刘诗昆、指挥家谭利华、王钧时`: 王钧时 is a conductor), the list's head's at first.
    let lead = head;
    for (const c of chain) {
      accepted.add(c.key!);
      // An honorific after a member (刘敏教授) is no post of its own next to the list's post.
      const ownHonour = c.title !== null && HONORIFIC.test(c.title) && folded.startsWith(c.title, c.end);
      if (c !== head && c.title !== null && !ownHonour && c.start > lead.start && titleIsBefore(folded, c)) lead = c;
      if (c !== lead && (c.title === null || ownHonour) && lead.title !== null && titleIsBefore(folded, lead)) {
        c.title = lead.title;
        c.evidence = true;
      }
    }
  }
}

/** A list's neighbouring item that may be a name jieba did not read as one of its known names (a
 * name, an unknown word, a transliteration, a place word that may be a minority name). */
function nameLike(t: TaggedToken | undefined): boolean {
  return t !== undefined && (/^(?:nrt|nrfg|x|ns)$/.test(t.tag) || (t.tag === 'nr' && isListItemShape(t.word) && !LIST_NOT_NAME_END.test(t.word)));
}

/** Last characters of words jieba may tag as names that name a quality, a trend, a place or a body. */
export const LIST_NOT_NAME_END = /[感化性率度力型式界岛河湖江海洋湾峰岭洲州城园团队科组班校厂店楼门]$/;

const HONOUR_AT_START = /^(?:副?教授|副?研究员|先生|女士|同志|博士)(?=、)/;
const HONOUR_AT_END = /(?:副?教授|副?研究员|先生|女士|同志|博士)$/;
/** A short note in brackets after a list member: a year, a sex, a people (`(2016年)`, `（女）`, `（回族）`). */
const YEAR_AT_START = /^[（(][^（）()\n、，,。]{1,10}[)）](?=、)/;
const YEAR_AT_END = /[（(][^（）()\n、，,。]{1,10}[)）]$/;
const YEAR_AT_END_OF_LIST = /^[（(][^（）()\n、，,。]{1,10}[)）]/;

/** Particles and pronouns no name holds, even in a list (之, 为, 其 may: 张之洞, 康有为). */
const NOT_IN_LISTED_NAME = /[的了是在和与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将于等个我你他她它们说年月日摄]/;

/** The looser shape of a name standing between the 、 of a list: a surname and one or two more
 * characters, none of them a particle. */
export function isListItemShape(name: string): boolean {
  // Five characters for a Japanese given name of three (山口那津男), ending as such names do; 那 is
  // one of their sounds, so only the other function characters are refused.
  if (name.length === 5 && isHanWord(name)) return /[男郎子夫雄]$/.test(name) && !NOT_IN_LISTED_NAME.test(name.replaceAll('那', ''));
  // An honour may be a given name here too (吴亚军), as isNameShape allows. 和 may end a given name
  // of two (刘景和, 魏凤和): an item cut at a 、 or before the list's close holds no second name after it.
  const given = name.length === 3 && name.endsWith('和') ? name.slice(1, 2) : name.slice(1);
  if (!isHanWord(name) || NOT_IN_LISTED_NAME.test(given) || NOT_NAME_END.test(name) || (POST_AT_END.test(name) && !/^\p{Script=Han}(?:冠军|亚军|季军|状元)$/u.test(name))) return false;
  if (name.length === 4) return true; // 岸田文雄: only ever between a post and a speech verb
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  return name.length >= 2 && name.length <= 3 && SURNAMES.has(name[0]!) && name[0] !== name[1];
}

/** A dotted list item's shape: two parts with no function character, neither a country nor a city,
 * and no verb of writing or saying glued to its end (弗里德里希·恩格斯著，). */
export function isDottedItemShape(name: string): boolean {
  const parts = name.split('·');
  // 更 and 明 are sounds of Uyghur names (艾力更): only function characters are refused.
  return parts.length === 2 && parts.every((p) => p.length >= 2 && !/[的了是在和与及或这那也都就还不没么吗呢吧啊着过把被让从将于等个我你他她它们说年月日摄]/.test(p) &&
    !FOREIGN_PLACES.has(p) && !POST_AT_END.test(p)) && !/[著译编摄说道称]$/.test(name);
}

/** Every item of a 、 list that could be a name: the runs between two 、, and the ends of the
 * list cut where the list is closed (`张之洞等`, `黄兴为代表`) or opened (`以曾国藩`). */
export function listItemCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number) => out.push({ start, end, title: null, evidence: false, unknown: false, listItem: true });
  for (let at = folded.indexOf('、'); at >= 0; at = folded.indexOf('、', at + 1)) {
    // The item after this 、: up to the next 、, or 2–3 characters before a closing word.
    let end = at + 1;
    while (end < folded.length && end - at <= 5 && /\p{Script=Han}/u.test(folded[end]!)) end++;
    // A minority's or a foreigner's name joined by a dot, whole between two separators of the list
    // (王晨、艾力更·依明巴海、万鄂湘): its parts need no transliteration's characters here.
    const dotted = /^\p{Script=Han}{2,6}·\p{Script=Han}{2,8}?(?=、|等|出席|参加|[，,。；;）)（(])/u.exec(folded.slice(at + 1, at + 18));
    if (dotted) {
      add(at + 1, at + 1 + dotted[0].length);
      out[out.length - 1]!.dottedItem = true;
    }
    // A compound surname's name of four or three, before the list's close or a reporter's 报道 (、司马南星报道).
    const compound = COMPOUND_SURNAMES.some((cs) => folded.startsWith(cs, at + 1));
    if (folded[end] === '、' && end - at - 1 >= 2 && end - at - 1 <= 4) add(at + 1, end);
    else for (const len of compound ? [4, 3] : [3, 2]) {
      const after = folded.slice(at + 1 + len, at + 1 + len + 4);
      if (LIST_CLOSE.test(after) || PEOPLE_AFTER_LIST.test(folded.slice(at + 1 + len, at + len + 13)) || /^[，,。；;！!？?\s）)]/.test(after) ||
        (compound && /^(?:报道|摄)/.test(after)) ||
        YEAR_AT_END_OF_LIST.test(folded.slice(at + 1 + len, at + len + 13))) {
        add(at + 1, at + 1 + len);
        break;
      }
    }
    // The first item, before this 、, when no 、 precedes it.
    let start = at;
    while (start > 0 && at - start <= 4 && /\p{Script=Han}/u.test(folded[start - 1]!)) start--;
    if (folded[start - 1] === '、') continue;
    for (const len of [3, 2]) {
      const s = at - len;
      if (s < start) continue;
      const before = folded.slice(Math.max(0, s - 2), s);
      // …or after a post that names the list (`新华社记者邹多为、唐诗凝`).
      if (s === start || LIST_OPEN.test(before) || POST_AT_END.test(folded.slice(Math.max(0, s - 8), s))) {
        add(s, at);
        break;
      }
    }
  }
  return out;
}

/** Whether a candidate stands in a 、 list, right before or after a 、. */
export function inEnumeration(folded: string, c: Span): boolean {
  return folded[c.start - 1] === '、' || folded[c.end] === '、';
}

/** Whether the head of a list got its title from the words right before it (not after it). */
export function titleIsBefore(folded: string, c: Candidate): boolean {
  const t = foldToSimplified(c.title ?? '');
  return t.length > 0 && folded.slice(Math.max(0, c.start - t.length - 2), c.start).replace(/[\s　]+/g, '').endsWith(t.replace(/[\s　]+/g, ''));
}
