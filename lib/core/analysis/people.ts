import { foldToSimplified } from '../text';
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from './tokens';

/**
 * People, organisations and places named in an article, from jieba's POS tags combined with
 * the patterns Chinese news uses to introduce people (`湖南省副省长、省公安厅厅长王一鸥表示`).
 *
 * jieba alone is not enough: names missing from its dictionary come out of the HMM tagged `x`
 * (王一鸥/x), split (彭/nr 铁军/n) or glued to the next word (陈灿说/x), while common words carry
 * `nr` (高水平/nr, 保驾护航/nr) or `ns` (治安/ns). So a name is accepted only when
 *  1. it has the SHAPE of a Han name: 2–3 characters after a common surname (4 with a compound
 *     surname), no function characters; and
 *  2. the text gives EVIDENCE that it is a person: a post right before it (…厅长王一鸥), a
 *     speech verb right after (王一鸥表示), a post right after (习近平总书记), a caption position
 *     (彭铁军(左前)), a credit label (责编：李淑静), repetition of an unknown 3-character word, or
 *     the caller knowing it (bylines from the page metadata).
 * Rules match on the folded (Simplified) text; names, titles and mentions are cut from the
 * original text by offset, so Traditional pages report Traditional names.
 */
export interface Person {
  name: string;
  /** The title at the first mention that has one, as written (`湖南省副省長、省公安廳廳長`). */
  title: string | null;
  /** Every distinct title, in page order. */
  titles: string[];
  mentions: Span[];
  count: number;
  /** Passed in by the caller (a byline), whether or not the body mentions it. */
  known: boolean;
}

export interface NamedEntity {
  /** As written at the first mention (places: the most frequent form, 湖南 over 湖南省). */
  name: string;
  mentions: Span[];
  count: number;
}

export interface PeopleResult {
  people: Person[];
  organisations: NamedEntity[];
  places: NamedEntity[];
}

export interface PeopleOptions {
  /** Names known to be people (bylines, editors), in any script. */
  known?: readonly string[];
}

// ---- Lexicon (Simplified) -------------------------------------------------------------------

/** The few hundred common single-character surnames, and the compound ones still in use. A name
 * must start with one: the cheapest filter against the HMM's made-up words (而涉, 时至, 余人 pass
 * it only with evidence of a person around them). */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向' +
    '汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单' +
    '季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄' +
    '窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
    '苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠豆朴练廉禹井祖漆巴' +
    '丰卿狄计索宣晋初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜逯隆茹诸战慕玉银亢嵇湛宾戎勾茅揭' +
    '尉冶檀衣展昝智幸奉衡富尧闭习信').split(''),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木', '轩辕', '呼延', '澹台', '申屠', '西门'];

/** Characters that never occur inside a name in running text: particles, pronouns, numerals. */
const NOT_IN_NAME = /[的了是在和与及或这那其之为也都就还不没很最更么吗呢吧啊着过把被让从向对将于等个年月日时分第二三四五六七八九十百千万亿我你他她它们说]/;
/** A last character that makes a word a place or an office, not a given name (陆港区). */
const NOT_NAME_END = /[区市县省镇乡村路街港局厅所院部处站馆]$/;

/** Posts and roles that introduce a name: `…厅长王一鸥`, `民警彭铁军`, `记者邹伟`. */
const POST =
  '(?:总书记|书记|常委|委员|主任|主席|总理|总统|首相|议员|部长|(?<![增成延擅生助漫见拉特专消伸])长|' +
  '民警|辅警|警官|交警|特警|记者|通讯员|编辑|主编|教授|副教授|讲师|教师|老师|研究员|院士|专家|学者|' +
  '博士|医生|医师|护士|总监|经理|总裁|董事|主管|干部|代表|秘书|发言人|负责人|工程师|设计师|律师|法官|检察官|' +
  '大使|参赞|领事|政委|司令员|指导员|社工|网格员|志愿者|党员|村民|居民|市民|游客|农民|工人|员工|职工|师傅|' +
  '学生|同学|毕业生|创始人|合伙人|主持人|教练|运动员|队员|支书|作家|导演|演员|企业家|科学家|艺术家)';
const POST_AT_END = new RegExp(`${POST}$`);
/** Honorifics that follow a name (`习近平总书记`, `王某同志`): a post or one of these. */
const AFTER_NAME = new RegExp(`^(?:${POST}|同志|先生|女士|老人|大爷|大妈|阿姨)`);

const SPEECH = '(?:表示|说|介绍|指出|强调|告诉|认为|称|谈到|坦言|回忆|解释|透露|答道|提到|感慨|建议|分析|直言|坦承|补充|总结|呼吁|提醒|说明|证实|笑着|答)';
const SPEECH_AT_START = new RegExp(`^${SPEECH}`);
/** `…厅长王一鸥表示`: a post, a 2–3 character name, a speech verb. Finds names jieba cut wrongly
 * (所/长安/志 for 所长安志, 周赛/保 for 周赛保). */
const POST_NAME_SPEECH = new RegExp(`${POST}(\\p{Script=Han}{2,3}?)(?=${SPEECH}|、)`, 'gu');
/** A photo caption names people with their position: `彭铁军(左前)`, `杨锦（右一）`. */
const CAPTION_POSITION = /^[(（][左右中前后一二三四五六七八九排起]{1,4}[)）]/;
/** A credit line up to a name: a role label opening the line, a colon, maybe earlier names
 * (`责编：李淑静、彭应兵`, `总策划：吴齐强`, `文字作者：王云娜 孙超`). */
const CREDIT_LINE = /^[\s(（【[]*(\p{Script=Han}{0,4}(?:编辑|责编|编审|校对|摄像|摄影|策划|统筹|制作|脚本|作者|记者|通讯员|监制|审核|主编|设计|剪辑|配音))\s*[:：]\s*(?:\p{Script=Han}{2,4}[\s、，,]+)*$/u;
/** A word right after a name-like string that makes it part of a place or organisation name
 * (雷锋派出所, 王台街道, 雷锋精神). */
const PART_OF_NAME = /^(?:派出所|街道|社区|公司|集团|大学|学院|中学|小学|医院|银行|分局|支队|大队|中队|精神|纪念|路|街|巷|村|镇|乡|县|市|区|省|州|局|厅|站|馆|园|楼|桥|山|河|湖|江|港)/;

function partOfName(folded: string, end: number): boolean {
  return PART_OF_NAME.test(folded.slice(end, end + 3));
}

/** Organisation heads: a token ending in one of these ends an organisation name. */
const ORG_END = /(?:委员会|常委会|办公室|政府|中心|研究院|研究所|科学院|检察院|法院|医院|学院|大学|中学|小学|学校|公司|集团|银行|协会|学会|商会|联合会|基金会|工会|理事会|研究会|促进会|派出所|分局|总局|总队|支队|大队|中队|电视台|报社|通讯社|局|厅|部|委|办|署|院|所|队)$/;
/** Common nouns that end like an organisation (格局, 干部, 西部, 场所, 客厅, 团队). */
const NOT_ORG_END = /(?:格局|布局|大局|结局|当局|时局|全局|开局|干部|全部|内部|外部|局部|总部|[东西南北中]部|场所|厕所|住所|处所|客厅|餐厅|大厅|展厅|门厅|团队|部队|军队|梯队|排队|庭院|寺院|书院|剧院|影院)$/;
/** Where an organisation chain may start without any proper name in it (`省公安厅`). */
const ADMIN_START = /^(?:省|市|县|区|州|国家|中央|中共|全国|国务院)/;
const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j']);
const TITLE_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'b', 'vn', 'x', 'ng']);
const FUNCTION_WORDS = /^(?:的|在|是|和|与|及|了|对|将|由|向|从|为|把|被|等|并|也|又|就|还|都|而|或|以|于|据|经)$/;

/** Administrative suffixes: a place tagged ns that ends with one of these is surely a place. */
const PLACE_SUFFIX = /(?:省|市|县|区|州|镇|乡|村|旗|盟|自治区|自治州|新区|林区)$/;
/** Common words jieba's dictionary tags `ns` (a property of the dictionary, not of any text). */
const NOT_PLACES = new Set(
  ('城市 治安 治国 古城 上门 普及 喜庆 延时 英雄 青春 美丽 大国 两国 深度 加盟 高原 福利 大海 海关 太阳 新建 山林 朝廷 ' +
    '远古 冰川 惠及 安顿 大桥 花海 池塘 新旧 广角 太极 山村 大湖 长寿 永乐 朝霞 海湾 桥头堡 多维度 中美合作 加大力度 ' +
    '即将来临 特大城市 中断').split(' '),
);

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

export function findPeople(text: string, tokens: readonly TaggedToken[], opts: PeopleOptions = {}): PeopleResult {
  const folded = foldToSimplified(text);
  const found = people(text, folded, tokens, opts.known ?? []);
  // Characters inside a person's mention belong to no organisation or place (长安 in 所长安志).
  const personAt = new Uint8Array(text.length);
  for (const p of found) for (const m of p.mentions) personAt.fill(1, m.start, m.end);
  return {
    people: found,
    organisations: organisations(text, folded, tokens, personAt),
    places: places(text, folded, tokens, personAt),
  };
}

function people(text: string, folded: string, tokens: readonly TaggedToken[], known: readonly string[]): Person[] {
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

// ---- Titles ----------------------------------------------------------------------------------

const MAX_TITLE = 40;

/**
 * The run of organisation and post words right before a name, if it ends with a post:
 * `湖南省副省长、省公安厅厅长|王一鸥`, `长沙市公安局芙蓉分局定王台派出所社区民警|杨曙光`,
 * `长沙雷锋派出所“项目警官”|戴锐`. Walks jieba's tokens backwards, cutting the token that
 * straddles the name's start (jieba may have glued title and name: 所/长安/志).
 */
function titleBefore(text: string, folded: string, tokens: readonly TaggedToken[], nameStart: number): string | null {
  let i = tokenIndexAt(tokens, nameStart) - 1;
  const straddling = tokens[i + 1];
  // Bylines and photo credits put spaces between post and name (`新华社记者 谢环驰 摄`).
  while (i >= 0 && /^[ \t\u3000\u00a0]+$/.test(tokens[i]!.word) && straddling?.start === nameStart) i--;
  const titleEnd = i >= 0 && straddling?.start === nameStart ? tokens[i]!.end : nameStart;
  let runStart = titleEnd;
  // The piece of a straddling token left of the name counts as a title word.
  if (straddling && straddling.start < nameStart) runStart = straddling.start;
  const word = (k: number) => folded.slice(tokens[k]!.start, tokens[k]!.end);
  while (i >= 0 && nameStart - tokens[i]!.start <= MAX_TITLE) {
    const t = tokens[i]!;
    const w = word(i);
    if (w === '、') {
      // `副省长、省公安厅厅长` joins posts; `书记陈吉宁、江苏省委书记` lists people: stop at a name.
      const prev = tokens[i - 1];
      if (!prev || looksLikeName(word(i - 1), prev.tag)) break;
      i--; // runStart moves only on words, so a leading 、 is left out
      continue;
    }
    if (w === '”' || w === '」') {
      // A quoted post (`“项目警官”`): take it whole if it is short and ends with a post.
      const open = folded.lastIndexOf(w === '”' ? '“' : '「', t.start);
      if (open < 0 || t.start - open > 10 || !POST_AT_END.test(folded.slice(open + 1, t.start)) || runStart !== titleEnd) break;
      runStart = open;
      i = tokenIndexAt(tokens, open) - 1;
      continue;
    }
    // `习近平/主席/贺信`: a post right after a known name belongs to that name; what follows
    // the post is a noun (贺信), not a second person.
    if (t.tag.startsWith('nr') && isNameShape(w) && runStart === tokens[i + 1]?.start && i + 2 === tokenIndexAt(tokens, titleEnd) &&
      POST_AT_END.test(folded.slice(runStart, titleEnd))) return null;
    if (!isTitleWord(folded, tokens, i)) break;
    runStart = t.start;
    i--;
  }
  // A single character opening the clause is the head of a proper name the HMM split off
  // (`”定/王台派出所所长`): no word of one character starts a clause on its own.
  const first = tokens[i];
  if (first && first.end === runStart && first.end - first.start === 1 && isHanWord(first.word) &&
    !FUNCTION_WORDS.test(word(i)) && (i === 0 || /^[\s，,。；;：:“”「」]+$/.test(word(i - 1)))) {
    runStart = first.start;
  }
  const title = folded.slice(runStart, titleEnd);
  if (!POST_AT_END.test(title.replace(/[”」]$/, '')) || !isTitleText(title)) return null;
  return text.slice(runStart, titleEnd);
}

/** Whether tokens[i] can be part of a title: organisation, place and post words. */
function isTitleWord(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const w = folded.slice(t.start, t.end);
  if (!isHanWord(w) || FUNCTION_WORDS.test(w) || gluedFunction(w, t.tag)) return false;
  if (TITLE_TAGS.has(t.tag) || ORG_END.test(w)) return true;
  // A one-character word between two organisation words is part of a name (分局/定/王台派出所).
  const prev = tokens[i - 1];
  return w.length === 1 && prev !== undefined && ORG_END.test(folded.slice(prev.start, prev.end));
}

/** A word the HMM built from a preposition and the next character (从定, 在定, 而涉). */
function gluedFunction(w: string, tag: string): boolean {
  return tag === 'x' && /^[从在到向由对为把被和与及而将]/.test(w);
}

/** Before a 、, a word jieba did not know or tagged as a name, and no post or office: the
 * previous item of a list of people (`上海市委书记陈吉宁、江苏省委书记信长星、…`). */
function looksLikeName(w: string, tag: string): boolean {
  return (tag === 'x' || tag.startsWith('nr')) && isHanWord(w) && !POST_AT_END.test(w) && !ORG_END.test(w);
}

/** `王凯，河南省委副书记、省长，…`: a title set off by commas after the name. */
function titleAfterComma(text: string, folded: string, nameEnd: number): string | null {
  const m = /^[，,]([^，,。；;：:\n“”"()（）]{2,25}?)[，,。；;]/.exec(folded.slice(nameEnd, nameEnd + 30));
  if (!m || !POST_AT_END.test(m[1]!) || !isTitleText(m[1]!)) return null;
  return text.slice(nameEnd + 1, nameEnd + 1 + m[1]!.length);
}

/** A title has Han words and 、 only, and is more than a bare speech fragment. */
function isTitleText(title: string): boolean {
  return /^[\p{Script=Han}、“”「」]+$/u.test(title) && !title.startsWith('、');
}

// ---- Organisations and places --------------------------------------------------------------------

/**
 * Organisations: a token ending in an organisation head (公安局, 派出所, 总队, 厅…) with the
 * proper-name and organisation words before it (长沙市/公安局, 省公安厅/经侦/总队). A head alone
 * (派出所, 项目部) is a common noun unless jieba tags it nt or it starts with a level (省公安厅).
 */
function organisations(text: string, folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): NamedEntity[] {
  const groups = new Map<string, NamedEntity>();
  const chain = (i: number) => isChainWord(folded, tokens, i) && !overlaps(personAt, tokens[i]!);
  for (let j = 0; j < tokens.length; j++) {
    const head = tokens[j]!;
    const hw = folded.slice(head.start, head.end);
    if (!isOrgHead(hw) || overlaps(personAt, head)) continue;
    // Report the longest chain only: if another head follows (公安局 → 芙蓉分局), let it.
    if (continuesChain(folded, tokens, j + 1, chain)) continue;
    let start = head.start;
    let proper = head.tag === 'nt' || ADMIN_START.test(hw);
    let i = j - 1;
    for (; i >= 0 && head.end - tokens[i]!.start <= 30 && chain(i); i--) {
      start = tokens[i]!.start;
      if (PROPER_TAGS.has(tokens[i]!.tag)) proper = true;
    }
    // As for titles: a lone character opening the clause heads the name (”定/王台派出所), and
    // so does the second half of a preposition the HMM glued to it (从定/王台派出所).
    const lead = tokens[i];
    if (lead && lead.end === start && lead.end - lead.start === 1 && isHanWord(lead.word) &&
      !FUNCTION_WORDS.test(folded[lead.start]!) && (i === 0 || /^[\s，,。；;：:“”「」]+$/.test(tokens[i - 1]!.word))) {
      start = lead.start;
    } else if (lead && lead.end === start && lead.end - lead.start === 2 && gluedFunction(folded.slice(lead.start, lead.end), lead.tag)) {
      start = lead.start + 1;
    }
    if (!proper) continue;
    const key = folded.slice(start, head.end);
    const g = groups.get(key) ?? { name: text.slice(start, head.end), mentions: [], count: 0 };
    g.mentions.push({ start, end: head.end });
    g.count++;
    groups.set(key, g);
  }
  return sortEntities([...groups.values()]);
}

/** A word that ends an organisation's name: 公安局, 派出所, 省公安厅, 湖南省委 (not 干部, 格局). */
function isOrgHead(w: string): boolean {
  return isHanWord(w) && w.length >= 3 && ORG_END.test(w) && !NOT_ORG_END.test(w) && !POST_AT_END.test(w);
}

function overlaps(mask: Uint8Array, s: Span): boolean {
  return mask.subarray(s.start, s.end).some((x) => x === 1);
}

/** Whether tokens[i] can belong to an organisation name. */
function isChainWord(folded: string, tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i]!;
  const w = folded.slice(t.start, t.end);
  if (!isHanWord(w) || FUNCTION_WORDS.test(w) || POST_AT_END.test(w) || gluedFunction(w, t.tag)) return false;
  if (PROPER_TAGS.has(t.tag) || isOrgHead(w)) return true;
  if ((t.tag === 'n' || t.tag === 'vn') && w.length <= 4) return true;
  // One character between organisation words (分局/定/王台派出所).
  const prev = tokens[i - 1];
  return w.length === 1 && prev !== undefined && isOrgHead(folded.slice(prev.start, prev.end));
}

/** Whether the chain goes on from tokens[i] to another organisation head within a few tokens. */
function continuesChain(folded: string, tokens: readonly TaggedToken[], i: number, chain: (i: number) => boolean): boolean {
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    if (!chain(k)) return false;
    if (isOrgHead(folded.slice(tokens[k]!.start, tokens[k]!.end))) return true;
  }
  return false;
}

/** Places: words jieba tags ns, minus its dictionary's common words; 湖南 and 湖南省 are one place. */
function places(text: string, folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): NamedEntity[] {
  interface Group {
    /** Each written form (folded) with its count, and its first original spelling. */
    forms: Map<string, number>;
    first: Map<string, string>;
    mentions: Span[];
  }
  const groups = new Map<string, Group>();
  for (const t of tokens) {
    if (t.tag !== 'ns' || overlaps(personAt, t)) continue;
    const w = folded.slice(t.start, t.end);
    if (!isHanWord(w) || w.length < 2 || NOT_PLACES.has(w)) continue;
    const key = w.length >= 3 && /[省市县]$/.test(w) ? w.slice(0, -1) : w;
    if (key.length < 2 || (NOT_PLACES.has(key) && !PLACE_SUFFIX.test(w))) continue;
    const g: Group = groups.get(key) ?? { forms: new Map(), first: new Map(), mentions: [] };
    g.forms.set(w, (g.forms.get(w) ?? 0) + 1);
    if (!g.first.has(w)) g.first.set(w, text.slice(t.start, t.end));
    g.mentions.push({ start: t.start, end: t.end });
    groups.set(key, g);
  }
  const out: NamedEntity[] = [];
  for (const g of groups.values()) {
    // The most frequent form names the place; ties go to the first seen (Map order).
    let best = '';
    for (const [form, n] of g.forms) if (n > (g.forms.get(best) ?? 0)) best = form;
    out.push({ name: g.first.get(best)!, mentions: g.mentions, count: g.mentions.length });
  }
  return sortEntities(out);
}

/** Most mentioned first, then page order. */
function sortEntities(list: NamedEntity[]): NamedEntity[] {
  return list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}
