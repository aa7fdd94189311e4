/*
 * Reading an organisation's name back from its head over jieba's tokens, and the word lists only
 * that reading (and a few rules that stop where it stops) use. One long function, kept whole.
 */
import { isHanWord, type TaggedToken, tokenIndexAt } from '../tokens';
import { FUNCTION_WORDS, POST_AT_END, gluedFunction, overlaps } from './lexicon';
import { CATEGORY_WORDS, DATE_THEN_JOINING, DETERMINERS, INNER_ONLY_TAGS, LEVEL_START, MATCH_WORDS, NAME_VERBS, ORG_HEAD, PROPER_TAGS, SPLIT_WORDS, STOP_TAGS, UNIT_WORDS } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { MAX_ORG, isHead, wordAt } from './org-candidates';
import { KNOWN_COMPANY, LEXICON } from './org-lexicon-spans';
import { adjectiveNamedPlace, opensClause, tokenAtStart, townName } from './org-name-parts';
import { CITY_NAMES } from './org-places';
import { soundsLikeName } from './transliteration';

/** 协会/命名/n|纪念馆, 荣获/nr|市委: acts of conferring a name or an honour are the sentence's,
 * whatever jieba tagged them, and end a name. */
/** Words urging action, opening or closing a phrase jieba read whole (切实加强, 进一步推进). */
const URGING = /^(?:切实|大力|积极|认真|进一步|全面|努力|不断|着力|坚决|要)|(?:加强|强化|推进|做好|搞好|抓好|提高)$/;

export const CONFER_ACT = /^(?:命名|授予|荣获|表彰|授牌|挂牌)$/;

/** An unknown word (x) ending in a function, speech or motion character belongs to the sentence
 * (多为, 外媒称, 张三到). */
export const CLAUSE_END_X = /[为在是和与的了对从向把被将由于称说到赴]$/;

/** Tags of the words that may stand before a verb or a number inside a name. */
export const NOUNISH = new Set(['n', 'ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'x', 'l', 'vn', 'ng', 'b', 'an']);

/** The opening mark of each closing quote or bracket a name may hold. */
const CLOSING: Record<string, string> = { '”': '“', '」': '「', '）': '（', ')': '(' };

/** An edition (第十五届) and the committees that run one edition of games, fairs or expos. */
/** Heads of task forces set up to run a campaign or an event, whose names hold its verbs. */
const TASK_FORCE = /^(?:总指挥部|指挥部|领导小组|工作领导小组|组委会|筹委会|执委会)$/;
const ORDINAL_EDITION = /^第[一二三四五六七八九十百零〇\d]+届$/;
const ORGANISING_COMMITTEE = /^(?:组委会|执委会|筹委会|组织委员会|执行委员会|筹备委员会)$/;

/** Verbs of visiting jieba tags nouns (参观/n), and a verb with the complement 出 (折射出/n). */
const VISIT_OR_SHOW = /^(?:参观|参访|走访|拜访|探访|造访|游览|\p{Script=Han}{2}出)$/u;

/** Regions jieba tags as directions (西南/f), which open names like places (西南联合大学, 东北师范大学). */
// (北方/f 华创, 南方/f 电网: the north and the south open companies' names the same way.)
export const REGION = /^(?:东南|西南|东北|西北|中南|北方|南方)$/;

/** A preposition the HMM glued to the level opening a body's name (据市/x 防治…指挥部办公室介绍). */
/** Verbs a task force's name opens with: the campaign it drives (推进“一带一路”建设工作领导小组). */
const ADVANCE = /^(?:推进|推动|促进|深化|加快|落实)$/;

const GLUED_LEVEL = /^[据经由从在向对为与和及将把被][省市县区州]$/;

/** Eras a research body's or a publisher's name opens with (当代中国研究所, 现代中国出版社). */
const ERA = /^(?:当代|现代|近代)$/;

/**
 * Reads a name back from tokens[j] (included): where it starts, or null. Stops at punctuation,
 * particles, prepositions, pronouns, category words and posts; a conjunction or 、 joins only
 * inside one name (the word before it is no head), a verb only between two name words.
 */
export function readBack(folded: string, tokens: readonly TaggedToken[], j: number, end: number, personAt?: Uint8Array): number | null {
  const registered = /有限(?:责任)?公司$/.test(folded.slice(Math.max(0, end - 8), end));
  // (A factory's name holds its trade the same way right after its place: 无锡/钻探/v 工具厂.)
  const factory = folded[end - 1] === '厂';
  // A task force (or its office) is named by the campaign it drives, verb and all.
  // (The head's own word: 协会/会长 glued in one token heads up to `end`, so the head is 协会.)
  const jw = folded.slice(tokens[j]!.start, Math.min(end, tokens[j]!.end));
  const taskForceHead = TASK_FORCE.test(jw) || (/^(?:办公室|办事处)$/.test(jw) && tokens[j - 1] !== undefined && TASK_FORCE.test(wordAt(folded, tokens[j - 1]!)));
  let i = j;
  let start = tokens[j]!.start;
  for (let k = j - 1; k >= 0 && end - tokens[k]!.start <= MAX_ORG; k--) {
    const t = tokens[k]!;
    const w = wordAt(folded, t);
    const closing = CLOSING[w];
    // 中国—东盟中心: a dash between two places or known names joins them in one name.
    if (/^[—－]$/.test(w) && tokens[k - 1] !== undefined && /^(?:ns|j|nt)$/.test(tokens[k - 1]!.tag) && tokens[k - 1]!.end === t.start &&
      tokens[k + 1] !== undefined && /^(?:ns|j|nt|nz)$/.test(tokens[k + 1]!.tag) && tokens[k + 1]!.start === t.end) {
      start = t.start;
      i = k;
      continue;
    }
    // 阿尔玛/nr 兹/rg -/x 安泰/nz 军工集团, 埃克森/nr -/x 美孚/nz 公司: a transliterated name joined by a
    // hyphen to the name under way is part of it (two companies' names merged into one).
    // (约翰斯/·/霍普金斯大学, 乔治/·/华盛顿大学: a person's dotted name a body is named after the same.)
    if (/^[-－‐·]$/.test(w) && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start) {
      let b = k;
      while (b > 0 && tokens[b - 1]!.end === tokens[b]!.start && soundsLikeName(wordAt(folded, tokens[b - 1]!)) && t.start - tokens[b - 1]!.start <= 6) b--;
      if (b < k && t.start - tokens[b]!.start >= 2) {
        start = tokens[b]!.start;
        i = b;
        k = b;
        continue;
      }
      break;
    }
    if (closing) {
      // A quoted or bracketed part (瑞典“一带一路”研究所, 包头钢铁（集团）有限责任公司): taken whole
      // when short; before a quote the name goes on only from a proper name (瑞典), so that
      // 加入“衡阳群众”志愿服务队 starts at the quote.
      const open = folded.lastIndexOf(closing, t.start);
      if (open < 0 || t.start - open > 12 || (closing === '（' || closing === '(' ? open === 0 || !isHanWord(folded[open - 1]!) : false)) break;
      // （记者刘加文、顾正龙）伊拉克政府: a byline's brackets hold people, no part of a name.
      if (personAt && overlaps(personAt, { start: open, end: t.end })) break;
      while (k > 0 && tokens[k]!.start > open) k--;
      start = tokens[k]!.start;
      i = k;
      const before = tokens[k - 1];
      // (经/推进/“一带一路”建设工作领导小组: a task force's name opens with the verb of its campaign.)
      if (taskForceHead && before && before.end === open && ADVANCE.test(wordAt(folded, before)) && opensClause(folded, tokens, k - 1)) {
        start = before.start;
        i = k - 1;
        break;
      }
      if (closing !== '（' && closing !== '(' && !(before && before.end === open && PROPER_TAGS.has(before.tag) && before.tag !== 'x')) break;
      continue;
    }
    // A person is never part of a body's name (任卫东与|中央党史和文献研究院…).
    // (宁德/nr: a city of the closed list taken for a person is still a place; so is a country
    // opening a short name, 乌克兰/nr 总统办公室, 贝宁/nr 政府.)
    if (personAt && overlaps(personAt, t) && !CITY_NAMES.has(w) && !(FOREIGN_PLACES.has(w) && end - t.start <= 8)) break;
    // 安踏/v 集团: a company the lexicon knows is a name whatever jieba tagged it.
    if (KNOWN_COMPANY(w)) {
      start = t.start;
      i = k;
      continue;
    }
    // 保定/v学院, 包头/v钢铁: a city is a place whatever jieba tagged it; so is the capital
    // jieba tags an adverb (首都/d 经济/n 贸易大学).
    if (CITY_NAMES.has(w) || (w === '首都' && tokens[k + 1]?.start === t.end && isHanWord(tokens[k + 1]!.word))) {
      start = t.start;
      i = k;
      continue;
    }
    // Ｔ/x Ｃ/x Ｌ/x 通信设备股份有限公司: a brand in full-width Latin letters, which jieba splits one
    // letter a word, is read whole when it has two letters or more (a lone Ａ公司 names no one).
    if (/^[Ａ-Ｚａ-ｚ]$/.test(w) && t.end === tokens[k + 1]?.start) {
      let b = k;
      while (b > 0 && /^[Ａ-Ｚａ-ｚ]$/.test(tokens[b - 1]!.word) && tokens[b - 1]!.end === tokens[b]!.start) b--;
      if (k - b + 1 < 2) break;
      start = tokens[b]!.start;
      i = b;
      k = b;
      continue;
    }
    // A Latin brand written against the name (TCL科技集团股份有限公司, OpenAI公司).
    if (t.tag === 'eng' && /^[A-Za-z][A-Za-z0-9&.-]*$/.test(t.word) && t.end === tokens[k + 1]?.start) {
      start = t.start;
      i = k;
      continue;
    }
    const prev = tokens[k - 1];
    const prevWord = prev ? wordAt(folded, prev) : '';
    // 美/中/合作基金会: a one-character country before 中 names a pair of countries.
    const pair = t.tag === 'f' && w === '中' && prev?.tag === 'ns' && prevWord.length === 1;
    const next = tokens[k + 1];
    // 香港注册/中/f 医学会: jieba cuts 中医 (Chinese medicine) into 中 and a word opening with 医; the
    // 中 is the remit's, inside the name.
    if (w === '中' && t.tag === 'f' && next !== undefined && next.start === t.end && folded[t.end] === '医' && prev !== undefined && prev.end === t.start &&
      isHanWord(prev.word)) {
      start = t.start;
      i = k;
      continue;
    }
    // 法国/道/q 达尔/nrt 能源公司: a transliteration jieba cut at a character it read as a measure word
    // or the like, right after a country, is read whole.
    // (美国/的/uj 布洛克巴斯特…: a particle or a preposition there is the sentence's.)
    if (w.length === 1 && !/^(?:u[jlzgvd]?|p|c|r|d|y|e|o)$/.test(t.tag) && !FUNCTION_WORDS.test(w) && prev !== undefined && prev.end === t.start &&
      (prev.tag === 'ns' || FOREIGN_PLACES.has(prevWord)) && next !== undefined &&
      next.start === t.end && /^nrt?$/.test(next.tag) && next.end - next.start >= 2 && k + 1 < j) {
      start = t.start;
      i = k;
      continue;
    }
    // 养老机构|泰康之家…: a category word before a proper name ends it; before other name words
    // it is part of the name (国家高端智库学术委员会).
    // (美国/智库/战略与国际研究中心: after a country it is the kind of the name that follows.)
    // (民营企业|红桃/n k/eng 集团股份有限公司: before a registered company's name a kind of enterprise by
    // its ownership is what the company is, whatever jieba tagged the name's first word.)
    const category = CATEGORY_WORDS.test(w) && next !== undefined && (PROPER_TAGS.has(next.tag) || /^[“「《]$/.test(next.word) ||
      (registered && k + 1 < j && /^\p{Script=Han}{2}(?:企业|公司)$/u.test(w)) ||
      (prev !== undefined && prev.end === t.start && (prev.tag === 'ns' || FOREIGN_PLACES.has(prevWord)) && k + 1 < j));
    // 在/京/部党组, 赴/沪/企业: a one-character city after 在 or 赴 says where, it opens no name.
    if (t.tag === 'ns' && w.length === 1 && prev?.end === t.start && /^(?:在|赴|来|抵|离|返)$/.test(prevWord)) break;
    // 北京/一/公安局: a lone 一 is "a", some body not named (一中 and 第一 are words of their own).
    // (中建/三局/一/公司: right after a body's head and before another, it numbers a unit of that body.)
    if (w === '一' && t.tag === 'm' && !(prev !== undefined && prev.end === t.start && isHead(prevWord) && prevWord.length >= 2 && k + 1 === j &&
      tokens[j]!.start === t.end && /^(?:公司|分公司|局|处|厂|队|院|所)$/.test(jw))) break;
    // 杭州市/上/f 城区/n 湖滨街道: a district named by a direction before 城区 (上城区, 下城区) is one
    // place, which jieba splits.
    if (w.length === 1 && t.tag === 'f' && /^[上下东西南北]$/.test(w) && next !== undefined && next.start === t.end && wordAt(folded, next) === '城区') {
      start = t.start;
      i = k;
      continue;
    }
    // 幸福/a 社区/居委会, 团结/a 村/村委会: a community or a village named by a word of praise opening
    // its clause; the word is the place's name.
    if (adjectiveNamedPlace(folded, tokens, k) && opensClause(folded, tokens, k)) {
      start = t.start;
      i = k;
      break;
    }
    // 成长为/武功/nr 县/zg 团委书记: a county jieba does not know, tagged a name, an adverb or an
    // adjective before its lone level character, opening its clause, is the county's name.
    const county = /^[县市区旗]$/.test(w) && prev !== undefined && prev.end === t.start && /^(?:nr|d|a)$/.test(prev.tag) && /^\p{Script=Han}{2,3}$/u.test(prevWord) &&
      !FUNCTION_WORDS.test(prevWord) && !DETERMINERS.test(prevWord) && !(personAt && overlaps(personAt, prev)) &&
      (k < 2 || !isHanWord(tokens[k - 2]!.word) || /^(?:p|c|v|uj)$/.test(tokens[k - 2]!.tag));
    if (county) {
      start = prev.start;
      i = k - 1;
      break;
    }
    // 大湾/ns 村/zg 党总支: a lone village, town or county character after a place is part of it.
    if (/^[村镇乡县区市省]$/.test(w) && prev?.tag === 'ns' && prev.end === t.start) {
      start = t.start;
      i = k;
      continue;
    }
    // 南头/f 镇/党委, 同安/nz 村/股份…联合社: a town's or village's name jieba did not know as a place.
    if (/^[村镇乡]$/.test(w) && prev && townName(folded, prev) && prev.end === t.start) {
      start = prev.start;
      i = k - 1;
      k--;
      continue;
    }
    // 西南/f 联合大学, 东北/f 师范大学: a region jieba tags as a direction opens a name.
    if (REGION.test(w) && next !== undefined && next.start === t.end && isHanWord(next.word)) {
      start = t.start;
      i = k;
      continue;
    }
    // 大浪/nz 淀/zg 水库: a bound character after a name word is the rest of that name; so is a
    // works' 厂 inside a registered company's name (汾酒/n 厂/zg 股份有限公司).
    // (哈德逊/nr 湾/zg 公司: and after a transliteration of three characters jieba took for a name.)
    if (t.tag === 'zg' && w.length === 1 && prev && (/^(?:nz|ns|nrt)$/.test(prev.tag) || (prev.tag === 'nr' && prevWord.length >= 3) ||
      (registered && w === '厂' && /^(?:n|nz|j)$/.test(prev.tag))) &&
      prev.end === t.start && !/^[村镇乡县区市省]$/.test(w)) {
      start = t.start;
      i = k;
      continue;
    }
    // 国家发展改革/委/zg 价格司: a head character jieba left bound after the body's remit is that
    // body's head inside its unit's name.
    if (t.tag === 'zg' && /^[委局部办厅署院]$/.test(w) && k < j && prev && /^(?:n|vn|nz|j)$/.test(prev.tag) && prev.end === t.start) {
      start = t.start;
      i = k;
      continue;
    }
    // 大同/d 市委: a word jieba tags an adverb, an adjective or a person's name right before a city's or a
    // county's committee or government is that place's name.
    if (k + 1 === j && /^(?:d|a|nr)$/.test(t.tag) && /^\p{Script=Han}{2,3}$/u.test(w) && /^(?:[省市县区州]委|[市县区]政府|[市县区]人民政府)$/.test(jw) &&
      !FUNCTION_WORDS.test(w) && !DETERMINERS.test(w) && !(personAt && overlaps(personAt, t)) && (!prev || !isHanWord(prev.word) || /^(?:p|c|v|uj)$/.test(prev.tag))) {
      start = t.start;
      i = k;
      break;
    }
    // 韩联社/援引/vn 政府: a verb of citing or telling jieba tags as a noun is the sentence's.
    if (t.tag === 'vn' && /^(?:援引|引述|转引|引用|报道|透露|宣布|介绍|指出|强调|表示|称)$/.test(w)) break;
    // 中国海油/三大/x 石油公司: a count of the biggest (三大, 四大) ranks bodies of a kind, it names none.
    if (/^(?:[两三四五六七八九十]|几)大$/.test(w)) break;
    // 夏巴兹会见/n 中国电力建设集团: a verb of meeting jieba tags a noun is the sentence's.
    if (/^(?:会见|会晤|会谈|接见|拜会|看望|慰问|视察|考察)$/.test(w)) break;
    // 游客们/参观/n 陕西历史博物馆, 形式/折射出/n 中国政府: a verb of visiting, or a verb with the
    // complement 出 (折射出, 体现出), that jieba tags a noun is the sentence's too.
    if (VISIT_OR_SHOW.test(w)) break;
    // 就读于, 毕业于, 位于: a verb with 于 is the sentence's; so are a dateline's 本报讯 and a
    // headline's 记 (——记|深圳…有限公司董事长…).
    if ((w.length >= 2 && w.endsWith('于')) || /^(?:本报讯|讯|记)$/.test(w)) break;
    // 新华社…１３/日电|新加坡总理公署: a dispatch's date and 电 end a dateline, no name.
    if ((w === '日电' && /[\d０-９]/.test(folded[t.start - 1] ?? '')) || (w === '电' && /[\d０-９日]/.test(folded[t.start - 1] ?? ''))) break;
    if (CONFER_ACT.test(w)) break;
    // 四月份|上海师范大学, 湖北队客场对阵|浙江队, 容西片区新建|容德初级中学: a time of the year, a
    // match between sides and a body's being built are the sentence's.
    if (/^(?:月份|年份|年度|季度|年初|年底|年末|月初|月底|月末|上旬|中旬|下旬|对阵|客场|主场|迎战|新建|拟建|在建|筹建|改建|扩建|续建)$/.test(w)) break;
    // 逼平/四川全兴队, 中逼平/x 四川全兴队: a match's result or stage before a side is the sentence's.
    if (MATCH_WORDS.test(w) && (t.tag !== 'nt' || w.length > 4)) break;
    // 五要/x 切实加强/l 工会: the points of an enumeration (一要…，五要…) and a phrase urging action
    // (切实加强, 大力推进) are the sentence's; what they act on is a kind, no name.
    // (jieba tags some of them a proper noun: 大力发展/nz 家庭农场.)
    if (/^[一二三四五六七八九十]+要/.test(w) || (/^(?:l|x|i|vu|nz)$/.test(t.tag) && URGING.test(w))) break;
    // 唐家/x 墩/v 街道: a lone character tagged a verb between an unknown name word and a locality
    // is the rest of that place's name.
    if (w.length === 1 && t.tag === 'v' && prev && /^(?:x|ns|nz|nr)$/.test(prev.tag) && prev.end === t.start && next?.start === t.end &&
      /^(?:街道|社区|村|镇|乡|街|路|大道|新区|开发区|湾|岛)$/.test(wordAt(folded, next))) {
      start = t.start;
      i = k;
      continue;
    }
    // 中国/可/v 再生能源/l 学会: jieba cuts 可再生 (renewable) into the verb 可; the word is the
    // body's remit, inside its name (国家可再生能源中心, …可再生能源学会).
    if (w === '可' && next?.start === t.end && /^再生/.test(wordAt(folded, next))) {
      start = t.start;
      i = k;
      continue;
    }
    // 科创板/公司|中微公司: a market's or a kind's companies as a class before a name end it.
    if (w === '公司' && k < j && /^(?:科创板|创业板|主板|新三板|上市|概念|龙头|板块|子|母|本|该)$/.test(prevWord)) break;
    // 河南省/立/v 眼科医院: 立 after a level (省立, 市立, 县立) says who founded the body, inside its name.
    if (w === '立' && /[省市县区]$/.test(prevWord) && prev?.end === t.start) {
      start = t.start;
      i = k;
      continue;
    }
    // ２/名村/x 党支部: a counter jieba glued to the next word after a number counts, it names nothing.
    const before = tokens[k - 1];
    if (t.tag === 'x' && /^[名个家位支批所]\p{Script=Han}/u.test(w) && before !== undefined && before.end === t.start && /^[\d０-９]+$/.test(before.word)) break;
    // 第十五届/m 全运会 组委会: the edition of the games or fair an organising committee runs is part of its name.
    // (第十四届/m 全国运动会 组委会 办公室: and of the committee's own office.)
    if (ORDINAL_EDITION.test(w) && tokens.slice(k + 1, j + 1).some((x) => ORGANISING_COMMITTEE.test(wordAt(folded, x))) && next !== undefined &&
      /^(?:nz|n|j|nt)$/.test(next.tag)) {
      start = t.start;
      i = k;
      break;
    }
    // 联合国/特别/d 委员会: 'special' between a body's or a place's name and the head names the kind
    // of committee or court.
    const special = w === '特别' && k + 1 === j && prev !== undefined && /^(?:nt|ns|nz|j)$/.test(prev.tag) && /^(?:委员会|工作组|法庭|代表|代表处|小组)$/.test(jw);
    // (条例/规定/n 雄安新区管理委员会: what a statute provides is the sentence's; 上级/下级 监察委员会 is
    // a rank of such bodies, no name.)
    if (!isHanWord(w) || (STOP_TAGS.has(t.tag) && !pair && !special) || gluedFunction(w, t.tag) || category || DETERMINERS.test(w) ||
      UNIT_WORDS.test(w) || /^(?:规定|条例|上级|下级|同级)$/.test(w)) break;
    // 乌克兰总统办公室, 以色列总理办公室: a head of state's or government's office is a body.
    const leadersOffice = /^(?:总统|总理|首相|副总统)$/.test(w) && (prev?.tag === 'ns' || FOREIGN_PLACES.has(prevWord)) && next !== undefined && /^(?:办公室|办公厅)$/.test(wordAt(folded, next));
    // 县/退役军人/事务局, 伦敦/国王/学院, 律师/协会: a word for people right before a body's head
    // of two characters or more is the body's remit or name, not a post; an office after a post
    // is that officer's own (市长办公室), no body's name.
    // (癌症/患者/关爱/v 基金会, 儿童/救助/中心: and so is one before the remit's verb.)
    const peoplesBody = (k + 1 === j || (k + 2 === j && tokens[k + 1]!.tag === 'v' && NAME_VERBS.test(wordAt(folded, tokens[k + 1]!)))) &&
      jw.length >= 2 && isHead(jw) &&
      !/^(?:办公室|办公厅|工作室|办事处)$/.test(jw);
    // 全国/学生/心理健康工作咨询委员会, 中华全国/律师/协会: a class of people right after the nation
    // or the state opening the name is whom the body serves or gathers, its remit.
    const nationsPeople = /^(?:学生|农民|职工|工人|教师|律师|记者|作家|企业家|科学家|医师|退役军人)$/.test(w) && prev !== undefined &&
      prev.end === t.start && /^(?:全国|中国|中华全国|国家|中央)$/.test(prevWord) && jw.length >= 2;
    // (鑫旺种植/农民/专业合作社: the farmers a cooperative gathers are its kind, inside its name.)
    const cooperative = /^(?:农民|渔民|牧民|果农|菜农|茶农|林农|花农)$/.test(w) && /^(?:专业)?合作(?:社|联合社)/.test(folded.slice(t.end, end));
    // (李沧区/职工/子女爱心托育中心: the people a place's service body serves, right after the place,
    // are its remit.)
    const served = /^(?:职工|老年人|老人|残疾人|儿童|妇女|青少年|农民工|退役军人|未成年人|留守儿童)$/.test(w) && prev !== undefined &&
      prev.end === t.start && (prev.tag === 'ns' || /(?:区|县|市|镇|乡|村|街道|社区)$/.test(prevWord)) && k + 1 < j &&
      /(?:中心|服务站|之家|协会|学校|医院)$/.test(jw);
    if (POST_AT_END.test(w) && !isHead(w) && !leadersOffice && !peoplesBody && !nationsPeople && !cooperative && !served) break;
    // 农工党上海市委副主委|和致公党…: a democratic party committee's chair ends the name read back.
    if (/主委$/.test(w)) break;
    // 湖南省委|省政府: a committee before a body opening with its level is another body.
    if (isHead(w) && w.endsWith('委') && next && /^[省市县区州]/.test(wordAt(folded, next))) break;
    // 县武警中队/和县/消防救援大队: jieba glues the conjunction to the next body's level (和县 is
    // also a county); after a head it joins two bodies, and the name starts at the level.
    if ((/^[和与及][省市县区州]$/.test(w) && isHead(prevWord)) || (/^同[省市县区州]$/.test(w) && /委会$/.test(prevWord))) {
      start = t.start + 1;
      i = k;
      break;
    }
    // 省卫生健康/委和省/x 医保/局: the HMM glued the first body's head character, the conjunction
    // and the second's level into one word; the second body starts at its level.
    if (t.tag === 'x' && /^[委局厅办部院署][和与及][省市县区州]$/.test(w)) {
      start = t.start + 2;
      i = k;
      break;
    }
    // 中国地理学/会/人文地理专业委员会: jieba splits 学会 into 学 and the verb 会; after a word
    // ending in 学 it is the society's head inside the longer name.
    if (w === '会' && t.tag === 'v' && prevWord.endsWith('学') && NOUNISH.has(prev!.tag)) {
      start = t.start;
      i = k;
      continue;
    }
    // 多为/x河北大学: an unknown word that ends in a function character is the sentence's; so is
    // one that opens with a verb or an adverb (有个/x, 并报/x市政府, 等国/x大使馆, 2名村/x).
    // 韩涵/系政邦/x 智库, 据帅克/x 制药, 及美光/x 科技: a copula, a preposition or a conjunction the
    // HMM glued to a name is the sentence's; the name starts after it.
    if (t.tag === 'x' && /^[系据及经]\p{Script=Han}{2,}$/u.test(w)) {
      start = t.start + 1;
      i = k;
      break;
    }
    // (另据/x 北京铁路局: a word of the sentence's whole.)
    // (很强/x 学校, 直击/x: an adverb the HMM glued to a verb or an adjective is the sentence's.)
    if (t.tag === 'x' && (CLAUSE_END_X.test(w) || /^[有是并且又再还也就都才却等要让使给另据经及随续曾很直]/.test(w) || (prev?.tag === 'm' && /^[名个家位批]/.test(w)))) break;
    if (t.tag === 'x' && /^系\p{Script=Han}{2,}$/u.test(w)) {
      start = t.start + 1;
      i = k;
      break;
    }
    // 各分/x县市局, 这大/x概率与…公司: an unknown word that opens with a demonstrative points
    // at bodies it does not name.
    if (t.tag === 'x' && /^[这那该此每各]/.test(w)) return null;
    // 经本/x 公司, 由该/x 集团: a preposition the HMM glued to a determiner points at the writer's
    // own or an earlier body, no name.
    if (t.tag === 'x' && /^[经由据按依从在对向将把被为与和][本该此其我这那每各]$/.test(w)) return null;
    // 非/h 益民村经济合作社社员: the negating prefix is the sentence's (those not of the body).
    // (邵阳县/非/h 物质/文化遗产/保护中心: intangible heritage, 非物质, is one word of the body's remit.)
    if (t.tag === 'h' && w === '非' && !folded.startsWith('物质', t.end)) break;
    if (w === '与' || w === '和' || w === '及') {
      // 社会与法学院 is one name; 中央网信办与求是杂志社 are two; so are someone and a place's
      // body (笔者与|东莞市政府): a place after the conjunction opens a name of its own.
      // 湘江/保护/和/治理/委员会: two remits a body's name holds (both verbs of its work) are one name.
      // (区/卫生/健康/a 和 体育局: a remit jieba tags an adjective counts as a noun there.)
      // (城市/运行/v 和 环境/建设/管理/指挥部: a task force's name joins the parts of the campaign it
      // runs, verbs or nouns, whatever they are.)
      const taskForce = TASK_FORCE.test(jw) || (/^(?:办公室|办事处)$/.test(jw) &&
        tokens[j - 1] !== undefined && TASK_FORCE.test(wordAt(folded, tokens[j - 1]!)));
      // (开州区/就业/v 和/人才/n 中心: a remit verb and a remit noun joined are one remit too.)
      const joinedDisciplines = prev !== undefined && next !== undefined && k + 2 === j && prev.tag === 'n' && prevWord.length >= 2 &&
        next.end === tokens[j]!.start && /^(?:研究所|研究院|研究中心|学院|实验室)$/.test(jw);
      const remits = prev !== undefined && next !== undefined && ((NAME_VERBS.test(prevWord) && NAME_VERBS.test(wordAt(folded, next))) ||
        (NAME_VERBS.test(prevWord) && prev.end === t.start && next.start === t.end && next.tag === 'n' && next.end - next.start === 2 && k + 2 <= j) ||
        (prev.tag === 'a' && /^(?:健康|安全|文明|绿色|和平)$/.test(prevWord)) ||
        (taskForce && /^(?:v|vn)$/.test(prev.tag) && prevWord.length >= 2 && /^(?:n|vn|v)$/.test(next.tag) && next.start === t.end));
      // (美联社/nt 和 法新社: a whole known name before it is another body.)
      // (中国银联/和/网联清算有限公司: a company the lexicon knows, whole before it, is another company.)
      if (!prev || isHead(prevWord) || (LEXICON.get(prevWord[0] ?? '') ?? []).some((e) => e.company && e.form === prevWord) || !isHanWord(prevWord) || !(NOUNISH.has(prev.tag) || prev.tag === 'm' || remits) || SPLIT_WORDS.test(prevWord) ||
        // (南京/地理/n 与/湖泊/ns 研究所: two disciplines an institute joins, the second jieba tags a place.)
        (personAt && overlaps(personAt, prev)) || (next?.tag === 'ns' && prev.tag !== 'ns' && !joinedDisciplines) || CATEGORY_WORDS.test(prevWord) ||
        // 巴格达/和/库尔德自治区政府: a place and a foreign name after it are two (a city and another's body).
        ((prev.tag === 'ns' || FOREIGN_PLACES.has(prevWord) || CITY_NAMES.has(prevWord)) && next !== undefined && (next.tag === 'nrt' || FOREIGN_PLACES.has(wordAt(folded, next)))) ||
        // 防卫省与|韩国国防部: a level alone or a whole body's name after it is another body.
        // (宪法/n 和 法律委员会/nt: a committee's two remits joined, one name; a body of a place is another.)
        /^[省市县区州]$/.test(prevWord) || (next?.tag === 'nt' && next.end - next.start >= 4 && !(prev.tag === 'n' && /^[一-龥]{2}委员会$/.test(wordAt(folded, next)))) ||
        // 市贸促会和|市侨联: a lone level after it opens the next body.
        (next !== undefined && /^[省市县区州]$/.test(wordAt(folded, next)))) break;
      continue;
    }
    // 西南联合大学: 联合 right before a bare head is part of the name, not two bodies acting together.
    const unitedHead = w === '联合' && next !== undefined && isHead(wordAt(folded, next)) && wordAt(folded, next).replace(ORG_HEAD, '') === '';
    // 京津冀/协同/发展领导小组: 协同 before a verb of a body's work is its remit (coordinated development), not acting together.
    const coordinated = w === '协同' && next !== undefined && next.start === t.end && NAME_VERBS.test(wordAt(folded, next));
    if (FUNCTION_WORDS.test(w) || (SPLIT_WORDS.test(w) && !unitedHead && !coordinated)) break;
    // A time word stands inside a name only after a place (山东省现代产业学院) or right before
    // the head (战时内阁); elsewhere it is the sentence's (李强前往/t金风科技).
    // (北京冬奥会和/冬/t 残奥会组委会: a season opening the games' name is part of it.)
    const season = /^(?:冬|夏|冬季|夏季)$/.test(w) && next !== undefined && next.start === t.end && /(?:会|赛)$/.test(wordAt(folded, next));
    // (当代/t 中国与世界研究院, 当代/t 中国出版社: an era opening its clause before the country or the
    // world names the body's field, inside its name.)
    const era = ERA.test(w) && next !== undefined && next.start === t.end && /^(?:中国|世界)/.test(wordAt(folded, next)) && opensClause(folded, tokens, k);
    if (t.tag === 't' && !(prev && /^n[stz]$/.test(prev.tag)) && k + 1 !== j && !season && !era) break;
    if (t.tag === 'c' || (t.tag === 'p' && !pair)) break;
    // Verbs, adjectives, numbers and the like stand inside a name only after a name word
    // (空间/应用/工程, 天宫/一号, 乡村/振兴/局); after a verb or a clause word they are the
    // sentence's (选择/进入/上海市养老服务协会).
    // A registered company's name holds its line of business, verbs included (富达/包装/有限责任公司).
    // (So does a state group's right after 中国 or 国家: 中国/节能/v 环保/集团.)
    const stateGroup = w.length === 2 && /^(?:集团|集团公司|总公司)$/.test(jw) && /^(?:中国|国家|中华)$/.test(prevWord);
    // 经/推进/v 长江经济带发展领导小组: the same, the verb opening its clause.
    if (taskForceHead && ADVANCE.test(w) && k < j && opensClause(folded, tokens, k)) {
      start = t.start;
      i = k;
      break;
    }
    if (t.tag === 'v' && !NAME_VERBS.test(w) && !unitedHead && !stateGroup && !(registered && w.length === 2 && prev !== undefined && NOUNISH.has(prev.tag)) &&
      !(factory && w.length === 2 && prev !== undefined && /^(?:ns|nz)$/.test(prev.tag) && prev.end === t.start)) break;
    // (学术和编审委员会: a conjunction before it joins two name words; its own check looks further.)
    const prevNounish = prev !== undefined && isHanWord(prev.word) && (NOUNISH.has(prev.tag) || NAME_VERBS.test(prevWord) || /^[与和及]$/.test(prevWord));
    if (/^(?:v|a|r|m|i|s)$/.test(t.tag) && !prevNounish) break;
    // A verb right after a head is what that body does (中央网信办会同…): the name starts after
    // it, unless the verb opens the next head's name (集团/控股/有限公司).
    // (市委/巡察/v 工作领导小组: a committee's inspection or other work a task force runs is that
    // task force's name, the committee its owner.)
    if (t.tag === 'v' && isHead(prevWord) && !(next && isHead(wordAt(folded, next))) &&
      !(taskForceHead && NAME_VERBS.test(w) && /^(?:[省市县区州]委|党委|党组|中央)$/.test(prevWord))) break;
    start = t.start;
    i = k;
  }
  // A name never opens with a verb, an adjective, a number or a place word (进入|上海市…);
  // after a lone level character it does (县/应急/管理局: the level opens the name).
  // (由省/x卫生/健康/委: a level the HMM glued to a preposition counts the same.)
  const lw0 = tokens[i - 1] !== undefined ? wordAt(folded, tokens[i - 1]!) : '';
  const levelBefore = tokens[i - 1] !== undefined && tokens[i - 1]!.end === tokens[i]!.start &&
    (/^[省市县区州]$/.test(lw0) || (lw0.length === 2 && (gluedFunction(lw0, tokens[i - 1]!.tag) || GLUED_LEVEL.test(lw0)) && /[省市县区州]$/.test(lw0))) &&
    !(personAt && overlaps(personAt, tokens[i - 1]!));
  for (; i < j && !levelBefore; i++) {
    const t = tokens[i]!;
    const w = wordAt(folded, t);
    // (应急/vn 管理部, 生态环境/l 部: a known body's name opens the longer one whatever jieba tagged its first word.)
    if (!INNER_ONLY_TAGS.has(t.tag) || LEVEL_START.test(w) || CITY_NAMES.has(w) || w === '首都' || w === '“' || w === '「' || ORDINAL_EDITION.test(w) || ERA.test(w) || KNOWN_COMPANY(w) ||
      adjectiveNamedPlace(folded, tokens, i) ||
      (taskForceHead && ADVANCE.test(w) && i === tokenIndexAt(tokens, start)) ||
      // (人之初/l 杂志社: a magazine or a publisher takes a set phrase for its name.)
      (t.tag === 'l' && /^(?:杂志社|出版社|画报社|报社)$/.test(jw)) ||
      (LEXICON.get(folded[t.start]!) ?? []).some((e) => e.form.length > w.length && t.start + e.form.length < end && folded.startsWith(e.form, t.start))) break;
  }
  // …发挥|中央区域协调发展领导小组: with no proper name before it, a level word opens the name.
  for (let k = i + 1; k < j; k++) {
    const w = wordAt(folded, tokens[k]!);
    if (PROPER_TAGS.has(tokens[k - 1]!.tag) && tokens[k - 1]!.tag !== 'x') break;
    // …a name already under way (a proper word, a level, a head before) is not cut.
    // (合肥/n 微尺度…国家研究中心: a city jieba tagged a common noun is a proper name under way.)
    if (tokens.slice(i, k).some((x) => (PROPER_TAGS.has(x.tag) && x.tag !== 'x') || LEVEL_START.test(wordAt(folded, x)) || CITY_NAMES.has(wordAt(folded, x)) ||
      isHead(wordAt(folded, x)))) break;
    if (/^(?:中央|国家|全国|中共|国务院)$/.test(w)) {
      i = k;
      break;
    }
  }
  const first = tokens[i]!;
  if (first.start >= end) return null;
  start = Math.max(start, first.start);
  // As for titles: a lone character opening the clause heads the name (”定/王台派出所), and so
  // does the second half of a preposition the HMM glued to it (从定/王台派出所).
  const lead = tokens[i - 1];
  if (lead && i === tokenAtStart(tokens, i, start) && lead.end === start && isHanWord(lead.word)) {
    const lw = wordAt(folded, lead);
    const before = tokens[i - 2];
    if (tokens[i]!.tag === 'x' && lw.length === 1 && !FUNCTION_WORDS.test(lw) && !STOP_TAGS.has(lead.tag) && !DETERMINERS.test(lw) &&
      (!before || /^[\s，,。；;：:“”「」]+$/.test(before.word))) start = lead.start;
    // 中/f 青旅控股/nz 股份有限公司: a registered company's name opening the clause keeps its first
    // character whatever jieba tagged it.
    else if (/有限(?:责任)?公司/.test(folded.slice(start, end)) && lw.length === 1 && /^(?:nz|nt|x|nrt)$/.test(tokens[i]!.tag) && /^(?:f|zg|ng|n|j|a|b)$/.test(lead.tag) &&
      !FUNCTION_WORDS.test(lw) && !DETERMINERS.test(lw) && (!before || /^[\s，,。；;：:“”「」、（(]+$/.test(before.word))) start = lead.start;
    else if (lw.length === 2 && (gluedFunction(lw, lead.tag) || GLUED_LEVEL.test(lw)) && (tokens[i]!.tag === 'x' || /[省市县区州]$/.test(lw))) start = lead.start + 1;
    // 中/f 铁一局/nt, 由/中/f 交二航局/x: a lone 中 jieba read as 'middle' opens a state group's short
    // name (中铁, 中交, 中建) glued to the next word, after a pause or a preposition.
    else if (lw === '中' && lead.tag === 'f' && /^(?:nt|j|x|nz)$/.test(tokens[i]!.tag) && (!before || before.tag === 'p' || /^[\s，,。；;：:“”「」、（(]+$/.test(before.word))) start = lead.start;
    // 县/zg检察院: a lone level character whatever jieba tagged it.
    else if (/^[省市县区州]$/.test(lw)) start = lead.start;
  }
  // 2015/年入/x 职/ng 南京邮电大学: jieba glued the year's 年 to the verb after it; the date and the
  // verb of joining are the sentence's.
  const dated = /[0-9０-９]$/.test(folded.slice(0, start)) ? DATE_THEN_JOINING.exec(folded.slice(start, end)) : null;
  if (dated) start += dated[0].length;
  return start < end ? start : null;
}
