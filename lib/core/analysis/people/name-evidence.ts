/** What around one mention makes a name a person's: a verb of saying, an age, an official act, a saying
 * he is cited for. Apart from names.ts as one test with its own word lists. */
import { tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { AFTER_NAME, CAPTION_POSITION, SPEECH_AT_START } from './lexicon';
import { DAY_WORD } from './transliteration';
import { nameFollows } from './name-context';
import { PEOPLE_AFTER_LIST } from './name-lists';

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

export function hasEvidenceAround(folded: string, c: Span & { dictName?: boolean }, tokens: readonly TaggedToken[]): boolean {
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
