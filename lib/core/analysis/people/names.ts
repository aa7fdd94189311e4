import { foldToSimplified } from '../../text';
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { EDITION, PAPER_NAME, attributedAuthors, bracketCredits, lineCredits, photoCredits, type PlacedName } from './bylines';
import {
  ADDRESS, AFTER_NAME, SPEECH, CAPTION_POSITION, POST_MODIFIER, COMPOUND_SURNAMES, CREDIT_LABEL, CREDIT_NAMES, NOT_IN_NAME, NOT_NAME_END, POST, POST_AFTER_NAME, POST_AT_END,
  DEPUTY_TITLE, POST_NAME_BEFORE_DEPUTY, POST_NAME_SPEECH, RELATION_AT_END, SPEECH_AT_START, SURNAMES, partOfName,
} from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { ORDINARY_WORDS } from './ordinary-words';
import { CITY_NAMES } from './org-places';
import { GIVEN_NAME_CHARS, SURNAME_MOSTLY } from './given-names';
import { authorLines } from './names-lines';
import { signatureLines } from './signatures';
import { speakerLines } from './speaker-lines';
import { isTibetanName, tibetanNameSpans } from './tibetan-names';
import { HONORIFIC, describedTitle, titleAfterComma, titleBefore, titleInBrackets, titleInClause } from './posts';
import { DAY_WORD, foldDots, foreignCandidates, foreignParts, isDispatchPlace, isForeignShape, soundsLikeName } from './transliteration';
import type { Person } from './types';

// ---- Names -----------------------------------------------------------------------------------

/** Whether a folded string has the shape of a Han personal name. */
export function isNameShape(name: string): boolean {
  // 万, 向, 其, 之 and 千 are numerals, a preposition and pronouns in running text, but common
  // middle characters of a given name (李万君, 郝向东, 田其学, 张之洞, 赵千里).
  // 和 is a conjunction, but a given name's middle character too (梁和仕, 张和平): not before a
  // surname, where it joins two people (王和李).
  const middle = name.length === 3 && !SURNAMES.has(name[2]!) ? /[万向其之千和]/ : /[万向其之千]/;
  // 年 ends given names of long life and good years (郑永年, 李延年, 张松年) after a given name's
  // character, never after one of time (今年, 明年, 青年).
  const last = name.length === 3 && name[2] === '年' && GIVEN_NAME_CHARS.has(name[1]!) && !/[今去明前当近每青新成少中]/.test(name[1]!) ? '' : name[2];
  const inner = name.length === 3 ? last + name[1]!.replace(middle, '') : name.slice(1);
  // An honour may also be a given name (吴亚军, 王冠军); a post after a surname may not (王主任).
  if (!isHanWord(name) || NOT_IN_NAME.test(inner) || NOT_NAME_END.test(name) || (POST_AT_END.test(name) && !/(?:冠军|亚军|季军|状元)$/.test(name))) return false;
  if (name[0] === name[1]) return false; // 谢谢, 常常: a doubled word (谢谢陈局长)
  // A body's last character before the words of its staff or remit (价格司/有关负责人, 该局/相关人员):
  // 有关, 相关 and 负责 are words, never a given name.
  if (GIVEN_NOT_WORD.test(name.slice(1))) return false;
  // …and a body's head ends no given name (从国家卫健委获悉: 卫 is a surname, 健委 no given name;
  // 宣传司/nr 副司长: a department).
  if (/[委办署司]$/.test(name)) return false;
  // The armed services are no names (、陆军大校张春晖: 陆 is a surname, 军 a given name's character).
  if (/^[陆海空]军$/.test(name)) return false;
  // `信中说`, `书上说`: a document and a place word before a speech verb, not a two-character name.
  if (name.length === 2 && /[中里内上]/.test(name[1]!)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  return name.length >= 2 && name.length <= 3 && SURNAMES.has(name[0]!);
}

/** Words of reference and charge that open what follows a body's name, never a given name. */
const GIVEN_NOT_WORD = /^(?:有关|相关|负责|主管|分管|所属|下属|直属)/;

interface Candidate extends Span {
  title: string | null;
  evidence: boolean;
  /** An unknown word (jieba's HMM made it up): repetition is evidence. */
  unknown: boolean;
  /** The name when it is not the folded span itself (a padded byline name, a dotted name). */
  key?: string;
  /** A transliterated name: checked by its own shape, not a Han surname. */
  foreign?: boolean;
  /** The role a byline gives, used when nothing closer to the name gives a post. */
  role?: string | null;
  /** An item of a 、 list, checked by a looser shape and accepted only with its list. */
  listItem?: boolean;
  /** A list item joined by a dot (艾力更·依明巴海): checked by its parts, not a Han name's shape. */
  dottedItem?: boolean;
  /** One word jieba's dictionary tags as a person's name (孔子/nr, 郑和/nrfg). */
  dictName?: boolean;
  /** A transliteration jieba tags nrt right after a post: the post is its evidence. */
  byPost?: boolean;
  /** A word of four or five the dictionary tags a name, of a long name's shape: accepted only when
   * named often (namedLongAndOften), whatever stands around one mention. */
  long?: boolean;
  /** A name a byline or a credit line gives a role (`记者茆雷磊`, `策划：王为`): checked by the
   * looser shape of a credited name. */
  credited?: boolean;
  /** One or two Tibetan name words (`扎西次仁`): no surname, so checked by its words alone. */
  tibetan?: boolean;
  /** A name of two and the 和 that closes its clause (`魏凤和。`): checked as the name of two. */
  endsInHe?: boolean;
  /** A name in a roster of guests, its post after it across a space (`张志勇  全国政协委员、…主任`): that
   * post is his, whatever stands before the name. */
  rostered?: boolean;
}

/**
 * The people of a roster, one to a line or after a label's colon, each name set apart by spaces from the
 * post after it (`对话嘉宾：` then `张志勇  全国政协委员、…主任`; `嘉宾：李向志 十八大代表、德阳市委书记丁爱谱 十八大代表、…党员`):
 * the post is the text after the spaces, up to the end of the line or to the next name glued to it.
 */
function rosterCandidates(text: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string, at: number, post: string, postAt: number) => {
    if (!isNameShape(name) || !POST_AT_END.test(post) || !isRosterPost(post)) return;
    out.push({ start: at, end: at + name.length, key: name, title: null, evidence: true, unknown: false, role: text.slice(postAt, postAt + post.length), rostered: true });
  };
  // A line of its own counts under a roster's label or beside another such line: one line alone may be a
  // heading, and a speaker's turn with it is no roster (a dialogue's speakers need two turns, speaker-lines.ts).
  const lines = Array.from(folded.matchAll(ROSTER_LINE));
  lines.forEach((m, k) => {
    const gapBefore = k > 0 ? folded.slice(lines[k - 1]!.index + lines[k - 1]![0].length, m.index) : null;
    const gapAfter = k + 1 < lines.length ? folded.slice(m.index + m[0].length, lines[k + 1]!.index) : null;
    const listed = (gapBefore !== null && /^\s*$/.test(gapBefore)) || (gapAfter !== null && /^\s*$/.test(gapAfter)) ||
      ROSTER_LABEL_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index));
    if (!listed) return;
    const at = m.index + m[0].indexOf(m[1]!);
    add(m[1]!, at, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
  });
  for (const m of folded.matchAll(ROSTER_AFTER_COLON)) {
    // Chunks set apart by spaces: a name, then posts each closed by the next name glued to it.
    const body = m[1]!;
    const base = m.index + m[0].length - body.length;
    const chunks = Array.from(body.matchAll(/\S+/gu), (c) => ({ text: c[0], at: base + c.index }));
    if (chunks.length < 2 || !isNameShape(chunks[0]!.text)) continue;
    let name = chunks[0]!;
    for (let k = 1; k < chunks.length; k++) {
      const chunk = chunks[k]!;
      let cut = chunk.text.length;
      if (k < chunks.length - 1) {
        cut = [3, 2].map((n) => chunk.text.length - n).find((c) => c > 1 && isNameShape(chunk.text.slice(c)) && POST_AT_END.test(chunk.text.slice(0, c))) ?? -1;
        if (cut < 0) break;
      }
      add(name.text, name.at, chunk.text.slice(0, cut), chunk.at);
      name = { text: chunk.text.slice(cut), at: chunk.at + cut };
    }
  }
  return out;
}

/** A line of a roster: a name, spaces, and the post, Han words joined by 、 or a comma. */
const ROSTER_LINE = /^[ \t\u3000]*(\p{Script=Han}{2,3})[ \t\u3000]{1,4}(\p{Script=Han}[\p{Script=Han}、，,（）()“”]{1,79})[ \t\u3000]*$/gmu;
/** A roster's label closing the line before (`对话嘉宾：`). */
const ROSTER_LABEL_BEFORE = /(?:嘉宾|对话人|访谈对象|受访者|主持人)[:：][ \t\u3000]*\n\s*$/;
/** A roster's label and its colon, then the names and posts set apart by single spaces, to the line's end. */
const ROSTER_AFTER_COLON = /(?:^|\n)[ \t\u3000]*(?:对话)?(?:嘉宾|访谈嘉宾|与会嘉宾|主持人)[:：][ \t\u3000]*((?:\p{Script=Han}[\p{Script=Han}、，,]*[ \t\u3000]+){2,}\p{Script=Han}[\p{Script=Han}、，,]*)[ \t\u3000]*(?=\n|$)/gu;

/** A roster's post: Han words only, no sentence (no verb of saying, no full stop). */
function isRosterPost(post: string): boolean {
  return !/[。！？；]/.test(post) && !SPEECH_AT_START.test(post) && post.length <= 80;
}

/** The note closing a commentary that says what its author is. */
// …maybe going on after a comma with who wrote it down (`（作者为…主任，本报驻南非记者吕强采访整理）`).
const AUTHOR_NOTE = /[（(]作者(?:为|系|是)([^（）()\n，,。；;]{2,40})(?:[)）]|[，,][^（）()\n]{2,40}[)）])/;
/** A foreign author's line in a page of commentaries: his country in brackets, then his name
 * (`（卢旺达）杰拉尔德·姆班达`). */
const COUNTRY_AUTHOR = /^[ \t\u3000]*[（(]\p{Script=Han}{2,8}[)）][ \t\u3000]*(\p{Script=Han}{2,8}(?:·\p{Script=Han}{1,8}){0,3})[ \t\u3000]*$/gmu;

/** A commentary's author on the line of the paper's name and edition (`王一鸣《人民日报》（…第 09 版）`). */
const AUTHOR_BEFORE_EDITION = new RegExp(`^[ \\t\\u3000]*(\\p{Script=Han}{2,4})[ \\t\\u3000]*${PAPER_NAME}${EDITION}[ \\t\\u3000]*$`, 'gmu');

/** Adverbs between a subject and its speech verb. */
const ADVERBS = /^(?:(?:曾经|曾|也|还|又|就|则|再次|多次|随即|当即|一再|反复|后来|早就|同样|更|都|\p{Script=Han}{1,2}地)(?=\p{Script=Han}))+/u;
/** Sex or age right after a name (`王某，男，45岁`, `李华（32岁）`, `张强今年65岁`). */
const PERSONAL_DETAILS = /^(?:[，,（(](?:男|女)[，,）)]|[，,（(]\d{1,3}岁|(?:今年)?\d{1,3}岁|[（(](?:化名|假名|匿名|音|音译)[)）])/;
/** A name introduced as one (`一位名叫王明的老人`). */
const NAMED_AS = /(?:名叫|叫做|名为|姓名为?[:：]?|名字叫|[，,]叫)$/;
/** An age right before a name (`１６岁的乔明`, `72岁的王大爷`). */
const AGE_BEFORE = /[0-9０-９]{1,3}岁的?$/;
/** 等 after one name and a word for people or an act of people (`江泽民等中央领导同志`, `朱光亚等出席`). */
const OTHERS_AFTER = /^等(?:出席|参加|陪同|会见|看望|慰问|视察|考察|调研|一同|一起|分别|先后)/;
/** A saying or a writing cited by its author right after his name (黑格尔所说, 鲁迅所写). */
const CITED_SAYING = /^(?:所说|所言|所讲|所指出|所强调|所写|所著|曾说过?)/;
/** A verb of citing right before a name, and the view cited right after it (引用列宁关于…, 借用马克思的话). */
const CITING_BEFORE = /(?:引用|援引|借用|引述)$/;
const CITED_AFTER = /^(?:关于|的(?:话|论述|观点|名言|论断|理论|思想|说法))/;
/** A cited author: `王治东：《…》`, `福山著，陈高华译：`. */
const CITATION = /^(?:[:：]《|(?:等)?(?:著|译|编著|主编|编)[，,：:、；;])/;

/** Adverbs the HMM glues after a name of three with the verb they qualify (李泽政常带/x 着). */
const GLUED_ADVERB = /[常也都就还又正曾才便已将总]/;
/** Characters that start the verb the HMM glues to a given name (松任 in 吕岩松任副组长). */
const GLUED_VERB = /[任说在是和将曾也就还为等出到来去向对与把被给表指称]/;

/** Words after a transliteration that make it a place, a people or a thing, not a person. */
const NOT_PERSON_AFTER = /^(?:地区|海|国|岛|州|省|市|城|山|河|湖|湾|港|公司|集团|大学|组织|值|函数|算法|主义|人|语|式|族|文|教|派|政府|境内|首都|军队|议会|边境|边界|领土|全境|难民|移民|局势|危机|当局|战争|[东南西北中]部)/;

/** Adverbs that may follow a person's surname when a post names them by surname alone
 * (王局长 is usual, 局长王 is not, but the words must still not be read as a given name). */
const MANNER_ADVERB = /^(?:再次|一直|多次|始终|亲自|立即|随即|当即|已经|正在|曾经|一再|依然|仍然|同时|马上|一起|一同|共同|先后|分别|特别|非常|十分|高度|全面|认真|积极|主动|专门|率先|还是|就是|也是|都是|不断|逐步|及时|首先|随后|然后|最后|明确|充分|深入|反复)$/;

/** What only a person does in an official report (王明主持会议, 李华会见代表团, 张强率团访问). */
const OFFICIAL_ACT = /^(?:主持(?:召开|会议|座谈|开幕|仪式)|参加(?:审议|讨论|座谈|调研|考察)|会见|会晤|看望|慰问|视察|率团|率队|率代表团|致信|致电|致贺信|签署|批示|寄语|莅临|亲切会见|出席(?:会议|活动|开幕|仪式|并))/;

/**
 * Acts that only a person performs, said of someone named without a post (周恩来代表中共中央…,
 * 梁伟强一行来到…,
 * 戚继光率领戚家军, 郑板桥主张…, 王明毕业于…, 李华当选…): leading a body or speaking for it, a
 * life's events, and the work of an author or a performer. 代表 is a verb only before the body
 * spoken for (人大代表 is a post).
 */
const PERSON_ACT = new RegExp('^(?:代表(?=中共|中国|党|国家|政府|全国|国务院|中央|全体|大会|组委会|主办方|\\p{Script=Han}{0,8}(?:委员会|政府|党委|集团|公司|协会|学会|代表团))|' +
  '率领|带领|率部|率军|统率|指挥(?=了|过|部队|军队|战役|作战)|主张|倡导|首倡|逝世|去世|病逝|辞世|牺牲|诞辰|出生于|生于|毕业于|就读于|师从|' +
  '当选|荣获|出任|就任|曾任|历任|现任|时任|辞去|卸任|' +
  '题写|题词|手书|亲笔|撰写|撰文|著有|编著|创作了|执导|主演|饰演|扮演|演唱|作词|作曲|' +
  '访问(?=\\p{Script=Han}{1,6}(?:国|岛|洲|时|期间|并|$)|\\p{Script=Han}{2,6}[，,。])|访华|出访|接见|召见|宣誓|' +
  // A visiting leader and his party (梁伟强一行先后来到…).
  '一行(?=[，,]|先后|来到|抵达|到|赴|前往|深入|走进|考察|调研|参观|实地|在))', 'u');

/** A saying quoted right after a name (孔子“不患寡而患不均”, 管仲的“凡治国之道，必先富民”): at least
 * six characters, so that a quoted term (高水平“走出去”) is no saying. */
const SAYING = /^的?“[^”\n]{6,60}”(?!的?(?:称号|荣誉|奖|美誉|之称|称|光荣称号|荣誉称号))/;
/** What stands before a name that a saying follows: the start of a clause or a word that cites
 * (从孔子“…”到…, 正如鲁迅“…”), not a verb's subject (曾荣获“…”). */
const SAYING_LEAD = /(?:^|[\s，,。；;：:、（(]|从|到|和|与|及|如|像|引用|借用)$/;

/** A name citing its own writing before what it says there (毛泽东在《论持久战》中指出, 鲁迅在《故乡》里写道). */
const IN_WRITING = /^在《[^》\n]{1,30}》(?:一文|一书|一诗|一信|序言)?(?:中|里|上|开篇)?/;

/** A photo caption's lead right before a name (`图为王明在田间查看长势`). */
const CAPTION_LEAD = /(?:^|[\s。）)])图为$/;

/** Trades that follow a company's name (帅克制药, 华为技术). */
const COMPANY_TRADE = /^(?:制药|药业|科技|股份|控股|实业|电子|电器|电气|汽车|银行|证券|保险|地产|置业|传媒|食品|物流|航空|能源|软件|技术|通讯|通信|网络)/;

/** What follows a person's name only, never a place's (钟南山院士, not 南开校长). */
const HONORIFIC_AFTER = /^(?:院士|教授|总书记|同志|先生|女士)/;

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
const PEOPLE_AFTER_LIST = new RegExp(`^等(?:[0-9０-９一二两三四五六七八九十几多]{1,3}(?:名|位))?(?:(?!${NOT_PEOPLE_LIST})\\p{Script=Han}){0,6}?(?:${POST}|领导|人士|同志|党员)`, 'u');
/** Words that announce a list of people, so that the end of the sentence may close it. */
const LIST_ANNOUNCED = /(?:包括|其中有|分别是|分别为|依次是|依次为|名单如下：?|他们是|她们是)$/;
/** A word for people and a colon right before a list (`获奖者：`, `评委：`, `嘉宾：`). */
const ROLE_COLON = new RegExp(`(?:${POST}|嘉宾|名单|人员|成员|获奖者|评委)[:：]\\s*$`, 'u');
/** Words that open a list of people right before its first name (`成员包括张鹏、李琦…`). */
const LIST_OPEN = /(?:包括|有|以|如|像|邀请|请|由|是|为|和|与|同|及|例如|比如|其中|分别是|分别为|依次是|依次为|他们是|她们是)$/;

export function people(text: string, folded: string, tokens: readonly TaggedToken[], known: readonly string[]): Person[] {
  const candidates = [
    ...tokenCandidates(folded, tokens),
    ...patternCandidates(folded),
    ...postActCandidates(folded, tokens),
    ...placedCandidates(text, folded, tokens),
    ...listItemCandidates(folded),
    ...leaderCandidates(folded, tokens),
    ...foreignCandidates(folded, tokens).map((f): Candidate => ({ ...f, title: null, evidence: f.dotted, unknown: false, foreign: !f.between, listItem: f.between })),
    ...tibetanNameSpans(folded).map((s): Candidate => ({ ...s, title: null, evidence: false, unknown: false, tibetan: true })),
    ...rosterCandidates(text, folded),
  ];
  const byName = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = c.key ?? foldDots(folded.slice(c.start, c.end));
    // …unless it is a word jieba reads as a name or did not know, with a surname running text seldom
    // uses otherwise and no city's name (本报记者/叶莉/x 报道).
    if (isDispatchPlace(folded, c) && !(SURNAME_MOSTLY.has(key[0]!) && !FOREIGN_PLACES.has(key) && isNameToken(tokens, c))) continue;
    // A thing counted by a classifier (有一个金纺车) is no one; nor is 连 of 连…都 after a role (医护人员连饭都…).
    if (!c.byPost && /[一两三四五六七八九十几每][个件台辆只条把座]$/.test(folded.slice(Math.max(0, c.start - 2), c.start))) continue;
    if (folded[c.start] === '连' && /^\p{Script=Han}{0,2}[都也]/u.test(folded.slice(c.start + 1, c.start + 4))) continue;
    // A sound word right after a number is a unit of measure (7纳米, 20公里), never a name.
    if (c.foreign && /[0-9０-９]/.test(folded[c.start - 1] ?? '')) continue;
    // A Han name is never written on into a transliterated word (冯德/x 莱恩/nrt is 冯德莱恩), and a
    // transliterated name never opens on a closing syllable (朔/尔茨: 尔, 茨, 兹 end a name's parts).
    const into = tokens[tokenIndexAt(tokens, c.end)];
    if (!c.foreign && !c.byPost && into !== undefined && into.start === c.end && into.tag === 'nrt' && /\p{Script=Han}/u.test(folded[c.end] ?? '')) continue;
    if (c.foreign && /^[尔茨兹]/.test(folded[c.start] ?? '') && /\p{Script=Han}/u.test(folded[c.start - 1] ?? '')) continue;
    // …nor after the opening syllable jieba split off as a word of one character (阿/j 舍利/nrt 晚期: the word is
    // 阿舍利), where no post before it says a name starts there.
    const opening = tokens[tokenIndexAt(tokens, c.start - 1)];
    if (c.foreign && !c.byPost && !key.includes('·') && opening !== undefined && opening.end === c.start && opening.end - opening.start === 1 &&
      /^(?:j|ng|x|nr|nrt|ns)$/.test(opening.tag) && soundsLikeName(opening.word) && !POST_AT_END.test(postText(folded, opening.start))) continue;
    // A Han name never stands right after a middle dot, which joins the parts of a transliterated name, or
    // two given names in a body's name (树森·兰娟院士人才基金).
    if (!c.foreign && !c.listItem && /[·・•‧]/.test(folded[c.start - 1] ?? '')) continue;
    if (c.tibetan ? !isTibetanName(key) : c.endsInHe ? !isNameShape(key.slice(0, 2)) : c.long ? !isLongNameShape(key) : c.byPost ? false : c.foreign ? !isForeignShape(key) : c.listItem ? !(c.dottedItem ? isDottedItemShape(key) : isListItemShape(key)) :
      c.credited ? !isCreditedShape(tokens, c, key) :
      (!isNameShape(key) && !isDictNameAfterPost(text, folded, tokens, c, key) && !isUnknownNameAfterPost(text, folded, tokens, c, key)) || partOfName(folded, c.end)) continue;
    // A name never starts inside a post jieba read whole (主教练/郎平: not 主教 and 练郎平).
    const inside = tokens[tokenIndexAt(tokens, c.start)];
    if (!c.foreign && inside !== undefined && inside.start < c.start && inside.end > c.start && POST_AT_END.test(folded.slice(inside.start, inside.end))) continue;
    // A country or a large foreign city is never a person, even with a post after it that jieba
    // split from the name it introduces (哈萨克斯坦/nrt 总统/托/v 卡耶夫/nr); nor is a city of the
    // mainland's closed list (在拉萨/nrt 遇到), nor a place before its own committee (翁牛特旗/旗委书记).
    if (FOREIGN_PLACES.has(key) || CITY_NAMES.has(key) || folded.startsWith(`${key[key.length - 1]}委`, c.end) && /[旗县市区州盟]$/.test(key)) continue;
    // A word that qualifies a post is never a name, whatever jieba tags it (中国文联/荣誉/nr 委员).
    if (POST_MODIFIER.test(key) || ordinaryWord(folded, tokens, c)) continue;
    // …nor an ordinary word jieba's dictionary tags as a name (一份部长/宣言/nr), unless he speaks right after it.
    if (ORDINARY_WORDS.has(key) && !(SPEECH_AT_START.test(folded.slice(c.end, c.end + 4)) && !EXPRESSED.test(folded.slice(c.end, c.end + 6)))) continue;
    c.key = key;
    let before = titleBefore(text, folded, tokens, c.start);
    // 代表 alone before a name that has his post after it is the verb of acting for him (代表习近平总书记和党中央看望…).
    if (before !== null && foldToSimplified(before) === '代表' && titleAfterName(text, folded, tokens, c.end) !== null) before = null;
    c.title = (before !== null ? describedTitle(text, folded, tokens, c.start, before) : null) ?? titleAfterComma(text, folded, c.end) ?? titleInBrackets(text, folded, c.end) ??
      creditRole(text, folded, c) ?? c.role ?? titleAfterName(text, folded, tokens, c.end) ?? titleInClause(text, folded, c.start, c.end);
    // A post counted as a thing's kind qualifies that thing (一份部长/宣言/nr): the word after it is no one.
    if (before !== null && c.title !== null && THING_COUNTED_BEFORE.test(folded.slice(Math.max(0, c.start - c.title.length - 2), c.start - c.title.length))) continue;
    if (c.rostered) c.title = c.role ?? null;
    // In a run of credits with no separators the post read back runs over the credit before
    // (总策划吴齐强执行主编|刘芳): the label right before the name is the post.
    if (c.credited && c.role && c.title !== null && c.title.length > c.role.length && foldToSimplified(c.title).endsWith(foldToSimplified(c.role)) &&
      BARE_LABEL_AT.test(foldToSimplified(c.title))) c.title = c.role;
    // A byline's role read whole (`南都记者`) over the post jieba's cut leaves before the name (南/ns 都/d 记者).
    // Only an outlet's or a desk's name before it, not a credit's label (`文丨`).
    if (c.role && c.title !== null && c.role.length > c.title.length && foldToSimplified(c.role).endsWith(foldToSimplified(c.title)) &&
      /^\p{Script=Han}{1,4}$/u.test(c.role.slice(0, c.role.length - c.title.length)) && !/^(?:文|图|采写|撰文|执笔|作者)/.test(c.role)) c.title = c.role;
    // A foreign-looking word counts only with a post, a dot or a speech verb: never on its own.
    c.evidence ||= !c.long && (c.title !== null || hasEvidenceAround(folded, c, tokens) || RELATION_AT_END.test(folded.slice(Math.max(0, c.start - 4), c.start)) ||
      CAPTION_LEAD.test(folded.slice(Math.max(0, c.start - 4), c.start)));
    const list = byName.get(key) ?? [];
    list.push(c);
    byName.set(key, list);
    kept.push(c);
  }

  // Names after a post, set apart by spaces only (`采写：南都记者 余毅菁 向雪妮`, `文/本报记者 王建军 李红梅`):
  // the post before the first names each, as a byline's does, before a later credit line could.
  const endingAt = new Map(kept.map((c) => [c.end, c] as const));
  for (const c of [...kept].sort((a, b) => a.start - b.start)) {
    // …over a credit line's label further back (`文/`), which is no post right before this name.
    if ((c.title !== null && titleIsBefore(folded, c)) || !/^(?:[ \u3000\t]|[)）\n]|$)/.test(folded.slice(c.end, c.end + 1))) continue;
    const gap = /[ \u3000]{1,3}$/.exec(folded.slice(Math.max(0, c.start - 3), c.start))?.[0].length ?? 0;
    const prev = gap > 0 ? endingAt.get(c.start - gap) : undefined;
    if (prev && prev.title !== null && (prev.evidence || titleIsBefore(folded, prev)) && POST_AT_END.test(foldToSimplified(prev.title))) {
      c.title = prev.title;
      c.evidence = true;
    }
  }
  // A commentary's one author, named on a line of his own, whose post the piece gives at its end
  // (`（作者为中国社会科学院经济研究所研究员）`).
  const note = AUTHOR_NOTE.exec(folded);
  if (note && POST_AT_END.test(note[1]!)) {
    const lines = authorLines(folded, tokens);
    for (const m of folded.matchAll(COUNTRY_AUTHOR)) {
      const at = m.index + m[0].indexOf(m[1]!);
      lines.push({ start: at, end: at + m[1]!.length });
    }
    // …and on the line of the paper's name and edition, a name jieba may have cut: read there whole.
    for (const m of folded.matchAll(AUTHOR_BEFORE_EDITION)) {
      const at = m.index + m[0].indexOf(m[1]!);
      lines.push({ start: at, end: at + m[1]!.length });
      if (!isNameShape(m[1]!) || kept.some((c) => c.start === at && c.end === at + m[1]!.length)) continue;
      const c: Candidate = { start: at, end: at + m[1]!.length, key: m[1]!, title: null, evidence: false, unknown: false };
      kept.push(c);
      byName.set(m[1]!, [...(byName.get(m[1]!) ?? []), c]);
    }
    const authors = kept.filter((c) => c.title === null && lines.some((l) => l.start === c.start && l.end === c.end));
    const noteStart = note.index + note[0].indexOf(note[1]!);
    // The note says who the author is: it is the evidence of a person too.
    if (new Set(authors.map((c) => c.key)).size === 1) for (const c of authors) {
      c.title = text.slice(noteStart, noteStart + note[1]!.length);
      c.evidence = true;
    }
  }
  // Bylines pad short names with spaces (`方  敏`): compare without them.
  const knownKeys = new Map(known.map((k) => k.replace(/\s+/g, '')).filter(Boolean).map((k) => [foldToSimplified(k), k] as const));
  const accepted = new Set<string>();
  for (const [key, list] of byName) {
    const distinctStarts = new Set(list.map((c) => c.start)).size;
    // jieba tags a transliterated name it knows nrt; said twice, it is someone the article is about.
    // Not when the word also names a place, a people or a thing (加勒比海, 哈希值, 马克思主义).
    // Nor when a post after it introduces someone else (伊拉克总统萨达姆: the country's president).
    // …and when some mention is followed by what follows a person (a pause, a verb, 的), not only
    // by nouns it qualifies (阿里生态, 阿里新经济: the company).
    const repeatedForeign = distinctStarts >= 2 && list.some((c) => c.foreign && tokens[tokenIndexAt(tokens, c.start)]?.tag === 'nrt') &&
      !list.some((c) => NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 2)) || introducesOther(folded, tokens, c.end)) &&
      list.some((c) => actsAfter(folded, tokens, c.end));
    // (Not a word ending in what ends a place's or a building's name: 杨公堤, 万福桥, 李家坝.)
    const repeatedUnknown = (key.length >= 3 && distinctStarts >= 2 && list.some((c) => c.unknown) && !PLACE_WORD_END.test(key)) || repeatedForeign;
    // A sound word of three characters or more jieba tags nr (特朗普/nr), said three times or more, at
    // least twice right before a verb, and never before a noun it qualifies or a post.
    const verbAfter = (c: Candidate) => {
      const next = tokens[tokenIndexAt(tokens, c.end)];
      return next !== undefined && next.start === c.end && /^(?:v|vd)$/.test(next.tag);
    };
    const repeatedSound = key.length >= 3 && distinctStarts >= 3 && soundsLikeName(key) && !FOREIGN_PLACES.has(key) &&
      list.every((c) => c.foreign && isNameToken(tokens, c, /^(?:nr|nrt)$/) && !NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 2)) && !introducesOther(folded, tokens, c.end)) &&
      list.filter(verbAfter).length >= 2 && !placeSomewhere(folded, tokens, key);
    if (repeatedSound || namedLongAndOften(folded, tokens, key, list)) accepted.add(key);
    if (list.some((c) => c.evidence) || repeatedUnknown || knownKeys.has(key) || namedByShape(folded, tokens, key, list) || namedBySound(folded, tokens, key, list)) accepted.add(key);
  }
  for (const k of knownKeys.keys()) accepted.add(k);
  const strong = new Set([...byName].filter(([, list]) => list.some((c) => c.evidence)).map(([key]) => key));
  for (const k of knownKeys.keys()) strong.add(k);
  acceptLists(folded, tokens, kept, accepted, strong);
  // A name of two said several times, and once a word jieba's HMM made of it and the next word's
  // first character (李民 … 李民上/x 一次, 賈政 … 賈政道/x：): that word is the shorter name.
  const starts = (key: string) => new Set((byName.get(key) ?? []).map((c) => c.start)).size;
  for (const key of [...accepted]) {
    const short = key.slice(0, 2);
    const own = byName.get(key) ?? [];
    const elsewhere = new Set((byName.get(short) ?? []).filter((c) => !own.some((o) => o.start === c.start)).map((c) => c.start)).size;
    if (key.length !== 3 || knownKeys.has(key) || !accepted.has(short) || starts(key) !== 1 || elsewhere < 2 || !own.every((c) => c.unknown)) continue;
    accepted.delete(key);
    // …and the post found before it is the shorter name's (高级船长李民上/x 一次).
    for (const c of own) byName.get(short)!.unshift({ ...c, end: c.start + 2, key: short });
  }
  // A word counted like a thing anywhere (500斤胡萝卜, 这个玉萝卜: 个, 斤, 根… are never a named
  // person's measure words) or named as an illness (帕金森病) is that thing, wherever else it stands.
  // Each pattern runs once over the text; every mention of a key is then looked up by position.
  const countedAt = new Set(Array.from(folded.matchAll(COUNTED), (m) => m.index + m[0].length));
  const illnessAt = new Set(Array.from(folded.matchAll(ILLNESS), (m) => m.index));
  const thingAt = (key: string, at: number) =>
    (countedAt.has(at) && !COMPARED_AFTER.test(folded.slice(at + key.length, at + key.length + 2))) || illnessAt.has(at + key.length);
  for (const key of accepted) {
    if (knownKeys.has(key) || key.includes('·')) continue;
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      if (!thingAt(key, at)) continue;
      accepted.delete(key);
      break;
    }
  }
  // A body speaks through its side (高通方面告诉记者, 龙湖方面回应): a word named so anywhere is that
  // body, in a list too, unless a post makes it someone.
  for (const key of accepted) {
    if (!knownKeys.has(key) && folded.includes(`${key}方面`) && (byName.get(key) ?? []).every((c) => c.title === null)) accepted.delete(key);
  }

  const startingAt = new Map<number, Candidate[]>();
  for (const c of kept) startingAt.set(c.start, [...(startingAt.get(c.start) ?? []), c]);

  // Longer names first so that 王一鸥 claims its characters before a shorter 王一 could.
  const order = [...accepted].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(folded.length);
  const out: Person[] = [];
  const placed = (key: string) => (byName.get(key) ?? []).filter((c) => folded.slice(c.start, c.end) !== key);
  for (const key of order) {
    const mentions: Span[] = [];
    const claim = (at: number, end: number) => {
      if (taken.subarray(at, end).some((x) => x === 1)) return;
      taken.fill(1, at, end);
      mentions.push({ start: at, end });
    };
    for (const c of placed(key)) claim(c.start, c.end); // padded or dotted differently
    const written = key.includes('·') ? folded.replace(/[・•‧･]/g, '·') : folded;
    for (let at = written.indexOf(key); at >= 0; at = written.indexOf(key, at + key.length)) {
      if (!partOfName(folded, at + key.length)) claim(at, at + key.length);
    }
    // A transliterated name is later shortened to its last parts (阿克拉姆 for 哈立德·泰穆尔·阿克拉姆,
    // 米勒-怀特 for 约翰·米勒-怀特): every such tail, longest first, is the same person.
    const parts = foreignParts(key);
    for (let k = 1; k < parts.length; k++) {
      const tail = key.slice(key.length - parts.slice(k).join('').length - (parts.length - k - 1));
      if (tail.length < 2) continue;
      for (let at = written.indexOf(tail); at >= 0; at = written.indexOf(tail, at + tail.length)) {
        if (!isSoundNeighbour(folded, at, at + tail.length) && !NOT_PERSON_AFTER.test(folded.slice(at + tail.length, at + tail.length + 2))) {
          claim(at, at + tail.length);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const titles: string[] = [];
    const seen = new Set<string>();
    // jieba may cut the name short where its post is read (校长/陈立/群要): a candidate at the
    // same start, cut inside this name, lends its post.
    const own = byName.get(key) ?? [];
    const lent = mentions.flatMap((m) => (startingAt.get(m.start) ?? []).filter((c) => c.end < m.end && key.startsWith(c.key!)));
    // At one start a byline's candidate, with the role it was given, goes first.
    for (const c of [...own, ...lent].sort((a, b) => a.start - b.start || (b.role ? 1 : 0) - (a.role ? 1 : 0))) {
      if (c.title === null) continue;
      const k = foldToSimplified(c.title);
      if (!seen.has(k)) titles.push(c.title);
      seen.add(k);
    }
    // A candidate whose every occurrence belongs to a longer name (周赛 in 周赛保) is no one.
    if (mentions.length === 0 && !knownKeys.has(key)) continue;
    // The name as first written in full (a shortened tail may come first in the text).
    const first = mentions.find((m) => foldDots(folded.slice(m.start, m.end)).replace(/[ \t\u3000\u00a0]+/g, '') === key) ?? mentions[0];
    out.push({
      name: first ? text.slice(first.start, first.end).replace(/[ \t\u3000\u00a0]+/g, '') : (knownKeys.get(key) ?? key),
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

/** What may follow a name that nothing else marks as a person's: a pause or a quote's end, a year
 * in brackets (姚期智(2010年当选)), 的, a life's span (袁隆平一生…), or a word that opens the rest of
 * its clause (王国栋以…, 冯惠芳成为…, 郭建光同…). */
const AFTER_BARE_NAME = /^(?:[，,。；;：:！!？?）)”’」』》…—]|[（(][0-9０-９]{4}年|的|等|父子|夫妇|一家|一生|毕生|生前)/;
/** Words before a place, not a person (首都吉隆坡, 从石家庄到…). */
/** Whether what follows `end` goes on as a person's clause would: a pause, 的, 等, or a verb, an
 * adverb, a preposition, a time word or a pronoun as the next word (默克尔当天抵达, 默克尔此行). */
function actsAfter(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
  const next = tokens[tokenIndexAt(tokens, end)];
  return AFTER_BARE_NAME.test(folded.slice(end, end + 8)) || /^\s*$/.test(folded.slice(end, end + 1)) ||
    (next !== undefined && next.start === end && (CLAUSE_GOES_ON.test(next.tag) || /^(?:t|r)$/.test(next.tag)));
}

const PLACE_BEFORE = /(?:首都|首府|省会|从|到|至|去|往|赴|抵达|位于)$/;
/** A number and a measure word for documents and affairs right before a post (`一份部长宣言`): the post is the kind
 * of a thing, and the word after it that thing. */
const THING_COUNTED_BEFORE = /[一两二三四几每这那该][份项篇条件本部张封册]$/;
/** A quantity right after a word (`多达1500余名`), not a date, an age or a time (`1998年`, `45岁`). */
const QUANTITY_AFTER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．]*[年月日岁届号时点:：])/;
/** Gratitude, welcome or respect expressed through 表示 (`对…的亲切关怀表示感谢`). */
const EXPRESSED = /^表示(?:感谢|谢意|欢迎|祝贺|敬意|慰问|哀悼|赞赏|赞同|支持|满意|关切|遗憾|衷心|诚挚|热烈|真诚|崇高|高度|由衷)/;

/**
 * Whether a candidate is one ordinary word jieba's dictionary knows, by what stands around it: a
 * quantity right after it (志愿者/多达/nrt 1500余名: an adverb of amount), a noun it qualifies
 * (社区人员/基本/n 报酬/n), or, after 的 and maybe a word of manner, the object of thanks or respect
 * (的亲切/关怀/nr 表示感谢).
 * Only a word jieba read whole: a name it cut or did not know keeps its own tests.
 */
function ordinaryWord(folded: string, tokens: readonly TaggedToken[], c: Candidate): boolean {
  if (c.end - c.start !== 2) return false;
  const k = tokenIndexAt(tokens, c.start);
  const t = tokens[k];
  if (!t || t.start !== c.start || t.end !== c.end || t.tag === 'x') return false;
  const next = tokens[k + 1];
  if (QUANTITY_AFTER.test(folded.slice(c.end, c.end + 8))) return true;
  // (After a post only: a leader's name before his government is read as a noun too, 桥本/n 内阁/n.)
  if (t.tag === 'n' && next?.start === c.end && /^(?:n|vn)$/.test(next.tag) && next.end - next.start >= 2 && POST_AT_END.test(postText(folded, c.start))) return true;
  return /的\p{Script=Han}{0,2}$/u.test(folded.slice(Math.max(0, c.start - 3), c.start)) && EXPRESSED.test(folded.slice(c.end, c.end + 6));
}

/** A measure word for things after a number or 这/那/每 (`500斤`, `这个`): never a named person's. */
const COUNTED = /(?:[0-9０-９一二两三四五六七八九十几百千万这那每]|公)[个斤根袋箱筐盒瓶碗盘块片颗棵吨]/g;
/** What follows a person compared with others (`一个李长水这样的干部`): he is still a person. */
const COMPARED_AFTER = /^(?:这样|那样|一样|似的|般|式)/;
/** An illness named after a word (`帕金森病`, …症, …综合征), not a person falling ill (`病逝`, `病重`). */
const ILLNESS = /病(?![逝故重危倒了情])|症|综合征/g;

/** Last characters of the names of places and structures that given names do not end in. */
const PLACE_WORD_END = /[堤桥路街寺塔亭楼阁坝渠湾站场馆村镇乡井洞坡岛屯寨堡]$/;
/** Tags of a word that may open the rest of a name's clause: a verb, an adverb, a preposition, a
 * conjunction. A noun after it makes the word a modifier (麻醉学专家, 李宁牌不断…). */
const CLAUSE_GOES_ON = /^(?:v|vd|vg|d|p|c)$/;

/**
 * A Han name no word around marks as a person's (研究李四光关于…, 一次次潘汉年的密报, 王国栋以７分之差…):
 * jieba tags it a person's name (nr, nrfg) or makes it one unknown word (x), a surname and two characters given names
 * are written with (a class derived from a corpus of names), the clause going on after it with a
 * verb, a preposition, 的 or a pause. Its surname must be one running text seldom uses otherwise
 * (王, 冯, 宋: not 高, 全, 常, so 高水平, 全家福 and 常青树 stay words, named once or twice). A word
 * jieba reads as a place anywhere in the text, or one after a word that leads to a place (首都, 从,
 * 到), is that place; one written all in a transliteration's characters is left to the
 * transliteration rules (索非亚).
 */
function namedByShape(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
  if (key.length === 2) return namedByShapeShort(folded, tokens, key, list);
  if (key.length !== 3 || !isHanWord(key) || !SURNAMES.has(key[0]!) || COMPOUND_SURNAMES.some((s) => key.startsWith(s)) ||
    !SURNAME_MOSTLY.has(key[0]!) || !GIVEN_NAME_CHARS.has(key[1]!) || !GIVEN_NAME_CHARS.has(key[2]!) || !isNameShape(key) || soundsLikeName(key)) return false;
  if (placeSomewhere(folded, tokens, key)) return false;
  return list.some((c) => {
    // A 、 list is for the list rules to decide (鲤鱼、武昌鱼、鲶鱼).
    if (!isNameToken(tokens, c) || inEnumeration(folded, c)) return false;
    const after = folded.slice(c.end, c.end + 8);
    if (NOT_PERSON_AFTER.test(after)) return false;
    const next = tokens[tokenIndexAt(tokens, c.start) + 1];
    return AFTER_BARE_NAME.test(after) || (next !== undefined && next.start === c.end && CLAUSE_GOES_ON.test(next.tag));
  });
}

/** Characters no long name of a person holds: numerals (五星红旗), particles and pronouns. Japanese
 * given names hold numerals (晋三, 太郎 is not one), so only a Han name's first two are checked for them. */
const NOT_IN_LONG_NAME = /[的了是在和与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将于等个我你他她它们说月日]/;

/** The last character of a Japanese given name (晋三, 太郎, 博文, 佳彦, 由纪夫, 惠子). */
const JAPANESE_GIVEN_END = /[郎夫雄男彦树三二一介之太吉平弘宏浩信也人治次助藏正明文子美惠代香奈江]$/;

/** A long name's shape: written in a transliteration's characters (伊丽莎白), a Japanese name, its
 * given name ending as they do (安倍晋三, 伊藤博文), or four characters opening with a surname, compound
 * or not (司马相如, 成吉思汗); never a numeral or a particle, a doubled character (马马虎虎), a country or
 * a city, or a post. Phrases jieba's dictionary also tags names (道德修养, 绿水青山, 邓小平理论, seen on
 * the gold and PFR) and a building's or a flag's name (靖国神社, 五星红旗) have none of these shapes. */
function isLongNameShape(key: string): boolean {
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
function namedLongAndOften(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
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
function placeSomewhere(folded: string, tokens: readonly TaggedToken[], key: string): boolean {
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
function namedBySound(folded: string, tokens: readonly TaggedToken[], key: string, list: readonly Candidate[]): boolean {
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

/** A full name jieba's dictionary knows may hold a character that running text uses as a particle
 * (航海家郑和, 张万年): right after a post, or as the last of three characters, the dictionary
 * vouches for it. It still needs evidence of a person like any name. */
function isDictNameAfterPost(text: string, folded: string, tokens: readonly TaggedToken[], c: Candidate, key: string): boolean {
  if (c.dictName !== true || !isHanWord(key) || key.length < 2 || key.length > 3 || !SURNAMES.has(key[0]!) || key[0] === key[1] ||
    NOT_NAME_END.test(key) || POST_AT_END.test(key)) return false;
  // A three-character name the dictionary knows may end in 年 or 和 (张万年, 李延年) whatever stands around it.
  return (key.length === 3 && !NOT_IN_NAME.test(key[1]!.replace(/[万向其之千]/, '')) && /[年和]/.test(key[2]!)) || titleBefore(text, folded, tokens, c.start) !== null;
}

/** What closes a name's clause or carries it on right after it: a pause, a speech verb, or a
 * verb, an adverb, a preposition, a number or a time word as the next word. */
function goesOnAfterName(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
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
function isUnknownNameAfterPost(text: string, folded: string, tokens: readonly TaggedToken[], c: Candidate, key: string): boolean {
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

/** Whether a span is part of a longer run of Han text on either side (so not a name on its own). */
function isSoundNeighbour(folded: string, start: number, end: number): boolean {
  return /\p{Script=Han}/u.test(folded[start - 1] ?? '') && /\p{Script=Han}/u.test(folded[end] ?? '') &&
    !/[、，。]/.test(folded[start - 1]!);
}

/**
 * Names joined by 、: when one of them is a person (evidence of its own) or the list ends on a
 * word that only people take (参加调研, 出席, 等), every name-shaped member is a person; a post
 * before the list names each member that has none of its own (`航天员景海鹏、刘洋`).
 */
function acceptLists(folded: string, tokens: readonly TaggedToken[], kept: Candidate[], accepted: Set<string>, strong: ReadonlySet<string>): void {
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

/** The text right before a name, where a post would end; a rank in brackets after the post
 * (`主任（副部长级）王均伟`) is left out. */
function postText(folded: string, start: number): string {
  return folded.slice(Math.max(0, start - 16), start).replace(/[（(][^（）()]{1,8}[)）]$/, '').slice(-8);
}

/** A list's neighbouring item that may be a name jieba did not read as one of its known names (a
 * name, an unknown word, a transliteration, a place word that may be a minority name). */
function nameLike(t: TaggedToken | undefined): boolean {
  return t !== undefined && (/^(?:nrt|nrfg|x|ns)$/.test(t.tag) || (t.tag === 'nr' && isListItemShape(t.word) && !LIST_NOT_NAME_END.test(t.word)));
}

/** Last characters of words jieba may tag as names that name a quality, a trend, a place or a body. */
const LIST_NOT_NAME_END = /[感化性率度力型式界岛河湖江海洋湾峰岭洲州城园团队科组班校厂店楼门]$/;

const HONOUR_AT_START = /^(?:副?教授|副?研究员|先生|女士|同志|博士)(?=、)/;
const HONOUR_AT_END = /(?:副?教授|副?研究员|先生|女士|同志|博士)$/;
/** A short note in brackets after a list member: a year, a sex, a people (`(2016年)`, `（女）`, `（回族）`). */
const YEAR_AT_START = /^[（(][^（）()\n、，,。]{1,10}[)）](?=、)/;
const YEAR_AT_END = /[（(][^（）()\n、，,。]{1,10}[)）]$/;
const YEAR_AT_END_OF_LIST = /^[（(][^（）()\n、，,。]{1,10}[)）]/;

/** Particles and pronouns no name holds, even in a list (之, 为, 其 may: 张之洞, 康有为). */
const NOT_IN_LISTED_NAME = /[的了是在和与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将于等个我你他她它们说年月日摄]/;

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
function isCreditedShape(tokens: readonly TaggedToken[], c: Span, name: string): boolean {
  // A credit may name the outlet a picture came from (`（图：乌通社）`, `（图：华商报）`): a paper, an
  // agency, a station or a site, by the last character of its name, which no given name ends with.
  if (OUTLET_END.test(name)) return false;
  if (isNameShape(name)) return true;
  if (!isHanWord(name) || NOT_IN_CREDITED_NAME.test(name.slice(1)) || NOT_NAME_END.test(name) || POST_AT_END.test(name) || name[0] === name[1]) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3 && name.length <= 4;
  if (SURNAMES.has(name[0]!)) return name.length >= 2 && name.length <= 3;
  return name.length === 3 && c.end - c.start === 3 && !NOT_IN_NAME.test(name[0]!) && isNameToken(tokens, c);
}

/** The looser shape of a name standing between the 、 of a list: a surname and one or two more
 * characters, none of them a particle. */
function isListItemShape(name: string): boolean {
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
function isDottedItemShape(name: string): boolean {
  const parts = name.split('·');
  // 更 and 明 are sounds of Uyghur names (艾力更): only function characters are refused.
  return parts.length === 2 && parts.every((p) => p.length >= 2 && !/[的了是在和与及或这那也都就还不没么吗呢吧啊着过把被让从将于等个我你他她它们说年月日摄]/.test(p) &&
    !FOREIGN_PLACES.has(p) && !POST_AT_END.test(p)) && !/[著译编摄说道称]$/.test(name);
}

/** Every item of a 、 list that could be a name: the runs between two 、, and the ends of the
 * list cut where the list is closed (`张之洞等`, `黄兴为代表`) or opened (`以曾国藩`). */
function listItemCandidates(folded: string): Candidate[] {
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
function inEnumeration(folded: string, c: Span): boolean {
  return folded[c.start - 1] === '、' || folded[c.end] === '、';
}

/** Whether a candidate is one word jieba tagged as a name or did not know (not 北京/ns). */
function isNameToken(tokens: readonly TaggedToken[], c: Span, tags = /^(?:nr|nrfg|x)$/): boolean {
  const t = tokens[tokenIndexAt(tokens, c.start)];
  return t !== undefined && t.start === c.start && t.end === c.end && tags.test(t.tag);
}

/** Whether the head of a list got its title from the words right before it (not after it). */
function titleIsBefore(folded: string, c: Candidate): boolean {
  const t = foldToSimplified(c.title ?? '');
  return t.length > 0 && folded.slice(Math.max(0, c.start - t.length - 2), c.start).replace(/[\s　]+/g, '').endsWith(t.replace(/[\s　]+/g, ''));
}

const boundary = (tokens: readonly TaggedToken[], at: number) => {
  const k = tokenIndexAt(tokens, at);
  return k >= tokens.length || tokens[k]!.start === at;
};

/** What 长 opens as a verb or an adverb rather than ending a post: 长大 closing its clause, 长期, 长达. */
const GROWS_ON = /^(?:大(?:[^\p{Script=Han}]|了|的|$)|期|达)/u;

/** `习近平总书记`, `钟南山院士`: a post right after the name, ending where a word ends. */
function titleAfterName(text: string, folded: string, tokens: readonly TaggedToken[], end: number): string | null {
  const m = POST_AFTER_NAME.exec(folded.slice(end, end + 5));
  if (!m || ADDRESS.test(m[0]) || !boundary(tokens, end) || !boundary(tokens, end + m[0].length) || nameFollows(tokens, end + m[0].length)) return null;
  // A place's 长 that opens the verb after it is no head of it (初旺村长大。, 在该镇长期…): jieba
  // read 村长 and left 大 on its own.
  if (m[0].endsWith('长') && GROWS_ON.test(folded.slice(end + m[0].length, end + m[0].length + 2))) return null;
  return text.slice(end, end + m[0].length);
}

/** A post right after `end` that introduces a name after it (…总统萨达姆). */
function introducesOther(folded: string, tokens: readonly TaggedToken[], end: number): boolean {
  const m = POST_AFTER_NAME.exec(folded.slice(end, end + 5));
  return m !== null && nameFollows(tokens, end + m[0].length);
}

/** Whether a word jieba takes for a name starts at `at`: a post between a word and a name belongs
 * to the name after it (伊拉克总统萨达姆: 伊拉克 is the country, not a person). */
function nameFollows(tokens: readonly TaggedToken[], at: number): boolean {
  const t = tokens[tokenIndexAt(tokens, at)];
  // …or a name jieba does not know and leaves one unknown word (华坚董事长张华荣/x): the shape of a
  // Han name decides.
  return t !== undefined && t.start === at && t.word.length >= 2 && (/^(?:nr|nrfg|nrt)$/.test(t.tag) || (t.tag === 'x' && isNameShape(t.word)));
}

/** Names the layout places: bylines, photo credits, authors of quoted verse. */
function placedCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const as = (p: PlacedName): Candidate => ({ start: p.start, end: p.end, key: p.key, role: p.role, title: null, evidence: true, unknown: false });
  const authors = authorLines(folded, tokens).map((s): PlacedName => ({ ...s, key: folded.slice(s.start, s.end), role: null }));
  // A name a byline or a credit line gives a role is checked by the looser shape of a credited name.
  const credited = [...bracketCredits(text, folded), ...lineCredits(text, folded)].map((p) => ({ ...as(p), credited: p.role !== null }));
  return [...credited, ...labelledCandidates(text, folded, tokens), ...roleColonCandidates(text, folded, tokens), ...[...photoCredits(folded), ...attributedAuthors(folded), ...authors, ...signatureLines(text, folded), ...speakerLines(text, folded)].map(as)];
}

/**
 * A role and a colon before one name that closes its clause (`联系人：王强，`, `项目负责人：李明。`,
 * `活动发起人：陈静`): the role is the post, as a credit's label is. The name is a word jieba reads as
 * a name or did not know; a reply after a speaker's role (`主持人：好的。`) is no such word.
 */
function roleColonCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  const colon = /[:：]/g;
  for (let c = colon.exec(folded); c; c = colon.exec(folded)) {
    const at = c.index;
    if (!POST_AT_END.test(folded.slice(Math.max(0, at - 8), at))) continue;
    // …the name closing the clause, the line or a credit (a space before the next credit, a bracket).
    const m = /^[ \u3000]*(\p{Script=Han}{2,3})(?=[，,。；;\n（(）) \u3000]|$)/u.exec(folded.slice(at + 1, at + 8));
    if (!m) continue;
    const start = at + 1 + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // …or a surname standing alone and the given name after it (联系人：王/nr 国庆/t，).
    const first = tokens[tokenIndexAt(tokens, start)];
    const k = tokenIndexAt(tokens, end);
    const pieces = first !== undefined && first.start === start && first.end === start + 1 && SURNAME_MOSTLY.has(folded[start]!) &&
      (k >= tokens.length || tokens[k]!.start === end) && tokens.slice(tokenIndexAt(tokens, start) + 1, k).every((p) => !/^(?:v|vn|vd|a|ad|d|p|c|u|uj|ul|r|f|m|q)$/.test(p.tag));
    if (!isNameToken(tokens, { start, end }) && !pieces) continue;
    const role = titleBefore(text, folded, tokens, at);
    if (role === null) continue;
    out.push({ start, end, role, title: null, evidence: true, unknown: false, credited: true });
  }
  return out;
}

/** The first characters of the compound surnames, to look for one cheaply. */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

/** What closes a name's clause right after it: a pause, or a reporter's 报道 or 摄. */
const CLAUSE_CLOSE = /^(?:[，,。；;、）)]|报道|摄)/;
/** A pause, 报道 or 摄 within the next characters after a name of two or three. */
const CLOSE_AT = /^\p{Script=Han}{0,1}(?:[，,。；;、）)]|报道|摄)/u;

/** A line's opening that is a role and nothing else, right before a speaker's name (`居民`, `社区党委书记`). */
const SPEAKER_ROLE_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*\\p{Script=Han}{0,10}${POST}$`, 'u');

/** A deputy's or a member's line in a page of views from the sessions, ending after the name
 * (`…实验室主任  魏源送委员`): 代表 or 委员 closes the name as a pause does. */
const DEPUTY_LINE_END = /^(?:代表|委员)[ \t\u3000]*(?:\n|$)/;

/** What a name's last character, cut off by jieba, never is: a particle, a word of time or place,
 * a verb of saying (县委书记张三时，, 书记王明说，). */
const NOT_LAST_OF_CUT_NAME = /[的了是在与及或这那也都就还不没很最更么吗呢吧啊着过把被让从将等个我你他她它们说月日摄年时后前里内外间上下来去讲称道问答笑想看]/;

/** A special's credit labels, never a verb's object or a trade before a name (`总策划王建伟，`). */
const BARE_LABELS = '总策划|策划|总监制|监制|总统筹|统筹|出品人|制片人|撰文|制图|校对|审校|美编|责编|视觉|文案|摄像|剪辑';
const BARE_LABEL = new RegExp(`(?<=^|[\\s(（【[|｜、，,；;。：:])(?:${BARE_LABELS})(?=\\p{Script=Han})`, 'gmu');
/** Credit labels right after a name, opening the next credit of a run with no separators
 * (`总策划吴齐强执行主编刘芳`, `…王磊摄影张军`): the special's labels, and the paper's own. */
const BARE_LABEL_AT = new RegExp(`^(?:执行(?:主编|策划|总监|制片)|责任编辑|编辑|主编|记者|摄影|文字|图片|视频|设计|海报|${BARE_LABELS})(?=\\p{Script=Han})`, 'u');

/**
 * A credit label with no colon, the name right after it (`总策划王建伟，执行主编刘芳。`, `策划 王为 `):
 * the label is the post. The name is a word jieba reads as a name or did not know (王建伟/x), or a
 * surname and a given name in words of their own (王/nr 为/p is not: 为 is a preposition there),
 * and its credit ends there (a pause, a space, a bracket, the line's end), so that a verb's object
 * (`统筹安排`) stays a word.
 */
function labelledCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  // A name in pieces: a lone surname, whatever jieba tagged it, then words that are no verb, adjective
  // or function word (总策划/向/p 殿/n，); a dictionary word of two alone (统筹/安排/v, 监制/方面) is none.
  const inPieces = (start: number, end: number) => {
    const first = tokens[tokenIndexAt(tokens, start)];
    const k = tokenIndexAt(tokens, end);
    if (!first || first.start !== start || first.end !== start + 1 || !SURNAMES.has(folded[start]!) || (k < tokens.length && tokens[k]!.start !== end)) return false;
    return tokens.slice(tokenIndexAt(tokens, start) + 1, k).every((p) => !/^(?:v|vn|vd|a|ad|an|d|p|c|u|uj|ul|uv|ud|f|r|m|q)$/.test(p.tag));
  };
  // …or a name jieba cut before its last character (总策划/王弄/x 笙/ng，).
  const cutBeforeLast = (start: number, end: number) => {
    const first = tokens[tokenIndexAt(tokens, start)];
    const last = tokens[tokenIndexAt(tokens, end - 1)];
    return first !== undefined && last !== undefined && first.start === start && first.end === end - 1 && /^(?:nr|nrfg|x)$/.test(first.tag) &&
      SURNAMES.has(folded[start]!) && last.start === end - 1 && last.end === end && !NOT_LAST_OF_CUT_NAME.test(folded[end - 1]!);
  };
  BARE_LABEL.lastIndex = 0;
  for (let m = BARE_LABEL.exec(folded); m; m = BARE_LABEL.exec(folded)) {
    // Labels and names may follow each other with nothing between (`总策划吴齐强统筹王为`).
    let label: { at: number; length: number } | null = { at: m.index, length: m[0].length };
    while (label) {
      let start: number = label.at + label.length;
      while (/[ \u3000]/.test(folded[start] ?? '')) start++;
      const role: string = text.slice(label.at, label.at + label.length);
      label = null;
      for (const len of [3, 2]) {
        const end: number = start + len;
        if (!isHanWord(folded.slice(start, end))) continue;
        const next: RegExpExecArray | null = BARE_LABEL_AT.exec(folded.slice(end, end + 6));
        if (!next && !/^(?:$|[\s，,。；;、）)】|｜])/u.test(folded.slice(end, end + 1))) continue;
        if (!isNameToken(tokens, { start, end }, /^(?:nr|nrfg|nz|x)$/) && !inPieces(start, end) && !(len === 3 && cutBeforeLast(start, end))) continue;
        out.push({ start, end, role, title: null, evidence: true, unknown: false, credited: true });
        if (next) label = { at: end, length: next[0].length };
        break;
      }
    }
  }
  return out;
}

/** A result after 以: a score (11比10), a time or a weight (9秒83, 210公斤), or the word for it (总成绩). */
const RESULT_AFTER = /^(?:总成绩|总分|[0-9０-９.]+(?:比[0-9０-９]+|秒|分[0-9０-９]|公斤|kg|米|环))/u;

/** Name candidates from jieba's tokens: nr/x words, and a surname tagged nr glued to the next
 * one or two short tokens (彭/nr 铁军/n → 彭铁军). */
function tokenCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, unknown: boolean) =>
    out.push({ start, end, title: null, evidence: false, unknown });
  tokens.forEach((t, i) => {
    if (!isHanWord(t.word)) return;
    const isName = t.tag === 'nr' || t.tag === 'nrfg' || t.tag === 'nrt';
    // 县长/李明作/x 报告: the HMM glued the verb of making a report or a speech to the name after
    // a post; the name is the word without it.
    const next = tokens[i + 1];
    if ((isName || t.tag === 'x') && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '作' && next?.start === t.end &&
      /^(?:工作|政府|报告|讲话|发言|说明|部署|总结|动员|重要|批示|指示)/.test(next.word) && POST_AT_END.test(postText(folded, t.start))) {
      add(t.start, t.end - 1, t.tag === 'x');
      return;
    }
    // …or glued it with the name's last character into a word of its own (省长/张国/x 清作/x 工作报告): the
    // name is the word before and that character.
    const after = tokens[i + 2];
    if ((isName || t.tag === 'x') && t.word.length === 2 && next?.start === t.end && next.tag === 'x' && next.word.length === 2 && folded[next.end - 1] === '作' &&
      after?.start === next.end && /^(?:工作|政府|报告|讲话|发言|说明|部署|总结|动员|重要|批示|指示)/.test(folded.slice(after.start, after.start + 2)) &&
      isNameShape(folded.slice(t.start, next.start + 1)) && POST_AT_END.test(postText(folded, t.start))) add(t.start, next.start + 1, true);
    // `主任/何立峰` read as 委主/x 任何/r 立峰/x: 任何 (any) took the post's last character and the
    // surname; the name is 何 and the word after it.
    if (t.word === '任何' && t.tag === 'r' && folded[t.start - 1] === '主' && next?.start === t.end && !/^(?:p|c|u|uj|ul|uv|ud|f|r|m|q|v|vn)$/.test(next.tag) &&
      next.word.length >= 1 && next.word.length <= 2 && isHanWord(next.word)) add(t.start + 1, next.end, false);
    // A surname jieba tags a morpheme (刘/zg 洪涛/nr) before a given name it knows as a name.
    if (/^(?:zg|ng)$/.test(t.tag) && t.word.length === 1 && SURNAME_MOSTLY.has(t.word) && next?.start === t.end && /^(?:nr|nrfg)$/.test(next.tag) &&
      next.word.length <= 2 && isHanWord(next.word)) add(t.start, next.end, false);
    // `李华任/x 县委副书记、县长。`: the HMM glued 任 of taking an office to the name before the office.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '任' && next?.start === t.end) {
      const office = /^[^，,。；;\n]{2,40}?(?=[，,。；;\n]|$)/.exec(folded.slice(t.end, t.end + 41))?.[0] ?? '';
      if (POST_AT_END.test(office)) add(t.start, t.end - 1, true);
    }
    // `秘书长/吕特访/x 基辅`: the HMM glued the verb of visiting to a name after a post; the name is the
    // word without it, and the word with it is no one.
    const visits = t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '访' && next?.start === t.end &&
      isHanWord(next.word) && POST_AT_END.test(postText(folded, t.start));
    if (visits) add(t.start, t.end - 1, true);
    // 张大/nr 琪/g 说: jieba knows the surname and the first given character as a name and leaves the
    // last character a morpheme; before a verb the three are one name.
    const tail = tokens[i + 2];
    if (t.tag === 'nr' && t.word.length === 2 && next?.start === t.end && next.word.length === 1 && /^(?:g|ng|zg)$/.test(next.tag) &&
      isNameShape(folded.slice(t.start, next.end)) && tail?.start === next.end && /^(?:v|vd)$/.test(tail.tag)) add(t.start, next.end, false);
    // 会见魏凤/x 和/c 。: a 和 between a name and the end of its clause joins nothing; it ends the name.
    if ((isName || t.tag === 'x') && t.word.length === 2 && next?.start === t.end && next.word === '和' &&
      (tail === undefined ? next.end === folded.length : tail.start === next.end && /^[。，,；;！!？?）)”]/.test(tail.word))) {
      add(t.start, next.end, t.tag === 'x');
      out[out.length - 1]!.endsInHe = true;
    }
    if ((isName || t.tag === 'x') && t.word.length >= 2 && t.word.length <= 4 && !visits) {
      add(t.start, t.end, t.tag === 'x');
      if (isName) out[out.length - 1]!.dictName = true;
    }
    // A word of four or five the dictionary tags a name, of a long name's shape (安倍晋三/nr): only its
    // repetition decides (namedLongAndOften).
    if (isName && t.word.length >= 4 && t.word.length <= 5 && isLongNameShape(foldToSimplified(t.word))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.long = true;
    }
    // Right after a post, a compound surname opens a name of three or four whatever jieba made of it
    // (记者/欧阳/ns 晓光/x, 党委书记/欧阳/ns 红/a，): the name ends where a word ends and its clause
    // closes or goes on.
    const compound = COMPOUND_FIRST.has(folded[t.start]!) ? COMPOUND_SURNAMES.find((cs) => folded.startsWith(cs, t.start)) : undefined;
    if (compound && t.start === (tokens[i - 1]?.end ?? -1) && POST_AT_END.test(postText(folded, t.start))) {
      for (const len of [4, 3]) {
        const end = t.start + len;
        if (end > folded.length || !isHanWord(folded.slice(t.start, end)) || !boundary(tokens, end) || tokens[tokenIndexAt(tokens, end - 1)]!.start < t.start) continue;
        if (!/^(?:[，,。；;：:、）)\s]|$)/.test(folded.slice(end, end + 1)) && !SPEECH_AT_START.test(folded.slice(end, end + 4)) && !/^(?:报道|摄)/.test(folded.slice(end, end + 2))) continue;
        add(t.start, end, false);
        out[out.length - 1]!.byPost = true;
        break;
      }
    }
    // …or the last character of the post before it (传承/v 人陆艳玉/x 说): the post's word and that character
    // make a post, and the rest has a name's shape.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && i > 0 && tokens[i - 1]!.end === t.start &&
      POST_AT_END.test(folded.slice(tokens[i - 1]!.start, t.start + 1)) && isNameShape(folded.slice(t.start + 1, t.end)) &&
      !POST_AT_END.test(folded.slice(tokens[i - 1]!.start, tokens[i - 1]!.end))) add(t.start + 1, t.end, true);
    // …or glues a preposition before a name it knows (由李强/nr 主持, 向王明/x): the name after it,
    // which still needs evidence of its own.
    if ((isName || t.tag === 'x') && t.word.length >= 3 && t.word.length <= 4 && /[由向对与同和跟被给让请]/.test(folded[t.start]!) &&
      isNameShape(folded.slice(t.start + 1, t.end))) add(t.start + 1, t.end, t.tag === 'x');
    // After a post, a transliterated name jieba split before its sound word (主席/冯德/x 莱恩/nrt,
    // 总理/朔/j 尔茨/nrt): the pieces are one name, which the post vouches for.
    const prev = tokens[i - 1];
    if (t.tag === 'nrt' && prev && prev.end === t.start && isHanWord(prev.word) && prev.word.length <= 2 &&
      !/^(?:p|c|u|uj|ul|d|v|vn|r|f|m|q|t|a|ad)$/.test(prev.tag) && !/^[的了和与及在是]$/.test(prev.word) && POST_AT_END.test(postText(folded, prev.start))) {
      add(prev.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // jieba's dictionary reads a few full names as time words (周恩来/t): a candidate like any other.
    if (t.tag === 't' && t.word.length === 3 && SURNAMES.has(folded[t.start]!)) add(t.start, t.end, false);
    if (t.tag === 'x' && t.word.length >= 3 && /[说的了]/.test(folded[t.end - 1]!)) {
      add(t.start, t.end - 1, true); // 陈灿说/x, 陆聿的/x: the HMM glued the next word to the name
    } else if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && /[在为时用]/.test(folded[t.end - 1]!) &&
      POST_AT_END.test(postText(folded, t.start))) {
      // 成员/左藤惠为/x 代表: right after a post; so are 时 of the time something was done to him
      // (看望…出版家/宋木文时/x，) and 用 of the means he uses (副社长/陆昱用/x “…”四个字评价). (A word the
      // dictionary knows whole keeps its last character: 副部长/刘山在/nr is a given name 山在.)
      add(t.start, t.end - 1, true);
    }
    // `市民/李泽政常带/x 着孩子`: after a post, the HMM glued an adverb and maybe its verb to a name of three;
    // the name is the first three, a listed surname and a name's shape.
    if (t.tag === 'x' && t.word.length >= 4 && t.word.length <= 5 && GLUED_ADVERB.test(folded[t.start + 3]!) && SURNAME_MOSTLY.has(folded[t.start]!) &&
      isNameShape(folded.slice(t.start, t.start + 3)) && POST_AT_END.test(postText(folded, t.start))) add(t.start, t.start + 3, true);
    // A competitor's name the HMM glued to the 以 of his result (侯志慧以/x 总成绩…, 王某以/x 11比10…):
    // a score or a result after it is what only a person or a team achieves, and a team has no name's shape.
    if (t.tag === 'x' && t.word.length >= 3 && t.word.length <= 4 && folded[t.end - 1] === '以' && isNameShape(folded.slice(t.start, t.end - 1)) &&
      RESULT_AFTER.test(folded.slice(t.end, t.end + 10))) {
      out.push({ start: t.start, end: t.end - 1, title: null, evidence: true, unknown: true });
    }
    // A name the dictionary knows as a place or a word (钟南山/ns), shown by the post after it.
    if (/^(?:ns|nz)$/.test(t.tag) && t.word.length >= 2 && t.word.length <= 3 && HONORIFIC_AFTER.test(folded.slice(t.end, t.end + 3))) {
      add(t.start, t.end, false);
    }
    // Right after a post, a surname opens a name whatever jieba tagged it (种粮大户/张/q 大伟):
    // two or three characters, ending where a word ends.
    // A two-character dictionary adjective or verb there is no surname and given name (主席/成功/地, 干部/善于).
    // A one-character surname jieba reads as a province's or a city's short name (院长/郑/ns 永年/t 等)
    // opens a name too, when one word of two follows and the clause closes or goes on after it.
    // …and so does a surname jieba reads as a pronoun (副校长/何/r 建国): one running text seldom uses otherwise.
    const pronounSurname = t.tag === 'r' && t.word.length === 1 && SURNAME_MOSTLY.has(t.word);
    const placeSurname = t.tag === 'ns' && t.word.length === 1 && tokens[i + 1]?.start === t.end && tokens[i + 1]!.word.length === 2 &&
      /^(?:[，,。、；;]|等|说|表示|指出|介绍|认为|强调)/.test(folded.slice(t.end + 2, t.end + 4));
    // …and so does a surname jieba reads as an adverb, a preposition or a numeral (记者/曾/d 竹/ng 湘/ns。,
    // 总策划/向/p 殿/n，, 本报记者/余/m 漂生/x 报道), where the name closes its clause right after.
    const functionSurname = /^(?:d|p|m|c)$/.test(t.tag) && t.word.length === 1;
    if (t.word.length <= 2 && SURNAMES.has(folded[t.start]!) && POST_AT_END.test(postText(folded, t.start)) &&
      (placeSurname || pronounSurname || functionSurname || !/^(?:ns|m|p|c|u|uj|ul|d|r|f)$/.test(t.tag)) && !(t.word.length === 2 && /^(?:a|ad|an|v|vd|vn)$/.test(t.tag))) {
      for (const len of [2, 3]) {
        const end = t.start + len;
        let k = tokenIndexAt(tokens, end);
        // The HMM may glue a given name's last character to the verb after it (吕岩/松任/副组长).
        const glued = tokens[k];
        // …or a lone surname's one-character given name to 在 or 说, in a dictionary word (宋/健在/航天…).
        if (len === 3 && glued && glued.start === end - 1 && glued.end === end + 1 && glued.tag === 'x' && GLUED_VERB.test(folded[end]!)) k++;
        else if (len === 2 && t.word.length === 1 && glued && glued.start === end - 1 && glued.end === end + 1 && /[在说]/.test(folded[end]!)) {
          add(t.start, end, false); // a lone surname after a post is never the whole name
          continue;
        }
        else if (k < tokens.length && tokens[k]!.start !== end) continue;
        // A dictionary word (成功/a, 毕业/v) is not a name; the pieces after the surname must
        // not be function words or verbs either.
        if (tokens[k - 1] === t && !/^(?:nr|nrfg|nrt|x)$/.test(t.tag)) continue;
        // A two-character place word may be a given name (曲/青山) only after a lone surname.
        // Before a comma the HMM's pieces of a given name are often tagged as adverbs or numbers
        // (人大副主任徐向/挺，, 局长赵/千峰，): only verbs and function words stop a name there;
        // before an honorific (院长钱/守仁/研究员) not even a verb does.
        const honoured = len === 3 && HONORIFIC.test(tokens[k]?.word ?? '') && tokens[k]!.start === end;
        const closed = len === 3 && /^[，,。；;、]/.test(folded[end] ?? '');
        // A lone surname right after a post is never the whole name (局长王 is no one), so the
        // dictionary word after it is the given name, whatever it means alone (孙/立新/参加).
        const lone = len === 3 && t.word.length === 1 && k === i + 2 && tokens[i + 1]!.end - tokens[i + 1]!.start === 2 &&
          !MANNER_ADVERB.test(tokens[i + 1]!.word);
        // …and before a pause that word may even be a verb written with given names' characters
        // (班长/高/坚强/v，; not 部长/时/强调/v，).
        const givenVerb = lone && closed && [...tokens[i + 1]!.word].every((ch) => GIVEN_NAME_CHARS.has(ch));
        // A word of place (室外/s, 门口/s) is never a given name (电工/管/室外: the worker's charge).
        const stops = honoured ? /^(?:p|c|u|uj|ul|f|r)$/ : givenVerb ? /^(?:vn|p|c|u|uj|ul|uv|ud|f|r|s)$/ : closed ? /^(?:v|vn|p|c|u|uj|ul|f|r|s)$/ :
          lone ? /^(?:v|vn|p|c|u|uj|ul|uv|ud|f|r|s)$/ : /^(?:v|vn|a|ad|an|d|p|c|u|uj|ul|uv|ud|f|r|m|q|t|s)$/;
        // A given name's last character jieba reads as an adjective (省长/易炼/x 红/a 陪同): one of a
        // given name's characters, after a given name of two, before a verb, an adverb or a pause.
        const lastGiven = len === 3 && t.word.length === 2 && k === i + 2 && tokens[i + 1]!.tag === 'a' && tokens[i + 1]!.word.length === 1 &&
          GIVEN_NAME_CHARS.has(tokens[i + 1]!.word) && (/^[，,。；;、]/.test(folded[end] ?? '') || /^(?:v|d|p)$/.test(tokens[k]?.tag ?? ''));
        if (!lastGiven && tokens.slice(i + 1, k).some((p) => stops.test(p.tag) || (p.tag === 'ns' && len === 2))) continue;
        if (functionSurname && !CLAUSE_CLOSE.test(folded.slice(end, end + 2))) continue;
        add(t.start, end, false);
      }
    }
    // A Japanese family name after a Japanese post (日本首相/桥本/n 去年…): two characters ending in
    // a family name's usual last character, or a whole name of four ending in a given name's
    // (小泽一郎), whatever jieba tagged it, when the clause goes on with an act or a pause.
    if (isHanWord(t.word) && /日本|日方|日相|日首相|日外相/.test(postText(folded, t.start)) && POST_AT_END.test(postText(folded, t.start)) &&
      ((t.word.length === 2 && /^\p{Script=Han}[本田野村藤井口木原泽崎岛部川]$/u.test(t.word)) ||
        (t.word.length === 4 && /[郎夫雄男彦树三]$/.test(t.word))) &&
      !/^(?:v|vn|p|c|u|uj|ul|d|r|f|m|q|t|a|ad)$/.test(t.tag) &&
      /^(?:[，,。；;、）)]|在|于|和|与|等|表示|说|指出|强调|认为|宣布|会见|访问|出席|去年|今年|日前|近日|曾|也|还|将|已|正|则|的讲话|的发言)/.test(folded.slice(t.end, t.end + 3))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // Right after a post, a surname and one or two characters that close the clause (a pause, or a
    // reporter's 报道 or 摄) are a name whatever jieba made of the given name (书记/梅/nr 自强/v，,
    // 县委书记/张/q 进修/v，, 书记/任/r 远征/n，, 记者/郑/ns 庆云/ns 报道): the surname stands as a word of
    // its own and no function word follows it. A surname joined to one character is a name only as
    // a word jieba reads as a name or did not know, never a dictionary word (局长/信箱/n，, 县长/许诺/v，).
    // (The clause's close is looked for first: it is cheap, and the post's pattern is not.)
    if (i > 0 && tokens[i - 1]!.end === t.start && SURNAMES.has(folded[t.start]!) && CLOSE_AT.test(folded.slice(t.start + 2, t.start + 5)) &&
      POST_AT_END.test(postText(folded, t.start))) {
      for (const len of [3, 2]) {
        const end = t.start + len;
        const k = tokenIndexAt(tokens, end);
        if (!CLAUSE_CLOSE.test(folded.slice(end, end + 2)) || (k < tokens.length && tokens[k]!.start !== end) || !isHanWord(folded.slice(t.start, end))) continue;
        const pieces = tokens.slice(i, k);
        // …nor a word of place or a verb of saying (电工/管/室外/s，, 部长/时/表示，).
        const alone = t.word.length === 1 && pieces.length >= 2 && !SPEECH_AT_START.test(folded.slice(t.end, end + 2)) &&
          pieces.slice(1).every((p) => !/^(?:u|uj|ul|uz|uv|ud|p|c|r|f|m|q|s|x)$/.test(p.tag) || (p.tag === 'x' && isHanWord(p.word)));
        const whole = pieces.length === 1 && /^(?:nr|nrfg|x)$/.test(t.tag);
        if (len === 3 ? !(alone || whole) : !(whole || (alone && pieces.length === 2))) continue;
        add(t.start, end, false);
        break;
      }
    }
    // …and a name of three jieba cut before its last character (县委书记/巫致/x 中/f，, 本报记者/李德/nr 润/v 报道,
    // 书记/邹静/x 之/u，): that character closes the clause, and is no particle, no word of time or place
    // and no verb of saying (县委书记张三时，, 书记王明说，).
    const last = tokens[i + 1];
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && /^(?:nr|nrfg|nz|x)$/.test(t.tag) && SURNAMES.has(folded[t.start]!) &&
      last !== undefined && last.start === t.end && last.word.length === 1 && isHanWord(last.word) &&
      !NOT_LAST_OF_CUT_NAME.test(folded[t.end]!) &&
      (CLAUSE_CLOSE.test(folded.slice(t.end + 1, t.end + 3)) || DEPUTY_LINE_END.test(folded.slice(t.end + 1, t.end + 5))) &&
      POST_AT_END.test(postText(folded, t.start).trimEnd())) {
      add(t.start, t.end + 1, false);
    }
    // …and a speaker's line opened by his role, the name cut into a noun and a verb before the colon
    // (居民/黄家/n 发/v ：现在…): the line holds only the role and the name before the colon.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && SURNAME_MOSTLY.has(folded[t.start]!) && last !== undefined &&
      last.start === t.end && last.word.length === 1 && isHanWord(last.word) && !NOT_LAST_OF_CUT_NAME.test(last.word) && /^[:：]/.test(folded.slice(last.end, last.end + 1)) &&
      SPEAKER_ROLE_LINE.test(folded.slice(Math.max(0, t.start - 16), t.start)) && isNameShape(folded.slice(t.start, last.end))) add(t.start, last.end, false);
    // …and a given name ending in 年 of long life and good years (画家/刘松/x 年/m 的), which jieba reads as the
    // year: before 的 or a pause, where a year would have its number.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && /^(?:nr|nrfg|x)$/.test(t.tag) && last !== undefined && last.start === t.end &&
      last.word === '年' && /^(?:的|[，,。；;、])/.test(folded.slice(t.end + 1, t.end + 2)) && isNameShape(folded.slice(t.start, t.end + 1)) &&
      POST_AT_END.test(postText(folded, t.start))) add(t.start, t.end + 1, false);
    // …also where jieba read the first two as a place or a noun (干部/黄海/ns 芬/zg，): a surname running
    // text seldom uses otherwise and a given name's last character, before a pause; and where it left
    // the first two unknown and read the last as a verb before an adverb or a preposition that carries
    // the clause on (经纪人/姜绍/x 喜/v 一早/d 从…): a given name's character, no verb of motion or saying.
    if (i > 0 && tokens[i - 1]!.end === t.start && t.word.length === 2 && SURNAME_MOSTLY.has(folded[t.start]!) && last !== undefined &&
      last.start === t.end && last.word.length === 1 && GIVEN_NAME_CHARS.has(folded[t.end]!) && !NOT_LAST_OF_CUT_NAME.test(folded[t.end]!) &&
      !FOREIGN_PLACES.has(t.word) && !CITY_NAMES.has(t.word) && POST_AT_END.test(postText(folded, t.start))) {
      const after = tokens[i + 2];
      const placeCut = /^(?:ns|n)$/.test(t.tag) && /^(?:zg|ng|g)$/.test(last.tag) && /^[，,。；;、]/.test(folded[t.end + 1] ?? '');
      const verbCut = t.tag === 'x' && last.tag === 'v' && after?.start === last.end && /^(?:d|p)$/.test(after.tag);
      if (placeCut || verbCut) add(t.start, t.end + 1, false);
    }
    // A Japanese name of four that jieba did not know, right after any post (前任首相/岸田文雄/x 引咎):
    // its given name ends as Japanese ones do, and the clause closes or goes on after it.
    if (t.tag === 'x' && t.word.length === 4 && isHanWord(t.word) && JAPANESE_GIVEN_END.test(foldToSimplified(t.word)) && !NOT_IN_LONG_NAME.test(foldToSimplified(t.word)) &&
      POST_AT_END.test(postText(folded, t.start)) && goesOnAfterName(folded, tokens, t.end)) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    // A three-character name jieba's dictionary reads as a place (副市长/阳安江/ns), right after a post.
    // Only where a name's clause goes on (等, 在, a pause, a speech verb): a place after a post is
    // where the holder went (记者/马鞍山/报道).
    // …or a four-character one written all in a transliteration's or a minority name's characters
    // (书记/巴音朝鲁/ns、…).
    // …or a two-character one written in a transliteration's characters after a head of state's or
    // government's post (俄罗斯总统/普京/ns 在…).
    const leaderPost = /(?:总统|首相|总理|国王|女王|外长|国务卿)$/.test(postText(folded, t.start));
    // …or a two-character one with a surname running text seldom uses otherwise (组长/罗干/ns 在…),
    // never a foreign city, nor after a reporter, whose place word is where he files from.
    const hanPair = t.word.length === 2 && SURNAME_MOSTLY.has(t.word[0]!) && !FOREIGN_PLACES.has(t.word) &&
      !/(?:记者|特派员|通讯员|编辑)$/.test(folded.slice(Math.max(0, t.start - 4), t.start));
    if (t.tag === 'ns' && (t.word.length === 3 || (t.word.length === 4 && soundsLikeName(t.word)) || (t.word.length === 2 && leaderPost && soundsLikeName(t.word)) || hanPair) &&
      POST_AT_END.test(postText(folded, t.start)) &&
      (/^(?:等|在|、|，|,|。|和|与|同志|表示|说|指出|强调|介绍)/.test(folded.slice(t.end, t.end + 2)) ||
        // (…a head of state's or government's sound name before any act of his: 总统/普京/ns 特意/d 会见.)
        (t.word.length === 2 && leaderPost && soundsLikeName(t.word) && goesOnAfterName(folded, tokens, t.end)))) {
      add(t.start, t.end, false);
      // A four-character one has no Han surname to pass the name's shape: the post vouches for it.
      if (t.word.length !== 3) out[out.length - 1]!.byPost = true;
    }
    // A foreign head of state or government named right after his country and post, in characters
    // that need be no transliteration's (老挝总理/通伦/x 共同…, 泰国总理/巴育): one word jieba did not
    // know, where the clause goes on as a person's. The country and the post vouch for it.
    if (t.tag === 'x' && t.word.length >= 2 && t.word.length <= 4 && isHanWord(t.word) && foreignLeaderPost(folded, t.start) &&
      /^(?:[，,。、；;）)]|和|与|及|共同|一起|一道|等|在|表示|说|指出|强调|出席|会见|会谈|主持|致|向|对|同)/.test(folded.slice(t.end, t.end + 2))) {
      add(t.start, t.end, false);
      out[out.length - 1]!.byPost = true;
    }
    const next1 = tokens[i + 1];
    // A given name's last character read with the next word (院士袁道/先/教授): the honorific
    // after it marks where the name ends.
    if ((isName || t.tag === 'x') && t.word.length === 2 && next1 && next1.start === t.end && next1.word.length === 1 && isHanWord(next1.word) &&
      HONORIFIC.test(tokens[i + 2]?.word ?? '')) {
      add(t.start, next1.end, false);
    }
    if (isName && t.word.length === 2 && next1 && next1.word.length === 1 && /^(?:n|ng|nr|x)$/.test(next1.tag) &&
      isHanWord(next1.word)) {
      add(t.start, next1.end, false); // 马克/nr 龙/n: a transliterated name cut short
    }
    if (isName && t.word.length === 1) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      // 富/起来, 高/达: a verb or a function word after a surname-like character is no given name.
      if (!next || !isHanWord(next.word) || next.word.length > 2 || /^(?:v|vd|d|p|c|u|uj|ul|f|r|m|q)$/.test(next.tag)) return;
      add(t.start, next.end, true);
      if (next.word.length === 1 && after && isHanWord(after.word) && after.word.length === 1) add(t.start, after.end, true);
    }
  });
  return out;
}

/** Whether a head of state's or government's post right before `start` names a foreign country
 * in its phrase (老挝总理, 柬埔寨首相, 老挝人民革命党中央总书记、国家主席), maybe with 副 or 代理. */
function foreignLeaderPost(folded: string, start: number): boolean {
  // The post phrase may list the party's post first (老挝人民革命党中央总书记、国家主席).
  const m = /([\p{Script=Han}、]{2,24}?)(?:副|代理|临时)?(?:总统|首相|总理|国王|女王|外长|国务卿|国家主席|总书记)$/u.exec(folded.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const before = m[1]!;
  for (let k = 0; k <= before.length - 2; k++) {
    for (let len = 2; len <= 9 && k + len <= before.length; len++) {
      const w = before.slice(k, k + len);
      if (FOREIGN_PLACES.has(w) && !/^(?:中国|中华)/.test(w)) return true;
    }
  }
  return false;
}

/** What a leader's name stands before: the government or cabinet he leads, his time in office. */
const LEADERS_OWN = /^(?:政府|内阁|当局|执政|政权|任内|时期|时代|年代)/;

/**
 * A leader named by the government he leads or his time (拜登政府, 桥本内阁, 撒切尔时期, 叶利钦时代):
 * a word jieba tags a person's name (or any word of a Japanese family name's shape before 内阁), written in a
 * transliteration's sound characters, as a Japanese family name or as a Han name, right before
 * such a word; jieba may glue the name to 政府 (克林顿政府/nt). A country, a city or a place is no
 * leader (伊拉克政府, 日本内阁).
 */
const COMPANY_AFTER_ERA = /^(?:董事|监事|总经理|副?总裁|首席|创始人|股份|公司|集团|旗下|公告|控股|科技|电池|汽车|证券)/;

function leaderCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    let end = t.end;
    let after = folded.slice(t.end, t.end + 2);
    const word = folded.slice(t.start, t.end);
    if (t.tag === 'nt' && /^\p{Script=Han}{2,6}(?:政府|内阁)$/u.test(word)) {
      end = t.end - 2;
      after = folded.slice(end, end + 2);
    } else if (!/^(?:nr|nrt|nrfg)$/.test(t.tag) && !(/^(?:x|n)$/.test(t.tag) && after === '内阁') && !(t.tag === 'x' && after === '政府')) return;
    const name = folded.slice(t.start, end);
    if (name.length < 2 || name.length > 6 || !isHanWord(name) || !LEADERS_OWN.test(after) || FOREIGN_PLACES.has(name)) return;
    const next = tokens[i + 1];
    // The whole next word, and no body named after him (肯尼迪/政府学院, 肯尼迪/政府/学院).
    if (end === t.end && (!next || next.start !== end || !LEADERS_OWN.test(next.word) || next.word.length !== 2)) return;
    if (/^(?:学院|大学|学校|研究院|研究所|中心|基金|奖)/.test(folded.slice(end + 2, end + 5))) return;
    // …nor a company named like an era, shown by its officers or its trade after it (宁德时代董事长).
    if (COMPANY_AFTER_ERA.test(folded.slice(end + 2, end + 6))) return;
    const foreign = soundsLikeName(name) || t.tag === 'nrt';
    const japanese = name.length === 2 && /^\p{Script=Han}[本田野村藤井口木原泽崎岛部川倍山]$/u.test(name) && /^(?:内阁|政府|政权)/.test(after);
    // A Han name jieba does not know (尹锡悦/x) only before the government or the cabinet he heads.
    const han = name.length === 3 && SURNAME_MOSTLY.has(name[0]!) && isNameShape(name) && (t.tag !== 'x' || /^(?:政府|内阁)/.test(after));
    // A Japanese full name of four (岸田文雄/x) before the cabinet or the government.
    const japaneseFull = name.length === 4 && /[郎夫雄男彦树茂晋三]$/.test(name) && /^(?:内阁|政府)/.test(after);
    if (t.tag === 'n' ? !japanese : !foreign && !japanese && !han && !japaneseFull) return;
    out.push({ start: t.start, end, title: null, evidence: true, unknown: false, byPost: true });
  });
  return out;
}

/** A name introduced as one, up to the pause that closes it (`名叫张鹏一，`). */
const NAMED_UP_TO_PAUSE = /(?:名叫|叫做|名字叫)(\p{Script=Han}{2,3})(?=[，,。；;、])/gu;

/** A post, 是 and a name of two or three closing its clause (`主编是胡果，`, `队长是王明。`). */
const POST_IS_NAME = new RegExp(`${POST}是(\\p{Script=Han}{2,3}?)(?=[，,。；;])`, 'gu');

/** Names between a post and a speech verb or a deputy's title, found on the text itself. */
function patternCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  POST_NAME_SPEECH.lastIndex = 0;
  for (let m = POST_NAME_SPEECH.exec(folded); m; m = POST_NAME_SPEECH.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    // `局长王再次强调`: a surname and an adverb, not a given name.
    if (!MANNER_ADVERB.test(m[1]!.slice(1))) out.push({ start, end: m.index + m[0].length, title: null, evidence: true, unknown: false });
    POST_NAME_SPEECH.lastIndex = start; // the name may itself end in 长 (张长): rescan from it
  }
  // `名叫张鹏一，`: a name given as one (名叫, 叫做) is the whole word up to the pause, whatever jieba
  // cut (张鹏/x 一/m).
  for (const m of folded.matchAll(NAMED_UP_TO_PAUSE)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, title: null, evidence: true, unknown: false });
  }
  // `主编是胡果，`: a post, 是 and a name closing the clause name who holds it.
  for (const m of folded.matchAll(POST_IS_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, title: null, evidence: true, unknown: false });
  }
  // A deputy's title after the name: the post is looked for in the few characters before it only.
  DEPUTY_TITLE.lastIndex = 0;
  for (let d = DEPUTY_TITLE.exec(folded); d; d = DEPUTY_TITLE.exec(folded)) {
    const m = POST_NAME_BEFORE_DEPUTY.exec(folded.slice(Math.max(0, d.index - 24), d.index));
    // `研究员向各位委员表示`: the people addressed, `院士代表委员发言`: the verb, not a name.
    if (!m || MANNER_ADVERB.test(m[1]!.slice(1)) || /[各位们些诸众代表]/.test(m[1]!)) continue;
    out.push({ start: d.index - m[1]!.length, end: d.index, title: null, evidence: true, unknown: false });
  }
  return out;
}

/** An officer's head of a post, the kind that closes an official's title (`…生态环境部部长`, `…工区工长`). */
const OFFICER_POST = /(?:[部局厅处科所院校队站段组区班工]长|主任|主席|书记|总理|总统|委员|董事长|总经理|总监|司令员|政委)$/;

/**
 * `这是生态环境部部长黄润秋接受媒体采访`, `…工区工长宁建军攀登铁塔`: a three-character name of a
 * common surname and given-name characters between an officer's post and a verb (or a preposition), found on the text
 * when jieba cut the name into other words (黄润/n 秋/t, 长宁/ns 建军/n). The post and the act
 * together are the evidence; the surname and given-name classes keep words out.
 */
function postActCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // …or a preposition or a conjunction that goes on with his clause (黄润/秋/与…会谈, 在会上说, 和…出席).
    if (!(/^(?:v|vd|vi|p)$/.test(t.tag) || (t.tag === 'c' && /^(?:和|与|及|同)$/.test(t.word))) || t.start < 5) continue;
    const start = t.start - 3;
    const name = folded.slice(start, t.start);
    if (!SURNAME_MOSTLY.has(name[0]!) || !GIVEN_NAME_CHARS.has(name[1]!) || !GIVEN_NAME_CHARS.has(name[2]!) || !isNameShape(name)) continue;
    if (!OFFICER_POST.test(folded.slice(Math.max(0, start - 4), start))) continue;
    // jieba read no word across the name's end, and the name is not one word it knows as something else.
    const first = tokens[tokenIndexAt(tokens, start)];
    if (!first || (first.start === start && first.end === t.start && !/^(?:nr|nrfg|x)$/.test(first.tag))) continue;
    out.push({ start, end: t.start, title: null, evidence: true, unknown: false });
  }
  return out;
}

function hasEvidenceAround(folded: string, c: Span & { dictName?: boolean }, tokens: readonly TaggedToken[]): boolean {
  const after = folded.slice(c.end, c.end + 8);
  // A lone 长/员/师 after a name begins the next word (王明长期), it is no post; nor is a post
  // that introduces the name after it (伊拉克总统萨达姆).
  const afterPost = AFTER_NAME.exec(after);
  // A two-character word between 的 and a post qualifies the post (爱戴的卓越领导人), it names no one.
  // A form of address still follows a name there (获奖的卢奇先生).
  const qualifies = c.end - c.start === 2 && folded[c.start - 1] === '的' && !/^(?:先生|女士|同志|教授|院士|老师|老人|夫妇|一家|等人)/.test(after);
  // The name may follow the word the post ends in (董事/长 in 董事长张华荣: the post's word is 董事长).
  const postWordEnd = afterPost ? Math.max(c.end + afterPost[0].length, tokens[tokenIndexAt(tokens, c.end + afterPost[0].length - 1)]?.end ?? 0) : 0;
  const post = afterPost && !qualifies && !nameFollows(tokens, c.end + afterPost[0].length) && !nameFollows(tokens, postWordEnd) ? afterPost : null;
  // Adverbs may stand between the name and the verb (毛泽东曾经形象地说, 王慧杰动情地说).
  // …and a clause of time or place (王明在接受采访时表示).
  // …and a date (周海涛1998年逝世).
  // …and the day (普京当天签署…).
  const verb = folded.slice(c.end, c.end + 24).replace(/^(?:于|在)?[0-9０-９]{1,4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?|^[0-9０-９]{1,2}日/, '').replace(DAY_WORD, '')
    .replace(/^在[^，。；、“”]{1,10}?(?:时|中|上|期间)/, '').replace(ADVERBS, '');
  // …or the person spoken to (姚明对周琦说, 王明向大家介绍).
  const spokenTo = /^(?:对|向|跟)\p{Script=Han}{1,4}?(?:说|讲|表示|介绍|透露|坦言|解释|强调)/u.test(verb);
  // A saying cited by its speaker (正如黑格尔所说), or a view cited after a verb of citing (引用列宁关于…).
  const cited = CITED_SAYING.test(after) || (CITING_BEFORE.test(folded.slice(Math.max(0, c.start - 2), c.start)) && CITED_AFTER.test(after));
  // …and a view held (在王明看来，).
  const inView = folded[c.start - 1] === '在' && /^看来[，,]/.test(after);
  // …and a manner of saying closed by 道 or said as a sigh (打趣道，, 感叹，), or words borrowed from him (用…的话说).
  const saidSo = /^(?:说|笑|叹|问|答|喊|叫|写|补充|打趣|调侃|回答|解释|感叹|反问|追问|回忆|介绍|强调|说明|笑着说|插话)道[，,：:]|^(?:感叹|慨叹|感慨|调侃|笑称)[，,：:]/u.test(verb) || (folded[c.start - 1] === '用' && /^的话(?:说|讲|来说)/.test(after));
  // …and a speech made where he was (卢拉在巴西利亚说).
  const spokeThere = /^在\p{Script=Han}{2,8}?(?:说|表示|指出|强调|宣布|发表讲话)/u.test(after);
  return SPEECH_AT_START.test(after) || SPEECH_AT_START.test(verb) || OFFICIAL_ACT.test(verb) || PERSON_ACT.test(verb) || spokenTo || cited || spokeThere || inView || saidSo ||
    IN_WRITING.test(folded.slice(c.end, c.end + 36)) ||
    (c.dictName === true && SAYING.test(folded.slice(c.end, c.end + 64)) && SAYING_LEAD.test(folded.slice(Math.max(0, c.start - 2), c.start))) ||
    (c.end - c.start >= 3 && folded.startsWith('的《', c.end)) ||
    (post !== null && post[0].length >= 2) || CAPTION_POSITION.test(after) ||
    CITATION.test(after) || PERSONAL_DETAILS.test(after) || NAMED_AS.test(folded.slice(Math.max(0, c.start - 3), c.start)) ||
    AGE_BEFORE.test(folded.slice(Math.max(0, c.start - 6), c.start)) || OTHERS_AFTER.test(after) ||
    // The one a meeting is chaired by (会议由李强主持).
    (folded[c.start - 1] === '由' && /^主持(?!人)/.test(after)) || PEOPLE_AFTER_LIST.test(folded.slice(c.end, c.end + 12)) ||
    // The speaker of an interview: a name opening the line, then a colon and the words said.
    // …maybe with who he is in brackets first (`杨伟光（中央电视台台长）：`).
    (/^(?:[（(][^（）()\n]{1,30}[)）])?[:：]\s*\S/.test(folded.slice(c.end, c.end + 40)) && /(?:^|\n)\s*$/.test(folded.slice(Math.max(0, c.start - 4), c.start)));
}

/** `總策劃：吳齊強`, `(責編：李淑靜、彭應兵)`: the role label of a credit line, as the title. */
function creditRole(text: string, folded: string, c: Span): string | null {
  // A credit opens a line or a bracket at the end of a paragraph (`（作者：王明，系…）`).
  // Credit lines are short, so only the 61 characters before the name are searched: a search back
  // over the whole text for each candidate made long texts quadratic.
  const from = Math.max(0, c.start - 61);
  const back = folded.slice(from, c.start);
  const openAt = Math.max(back.lastIndexOf('（'), back.lastIndexOf('('));
  const open = openAt >= 0 ? from + openAt : -1;
  const newline = back.lastIndexOf('\n');
  const lineStart = Math.max(newline >= 0 ? from + newline + 1 : 0, c.start - open <= 30 ? open : 0);
  if (c.start - lineStart > 60) return null; // credit lines are short; don't rescan paragraphs
  // The nearest label decides (`文/栗思 编辑/倪家宁`: 倪家宁 is the editor).
  const segment = folded.slice(lineStart, c.start);
  let last: RegExpExecArray | null = null;
  CREDIT_LABEL.lastIndex = 0;
  for (let m = CREDIT_LABEL.exec(segment); m; m = CREDIT_LABEL.exec(segment)) last = m;
  if (!last || !CREDIT_NAMES.test(segment.slice(last.index + last[0].length))) return null;
  // Only labels at the line's or bracket's start, or after names, make a credit line.
  // …or after other credits on the line (`数据来源：国家统计局 制图：…`).
  if (!/^[\s(（【[]*$/.test(segment.slice(0, last.index)) && !CREDIT_NAMES.test(segment.slice(0, last.index).replace(/^[\s(（【[]*\p{Script=Han}{0,8}[:：/／]/u, '')) &&
    !/^(?:[\s(（【[]*\p{Script=Han}{2,6}[:：][^:：\n]{1,20}?[ \u3000]+)+$/u.test(segment.slice(0, last.index))) return null;
  const at = lineStart + last.index;
  // A padded label (`监 制`) is shown without its padding.
  return text.slice(at, at + last[1]!.length).replace(/[ \u3000]+/g, '');
}

