import { foldToSimplified } from '../../text';
import { isHanWord, tokenIndexAt, type TaggedToken } from '../tokens';
import { ADMIN_START, DYNASTY, FOREIGN_PARTY_SHORT, FUNCTION_WORDS, ORG_END, POST, POST_AFTER_NAME, POST_AT_END, POST_MODIFIER, TITLE_TAGS, gluedFunction } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';

/** Category words that describe an employer before its name (养老机构泰康之家, 民营企业某某). */
const CATEGORY = /^(?:机构|企业|品牌|单位|部门|媒体|平台|民企|国企|央企|车企|药企|高校|智库|团体|组织|养老机构)$/;

/** Service trades jieba tags as verbs; the worker's word after one is part of the post (外卖骑手). */
const TRADE = /^(?:外卖|快递|保洁|护理|家政|配送|安保|维修|装修|搬运|驾驶|销售|采购|运输|理发|育婴|陪护|巡逻|消防|救援)$/;

/** Functions of a company or an office that name an officer's remit (审计主管, 采购经理, 监督专员). */
const FUNCTION_REMIT = /^(?:审计|采购|销售|营销|研发|设计|监理|监督|管理|运营|策划|培训|宣传|招商|招聘|维修|安保|保卫|质检|检验|测试|调度|协调|监察|督查|巡查|客服|仓储|物流|法务|财务|人事|行政|技术|公关|市场)$/;
/** Officers of a function: the posts a remit qualifies. */
const OFFICER = /^(?:主管|经理|总监|专员|主任|助理|工程师|负责人|总管|督导|组长|科长|部长|处长|顾问)$/;
/** Duties that qualify a post (值班经理, 执勤民警, 挂职副县长, 带班领导, 驻点干部). */
const DUTY = /^(?:值班|执勤|值守|带班|跟班|挂职|驻村|驻站|驻点|驻场|包村|包片|蹲点|下派|援疆|援藏|援青)$/;

/** Genres of film, stage and song that name a kind of performer (武打巨星, 喜剧演员, 流行歌手). */
const GENRE = /^(?:武打|功夫|动作|喜剧|悲剧|武侠|流行|摇滚|说唱|民谣|歌舞|戏曲|话剧|相声|小品|魔术|杂技)$/;

/** Praise and age before a post describe the person, not the body (著名法学专家, 优秀青年教师). */
const PRAISE = /^(?:著名|优秀|杰出|资深|知名|年轻|年迈|伟大|模范|先进|光荣|普通|老实|热心|勤劳|善良|美丽|可爱|坚强)$/;

/** Place and time words that situate a person rather than name a body (国内, 当地, 今年, 近日). */
const WHERE_OR_WHEN = /^(?:国内|国外|海外|境内|境外|省内|省外|市内|市外|区内|县内|当地|本地|外地|各地|身边|现场|一线|基层|前方|后方|上方|下方|海上|空中|今年|去年|明年|前年|近日|日前|目前|当时|此前|今天|昨天|明天|现在|当前|近年|近期|同期|同日|当天|当晚|此后|以来|以后|期间|今后|过去|未来|如今|眼下|届时|平时|同时|随后|上午|下午|中午|晚上|早上|傍晚|凌晨|清晨|深夜|夜间|年前|年后|年底|年初|年末|月底|月初|月末)$/;

/** What follows a person's name in a list of dignitaries (袁强先生、张国友研究员、…). */
export const HONORIFIC = /^(?:教授|副教授|研究员|副研究员|先生|女士|同志|博士|老师)$/;

/** A word that is a post by itself, whatever jieba tags it (参赞/v). */
const WHOLE_POST = new RegExp(`^${POST}$`, 'u');
import { isNameShape } from './name-shape';
import { CITY_NAMES } from './org-places';
import { soundsLikeName } from './transliteration';

// ---- Titles ----------------------------------------------------------------------------------

const MAX_TITLE = 40;

/** A 、 between posts with spaces typed beside it (`县委副书记、 县长`): given without them. */
const SPACED_LIST_MARK = /[ \u3000\u00a0]*、[ \u3000\u00a0]*/g;

/** A one-character verb or preposition jieba glued to 前 (former) opening a post (`由前/x`, `称前/x`, `见前/x`). */
const FORMER_AFTER_VERB = /^[是由让令称说见有与和同向对被将据请叫给跟为在从把经]前$/;
/** Labels of a credit line that are no post elsewhere (`总策划`, `监制`, `责编`). */
const CREDIT_ROLE = /^(?:总?(?:策划|监制|统筹)|责编|美编|校对|审校|编审|摄像)$/;
/** A post closed by its rank in brackets, right before 兼 (`谈判代表（正部长级）`). */
const RANK_BRACKET_BEFORE = new RegExp(`${POST}[（(]\\p{Script=Han}{1,8}级[)）]$`, 'u');
/** Ranks that follow a name in a list of dignitaries as its honorifics do (`…副主任姚建年院士、`). */
const RANK_AFTER_LISTED = /^(?:院士|高级工程师|主任医师)$/;
/** The end of a dispatch's dateline (`１月２日电`, `一月二日讯`): what stands before it is no post. */
const DATELINE_END = /^(?:日电|日讯|讯|电讯|(?:本报|本站|本刊|本台|本网)讯)$/;
/** One-character words that open a clause before a post without naming anything (`当山东省…局长`). */
// …and a verb of saying that opens a report's clause (`举报，称…局工作人员李某`).
const CLAUSE_OPENER = /^[当记据令使让请叫给跟同若如应受经由称说讲问答道]$/;
/** Verbs of meeting and seeing that jieba keeps apart from the body after them (`约见地质部`, `见到民和委`):
 * a verb before a body's head is part of its name only after a word of the name, never after a post or an adverb. */
function verbInsideName(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.end !== tokens[i]!.start) return false;
  const w = folded.slice(before.start, before.end);
  // `学术和编审委员会`: 与/和 joining two words of one name (checked when the walk reaches it).
  if (w === '和' || w === '与') return true;
  if (!TITLE_TAGS.has(before.tag) || !isHanWord(w) || FUNCTION_WORDS.test(w) || POST_AT_END.test(w)) return false;
  // A word jieba tags as a name is a person acting (王明/nr 考察/v 中心), unless a noun of the body's
  // name stands glued before it (国家/n 玉米/nr 改良/v 中心): then it is a word of that name too.
  if (!before.tag.startsWith('nr')) return true;
  const owner = tokens[i - 2];
  return owner !== undefined && owner.end === before.start && /^(?:n|nt|nz|j)$/.test(owner.tag) && !POST_AT_END.test(folded.slice(owner.start, owner.end));
}

/**
 * The run of organisation and post words right before a name, if it ends with a post:
 * `湖南省副省长、省公安厅厅长|王一鸥`, `长沙市公安局芙蓉分局定王台派出所社区民警|杨曙光`,
 * `长沙雷锋派出所“项目警官”|戴锐`. Walks jieba's tokens backwards, cutting the token that
 * straddles the name's start (jieba may have glued title and name: 所/长安/志).
 */
export function titleBefore(text: string, folded: string, tokens: readonly TaggedToken[], nameStart: number): string | null {
  const title = ownPosts(folded, tokens, nameStart, postRunBefore(text, folded, tokens, nameStart));
  // A post never holds its holder's own name (`“陈同佳案”当事人陈同佳`: a case named after him).
  if (title !== null) return foldToSimplified(title).includes(folded.slice(nameStart, nameStart + 2)) ? null : title;
  // `…管理处干部、第五届“沧州好人”提名奖获得者王贵鹏`: an award closing the list of what someone is
  // is an honour, not an office; the office is the item before it.
  const joined = listHeadBefore(folded, tokens, nameStart);
  if (joined !== null) return postRunBefore(text, folded, tokens, joined);
  const award = AWARD_BEFORE.exec(folded.slice(Math.max(0, nameStart - 30), nameStart));
  if (award) return postRunBefore(text, folded, tokens, nameStart - award[0].length);
  // `…专业委员会副主任、西南大学地理科学学院杨庆媛教授`: the list of what someone is ends with the
  // body he works in, his rank after the name; the office is the item before that body.
  const body = BODY_BEFORE.exec(folded.slice(Math.max(0, nameStart - 24), nameStart));
  if (body && ORG_END.test(body[1]!) && RANK_AFTER_NAME.test(folded.slice(nameStart, nameStart + 8))) {
    // Not in a list of scholars, each with his own rank (`、安徽师范大学陆林教授、华南师范大学刘云刚教授`).
    const office = postRunBefore(text, folded, tokens, nameStart - body[0].length);
    if (office !== null && !RANK_AT_END.test(foldToSimplified(office))) return office;
  }
  return null;
}

/** Posts joined by 、 are one post: an item that ends in a person's name instead (`法国总统马克龙、
 * 欧盟委员会主席`: a word jieba tags as a name, maybe with one character it split off) closes another
 * person's post, and this one's is what follows it. */
function ownPosts(folded: string, tokens: readonly TaggedToken[], nameStart: number, title: string | null): string | null {
  if (title === null || !title.includes('、')) return title;
  const start = nameStart - title.length;
  if (start < 0 || folded.slice(start, nameStart) !== foldToSimplified(title)) return title;
  for (let at = nameStart - 1; at > start; at--) {
    if (folded[at] !== '、') continue;
    const k = tokenIndexAt(tokens, at - 1);
    const t = tokens[k];
    const prev = tokens[k - 1];
    const named = t !== undefined && t.end === at && (/^(?:nr|nrfg|nrt)$/.test(t.tag) && t.word.length >= 2 ||
      (t.word.length === 1 && prev !== undefined && prev.end === t.start && prev.word.length >= 2 &&
        (/^(?:nr|nrt)$/.test(prev.tag) || soundsLikeName(prev.word + t.word))));
    if (named && !POST_AT_END.test(folded.slice(start, at))) return title.slice(at - start + 1);
  }
  return title;
}

/** The last item of a 、 list right before a name, when it is a body (`、西南大学地理科学学院`). */
const BODY_BEFORE = /、(\p{Script=Han}{3,22})$/u;
/** A name of two or three characters and the academic or professional rank after it (`杨庆媛教授`). */
const RANK_AT_END = /(?:教授|研究员|院士|博士|医师|工程师)$/;
const RANK_AFTER_NAME = /^\p{Script=Han}{2,3}(?:副?教授|副?研究员|院士|博士|主任医师|副主任医师|高级工程师)/u;

/**
 * `副省长张建国和李明华`, `航天员景海鹏、刘旺和刘洋`: the last member of a list joined by 和, 与 or 及
 * takes the post before the list's first member, as every member of a 、 list does. Returns where
 * that first member starts, or null when the word before 和 is no name, or when a post after this
 * name gives its own.
 */
function listHeadBefore(folded: string, tokens: readonly TaggedToken[], nameStart: number): number | null {
  let k = tokenIndexAt(tokens, nameStart) - 1;
  const joiner = tokens[k];
  if (!joiner || joiner.end !== nameStart || !/^(?:和|与|及)$/.test(joiner.word)) return null;
  // A Han name after 和, not a transliteration that may be a club or a country (李铁和埃弗顿).
  const own = tokens[k + 1];
  if (!own || own.start !== nameStart || own.tag === 'nrt' || !(isNameShape(own.word) || isNameShape(own.word.slice(0, 3)) || isNameShape(own.word.slice(0, 2)))) return null;
  if (POST_AFTER_NAME.test(folded.slice(nameStart + 2, nameStart + 6)) || POST_AFTER_NAME.test(folded.slice(nameStart + 3, nameStart + 7))) return null;
  let head: number | null = null;
  for (k--; k >= 0; k -= 2) {
    const t = tokens[k]!;
    const w = folded.slice(t.start, t.end);
    if (!/^(?:nr|nrfg|x)$/.test(t.tag) || !isNameShape(w)) break;
    head = t.start;
    if (folded[t.start - 1] !== '、') break;
  }
  return head;
}

/** Han text closing with a name of two or three, then the outlet's own word opening a reporter's post
 * (`王小玲本报记者`, `县委书记王明本报记者`). */
const OWN_OUTLET_AFTER_NAME = /(\p{Script=Han}{2,3})((?:本报|本台|本刊|本网)(?:特派|驻\p{Script=Han}{1,6})?记者)$/u;

/** A country and a role of reporting or study right after it (`南苏丹记者`, `厄立特里亚博士生`). */
const NATIONALITY_ROLE = /^(\p{Script=Han}{2,8}?)(记者|博士生|硕士生|研究生|留学生|博士后|学生)$/u;

/** An award's holder closing a 、 list before a name (`、第五届“沧州好人”提名奖获得者`). */
const AWARD_BEFORE = /、[^、，,。；;：:\n]{1,20}?(?:奖|奖章|称号)(?:获得者|得主)$/u;

function postRunBefore(text: string, folded: string, tokens: readonly TaggedToken[], nameStart: number): string | null {
  let i = tokenIndexAt(tokens, nameStart) - 1;
  const straddling = tokens[i + 1];
  // Bylines and photo credits put spaces between post and name (`新华社记者 谢环驰 摄`).
  // …but not where jieba glued the verb of holding an office to the name (`…区委书记 齐静任/x 怀柔区委书记`):
  // the office is the one after the name, in a line of appointments.
  while (i >= 0 && /^[ \t\u3000\u00a0]+$/.test(tokens[i]!.word) && straddling?.start === nameStart && !/任$/.test(straddling.word)) i--;
  const titleEnd = i >= 0 && straddling?.start === nameStart ? tokens[i]!.end : nameStart;
  let runStart = titleEnd;
  // The piece of a straddling token left of the name counts as a title word.
  if (straddling && straddling.start < nameStart) runStart = straddling.start;
  const word = (k: number) => folded.slice(tokens[k]!.start, tokens[k]!.end);
  // `督察/v 长张/x 国平`: a post's last character glued to the name, after a verb jieba read apart from
  // it (督察长, 检察长, 审计长): the verb and the character are the post.
  if (straddling && nameStart - straddling.start === 1 && i >= 0 && tokens[i]!.end === straddling.start && /^(?:v|vn|a|d)$/.test(tokens[i]!.tag) &&
    word(i).length === 2 && isHanWord(word(i)) && /[长员师]/.test(folded[straddling.start]!) && POST_AT_END.test(word(i) + folded[straddling.start]!)) {
    runStart = tokens[i]!.start;
    i--;
  }
  while (i >= 0 && nameStart - tokens[i]!.start <= MAX_TITLE) {
    const t = tokens[i]!;
    const w = word(i);
    // A dispatch's dateline glued to the reporter's post (`１月２日电记者`, `日讯新华社记者`) ends the post.
    if (DATELINE_END.test(w) || (w === '电' && /[日0-9０-９]$/.test(folded.slice(0, t.start)))) break;
    // `——记…董事长徐杰`: a feature's subtitle opens with 记 or 访 after a dash; the verb is no part of the post.
    if (/^[记访]$/.test(w) && /[—－-]$/.test(folded.slice(0, t.start))) break;
    // A caption's opening (`图为中共湖南省委书记王茂林`, `这是…部长…接受采访`) is no part of the post.
    if (/^(?:图为|图中|图片为|左起|右起|这是|这为)$/.test(w)) break;
    if (w === '兼' && runStart === tokens[i + 1]?.start && i > 0 && POST_AT_END.test(word(i - 1))) {
      i--; // `董事长兼总经理`: one person's two posts
      continue;
    }
    // `…谈判代表（正部长级）兼副部长`: the first post closed by its rank in brackets.
    if (w === '兼' && runStart === tokens[i + 1]?.start && i > 0 && /^[)）]$/.test(word(i - 1)) && RANK_BRACKET_BEFORE.test(folded.slice(Math.max(0, t.start - 12), t.start))) {
      runStart = t.start;
      i--;
      continue;
    }
    // `县委副书记、 县长`: a space typed beside the 、 of a list of posts.
    if (/^[ \u3000\u00a0]+$/.test(w) && (word(i - 1) === '、' || (runStart === tokens[i + 1]?.start && word(i + 1) === '、') || folded[t.end] === '、') && i > 0) {
      i--;
      continue;
    }
    if (w === '、') {
      // `副省长、省公安厅厅长` joins posts; `书记陈吉宁、江苏省委书记` lists people: stop at a name.
      const prev = tokens[i - 1];
      if (!prev || looksLikeName(word(i - 1), prev.tag)) break;
      // …also a name jieba tags as a place or a proper noun right after a post (`俄罗斯总统普京/ns、`): no
      // office ends with a place after its post, so the item closes another person's post.
      const owner = tokens[i - 2];
      if (owner && owner.end === prev.start && /^(?:ns|nz)$/.test(prev.tag) && isHanWord(word(i - 1)) && word(i - 1).length <= 4 &&
        POST_AT_END.test(word(i - 2)) && !POST_AT_END.test(word(i - 1)) && !ORG_END.test(word(i - 1))) break;
      // `…秘书长张国友研究员、…副巡视员袁强`: a name with its honorific closes the previous
      // item of a list of people; what stands before it is that person's post, not this one's.
      if ((HONORIFIC.test(word(i - 1)) || RANK_AFTER_LISTED.test(word(i - 1))) && i > 1 &&
        (looksLikeName(word(i - 2), tokens[i - 2]!.tag) || isNameShape(word(i - 2)) || !isTitleWord(folded, tokens, i - 2) ||
          // …a name jieba cut after its surname (姚/nr 建平/n 院士).
          (i > 2 && tokens[i - 3]!.tag === 'nr' && word(i - 3).length === 1 && isNameShape(word(i - 3) + word(i - 2))))) break;
      i--; // runStart moves only on words, so a leading 、 is left out
      continue;
    }
    // `英国医学杂志《柳叶刀》主编`, `《流浪地球》导演`: the work or the journal whose role it is, named in title
    // marks right before the post, is part of it; the kind of work before the marks describes it, and the
    // post opens at 《.
    if (w === '》' && runStart === t.end && runStart < titleEnd) {
      const open = folded.lastIndexOf('《', t.start);
      if (open >= 0 && t.start - open <= 16 && /^[\p{Script=Han}A-Za-z0-9]+$/u.test(folded.slice(open + 1, t.start))) runStart = open;
      break;
    }
    if (w === '”' || w === '」') {
      // A quoted post (`“项目警官”`), or a quoted name inside the organisation that owns the
      // post (`亚太“一带一路”共策会会长`): take it whole if it is short.
      const open = folded.lastIndexOf(w === '”' ? '“' : '「', t.start);
      const quoted = folded.slice(open + 1, t.start);
      // (A campaign's or a programme's name inside a body's may be longer and join its words with 、:
      // `中央“不忘初心、牢记使命”主题教育领导小组组长`.)
      const inName = runStart !== titleEnd && runStart === t.end;
      if (open < 0 || t.start - open > (inName ? 16 : 10) || !(inName ? /^\p{Script=Han}[\p{Script=Han}、]*\p{Script=Han}$/u : /^\p{Script=Han}+$/u).test(quoted)) break;
      if (runStart === titleEnd ? !POST_AT_END.test(quoted) : runStart !== t.end) break;
      runStart = open;
      i = tokenIndexAt(tokens, open) - 1;
      continue;
    }
    // …also a rank's bracket closing the item before a 、 (`副主任（正部长级）、国家统计局局长`).
    if ((w === '）' || w === ')') && (runStart === t.end || (/^、[ \u3000]*$/.test(folded.slice(t.end, runStart)) && runStart > t.end))) {
      // A short bracket inside the post or the body's name: `主任（副部长级）`, `中央党校（国家行政学院）`.
      const open = folded.lastIndexOf(w === '）' ? '（' : '(', t.start);
      const inner = folded.slice(open + 1, t.start);
      // …or the city of a campus or branch right after the body's name (`香港中文大学（深圳）`).
      const owner = tokens[tokenIndexAt(tokens, open - 1)];
      // …or the province a national body of that name sits in (`中国（海南）改革发展研究院`, `中国（上海）自由贸易试验区`).
      const campus = owner !== undefined && owner.end === open && (/^(?:nt|n)$/.test(owner.tag) && ORG_END.test(folded.slice(owner.start, owner.end)) || folded.slice(owner.start, owner.end) === '中国') &&
        tokensWithinBracket(tokens, open + 1, t.start).some((x) => x.tag === 'ns') && tokensWithinBracket(tokens, open + 1, t.start).every((x) => x.tag === 'ns');
      // …or the track of a major (`汉语言文学（师范）专业`).
      const track = inner.length <= 4 && folded.startsWith('专业', t.end);
      if (open < 0 || t.start - open > 12 || !/^\p{Script=Han}+$/u.test(inner) || !(ORG_END.test(inner) || /级$/.test(inner) || campus || track)) break;
      runStart = open;
      i = tokenIndexAt(tokens, open) - 1;
      continue;
    }
    if ((w === '与' || w === '和') && runStart === tokens[i + 1]?.start && i > 0) {
      // `社会与法学院`, `文化和旅游局`: 与/和 joins two common nouns inside one body's name, not
      // two people or two places (`中国和法国`).
      const prev = tokens[i - 1]!;
      const next = tokens[i + 1]!;
      // …also before a time word that qualifies the next noun (`全球与当代中国高等研究院`), and after a
      // noun jieba reads as an adjective's noun (`国家安全/an 与 应急管理学院`).
      const after = tokens[i + 2];
      const timed = next.tag === 't' && after?.start === next.end && /^(?:n|ns|nz)$/.test(after.tag);
      // …and the Olympic and Paralympic Games of one committee (冬奥会/j 和 冬/t 残奥会).
      const games = /奥会$/.test(word(i - 1)) && next.tag === 't' && /^[冬夏]$/.test(word(i + 1)) && folded.startsWith('残奥', next.end);
      // …and China with the world or a region in a research body's name (中国/ns 与 世界/n 经济研究中心).
      const scope = prev.tag === 'ns' && next.tag === 'n' && /^(?:世界|全球|亚洲|非洲|欧洲|拉美|国际)$/.test(word(i + 1)) && LEVEL_BODY_AFTER.test(folded.slice(next.start, next.start + 12));
      if (((/^(?:n|vn|an)$/.test(prev.tag) && (/^(?:n|vn|nt|v)$/.test(next.tag) || timed || (next.tag === 'an' && runStart === next.start))) || games || scope) &&
        !POST_AT_END.test(word(i - 1)) && !ORG_END.test(word(i - 1))) {
        // The adjective's noun is taken here: the walk would stop at it.
        if (prev.tag === 'an') {
          runStart = prev.start;
          i -= 2;
        } else i--;
        continue;
      }
      break;
    }
    // `习近平/主席/贺信`: a post right after a known name belongs to that name; what follows
    // the post is a noun (贺信), not a second person.
    // Not when a transliterated word, maybe a country, has a name after its post (伊拉克总统萨达姆).
    if (t.tag.startsWith('nr') && isNameShape(w) && !POST_MODIFIER.test(w) && runStart === tokens[i + 1]?.start && i + 2 === tokenIndexAt(tokens, titleEnd) &&
      POST_AFTER_NAME.test(folded.slice(runStart, titleEnd)) && !(t.tag === 'nrt' && /^(?:nr|nrt|nrfg)$/.test(straddling?.start === nameStart ? straddling.tag : ''))) return null;
    // `养老机构泰康之家…总监`: a category word before the employer's name describes it, and the
    // description is no part of the post.
    if (CATEGORY.test(w) && runStart === tokens[i + 1]?.start && /^(?:x|nz|nt|ns|nr|nrt|j|eng)$/.test(tokens[i + 1]!.tag)) break;
    // `重庆师范大学2021届…毕业生`, `清华大学2019级博士生`: the year a student entered or left, after the school and
    // before the rest of the post, is part of it (a cohort, not a date of the act).
    if (/^[级届]$/.test(w) && runStart === t.end && runStart < titleEnd && i > 1 && /^(?:19|20)\d\d$/.test(word(i - 1)) && tokens[i - 1]!.end === t.start &&
      tokens[i - 2]!.end === tokens[i - 1]!.start && isTitleWord(folded, tokens, i - 2)) {
      runStart = tokens[i - 1]!.start;
      i -= 2;
      continue;
    }
    // Praise opening the last post of a list (`中国人民大学教授、著名马克思主义哲学专家`) is read with the
    // list: the phrase is one, and the offices before it say who the person is.
    if (PRAISE_OPENING.test(w) && w.length === 2 && runStart === tokens[i + 1]?.start && runStart < titleEnd && i > 1 && word(i - 1) === '、' &&
      POST_AT_END.test(word(i - 2))) {
      runStart = t.start;
      i--;
      continue;
    }
    if (!isTitleWord(folded, tokens, i)) break;
    runStart = t.start;
    i--;
  }
  // `是/v 前/f 国民党/nt 党魁`, `由前/x 保守党党魁`: 前 (former) opening the post after a one-character verb or
  // preposition is the post's, as it is after the country (`美国前国务卿`); the verb jieba may glue to it is not.
  const former = tokens[i];
  if (former && former.end === runStart && runStart < titleEnd) {
    const prev = tokens[i - 1];
    if (former.tag === 'f' && word(i) === '前' && (!prev || prev.end !== former.start || !isHanWord(prev.word) ||
      (prev.end - prev.start === 1 && /^(?:v|p|c)$/.test(prev.tag)))) {
      runStart = former.start;
      i--;
    } else if (former.tag === 'x' && FORMER_AFTER_VERB.test(word(i))) runStart = former.start + 1;
  }
  const formerGlued = tokens[tokenIndexAt(tokens, runStart)];
  if (formerGlued && formerGlued.start === runStart && formerGlued.tag === 'x' && runStart < titleEnd && FORMER_AFTER_VERB.test(word(tokenIndexAt(tokens, runStart)))) runStart++;
  // `党的十九大代表`: a delegate to a Party congress, the congress named by its number through 的.
  const congress = /(?:党的)?[一二三四五六七八九十]{2,3}大$/.exec(folded.slice(Math.max(0, runStart - 8), runStart));
  if (congress && folded.startsWith('代表', runStart) && tokens[i]?.end === runStart) {
    runStart -= congress[0].length;
    i = tokenIndexAt(tokens, runStart) - 1;
  }
  // `市委副书记、市长，市政府党组书记陈刚`: a group of posts set off by a comma before this one, opening
  // its clause, is the same person's: the sentence's opening, a clause's after a comma or a colon
  // (`会上，…局长，…总经理凌某作报告`), or a list's after the word that announces it (`出席的有…`).
  if (folded[runStart - 1] === '，' && runStart < titleEnd && tokens[i]?.end === runStart) {
    const earlier = postRunBefore(text, folded, tokens, runStart - 1);
    const from = earlier === null ? -1 : runStart - 1 - earlier.length;
    if (earlier !== null && from >= 0 && folded.slice(from, runStart - 1) === foldToSimplified(earlier) && !earlier.includes('，') &&
      // (A quotation closing right before opens a clause too: `“…。”全国人大代表，…特约监督员阎建国表示`.)
      (from === 0 || /[。；;！!？?\n，,：:”」]/.test(folded[from - 1]!) || /(?:的有|还有|包括|分别是|其中)$/.test(folded.slice(Math.max(0, from - 3), from))) &&
      // …and no name stands in the group (`…总编辑吕岩松任副组长，`: another person's post).
      tokens.slice(tokenIndexAt(tokens, from), tokenIndexAt(tokens, runStart - 1)).every((x) => !namedInGroup(x))) {
      runStart = from;
      i = tokenIndexAt(tokens, runStart) - 1;
    }
  }
  // A single character opening the clause is the head of a proper name the HMM split off
  // (`”定/王台派出所所长`): no word of one character starts a clause on its own.
  const first = tokens[i];
  if (first && first.end === runStart && first.end - first.start === 1 && isHanWord(first.word) &&
    !FUNCTION_WORDS.test(word(i)) && !CLAUSE_OPENER.test(word(i)) && (i === 0 || /^[\s，,。；;：:“”「」]+$/.test(word(i - 1)))) {
    runStart = first.start;
  }
  // `由县/x 人大常委会主任`: the level of a body is glued to the verb or preposition before it, which the walk
  // stopped at; the level is the post's.
  const glued = tokens[i];
  if (glued && glued.end === runStart && runStart < titleEnd && glued.end - glued.start === 2 && glued.tag === 'x' &&
    (CLAUSE_OPENER.test(folded[glued.start]!) || FUNCTION_WORDS.test(folded[glued.start]!) || /[到去来赴]/.test(folded[glued.start]!)) && /[省市县区州镇乡]/.test(folded[glued.start + 1]!)) {
    runStart--;
    i = tokenIndexAt(tokens, runStart) - 1;
  }
  // `请县/x 林业局副局长`: a verb of asking or a preposition jieba glued to the level opening the body's
  // name is no part of the post.
  const opener = tokens[tokenIndexAt(tokens, runStart)];
  if (opener && opener.start === runStart && opener.tag === 'x' && opener.end - opener.start === 2 && runStart + 2 < titleEnd &&
    (CLAUSE_OPENER.test(folded[runStart]!) || FUNCTION_WORDS.test(folded[runStart]!)) && /[省市县区州镇乡]/.test(folded[runStart + 1]!)) runStart++;
  // `我院党委副书记`, `该院副主任医师`: the house's own pointer is not part of the post.
  const pointer = /^(?:我|本|该|贵)(?:公司|集团|单位|[院校局厅所部委办司处中会市省县区镇乡村队站馆社厂])/.exec(folded.slice(runStart, titleEnd));
  if (pointer && titleEnd - runStart > pointer[0].length + 1) runStart += pointer[0].length;
  // `该公司董事长`: the generic noun after a pointer the run left out is the pointer's too.
  const generic = /^(?:公司|集团|单位|医院|学校|学院|大学|协会|机构|企业)/.exec(folded.slice(runStart, titleEnd));
  if (generic && /[该本我其此这]$/.test(folded.slice(0, runStart)) && titleEnd - runStart > generic[0].length + 1) runStart += generic[0].length;
  // `特派记者 王小玲本报记者 黄泽君`: a byline's name glued to the next reporter's post, which opens with the
  // outlet's word for itself, closes the credit before; it is no part of this post, however jieba cut it.
  const glue = OWN_OUTLET_AFTER_NAME.exec(folded.slice(runStart, titleEnd));
  if (glue && (isNameShape(glue[1]!.slice(-3)) || isNameShape(glue[1]!.slice(-2)))) runStart = titleEnd - glue[2]!.length;
  // `著名作家/n 莫言`: praise jieba read into one word with the post describes the person, as it does
  // standing alone (著名/a 歌唱家).
  const praised = /^(?:著名|优秀|杰出|资深|知名|伟大)/.exec(folded.slice(runStart, titleEnd));
  if (praised && titleEnd - runStart >= praised[0].length + 2) runStart += praised[0].length;
  // `时任县委书记王建国`: the verb that dates the office is no part of it.
  const dated = /^(?:时任|现任|曾任|历任|原任|刚任)/.exec(folded.slice(runStart, titleEnd));
  if (dated && titleEnd - runStart >= dated[0].length + 2) runStart += dated[0].length;
  // A lone 长 is the head of a unit the walk could not read back through, a word jieba cut wrong
  // (协同/组合/v 长/a, 第一次/m 长朴/x): the post is the clause's whole opening, Han only, when it is short.
  if (folded.slice(runStart, titleEnd) === '长') {
    const opening = /(?:^|[\n。，,；;：:！!？?“”])(\p{Script=Han}{3,24})$/u.exec(folded.slice(Math.max(0, titleEnd - 25), titleEnd));
    const from = opening ? titleEnd - opening[1]!.length : -1;
    if (opening && isTitleText(opening[1]!) && tokens.slice(tokenIndexAt(tokens, from), tokenIndexAt(tokens, runStart)).every((x) => !x.tag.startsWith('nr') || x.tag === 'nrt' && x.start >= nameStart)) runStart = from;
  }
  // `作者：…研究部部长，“一带一路”研究部部长、研究员徐某`: an author's credit lists his posts with a
  // comma; the whole list from the label's colon is his post.
  const credit = /(?:作者|撰稿|撰文|文)[:：]([^:：，,。；;（）()\n]{2,40})[，,]$/u.exec(folded.slice(Math.max(0, runStart - 48), runStart));
  const creditStart = credit && runStart < titleEnd && POST_AT_END.test(credit[1]!) && isTitleText(credit[1]!) ? runStart - credit[1]!.length - 1 : runStart;
  const title = folded.slice(runStart, titleEnd).replace(SPACED_LIST_MARK, '、');
  // `南苏丹记者阿汤加`, `厄立特里亚博士生…`: a foreign country before a reporter's or a student's role is where
  // he comes from, not the body he works or studies for (an outlet, a school), so it is no part of the post.
  const origin = NATIONALITY_ROLE.exec(title);
  if (origin && FOREIGN_PLACES.has(origin[1]!) && creditStart === runStart) return text.slice(titleEnd - origin[2]!.length, titleEnd);
  // `总策划王建伟，执行主编刘芳。`: a credit's label with no colon, opening its line or a clause of a
  // line of credits, the name closed by a pause, is the role the piece gives that person.
  if (CREDIT_ROLE.test(title) && (runStart === 0 || /[\n，,。；;、\s（(【|｜]/.test(folded[runStart - 1]!)) &&
    /^\p{Script=Han}{2,3}(?:[，,。；;、\s）)]|$)/u.test(folded.slice(nameStart, nameStart + 4))) return text.slice(runStart, titleEnd);
  // (A comma inside is only the one joining a group of posts before, checked above.)
  // (A company named by a number may open the post: `360集团创始人`.)
  if (!POST_AT_END.test(title.replace(/[”」]$/, '').replace(/[（(][^（）()]{1,8}[)）]$/, '')) || !isTitleText(title.replace('，', '、').replace(/^[0-9０-９]{2,4}(?=\p{Script=Han})/u, ''))) return null;
  return text.slice(creditStart, titleEnd).replace(SPACED_LIST_MARK, '、');
}

/** A word of a group of posts that names a person: one jieba tags a name, unless it ends as a body or a
 * post does (宣传部/nr 部长), or an unknown word of a name's shape; not a common noun that happens to
 * open with a surname (党组/n, 管理/vn). */
function namedInGroup(t: TaggedToken): boolean {
  const w = foldToSimplified(t.word);
  if (t.tag.startsWith('nr')) return !ORG_END.test(w) && !POST_AT_END.test(w);
  return t.tag === 'x' && isNameShape(w);
}

/** The tokens lying wholly between `start` and `end` (a bracket's inside); none when a token crosses either end. */
function tokensWithinBracket(tokens: readonly TaggedToken[], start: number, end: number): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let k = tokenIndexAt(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) out.push(tokens[k]!);
  return out.length > 0 && out[0]!.start === start && out[out.length - 1]!.end === end ? out : [];
}

/** Times around an event that open a clause before a post (`会后`, `赛后`, `次日`). */
const EVENT_TIME = /^(?:会前|会后|会上|会间|会中|赛前|赛后|赛中|事后|课后|节后|节前|饭后|当晚|当日|次日|翌日|届时)$/;
/** A Games, an expo or a summit after its year (`2022年冬奥会`, `2025年世博会`). */
const EVENT_AFTER_YEAR = /^\p{Script=Han}{0,4}(?:奥会|运会|博会|峰会|亚运|全运|大运|世界杯)/u;
/** A body's name after a level word, its head within a few characters (`人民医院`, `发改局`). */
const LEVEL_BODY_AFTER = /^\p{Script=Han}{1,6}?(?:委员会|办公室|政府|中心|医院|学院|大学|中学|小学|学校|公司|集团|银行|协会|法院|检察院|[局厅部委办署院所队站处科])/u;

/** A unit of time or age right after a number (`26日晚`, `12时许`, `30多岁`, `95后`): a date or an age, never a body's name. */
const TIME_AFTER_NUMBER = /^(?:[日月年时点分秒号周天岁届期后][\p{Script=Han}]?|多岁|余岁)$/u;

/** A body's one-character head and its officer's post in one word (局局长, 处处长, 科科长). */
const HEAD_AND_POST = /^([局处科厅所院站队室])\1长$/u;

/** A body's head right after a remit: one character of a unit (部, 处, 科) or a word ending a body's name. */
const UNIT_HEAD = /^[部局处科室组办队团站所司]$/;

/** Whether the two-character verb tokens[i] belongs to a run of remit verbs (at most two, maybe
 * with a verbal noun) right before a body's head, itself after another body's name or opening the
 * post with a verbal noun among the remit (联欢/v 活动/vn 指挥部). */
function remitVerb(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const word = (k: number) => folded.slice(tokens[k]!.start, tokens[k]!.end);
  const glued = (k: number) => tokens[k] !== undefined && tokens[k - 1] !== undefined && tokens[k - 1]!.end === tokens[k]!.start;
  let k = i + 1;
  let nouns = 0;
  while (k <= i + 2 && glued(k) && /^(?:v|vn)$/.test(tokens[k]!.tag) && word(k).length === 2) {
    if (tokens[k]!.tag === 'vn') nouns++;
    k++;
  }
  if (!glued(k) || MEETING_ACT.test(word(i))) return false;
  const head = word(k);
  // (…预防/v 控制/v 所/c 研究员: jieba may take the institute's 所 for the conjunction, before a post.)
  const unit = UNIT_HEAD.test(head) && (/^(?:n|nr|ng|zg)$/.test(tokens[k]!.tag) || (head === '所' && glued(k + 1) && POST_AT_END.test(word(k + 1))));
  if (!unit && !(head.length >= 2 && (ORG_END.test(head) || /小组$/.test(head)) && /^(?:n|nt)$/.test(tokens[k]!.tag))) return false;
  let b = i - 1;
  while (b >= i - 2 && b >= 0 && glued(b + 1) && /^(?:v|vn)$/.test(tokens[b]!.tag) && word(b).length === 2) b--;
  const owner = tokens[b];
  // A department's head with its chief right after (统计/v 司/nr 司长): any noun of the remit before the verbs.
  if (unit && owner !== undefined && glued(b + 1) && /^(?:n|nz|j)$/.test(owner.tag) && glued(k + 1) && POST_AT_END.test(word(k + 1))) return true;
  // …or after the level the body serves (中央/巡视/v 工作/vn 领导小组).
  if (owner !== undefined && glued(b + 1) && (owner.tag === 'nt' || (isHanWord(word(b)) && (ORG_END.test(word(b)) || /^(?:中央|国家|全国|省|市|县|区)$/.test(word(b)))))) return true;
  return nouns > 0 && head.length >= 2 && (b < 0 || /^[\s，,。；;：:“”]+$/.test(word(b)));
}

/** Whether a body's head (a word ending as bodies' names do, a laboratory or a cooperative) ends one of the three nouns after
 * tokens[i], all glued, with its officer's post right after it. */
function bodyHeadAhead(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.start !== tokens[k - 1]!.end || !/^(?:n|nz|nt|l)$/.test(t.tag)) return false;
    const w = folded.slice(t.start, t.end);
    if (w.length >= 2 && (ORG_END.test(w) || /(?:实验室|合作社)$/.test(w))) {
      const post = tokens[k + 1];
      return post !== undefined && post.start === t.end && POST_AT_END.test(folded.slice(post.start, post.end));
    }
  }
  return false;
}

/** Whether tokens[k] is a party's or a league's one character (党, 会, 盟) glued between a word and its officer's post. */
function partyHeadAt(folded: string, tokens: readonly TaggedToken[], k: number): boolean {
  const head = tokens[k];
  const post = tokens[k + 1];
  return head !== undefined && post !== undefined && head.start === tokens[k - 1]?.end && post.start === head.end &&
    /^[党会盟]$/.test(folded.slice(head.start, head.end)) && POST_AT_END.test(folded.slice(post.start, post.end));
}

/** Whether a party's name ends within the two words after tokens[i], all glued, right before its officer's post (…党/n 党魁). */
function partyAhead(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i + 1; k <= i + 2; k++) {
    const t = tokens[k];
    if (!t || t.start !== tokens[k - 1]!.end) return false;
    const w = folded.slice(t.start, t.end);
    if (/党$/.test(w) && /^(?:n|nt|nz|j)$/.test(t.tag)) {
      const post = tokens[k + 1];
      return post !== undefined && post.start === t.end && POST_AT_END.test(folded.slice(post.start, post.end));
    }
  }
  return false;
}

/** Verbs of meeting, visiting and receiving that open the phrase naming whom (会见/n, 会晤, 接见). */
const MEETING_ACT = /^(?:会见|会晤|会谈|接见|看望|慰问|宴请|陪同|欢迎|迎接|接待|拜会|拜访|致电|致函|致信|致贺电|祝贺|感谢|邀请|召见|约见)$/;

/** Whether tokens[i] can be part of a title: organisation, place and post words. */
function isTitleWord(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const w = folded.slice(t.start, t.end);
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  // A Latin name inside a company's (TCL/集团西安分公司): only between Han title words.
  if (t.tag === 'eng' && /^[A-Za-z][A-Za-z0-9&.-]{0,15}$/.test(w) && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  // A numbered unit of a state group or a works section (中铁/十二局/m 集团, 铁建/十八/m 局/n, 客专/3/m 标二/x 分部): the
  // number and the unit's head inside the chain of units that owns the post.
  if (t.tag === 'm' && /^(?:[一二三四五六七八九十]{1,3}[局处队段区]?|[0-9０-９]{1,3})$/.test(w) && next?.start === t.end && TITLE_TAGS.has(next.tag) &&
    (/^\p{Script=Han}+[局处队段区]$/u.test(w) || /^(?:[标号工分局处队段]|医院|中学|小学|学校|工厂)/.test(folded.slice(next.start, next.end))) && before?.end === t.start && TITLE_TAGS.has(before.tag)) return true;
  // A company named by a number (360/m 集团, 58/m 同城): the digits opening the clause before the name's next word.
  if (t.tag === 'm' && /^[0-9０-９]{2,4}$/.test(w) && (!before || before.end !== t.start || !/[\p{Script=Han}0-9０-９]/u.test(folded[t.start - 1]!)) && next?.start === t.end &&
    /^(?:n|nz|nt|x|j)$/.test(next.tag) && next.end - next.start >= 2 && !/^(?:人|个|次|家|名|位|岁|年|天|元|米|余|多)/.test(folded.slice(next.start, next.end)) &&
    !TIME_AFTER_NUMBER.test(folded.slice(next.start, next.end))) return true;
  // A bank's or an agency's branch jieba reads as a verb (长沙/分行/v 行长): the unit's head before its officer.
  if (/^(?:分行|支行|分社|分院|分所|分部|分会|分局|分中心)$/.test(w) && before?.end === t.start && TITLE_TAGS.has(before.tag) && next?.start === t.end &&
    (TITLE_TAGS.has(next.tag) || POST_AT_END.test(folded.slice(next.start, next.end)))) return true;
  // The year of a Games or an expo in its organising committee's name, after its city (北京/2022/m 年/m 冬奥会/j 组委会).
  if (t.tag === 'm' && /^[0-9０-９]{4}$/.test(w) && before?.end === t.start && before.tag === 'ns' && next?.start === t.end && folded.slice(next.start, next.end) === '年' &&
    EVENT_AFTER_YEAR.test(folded.slice(next.end, next.end + 6))) return true;
  if (w === '年' && before?.end === t.start && /^[0-9０-９]{4}$/.test(folded.slice(before.start, before.end)) && tokens[i - 2]?.tag === 'ns' && tokens[i - 2]!.end === before.start &&
    EVENT_AFTER_YEAR.test(folded.slice(t.end, t.end + 6))) return true;
  // A session's number in Arabic digits (第/m 13/m 届/d 全国人大代表): the ordinal before the body.
  if (w === '届' && before?.end === t.start && /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$/.test(folded.slice(before.start, before.end)) && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  if (t.tag === 'm' && /^(?:[0-9０-９]{1,3})$/.test(w) && next?.start === t.end && folded.slice(next.start, next.end) === '届') return true;
  if (w === '第' && next?.start === t.end && /^[0-9０-９]{1,3}$/.test(folded.slice(next.start, next.end)) && folded.slice(next.end, next.end + 1) === '届') return true;
  if (!isHanWord(w) || FUNCTION_WORDS.test(w) || gluedFunction(w, t.tag)) return false;
  // The rest of a date, a time or an age jieba glued into an unknown word after its number (26/m 日晚/x,
  // 15/m 日起/x, 12/m 时许/x, 26/m 日/m 晚村/x): when something happened, no word of the post.
  if (t.tag === 'x' && before?.end === t.start && before.tag === 'm' &&
    (TIME_AFTER_NUMBER.test(w) && /[0-9０-９一二三四五六七八九十两]$/.test(folded.slice(before.start, before.end)) ||
      /^[早晚午夜]/.test(w) && /[日号]$/.test(folded.slice(before.start, before.end)))) return false;
  // A name jieba glued to the verb of holding an office (张吉福任/x 北京…): the previous appointment's holder.
  if (t.tag === 'x' && w.length >= 3 && w.length <= 4 && w.endsWith('任') && isNameShape(w.slice(0, -1))) return false;
  // `会后县委书记…`, `赛后主教练…`: the time of an event, whatever jieba tagged it, situates the person.
  if (EVENT_TIME.test(w)) return false;
  // Acts of receiving and visiting jieba tags as nouns (在人民大会堂/会见/n 越南副总理…): the post
  // begins after them.
  if (MEETING_ACT.test(w)) return false;
  if (TITLE_TAGS.has(t.tag) || ORG_END.test(w) || WHOLE_POST.test(w) || POST_MODIFIER.test(w) || DYNASTY.test(w)) return true;
  // An ordinal in a body's name (附属/第二/医院), a place word inside one (研究中心/对外/经济研究部).
  // …and the ordinal of a class, a session or a term (首届/宏志班班长, 第二届/理事会理事长, 十四届/全国人大…), also
  // before a remit jieba tags as a verbal noun (第三/审查/调查室主任).
  if (t.tag === 'm' && /^(?:第[一二三四五六七八九十百零\d]+(?:届|任|期|批)?副?|首(?:届|任|期|批)|[一二三四五六七八九十]{1,3}届|[一二三四五六七八九十]级|特级)$/.test(w) && next?.start === t.end && /^(?:n|nt|nz|vn)$/.test(next.tag)) return true;
  // A foreign ruling or communist party by the short name news gives it, opening a post as 中共 does
  // (越共/d 中央政治局/nt 委员): part of the post, before a title word.
  if (FOREIGN_PARTY_SHORT.test(w) && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  // A remit jieba tags as an adjective right before the post of its unit's officer, after the unit
  // (…分部/安全/an 总监): the officer's remit, part of the post. Praise is no remit.
  if ((t.tag === 'a' || t.tag === 'an') && w.length === 2 && !PRAISE.test(w) && next?.start === t.end && POST_AT_END.test(folded.slice(next.start, next.end)) &&
    before?.end === t.start && TITLE_TAGS.has(before.tag) && ORG_END.test(folded.slice(before.start, before.end))) return true;
  // A region word opening a body's name, jieba's direction word (南方/f 科技/n 大学): only when the body's
  // head follows within two words, so `西方国家记者` stays a description.
  const after2 = tokens[i + 2];
  if (t.tag === 'f' && /^(?:东方|南方|西方|北方|西南|东南|西北|东北|华南|华北|华东|华中|中南)$/.test(w) && next?.start === t.end && /^(?:n|nz|nt|x)$/.test(next.tag) &&
    (ORG_END.test(folded.slice(next.start, next.end)) || (after2?.start === next.end && after2.end - after2.start >= 2 && ORG_END.test(folded.slice(after2.start, after2.end))))) return true;
  // A prefecture-level city jieba tags as a verb or an adverb (…工务段/保定/v 线路车间): a place inside the
  // chain of units, before a title word.
  if (CITY_NAMES.has(w) && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  // The season of the Games opening their organising committee's short name (北京/冬/t 奥组委, 冬残奥).
  if (t.tag === 't' && /^[冬夏]$/.test(w) && next?.start === t.end && /^(?:奥|残奥)/.test(folded.slice(next.start, next.end)) && TITLE_TAGS.has(next.tag)) return true;
  // A unit jieba reads as a verb (招生/v 就业处/v 原/n 处长): a word ending in a unit's head, before a
  // post or a title word, and the remit verb glued before it after its body (大学/招生/v).
  if (t.tag === 'v' && w.length === 3 && /[处科室站]$/.test(w) && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  if (t.tag === 'v' && w.length === 2 && next?.start === t.end && next.tag === 'v' && next.end - next.start === 3 && /[处科室站]$/.test(folded.slice(next.start, next.end)) &&
    before?.end === t.start && TITLE_TAGS.has(before.tag) && ORG_END.test(folded.slice(before.start, before.end))) return true;
  // A party's name jieba cut into an adverb, an adjective or a time word (共同/d 民主党/nt, 新/a 未来/t 党/n) before
  // its officer's post: the words opening the name, after the country, the clause's start or another party word.
  if (/^(?:d|a|t)$/.test(t.tag) && w.length <= 2 && !PRAISE.test(w) && !WHERE_OR_WHEN.test(w) && partyAhead(folded, tokens, i) &&
    (!before || before.end !== t.start || before.tag === 'ns' || /党$/.test(folded.slice(before.start, before.end)) || !isHanWord(folded.slice(before.start, before.end)) ||
      (/^(?:a)$/.test(before.tag) && before.end - before.start === 1 && partyAhead(folded, tokens, i - 1)))) return true;
  // `督察/v 长/a 王晓东`: a post's verb and its last character jieba read as two words (督察长, 检察长).
  // (Only as an item of a list of posts or opening the clause: 协同/组合/v 长/a is a unit jieba cut wrong, read back below.)
  if (/^(?:v|vn|a|d)$/.test(t.tag) && w.length === 2 && next?.start === t.end && next.end - next.start === 1 && /^[长员师]$/.test(folded[next.start]!) &&
    (!before || before.end !== t.start || !isHanWord(folded.slice(before.start, before.end))) &&
    POST_AT_END.test(w + folded[next.start]!) && (tokens[i + 2]?.start !== next.end || !isHanWord(folded.slice(next.end, next.end + 1)) || tokens[i + 2]!.tag.startsWith('nr') || tokens[i + 2]!.tag === 'x')) return true;
  // A county's or a district's name jieba reads as another word right before its committee's or its head's post
  // (沾化/v 区委书记), when the article writes the place with its level elsewhere (沾化区).
  if (w.length === 2 && isHanWord(w) && !/^(?:p|c|u|uj|ul|r|m|t|d|f|q)$/.test(t.tag) && next?.start === t.end && /^[区县市旗](?:委|长)/.test(folded.slice(next.start, next.start + 2))) {
    const placed = w + folded[next.start];
    for (let at = folded.indexOf(placed); at >= 0; at = folded.indexOf(placed, at + 1)) if (at !== t.start) return true;
  }
  // `代表性/传承/v 人/n 李欣`: the verb of a responsibility and the 人 of its holder read as two words (传承人,
  // 带头人, 发言人), wherever the post stands in the phrase.
  // (…or jieba glued that 人 to the name after it: 传承/v 人陆艳玉/x.)
  if (/^(?:v|vn)$/.test(t.tag) && w.length === 2 && next?.start === t.end && (next.end - next.start === 1 || next.tag === 'x') && folded[next.start] === '人' &&
    POST_AT_END.test(w + '人')) return true;
  // …and a verb of a job jieba read apart from the 人员 of its staff (采访/v 人员/n: 采访人员, as 工作人员 is one word).
  if (t.tag === 'v' && w.length === 2 && !MEETING_ACT.test(w) && next?.start === t.end && folded.slice(next.start, next.end) === '人员') return true;
  // A prefix jieba read apart from the noun it opens (非/h 遗/n: 非遗, the intangible heritage) is that noun's.
  if (t.tag === 'h' && w.length === 1 && next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  // `韩国/最大/a 在野党/n 共同民主党党魁`: a party's rank in its country's parliament, between the country and the party.
  if (/^(?:最大|第[一二三]大)$/.test(w) && before?.end === t.start && before.tag === 'ns' && next?.start === t.end && /党$/.test(folded.slice(next.start, next.end))) return true;
  // …or into a verb and the one character of its kind (德国/选择/v 党/n 党魁, 日本/维新/v 会/v 党魁), after the country.
  if (/^(?:v|vn)$/.test(t.tag) && w.length === 2 && !MEETING_ACT.test(w) && before?.end === t.start && before.tag === 'ns' && partyHeadAt(folded, tokens, i + 1)) return true;
  if (/^[党会盟]$/.test(w) && partyHeadAt(folded, tokens, i) && before?.end === t.start && /^(?:v|vn)$/.test(before.tag) && tokens[i - 2]?.tag === 'ns' && tokens[i - 2]!.end === before.start) return true;
  // `总统/特别/d 助理`, `秘书长/特别/d 代表`: a special envoy's or assistant's post, after the office he serves.
  if (w === '特别' && next?.start === t.end && POST_AT_END.test(folded.slice(next.start, next.end)) && before?.end === t.start && TITLE_TAGS.has(before.tag)) return true;
  // A former holder between the country or body and the post (美国/前/国务卿).
  if (w === '前' && t.tag === 'f' && before?.end === t.start && /^(?:ns|nt|n|j)$/.test(before.tag) && next?.start === t.end &&
    POST_AT_END.test(folded.slice(next.start, next.end))) return true;
  // `前首相/i`: a former post jieba reads as one word.
  if (/^[前原]/.test(w) && WHOLE_POST.test(w.slice(1))) return true;
  // …or inside a post's remit between two nouns (国家/n 安全/an 事务/n 助理, 外交与安全/an 政策/n 高级代表).
  if (t.tag === 'an' && w.length === 2 && !PRAISE.test(w) && next?.start === t.end && next.tag === 'n' && before?.end === t.start &&
    (/^(?:n|nt|nz)$/.test(before.tag) || /^[与和]$/.test(folded.slice(before.start, before.end)))) return true;
  // A remit jieba tags as an adjective inside a body's name (卫生/an 健康/a 局局长, as it tags the
  // Traditional 衞生健康局): when the body's head follows within a few characters. Praise is no remit.
  if ((t.tag === 'a' || t.tag === 'an') && w.length === 2 && next?.start === t.end && !PRAISE.test(w) &&
    /^\p{Script=Han}{0,4}?[局厅部委办署院所会室]/u.test(folded.slice(t.end, t.end + 6))) return true;
  // `中/f 铁一局/nt`: 中 opens a state group's short name (中铁, 中建, 中交) jieba split off as 'middle'.
  if (w === '中' && t.tag === 'f' && next?.start === t.end && next.tag === 'nt' && !(before && before.end === t.start && isHanWord(folded.slice(before.start, before.end)) && !/^(?:n|l|j)$/.test(before.tag))) return true;
  // `联欢活动指挥部联欢演出部常务副部长`: verbs of a body's remit before its head (演出/v 部), inside
  // a body's name after another body's, or opening the run when a verbal noun joins them to the head.
  if (t.tag === 'v' && w.length === 2 && remitVerb(folded, tokens, i)) return true;
  // `本报驻南非记者`: the paper's own pointer before a reporter's post is part of it, as in `本报记者`.
  if (/^(?:本报|本台|本刊|本网)$/.test(w) && next?.start === t.end && (next.word === '驻' || POST_AT_END.test(folded.slice(next.start, next.end)))) return true;
  // `十二/m 吐乡/x`, `八一/m 镇`: a number opening the name of a township or village.
  if (t.tag === 'm' && /^[一二三四五六七八九十]{1,3}$/.test(w) && next?.start === t.end && /^(?:x|ns|n|nz)$/.test(next.tag) &&
    /[乡镇村屯寨]$/.test(folded.slice(next.start, next.end)) && next.end - next.start >= 2) return true;
  // `岳/nr 各庄/r 村/zg`: a village's name jieba cut into odd pieces before its one-character 村, 乡 or 镇.
  // …and so for a unit's one-character head jieba tags a morpheme (谈判/vn 组/zg 负责人).
  if (/^(?:zg|ng)$/.test(t.tag) && (/^[村乡镇屯寨]$/.test(w) || (UNIT_HEAD.test(w) && next?.start === t.end && POST_AT_END.test(folded.slice(next.start, next.end)))) &&
    before?.end === t.start && isHanWord(folded.slice(before.start, before.end)) && !FUNCTION_WORDS.test(folded.slice(before.start, before.end))) return true;
  // `全国记协主席`: the short name of a federation or an association (记协, 科协, 侨联) whatever jieba
  // tagged it, right before a post.
  if (/^\p{Script=Han}[协联]$/u.test(w) && next?.start === t.end && POST_AT_END.test(folded.slice(next.start, next.end))) return true;
  // …the piece jieba took for a pronoun lies inside the name, glued to a piece before it (岳/各庄/村).
  if (t.tag === 'r' && w.length === 2 && before?.end === t.start && /^(?:nr|ns|n|nz|x)$/.test(before.tag) &&
    next?.start === t.end && /^(?:zg|ng)$/.test(next.tag) && /^[村乡镇屯寨]$/.test(folded.slice(next.start, next.end))) return true;
  // `中国常驻联合国代表`: a mission's standing post abroad, jieba's verb before the body it sits at.
  if (w === '常驻' && next?.start === t.end && /^(?:nt|ns|n)$/.test(next.tag)) return true;
  // A city jieba reads as a verb between its province and a county or district of it
  // (湖南/怀化/v 溆浦县…): a place, part of the body's name.
  if (w.length === 2 && t.tag === 'v' && before?.end === t.start && before.tag === 'ns' && next?.start === t.end && next.tag === 'ns' &&
    /[县区旗]$/.test(folded.slice(next.start, next.end))) return true;
  // A post jieba tags as a verb (署长/v), right before the name or another title word.
  if (w.length >= 2 && w.length <= 4 && POST_AT_END.test(w) && /^(?:v|vn|a|d|t|s)$/.test(t.tag) && !/^[滋疯猛暴徒]长$/.test(w)) return true;
  // A one-character country before 中 in a pair's name (美/中/贸易全国委员会).
  if (w === '中' && t.tag === 'f' && before?.end === t.start && before.tag === 'ns' && before.end - before.start === 1) return true;
  if (t.tag === 's' && before?.end === t.start && /^(?:nt|n|nz)$/.test(before.tag) && ORG_END.test(folded.slice(before.start, before.end)) &&
    next?.start === t.end && /^(?:n|vn)$/.test(next.tag)) return true;
  // A name that jieba reads as a place or a time word (东方/空间, 战时/内阁), before a noun: not
  // the words that say where or when (国内专家, 今年记者).
  // (Never the rest of a date after its number: 5日/m 晚上/t, 2019/m 年前/t.)
  if ((t.tag === 's' || t.tag === 't') && w.length === 2 && !WHERE_OR_WHEN.test(w) && next?.start === t.end && /^(?:n|nz|nt)$/.test(next.tag) &&
    !(before?.end === t.start && before.tag === 'm')) return true;
  // …or before the nouns that end in its head (传染病/诊治/v 国家/重点/实验室/主任): the verb after a noun of the name,
  // the head within three words, its officer's post right after.
  // (…also after a brand jieba does not know: 大疆/x 创新/v 科技/n 有限公司.)
  // (…and after the village or the town that owns it: 光/东村/ns 归心/v 民宿/合作社/l, 红星村/nr 丰收/v 果蔬/专业/合作社.)
  if (t.tag === 'v' && w.length === 2 && !MEETING_ACT.test(w) && before?.end === t.start && (/^(?:n|nz)$/.test(before.tag) || (before.tag === 'x' && isHanWord(folded.slice(before.start, before.end))) ||
    (/^(?:ns|nr)$/.test(before.tag) && /[村镇乡]$/.test(folded.slice(before.start, before.end)))) &&
    !POST_AT_END.test(folded.slice(before.start, before.end)) && bodyHeadAhead(folded, tokens, i)) return true;
  // A verb naming what a body does, right before its head (投资/促进/局, 发展/改革/委): part of
  // the name, unless the head opens a new name of its own (看望/省委书记).
  if (t.tag === 'v' && w.length === 2 && next && next.start === t.end && next.end - next.start <= 3 && verbInsideName(folded, tokens, i) &&
    ORG_END.test(folded.slice(next.start, next.end)) && !ADMIN_START.test(folded.slice(next.start, next.end)) && !POST_AT_END.test(folded.slice(next.start, next.end))) return true;
  // …also right before the body's one-character head glued to its officer's post (乡村/振兴/v 局局长/n,
  // 招商/促进/v 局局长): the verb after a noun of the name, as in 农业农村和乡村振兴局局长.
  if (t.tag === 'v' && w.length === 2 && !MEETING_ACT.test(w) && next?.start === t.end && HEAD_AND_POST.test(folded.slice(next.start, next.end)) &&
    before?.end === t.start && /^(?:n|nz|vn|j|s|l)$/.test(before.tag) && !POST_AT_END.test(folded.slice(before.start, before.end))) return true;
  // A one-character word inside a company's name (华宇/新/材料有限公司).
  if (w.length === 1 && /^(?:a|b|ng|j|zg)$/.test(t.tag) && before && before.end === t.start && /^(?:ns|nz|nt|x|n)$/.test(before.tag) &&
    next && next.start === t.end && /^(?:n|vn|nz)$/.test(next.tag)) return true;
  // A name's ending jieba reads as a pronoun phrase (泰康/之家).
  if (/^之(?:家|声|窗|友|星)$/.test(w) && before?.end === t.start && /^(?:x|nz|nr|ns|n)$/.test(before.tag)) return true;
  // A trade jieba reads as a verb before the one-character suffix that makes it a person's
  // (外卖/员, 保洁/员, 调解/员): part of the post, which is never the suffix alone.
  if (/^(?:v|vn)$/.test(t.tag) && w.length === 2 && next?.start === t.end && next.end - next.start === 1 &&
    /^[员师工者手]$/.test(folded.slice(next.start, next.end))) return true;
  // A duty jieba reads as a verb right before the post it qualifies (值班/v 经理, 挂职/v 副县长, 带班/v 领导): the
  // kind of post, as 执勤/vn 民警 is.
  if (/^(?:v|vn)$/.test(t.tag) && DUTY.test(w) && next?.start === t.end && POST_AT_END.test(folded.slice(next.start, next.end))) return true;
  // A business or office function jieba reads as a verb right before its officer's post (审计/v 主管, 采购/v
  // 经理): the officer's remit, as 销售/vn 经理 is; and the side of the house before it (内部/f 审计主管).
  if (/^(?:v|vn)$/.test(t.tag) && FUNCTION_REMIT.test(w) && next?.start === t.end && OFFICER.test(folded.slice(next.start, next.end))) return true;
  if (t.tag === 'f' && /^(?:内部|外部)$/.test(w) && next?.start === t.end && /^(?:v|vn|n)$/.test(next.tag) && FUNCTION_REMIT.test(folded.slice(next.start, next.end)) &&
    tokens[i + 2]?.start === next.end && OFFICER.test(folded.slice(next.end, tokens[i + 2]!.end))) return true;
  // A service trade jieba reads as a verb before the worker's word (外卖/骑手, 快递/小哥, 家政/服务员).
  if (/^(?:v|vn)$/.test(t.tag) && TRADE.test(w) && next?.start === t.end && /^(?:n|nr)$/.test(next.tag) &&
    /(?:[员师工手哥姐]|司机)$/.test(folded.slice(next.start, next.end))) return true;
  // A company's controlling shareholder jieba reads as a verb and a noun (控股/股东).
  if (w === '控股' && next?.start === t.end && folded.slice(next.start, next.end) === '股东') return true;
  // A company's controller jieba reads as a verb and a noun (实际/控制/人).
  if (w === '控制' && next?.start === t.end && folded.slice(next.start, next.end) === '人') return true;
  // An organisation jieba reads as a verb after its short name (世卫/组织/总干事, 世贸/组织): the
  // body's head, before a post.
  if (w === '组织' && before?.end === t.start && /^(?:n|j|nt|ns|nz)$/.test(before.tag) && next?.start === t.end &&
    POST_AT_END.test(folded.slice(next.start, next.end))) return true;
  // A genre before a performer (武打/巨星, 喜剧/演员): jieba reads the genre as a verb.
  if (/^(?:v|vn)$/.test(t.tag) && GENRE.test(w) && next?.start === t.end && /^(?:n|nr)$/.test(next.tag) &&
    /(?:星|演员|歌手|明星|艺人|导演)$/.test(folded.slice(next.start, next.end))) return true;
  // A village or a town named with a number (湖南省/十八/洞村): after its province or county, before its body.
  if (t.tag === 'm' && /^[一二三四五六七八九十百]+$/.test(w) && before?.end === t.start && before.tag === 'ns' &&
    next?.start === t.end && /^\p{Script=Han}{1,2}[村镇乡屯寨]$/u.test(folded.slice(next.start, next.end))) return true;
  // A level word jieba tags apart (县/zg 人武部): the county's own body, as in 县委常委、县人武部政委.
  if (/^[省市县区州旗镇乡村]$/.test(w) && next?.start === t.end && TITLE_TAGS.has(next.tag) && ORG_END.test(folded.slice(next.start, next.end))) return true;
  // …also before a body's name of several words whose head comes within a few characters (县/zg 人民/n
  // 医院院长, 县/zg 发改/x 局局长).
  if (/^[省市县区州旗镇乡]$/.test(w) && /^(?:zg|ng|n|q)$/.test(t.tag) && next?.start === t.end && TITLE_TAGS.has(next.tag) && LEVEL_BODY_AFTER.test(folded.slice(next.start, next.start + 10))) return true;
  // A learned society's 会 that jieba split off as a verb (地理学/会/副理事长): after a
  // discipline ending in 学 and before a post or the name of one of its committees.
  if (w === '会' && before?.end === t.start && /^(?:n|nz|l)$/.test(before.tag) && /学$/.test(folded.slice(before.start, before.end)) &&
    next?.start === t.end && TITLE_TAGS.has(next.tag)) return true;
  // The last character of a body's name that jieba split off as a verb (共策/会/会长).
  if (w.length === 1 && /[会社院所局部委办厅队团组]/.test(w) && next && next.start === t.end && /^(?:会|社|院|所|局|部|委|办|厅|队|团|组)?(?:长|主任|书记)/.test(folded.slice(next.start, next.end))) return true;
  // A one-character word between two organisation words is part of a name (分局/定/王台派出所).
  const prev = tokens[i - 1];
  return w.length === 1 && prev !== undefined && ORG_END.test(folded.slice(prev.start, prev.end));
}

/** Before a 、, a word jieba did not know or tagged as a name, and no post or office: the
 * previous item of a list of people (`上海市委书记陈吉宁、江苏省委书记信长星、…`). */
function looksLikeName(w: string, tag: string): boolean {
  return (tag === 'x' || tag.startsWith('nr')) && isHanWord(w) && !POST_AT_END.test(w) && !ORG_END.test(w);
}

/** `王凯，河南省委副书记、省长，…`: a title set off by commas after the name. */
export function titleAfterComma(text: string, folded: string, nameEnd: number): string | null {
  // …maybe after the person's sex, age or place of origin (`王明，58岁，村党支部书记，`, `李华，湖南长沙人，退休教师。`).
  let at = nameEnd;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const m = /^[，,]([^，,。；;：:\n“”"()（）]{1,40}?)[，,。；;]/.exec(folded.slice(at, at + 45));
    if (!m) return null;
    const item = m[1]!;
    if (item.length >= 2 && POST_AT_END.test(item) && isTitleText(item)) return officeInItem(text, at + 1, item);
    if (!PERSON_NOTE.test(item)) return null;
    at += 1 + item.length;
  }
  return null;
}

/** Sex, age and place of origin between a name and the office after it. */
const PERSON_NOTE = /^(?:[男女]|[0-9０-９一二三四五六七八九十]{1,3}岁|\p{Script=Han}{2,8}人)$/u;

/** The office a comma item after a name gives, without the verb or the article before it. */
function officeInItem(text: string, from: number, item: string): string | null {
  // A clause with its own subject says something about the person (`，他是…发言人`).
  if (/^(?:他|她|其|该|这|是)/.test(item)) return null;
  // `，系…研究员`, `，现任…局长`, `，曾任…`: the office without the verb that gives it.
  // …and what he was (`，原为…`, `，时为…`, `，生前系…`, `，历任…`, `，曾是…`), and an article (`，当地一名养殖户，`).
  const verb = /^(?:(?:系|现任|现为|时任|曾任|担任|出任|兼任|原任|原为|原系|时为|现系|历任|先后任|先后担任|生前系|生前是|生前为|曾是|现在是|目前是)|(?:当地|本地)?(?:一名|一位|一个))/.exec(item)?.[0].length ?? 0;
  if (item.length - verb < 2) return null;
  return text.slice(from + verb, from + item.length);
}

/** `李华（北京大学教授）表示`: a title in brackets right after the name. */
export function titleInBrackets(text: string, folded: string, nameEnd: number): string | null {
  const m = /^[（(]([^（）()，,。；;：:\n“”"]{2,40})[)）]/.exec(folded.slice(nameEnd, nameEnd + 43));
  if (!m || !POST_AT_END.test(m[1]!) || !isTitleText(m[1]!)) return null;
  // `（时任县委书记）`, `（系…研究员）`: the office without the verb that gives it.
  const verb = /^(?:系|时任|现任|曾任|现为|原任|原为|原系|时为|现系|生前系|生前为)/.exec(m[1]!)?.[0].length ?? 0;
  if (m[1]!.length - verb < 2) return null;
  return text.slice(nameEnd + 1 + verb, nameEnd + 1 + m[1]!.length);
}

/** A title has Han words and 、 only, and is more than a bare speech fragment. */
function isTitleText(title: string): boolean {
  return /^[\p{Script=Han}、“”「」（）《》A-Za-z0-9&.-]+$/u.test(title) && /^\p{Script=Han}|^[A-Za-z“「《]/u.test(title) && /\p{Script=Han}/u.test(title);
}

/** Verbs that give a person's office in a clause about them: holding it now, then, before, or taking it up. */
// …or being appointed or elected to it (`被任命为`, `当选为`).
// …or being moved to it (`已转任…`, `调任`).
const HOLDS = '(?:被任命为|被选举为|被推选为|被聘任为|被聘为|被选为|当选为|现任|时任|现为|曾任|担任|出任|兼任|就任|升任|转任|调任|改任|任)';
/** The office itself: Han words joined by 、, maybe a quoted part, ending where the clause ends. */
const OFFICE = '([\\p{Script=Han}、“”「」]{2,30}?)';
/** After the office: the clause ends, or a word that closes it (一职, 职务, 以来, 期间, 至今). */
// …or a bracket after it giving its rank or terms (`副秘书长（正处级）`, `（试用期一年）`).
const OFFICE_END = '(?=[，,。；;！!？?）)\\n]|$|[（(][^（）()]{1,8}[)）]|一职|职务|等职|以来|期间|至今|后|时|已经|已有|已|多年|[0-9０-９一二三四五六七八九十]{1,2}年)';
/** A résumé's opening between the name and the office: sex, then a few short items (nation, home,
 * birth, party, schooling) set off by commas (`李伟，男，汉族，1970年生，现任…`). */
// …or, with no sex, the year of birth (`王明，1970年生，中共党员，现任…`).
const RESUME = '(?:[，,](?:[男女]|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?出?生)(?:[，,][^，,。；;：:\\n任]{1,14}){0,5}?)?';
/** When the office was taken, and adverbs of sequence (`2019年出任`, `于2015年起担任`, `先后担任`). */
const WHEN = '(?:于?[0-9０-９一二三四五六七八九〇零十]{2,4}年(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:起|底|初|末)?)?(?:先后|随后|后来|曾经|一度|曾|还|并|也|已|又)?';
const HOLDS_AFTER = new RegExp(`^(?:同志)?${RESUME}[，,]?(?:目前|现在|此前|曾|还|并|也|已)?${WHEN}${HOLDS}过?${OFFICE}${OFFICE_END}`, 'u');
// Before the name a lone 任 ends too many words (主任医师的王明): only the two-character verbs.
// `曾担任过村支书的王明`: 过 after the verb is no part of the office.
const HOLDS_BEFORE = new RegExp(`${HOLDS.replace('|任)', ')')}过?${OFFICE}的$`, 'u');
/**
 * `中国改革开放和现代化建设的总设计师邓小平`: a post found right before a name that a description
 * with 的 qualifies, the description opening its clause and made of nouns only (no verb, so
 * `会见了来访的美国总统` stays `美国总统`), is given whole.
 */
export function describedTitle(text: string, folded: string, tokens: readonly TaggedToken[], nameStart: number, title: string): string {
  const titleStart = nameStart - title.length;
  if (titleStart < 2 || folded[titleStart - 1] !== '的' || foldToSimplified(title) !== folded.slice(titleStart, nameStart)) return title;
  const from = Math.max(0, titleStart - 1 - 30);
  const clause = folded.slice(from, titleStart - 1);
  // (Any mark opens it: a list's number, a bullet or a bracket, `1．`, `■`, `【`, as a comma does.)
  let open = clause.length - 1;
  while (open >= 0 && !CLAUSE_MARK.test(clause[open]!)) open--;
  if (open < 0 && from > 0) return title;
  const start = from + open + 1;
  // A measure (`90余平方米的`) describes a thing, not a post.
  if (titleStart - 1 - start < 2 || /[0-9０-９]/.test(folded.slice(start, titleStart))) return title;
  for (let k = tokenIndexAt(tokens, start); k < tokens.length && tokens[k]!.start < titleStart - 1; k++) {
    const t = tokens[k]!;
    // (`某合资食品企业的负责人`: 某 leaves the body unnamed, still the one the post belongs to.)
    // (`负责/v 宣传/n 的/uj 副书记`: a verb of the remit opening the clause says which office, as 分管/vn does.)
    // (…and `主持工作的副局长`: the deputy who runs the body until a head is named, not one chairing a meeting.)
    if (t.start === start && t.tag === 'v' && (REMIT_OPENER.test(foldToSimplified(t.word)) ||
      (foldToSimplified(t.word) === '主持' && foldToSimplified(tokens[k + 1]?.word ?? '') === '工作'))) continue;
    if (t.start < start || !(/^(?:n|nz|ns|nt|nr|nrt|vn|j|m|c|an|f|l|eng|zg|ng)$/.test(t.tag) || t.word === '某') || (t.tag === 'c' && !/^(?:和|与|及)$/.test(t.word))) return title;
  }
  return text.slice(start, nameStart);
}

/** A punctuation mark, a symbol or a space: what a described post's clause opens after. */
const CLAUSE_MARK = /[\p{P}\p{S}\s]/u;
/** Verbs that give an office's remit (`分管农业的副县长`, `负责宣传的副书记`): what the office is in charge of. */
const REMIT_OPENER = /^(?:分管|主管|负责|主抓|协管|兼管|牵头|领衔|统筹|执掌|掌管)$/;

/** `是…的总设计师`: the office after 是 runs through a description and a 的 to the end of the clause. */
// …or a post with no description, right after 是 (`王明是县农业农村局局长，`); not a question or an act (`是否担任…`).
const IS_OFFICE_AFTER = /^[，,]?(?:目前|现在|曾|还|也|就)?是(?!否|不|在|被|从|由|要|想|去|来|如何|怎样|为了|因为)((?:[\p{Script=Han}、“”「」]{1,24}?的)?\p{Script=Han}[\p{Script=Han}、]{1,24}?)(?=[，,。；;！!？?\n]|$)/u;
/** `作为中共中央总书记、国家主席到西藏`: the office right after a name and 作为, up to a pause or the verb of the act. */
const AS_OFFICE_AFTER = /^作为([\p{Script=Han}、“”「」]{2,40}?)(?=[，,。；;]|到|赴|率|出席|参加|来到|前往|访问|会见|主持|出访|在)/u;
/** `作为…的首席科学家，`: a clause before the name, opening the sentence, that gives the office. */
// …or `身为…，`, and the time someone held it (`在担任县委书记期间，王明…`).
const AS_OFFICE_BEFORE = /(?:^|[。；;！!？?\n\s“])(?:作为|身为|在?(?:担任|出任)(?=\p{Script=Han}))([\p{Script=Han}、“”「」]{2,30}?)(?:期间|时)?[，,]$/u;
/** Kinds and ranks of people after 的 that are no office (我们村的村民 is one, 他的学生 is not). */
const NOT_AN_OFFICE = /(?:^|的)(?:一员|一名\p{Script=Han}*|代表|学生|朋友|同学|同事|人|者)$|[一这那](?:位|个|名)|最|伟大|著名|杰出|优秀/u;

/**
 * An office given in a clause next to the name, when nothing stands right before or after it:
 * `王明，现任县农业农村局局长。`, `李华担任村党支部书记以来…`, `担任村党支部书记的张强`. A clause that
 * says what someone is (`王明是…的主席`) gives no post: only these verbs of holding an office do.
 */
/** `同时也是…的`, `还是…的`: an office someone also holds, said before his name (the adverb keeps out
 * `是…的` clauses about something else). */
const ALSO_IS_BEFORE = /(?:同时|又|也|还)是([\p{Script=Han}、“”「」]{2,30}?)的$/u;
/** Verbs that appoint or elect someone to an office, right before his name. */
const APPOINTS_BEFORE = /(?:聘任|聘请|任命|提名|选举|推选|推举|增补|委任)$/;
/** 为 and the office after the name, up to 的 or a pause (`为公司总经理的议案`). */
// …maybe after 同志 (`提名刘强同志为…候选人`).
const APPOINTED_TO = /^(?:同志)?为([^，,。；;、\n的]{2,24})(?=的|[，,。；;、\n]|$)/;

/** Praise opening a role (`著名导演`): the role after it is the post, as it is before a name. */
const PRAISE_OPENING = /^(?:著名|优秀|杰出|资深|知名|伟大)/;
/** The rest of a 、 list from a name, closed by 等 and one role word before the list's verb (`郭帆、…、李非等导演也来到`). */
const LIST_TO_ROLE = /^(?:、[^、，,。；;：:！!？?\n（）()“”]{2,12}){0,30}?等(\p{Script=Han}{2,4}?)(?=[也都均还将已又正在和与从向到为被把对，,。；;、]|出席|参加|来到|表示|认为|说)/u;

export function titleInClause(text: string, folded: string, nameStart: number, nameEnd: number): string | null {
  // `郭帆、姚婷婷、李非等导演也来到…`: a role closing a list with 等 is each member's, as a post before a
  // list is (`航天员景海鹏、刘洋`); a short role only (two to four characters), so `等党和国家领导人` and `等同志` give none.
  if (folded[nameEnd] === '、' || folded[nameEnd] === '等') {
    const closing = LIST_TO_ROLE.exec(folded.slice(nameEnd, nameEnd + 200));
    if (closing && POST_AT_END.test(closing[1]!) && !PRAISE_OPENING.test(closing[1]!)) {
      const at = nameEnd + closing[0].length - closing[1]!.length;
      return text.slice(at, at + closing[1]!.length);
    }
  }
  // Cheap checks before each pattern: this runs for every candidate without a post.
  const after = /^[，,]?[^。；;\n]{0,12}?[任为]/u.test(folded.slice(nameEnd, nameEnd + 14)) || /^[，,](?:[男女][，,]|[0-9０-９]{4}年)/.test(folded.slice(nameEnd, nameEnd + 6))
    ? HOLDS_AFTER.exec(folded.slice(nameEnd, nameEnd + 100)) : null;
  if (after && POST_AT_END.test(after[1]!) && isTitleText(after[1]!)) {
    const at = nameEnd + after[0].length - after[1]!.length;
    return text.slice(at, at + after[1]!.length);
  }
  // `习近平作为中共中央总书记、国家主席…到西藏`: the office in which he acts, right after his name, up to the
  // verb of his going, leading or attending.
  const acting = folded.startsWith('作为', nameEnd) ? AS_OFFICE_AFTER.exec(folded.slice(nameEnd, nameEnd + 60)) : null;
  // (A description through 的 is no part of it: `作为村里的致富带头人` → `致富带头人`.)
  if (acting && POST_AT_END.test(acting[1]!) && isTitleText(acting[1]!) && !NOT_AN_OFFICE.test(acting[1]!)) {
    const from = nameEnd + 2 + acting[1]!.lastIndexOf('的') + 1;
    if (nameEnd + 2 + acting[1]!.length - from >= 2) return text.slice(from, nameEnd + 2 + acting[1]!.length);
  }
  // `聘任张建华为公司总经理的议案`, `任命王明为驻某国大使`: the office someone is appointed or elected to.
  if (APPOINTS_BEFORE.test(folded.slice(Math.max(0, nameStart - 4), nameStart))) {
    const to = APPOINTED_TO.exec(folded.slice(nameEnd, nameEnd + 30));
    if (to && POST_AT_END.test(to[1]!) && isTitleText(to[1]!)) return text.slice(nameEnd + to[0].length - to[1]!.length, nameEnd + to[0].length);
  }
  // `王明是这座大桥的总设计师。`: an office described through 的 after 是, closing the clause.
  const described = /^[，,]?(?:目前|现在|曾|还|也|就)?是/.test(folded.slice(nameEnd, nameEnd + 4)) ? IS_OFFICE_AFTER.exec(folded.slice(nameEnd, nameEnd + 40)) : null;
  if (described && POST_AT_END.test(described[1]!) && isTitleText(described[1]!) && !NOT_AN_OFFICE.test(described[1]!)) {
    const at = nameEnd + described[0].length - described[1]!.length;
    return text.slice(at, at + described[1]!.length);
  }
  // `作为该项目的首席科学家，王明…`: the office the clause before the name gives him.
  if (folded[nameStart - 1] === '，' || folded[nameStart - 1] === ',') {
    const as = AS_OFFICE_BEFORE.exec(folded.slice(Math.max(0, nameStart - 36), nameStart));
    if (as && POST_AT_END.test(as[1]!) && isTitleText(as[1]!) && !NOT_AN_OFFICE.test(as[1]!)) {
      const at = nameStart - as[0].length + as[0].indexOf(as[1]!);
      return text.slice(at, at + as[1]!.length);
    }
  }
  if (folded[nameStart - 1] !== '的') return null;
  // `…，同时也是村里红白理事会副会长的徐兴平`: what he also is, an office, before 的 and the name.
  const alsoIs = ALSO_IS_BEFORE.exec(folded.slice(Math.max(0, nameStart - 40), nameStart));
  if (alsoIs && POST_AT_END.test(alsoIs[1]!) && isTitleText(alsoIs[1]!) && !NOT_AN_OFFICE.test(alsoIs[1]!)) {
    const at = nameStart - 1 - alsoIs[1]!.length;
    return text.slice(at, at + alsoIs[1]!.length);
  }
  const before = HOLDS_BEFORE.exec(folded.slice(Math.max(0, nameStart - 40), nameStart));
  if (before && POST_AT_END.test(before[1]!) && isTitleText(before[1]!)) {
    const at = nameStart - 1 - before[1]!.length;
    return text.slice(at, at + before[1]!.length);
  }
  return null;
}
