import { isHanWord, tokenIndexAt, tokensWithin, type Span, type TaggedToken } from '../tokens';
import { CENTRAL_BODIES, COMPANIES, FORMER_BODIES, INTERNATIONAL_BODIES, PARTIES, PARTY_NOT_AFTER, REGIONAL_BODIES } from './central-bodies';
import { FUNCTION_WORDS, NOT_PLACES, POST_AT_END, gluedFunction, overlaps } from './lexicon';
import {
  BARE_BODIES, BARE_BODY_AFTER, BOARD_OF_COMPANY, BODY_JOINING_VERB, BUREAU, CATEGORY_WORDS, COMPANY_ACTS,
  COMPANY_CONTEXT, COMPOUND_AFTER, DATE_THEN_JOINING, DETERMINERS, GENERIC_LEVELS, GENERIC_PAIR, HEAD_TAGS, INDUSTRY,
  INNER_ONLY_TAGS, LEADER_POST, LEVEL_BACK_REFERENCE, LEVEL_START, LIST_OF_COMPANIES, MEDIA_AFTER, MEETING_AFTER,
  NAME_VERBS, NOT_BODY_END, NOT_ORG_HEAD, OFFICE_LEAD, ORG_HEAD, PROPER_TAGS, PROVINCE, SERVICE, SERVICE_AFTER,
  SPLIT_WORDS, STOP_TAGS, UNIT_WORDS,
} from './org-words';
import { isNameShape } from './names';
import { soundsLikeName } from './transliteration';
import { CITY_NAMES } from './org-places';
import { companyUnitEnd } from './company-units';
import { reserveBodySpans } from './reserve-bodies';
import { groupMemberSpans } from './group-members';
import { factorySpans } from './factories';
import { organisingCommitteeSpans } from './organising-committees';
import { AID_TASK_FORCE_END, aidTaskForceSpans } from './aid-task-forces';
import { FOREIGN_PLACES } from './foreign-places';
import { partyCentreSpans } from './party-centres';
import type { NamedEntity } from './types';

/** The longest name an organisation is read back to from its head (`天宫一号与神舟九号载人交会对接任务总指挥部`). */
const MAX_ORG = 32;

/** A found stretch of text naming a body, and the group it reports under. */
interface Candidate extends Span {
  /** A closed-lexicon body: its row, so that every name of it groups together. */
  body?: number;
  /** A short name the text defines for a body (`以下简称“汇川技术”`): that body's group key. */
  groupKey?: string;
  /** A full name that only gives its group its name, with no mention of its own (the owner named
   * inside a sub-body's name). */
  formOnly?: boolean;
  /** A known body's name after a place (河南省 + 发展改革委): that body's row and the place. */
  placed?: { body: number; place: string };
}

/**
 * Organisations, found by class and reported once each (docs/people.md sets what counts):
 *  1. a closed lexicon matched on the folded text (central-bodies.ts): central and international
 *     bodies by full and official short names (`工信部`, `市场监管总局`, `党中央`, `联合国`, `WHO`),
 *     the SAR and Taiwan bodies, large companies and foreign parties; a place before one makes
 *     another body (`美国商务部`, `河南省发展改革委`);
 *  2. a head (公司, 研究所, 总队, 省委, 党工委, 领导小组…) with the name before it, read back over
 *     jieba's tokens to where a clause mark, a preposition, a determiner, a category word
 *     (`养老机构`), a person or a verb of the sentence stops it — only verbs that name what a body
 *     does stand inside (`空间应用工程与技术中心`); `与`/`和` join inside one name and split two
 *     bodies (`中央网信办与求是杂志社`), and so does `会同`;
 *  3. names before a leader's post and a person (`…共策会会长`), the items of lists (`…等企业`, or a
 *     、 list one of whose items is a body), a brand with an industry word (`宇通客车`), a name
 *     before a stock code, and an outlet named as the body that reports (`据澎湃新闻报道`).
 * Longest span first where they overlap: a mention inside a longer one belongs to it. A rule-found
 * name is kept when it holds a proper name or opens with a level (`省公安厅`), a known body, a
 * quoted name or an international reach. A back-reference that ends a full name or repeats its
 * level (`省公安厅`, `市政府` of `长沙市人民政府`, `省厅`) groups with it: one entry under the full
 * name, the other names in `forms`.
 */
export function organisations(text: string, folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): NamedEntity[] {
  const candidates: Candidate[] = [...lexiconSpans(folded, tokens), ...headSpans(folded, tokens, personAt), ...postSpans(folded, tokens, personAt),
    ...listSpans(folded, tokens), ...brandSpans(folded, tokens), ...listedCompanySpans(folded, tokens), ...mediaSpans(folded),
    ...mechanismSpans(folded, tokens, personAt), ...bareBodySpans(folded, tokens, personAt), ...recurringCompanySpans(folded, tokens, personAt),
    ...companyContextSpans(folded, tokens, personAt), ...briefSpans(folded, personAt), ...founderSpans(folded, tokens, personAt),
    ...ownUnitSpans(folded, tokens, personAt), ...localDepartmentSpans(folded, tokens, personAt), ...filingSpans(folded, tokens, personAt),
    ...appositionSpans(folded, tokens, personAt), ...bareCompanySpans(folded, tokens, personAt), ...ministryDepartmentSpans(folded, tokens, personAt),
    ...democraticPartySpans(folded, tokens, personAt), ...stationedTeamSpans(folded, personAt), ...partyByKindSpans(folded, tokens, personAt),
    ...foreignPartySpans(folded, tokens, personAt), ...missionSpans(folded, tokens), ...serviceSpans(folded), ...studyGroupSpans(folded, tokens, personAt),
    ...partyCentreSpans(folded), ...armyUnitSpans(folded), ...culturalCentreSpans(folded, tokens),
    ...friendshipSpans(folded, tokens), ...villageBodySpans(folded, tokens, personAt), ...quotedGroupSpans(folded, personAt),
    ...reserveBodySpans(folded, tokens, personAt), ...aidTaskForceSpans(folded, tokens, personAt), ...groupMemberSpans(folded, tokens, personAt),
    ...factorySpans(folded, tokens, personAt), ...organisingCommitteeSpans(folded)];
  // 中/f 储粮/n 黑龙江/ns 分公司: a name read back by rule that starts inside a known company's name
  // begins where that name does (jieba cut the company's first character off).
  for (const c of candidates) {
    if (c.body !== undefined) continue;
    // (现代/t 汽车氢燃料电池系统（广州）有限公司: the company's own name may have been passed over as
    // a product's, so the known names are looked up again here.)
    for (let p = Math.max(0, c.start - 5); p < c.start; p++) {
      const hit = (COMPANY_LEXICON.get(folded[p]!) ?? []).find((e) => folded.startsWith(e.form, p) && p + e.form.length > c.start && p + e.form.length <= c.end);
      if (hit) {
        c.start = p;
        break;
      }
    }
  }
  // Longest first; a span inside a longer one belongs to it (教育部 in 教育部基础教育司).
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(folded.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    // 时任/n 宁强县委, 1/人任/x 省民政厅, 写信给/n 当时/t 杭州市委: a word of holding an office, or
    // of the time someone held it, jieba tagged a noun or glued to a count of people, opens the
    // sentence's clause, not the body's name.
    const lead = c.body === undefined ? OFFICE_LEAD.exec(folded.slice(c.start, c.end)) : null;
    if (lead) c.start += lead[0].length;
    // 广东实验中学领办/n 延安广东中学: a verb of one body running, helping or building another, read as
    // a noun, joins two names; the name that ends the span is the one read back to it.
    // (福建省对口帮扶宁夏领导小组: a task force's name holds the verbs of its work, aid included.)
    const joined = c.body === undefined && !AID_TASK_FORCE_END.test(folded.slice(c.start, c.end)) ? BODY_JOINING_VERB.exec(folded.slice(c.start, c.end)) : null;
    if (joined) c.start += joined.index + joined[0].length;
    // 海尔集团董事局(主席): a company's board is named by the company, whose organ it is.
    if (c.body === undefined && BOARD_OF_COMPANY.test(folded.slice(c.start, c.end))) c.end -= 3;
    // 党委政府, 人大政协: the party committee and the government of no place named are a kind.
    if (c.body === undefined && (GENERIC_PAIR.test(folded.slice(c.start, c.end)) || GENERIC_LEVELS.test(folded.slice(c.start, c.end)))) continue;
    // A known body beats a person guessed from a transliteration (哈马斯), but not one whose name
    // holds it (张清华).
    // 北京某大学, 俄罗斯一个…设计中心, 韩国的一家杂志: a body left unnamed (某, 一个, 一家) is no name;
    // nor is one described by its rank or share (世界顶级化妆品公司, 世界一流酒店集团, 深圳部分银行).
    // (高水平运动队: a squad or a body described by its level is a kind too.)
    if (c.body === undefined && /某|一个|一家|一所|一座|一批|一些|的一|首个|顶级|一流|知名|著名|部分|众多|各类|各种|高水平|高层次/.test(folded.slice(c.start, c.end))) continue;
    // 英国地方警察局, 美国地方法院: a country's local police or courts as a kind, no name.
    // (台北地方法院, 东京地方法院: a city's district court is named by its city.)
    if (c.body === undefined && /^(?:\p{Script=Han}{0,3}国|日本|俄罗斯|澳大利亚|加拿大|印度|意大利|西班牙|巴西|墨西哥|新西兰)?地方(?:警察局|警局|政府|法院|议会|银行)$/u.test(folded.slice(c.start, c.end))) continue;
    const personAround = personAt[c.start - 1] === 1 || personAt[c.end] === 1;
    if (overlaps(taken, c) || ((c.body === undefined || personAround) && overlaps(personAt, c) && !placeTakenForPerson(folded, personAt, c))) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  extendHospitalDepartments(folded, kept, taken, personAt);
  extendWorksSections(folded, kept, taken, personAt);
  extendUnitsBeforeTitles(folded, kept, taken, personAt);
  kept.push(...listNeighbours(folded, tokens, kept, taken, personAt));
  kept.push(...companyListMembers(folded, tokens, kept, taken, personAt));
  extendRegionalHeadquarters(folded, tokens, kept, taken);
  kept.push(...definedShortNames(folded, tokens, kept, taken, personAt));
  kept.push(...ownerBackReferences(folded, tokens, kept, taken, personAt));
  kept.push(...taskForceOffices(folded, tokens, kept, taken, personAt));
  kept.sort((a, b) => a.start - b.start);
  return group(text, folded, kept, taken);
}

/** 宁德/nr 时代新能源科技股份有限公司: the only person guessed inside a body's name is a city of the
 * closed list, or a country opening a short name (贝宁/nr 政府), which is no one; the body keeps its
 * name. (A country inside a longer name is left to the name rules: read back there it brought cuts.) */
function placeTakenForPerson(folded: string, personAt: Uint8Array, c: Span): boolean {
  if (personAt[c.start - 1] === 1 || personAt[c.end] === 1) return false;
  const runs: string[] = [];
  for (let i = c.start; i < c.end; i++) {
    if (personAt[i] !== 1 || (i > c.start && personAt[i - 1] === 1)) continue;
    let e = i;
    while (e < c.end && personAt[e] === 1) e++;
    runs.push(folded.slice(i, e));
  }
  return runs.length > 0 && runs.every((r, n) => CITY_NAMES.has(r) || (n === 0 && FOREIGN_PLACES.has(r) && folded.startsWith(r, c.start) && c.end - c.start <= 8));
}

/** `（以下简称“汇川技术”）`, `(下称"该行")`: the short name a text defines for the body before it. */
const SHORT_NAME_DEFINED = /[（(](?:以下简称|以下称|下称|简称)[：:]?[“"「『]([^”"」』）)]{2,12})[”"」』][）)]/g;

/**
 * Every use of a short name the text defines right after a body's name is a mention of that body,
 * grouped under it (`深圳市汇川技术股份有限公司（以下简称“汇川技术”）…汇川技术拟…`): no rule would
 * tie the two together, as the short name is no end of the full one.
 */
function definedShortNames(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  SHORT_NAME_DEFINED.lastIndex = 0;
  for (let m = SHORT_NAME_DEFINED.exec(folded); m; m = SHORT_NAME_DEFINED.exec(folded)) {
    const owner = kept.find((c) => c.end === m!.index);
    const short = m[1]!;
    // A pronoun or a kind (该公司, 公司) is no name of the body's own.
    if (!owner || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(short) || /^(?:本|该|公司|集团|银行|本行|本公司)/.test(short)) continue;
    const key = owner.body !== undefined ? `#${owner.body}` : folded.slice(owner.start, owner.end);
    for (let at = folded.indexOf(short); at >= 0; at = folded.indexOf(short, at + short.length)) {
      const span = { start: at, end: at + short.length };
      // 厄特孔院/阿斯马拉/nrt 大学: the defined short name glued to another body's name read back by
      // rule is that body, and the proper name after it opens the other body (two bodies, not one).
      const glued = kept.find((c) => c.start === at && c.end > span.end && c.body === undefined && c.groupKey === undefined);
      const next = glued ? tokens[tokenIndexAt(tokens, span.end)] : undefined;
      if (glued && next?.start === span.end && PROPER_TAGS.has(next.tag) && next.tag !== 'x' && glued.end - span.end >= 3 && !overlaps(personAt, span)) {
        glued.start = span.end;
        out.push({ ...span, groupKey: key });
        continue;
      }
      if (overlaps(taken, span) || overlaps(personAt, span)) continue;
      taken.fill(1, span.start, span.end);
      out.push({ ...span, groupKey: key });
    }
  }
  return out;
}

/** A registered company's legal form, which a back-reference drops (供排水集团 of …集团有限公司). */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;

/**
 * `沧州市供排水集团有限公司大浪淀水库管理处…供排水集团`: a body named first only as the owner at the
 * start of a sub-body's name, then on its own by that name without its place (or its legal form), is
 * a body of its own (docs/people.md: an owner named on its own is required), reported under its full
 * name with the short one as a form. Only owners that end in a head of two characters or more, and
 * short names of four characters or more that stand as words of their own, are taken.
 */
function ownerBackReferences(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...kept]) {
    if (c.groupKey !== undefined || c.end - c.start < 8) continue;
    const first = tokens[tokenIndexAt(tokens, c.start)];
    if (!first || first.start !== c.start) continue;
    // The longest owner first (…集团有限公司 before …集团), so the full name is the one reported.
    const heads: TaggedToken[] = [];
    for (let j = tokenIndexAt(tokens, c.start) + 1; j < tokens.length && tokens[j]!.end < c.end; j++) {
      if (tokens[j]!.end - tokens[j]!.start >= 2 && isHead(wordAt(folded, tokens[j]!))) heads.unshift(tokens[j]!);
    }
    for (const t of heads) {
      const owner = folded.slice(c.start, t.end);
      // The owner's place (沧州市, 湖南省) is what a back-reference drops.
      let from = c.start;
      for (let k = tokenIndexAt(tokens, c.start); tokens[k] && tokens[k]!.end < t.end && (tokens[k]!.tag === 'ns' ||
        CITY_NAMES.has(wordAt(folded, tokens[k]!))); k++) from = tokens[k]!.end;
      const shorts = new Set([folded.slice(from, t.end), folded.slice(from, t.end).replace(LEGAL_FORM, '')]);
      for (const short of shorts) {
        if (short.length < 4 || short === owner || !isHead(short) || LEVEL_START.test(short)) continue;
        for (let at = folded.indexOf(short, c.end); at >= 0; at = folded.indexOf(short, at + short.length)) {
          const span = { start: at, end: at + short.length };
          const head = tokens[tokenIndexAt(tokens, at)];
          const tail = tokens[tokenIndexAt(tokens, span.end)];
          if (head?.start !== at || (tail && tail.start !== span.end) || overlaps(taken, span) || overlaps(personAt, span)) continue;
          taken.fill(1, span.start, span.end);
          out.push({ ...span, groupKey: `owner:${owner}` });
        }
      }
      if (out.some((o) => o.groupKey === `owner:${owner}`)) out.push({ start: c.start, end: t.end, groupKey: `owner:${owner}`, formOnly: true });
    }
  }
  return out;
}

/** A group named in quotation marks right after its kind (极端组织“伊斯兰国”, 恐怖组织“基地”). */
const QUOTED_GROUP = /(?:极端|恐怖|武装|反政府|激进|军事|准军事)(?:组织|团体|派别)[“「]([^”」，。、]{2,16})[”」]/gu;

function quotedGroupSpans(folded: string, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  QUOTED_GROUP.lastIndex = 0;
  for (let m = QUOTED_GROUP.exec(folded); m; m = QUOTED_GROUP.exec(folded)) {
    const start = m.index + m[0].length - 1 - m[1]!.length;
    const span = { start, end: start + m[1]!.length };
    if (!overlaps(personAt, span)) out.push(span);
  }
  return out;
}

/** A village's own party branch or committee opening its clause: `进化村党支部书记`. */
const VILLAGE_BODY = /(?<=^|[\s，。；：、“（(）)])(\p{Script=Han}{2})村(?=党支部|党总支|村委会|村民委员会)/gu;

/**
 * `进化/v 村/zg 党支部书记`: a village's two-character name jieba read as a word of any kind (a
 * verb, an adjective), before 村 and the village's party branch or committee, at the start of its
 * clause: the body is the village's. The name must be a word of its own, and no pronoun or count.
 */
function villageBodySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  VILLAGE_BODY.lastIndex = 0;
  for (let m = VILLAGE_BODY.exec(folded); m; m = VILLAGE_BODY.exec(folded)) {
    const name = m[1]!;
    const k = tokenIndexAt(tokens, m.index);
    const t = tokens[k];
    if (!t || t.start !== m.index || t.end !== m.index + 2 || FUNCTION_WORDS.test(name) || DETERMINERS.test(name) || /^[全各该本每两几多我贵]/.test(name) ||
      /^(?:p|c|u|uj|d|r|m|q)$/.test(t.tag) ||
      // (说起/v 村党总支书记, 来到/v 村党支部: a verb of speaking of or going to a place takes the
      // village's body as its object; 进化/v 村 is a village's name.)
      /^(?:说起|谈起|提起|说到|来到|走进|前往|回到|到达|赶到|赶往|返回|进入|离开|来自|位于|走访|深入|扎根)$/.test(name)) continue;
    const head = /^(?:党支部|党总支|村委会|村民委员会)/.exec(folded.slice(m.index + 3))![0];
    const span = { start: m.index, end: m.index + 3 + head.length };
    if (overlaps(personAt, span)) continue;
    out.push(span);
  }
  return out;
}

/** A task force's head word that a back-reference keeps (领导小组 of 推进…工作领导小组). */
const TASK_FORCE_END = /(?:领导小组|总指挥部|指挥部|工作组|组委会)$/;

/**
 * `经推进…建设工作领导小组批准，领导小组办公室发表…`: after a task force is named, its office named by
 * the task force's head word alone (领导小组办公室, 指挥部办公室) is that task force's office, a body
 * of its own, reported as written. It must open its clause (after a pause or a preposition), so that
 * no longer name is cut.
 */
function taskForceOffices(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    const m = TASK_FORCE_END.exec(folded.slice(c.start, c.end));
    if (!m || c.end - c.start <= m[0].length || seen.has(m[0])) continue;
    seen.add(m[0]);
    const office = `${m[0]}办公室`;
    for (let at = folded.indexOf(office, c.end); at >= 0; at = folded.indexOf(office, at + office.length)) {
      const span = { start: at, end: at + office.length };
      const k = tokenIndexAt(tokens, at);
      if (tokens[k]?.start !== at || (tokens[tokenIndexAt(tokens, span.end)]?.start !== span.end && span.end < folded.length) ||
        overlaps(taken, span) || overlaps(personAt, span) || !opensClause(folded, tokens, k)) continue;
      taken.fill(1, span.start, span.end);
      out.push(span);
    }
  }
  return out;
}

/** 协会/命名/n|纪念馆, 荣获/nr|市委: acts of conferring a name or an honour are the sentence's,
 * whatever jieba tagged them, and end a name. */
/** Words urging action, opening or closing a phrase jieba read whole (切实加强, 进一步推进). */
const URGING = /^(?:切实|大力|积极|认真|进一步|全面|努力|不断|着力|坚决|要)|(?:加强|强化|推进|做好|搞好|抓好|提高)$/;

const CONFER_ACT = /^(?:命名|授予|荣获|表彰|授牌|挂牌)$/;

/** An unknown word (x) ending in a function, speech or motion character belongs to the sentence
 * (多为, 外媒称, 张三到). */
const CLAUSE_END_X = /[为在是和与的了对从向把被将由于称说到赴]$/;

/** Tags of the words that may stand before a verb or a number inside a name. */
const NOUNISH = new Set(['n', 'ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'j', 'x', 'l', 'vn', 'ng', 'b', 'an']);

/** The opening mark of each closing quote or bracket a name may hold. */
const CLOSING: Record<string, string> = { '”': '“', '」': '「', '）': '（', ')': '(' };

/** Tags of the words a list item that names a body is made of. */
const ITEM_TAGS = new Set([...HEAD_TAGS, 'nz', 'eng']);
/** A meeting's, a fair's or a games' name (世界生命科学大会, 中国肿瘤学大会), or a project's or a
 * programme's (江苏物流中心项目): an event or a work, no body (docs/people.md). A congress of
 * deputies (人民代表大会) and a conference that is a standing body (政治协商会议, 贸易和发展会议) are bodies. */
const MEETING_END = /(?:(?<!代表)大会|论坛|峰会|博览会|展览会|交易会|研讨会|年会|座谈会|发布会|运动会|项目|工程|计划|平台|行动|活动)$/;
/** A level's own party committee, government, legislature, advisory body or discipline commission. */
const LEVEL_BODY = /^[省市县区州](?:委|政府|人大|政协|纪委|监委)$/;

/**
 * `水利部、住房城乡建设部、市场监管总局`, `宇通客车、中铁盾构`: the items of a 、 list one of whose
 * items is a body are bodies too, when they are names (a proper word, or several words) and not
 * places. Each item is read back like a name; the list ends at the first item that is not one.
 */
function listNeighbours(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const accept = (start: number, end: number): boolean => {
    const span = { start, end };
    // An item found already (a known body, a name with its head) goes on with the list.
    if (kept.some((o) => o.start === start && o.end === end) || out.some((o) => o.start === start && o.end === end)) return true;
    const inner = tokensWithin(tokens, start, end);
    const w = folded.slice(start, end);
    // 县直各单位: the bodies directly under a county as a class, no name.
    // (市属国有企业纪委: the bodies belonging to a city as a class, no name either.)
    if (end - start < 2 || end - start > 12 || !isHanWord(w) || /^[省市县区]直|^[省市县区部]属/.test(w) || overlaps(taken, span) || overlaps(personAt, span)) return false;
    // (北方/f 华创: a region opening the item is part of its name, see REGION.)
    if (inner.length === 0 || inner.every((t) => t.tag === 'ns' || CITY_NAMES.has(wordAt(folded, t))) ||
      inner.some((t) => !ITEM_TAGS.has(t.tag) && !(t.start === inner[0]!.start && REGION.test(wordAt(folded, t))))) return false;
    if (inner.some((t) => FUNCTION_WORDS.test(wordAt(folded, t)) || CATEGORY_WORDS.test(wordAt(folded, t)) ||
      DETERMINERS.test(wordAt(folded, t)) || POST_AT_END.test(wordAt(folded, t)))) return false;
    // A head alone (医院, 学校) or a venue (物资贸易中心) is no body's name; a level's committee,
    // government, legislature or advisory body is, in a list of that level's bodies
    // (省委、省人大常委会、省政府、省政协).
    // (世界生命科学大会|联合组织, 江苏物流中心项目: a meeting's or a project's name is no body's.)
    if (MEETING_END.test(w) && !isHead(w)) return false;
    // (“妇女之家”秧歌队、舞龙舞狮队和广场舞队: a troupe or a team named only by what it does is a
    // kind; a place, a proper name or a level names one.)
    if (/[队团]$/.test(w) && !inner.some((t) => /^(?:ns|nz|nt|nr|nrt|nrfg|eng|j)$/.test(t.tag) || LEVEL_START.test(wordAt(folded, t)) || CITY_NAMES.has(wordAt(folded, t)))) return false;
    if (!(inner.length >= 2 || LEVEL_BODY.test(w) || inner.some((t) => PROPER_TAGS.has(t.tag) && t.tag !== 'ns') || (isHead(w) && w.replace(ORG_HEAD, '') !== '')) ||
      NOT_BODY_END.test(w) || inner.every((t) => isHead(wordAt(folded, t)) && GENERIC_BEFORE_HEAD.test(wordAt(folded, t).replace(ORG_HEAD, '')))) return false;
    taken.fill(1, start, end);
    out.push(span);
    return true;
  };
  for (const c of kept) {
    // Forwards: 、 then an item of name words; or 和/与/及 then an item that ends in the same
    // word as this body (新颜科技和魔蝎科技, 甲公司与乙公司): two bodies of one kind.
    const lastToken = tokens[tokenIndexAt(tokens, c.end - 1)];
    const kind = lastToken && lastToken.end === c.end && lastToken.end - lastToken.start >= 2 ? wordAt(folded, lastToken) : '';
    let k = tokenIndexAt(tokens, c.end);
    // 华为、高通和苹果: after a 、 item, the member joined by 和 closes the same list, whatever its kind.
    let listed = false;
    while (tokens[k]?.word === '、' || ((kind !== '' || listed) && tokens[k] !== undefined && /^[和与及]$/.test(wordAt(folded, tokens[k]!)) &&
      (listed || tokens[k]!.start === c.end))) {
      const conj = tokens[k]!.word !== '、';
      let e = k + 1;
      // (省政协和省军区/负责同志: the officials of the bodies listed end the item.)
      while (e < tokens.length && ITEM_TAGS.has(tokens[e]!.tag) && isHanWord(tokens[e]!.word) && !FUNCTION_WORDS.test(wordAt(folded, tokens[e]!)) &&
        !/^(?:负责同志|负责人|主要负责人|同志|领导|领导同志|干部|代表)$/.test(wordAt(folded, tokens[e]!)) &&
        !POST_AT_END.test(wordAt(folded, tokens[e]!)) && !CONFER_ACT.test(wordAt(folded, tokens[e]!)) && tokens[e]!.end - tokens[k + 1]!.start <= 12) {
        e++;
        // A joined item stops at its kind word.
        if (conj && wordAt(folded, tokens[e - 1]!) === kind) break;
        // 通威/股份/涨超/x: after an industry word or a head, an unknown word is the sentence's verb.
        const done = wordAt(folded, tokens[e - 1]!);
        if ((INDUSTRY.test(done) || isHead(done)) && tokens[e]?.tag === 'x') break;
      }
      // 华大/nz|九天/t、: an item that runs on into a word no name holds was cut, not read whole.
      const rest = tokens[e];
      const cut = rest !== undefined && e > k + 1 && rest.start === tokens[e - 1]!.end && isHanWord(rest.word) &&
        (/^(?:t|f|b|a|ng)$/.test(rest.tag) || (rest.end - rest.start === 1 && /^(?:v|vg|zg|n)$/.test(rest.tag))) && !/^[等和与及]/.test(rest.word);
      if (e === k + 1 || cut || (conj && !listed && wordAt(folded, tokens[e - 1]!) !== kind) || !accept(tokens[k + 1]!.start, tokens[e - 1]!.end)) break;
      listed = !conj;
      k = e;
      if (conj) break;
    }
    // Backwards: an item read back from the word before 、.
    let b = tokenIndexAt(tokens, c.start) - 1;
    while (b > 0 && tokens[b]!.word === '、' && tokens[b]!.end === tokens[b + 1]!.start) {
      const start = readBack(folded, tokens, b - 1, tokens[b - 1]!.end);
      if (start === null || !accept(start, tokens[b - 1]!.end)) break;
      b = tokenIndexAt(tokens, start) - 1;
    }
  }
  return out;
}

// ---- 1. The closed lexicon -------------------------------------------------------------------

/** Every written name of a known body, by first character, longest first. */
const LEXICON: Map<string, { form: string; body: number; party: boolean; company: boolean; former: boolean }[]> = (() => {
  const map = new Map<string, { form: string; body: number; party: boolean; company: boolean; former: boolean }[]>();
  [...CENTRAL_BODIES, ...FORMER_BODIES, ...INTERNATIONAL_BODIES, ...REGIONAL_BODIES, ...COMPANIES, ...PARTIES].forEach((row, body) => {
    const party = PARTIES.includes(row);
    const company = COMPANIES.includes(row);
    const former = FORMER_BODIES.includes(row);
    for (const form of row) {
      const list = map.get(form[0]!) ?? [];
      list.push({ form, body, party, company, former });
      map.set(form[0]!, list);
    }
  });
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length);
  return map;
})();

function lexiconSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    const list = LEXICON.get(folded[i]!);
    if (!list) continue;
    const hit = list.find((e) => folded.startsWith(e.form, i));
    if (!hit) continue;
    const end = i + hit.form.length;
    // A short name must be a word of its own, not the middle of one (河|北大|地).
    if ((hit.form.length <= 3 || /^[A-Z]/.test(hit.form)) && !alignedToTokens(tokens, i, end)) {
      // 地质/部党组, 教育部党组/n: jieba glued the body (or its head) to its party group; the body's
      // party group is its sub-body, named whole when it acts or is named on its own (地质部党组
      // 召开会议). Before its own officers' titles (教育部党组书记、部长, 党组成员) the group is
      // led by the department's head and names no body apart: the department is the body.
      const tail = tokens[tokenIndexAt(tokens, end - 1)];
      const first = tokens[tokenIndexAt(tokens, i)];
      const group = tail ? folded.slice(end, tail.end) : '';
      if (first?.start === i && tail && tail.start < end && tail.end > end && /^(?:党组|党委|机关党委)$/.test(group) &&
        (tail.start > i || first === tail) &&
        (i === 0 || !isHanWord(folded[i - 1]!) || tokens[tokenIndexAt(tokens, i) - 1]?.tag.startsWith('v') === true)) {
        const officers = group === '党组' && /^(?:副?书记|成员)/.test(folded.slice(tail.end, tail.end + 3));
        out.push({ start: i, end: officers ? end : tail.end });
        i = tail.end - 1;
        continue;
      }
      // 团/中央书记处: two known names overlapping, the second running on past the first, are one
      // body: the second's unit of the first (团中央书记处), not the second alone.
      for (let m = i + 1; m < end; m++) {
        const inner = (LEXICON.get(folded[m]!) ?? []).find((e) => m + e.form.length > end && folded.startsWith(e.form, m));
        if (inner && alignedToTokens(tokens, i, m + inner.form.length)) {
          out.push({ start: i, end: m + inner.form.length });
          i = m + inner.form.length - 1;
          break;
        }
      }
      // 台湾海基会/nt, 香港廉署: a place jieba read into one word with a body's short name says whose
      // body it is; the body is the one named.
      const word = tokens[tokenIndexAt(tokens, i)];
      if (word !== undefined && word.start < i && word.end === end && PLACE_BEFORE_BODY(folded.slice(word.start, i)) && !out.some((c) => c.end > i)) {
        out.push({ start: i, end, body: hit.body });
        i = end - 1;
      }
      continue;
    }
    // 公司机械部, 校团委文化部: a former ministry's short name after a name word is a department
    // of that body, not the ministry.
    const prior = tokens[tokenIndexAt(tokens, i) - 1];
    if (hit.former && hit.form.length <= 3 && prior?.end === i && isHanWord(prior.word) && /^(?:n|nz|nt|j|vn|ng|x|l)$/.test(prior.tag)) {
      i = end - 1;
      continue;
    }
    // 公安部门, 财政部门: a department of some government, not the ministry.
    if ((hit.form.endsWith('部') && folded[end] === '门') || (hit.party && PARTY_NOT_AFTER.test(folded[end] ?? ''))) continue;
    // 华为云, 腾讯会议: a company's name before a noun names its product or unit, not the company;
    // before an industry word it names a company of its group (鞍钢/矿业), found as a name of its own.
    const after = tokens[tokenIndexAt(tokens, end)];
    // 中储粮集团/油脂/公司, 中国石油/长庆油田/分公司: a company's unit named right after it is named with it.
    const unitEnd = hit.company ? companyUnitEnd(folded, tokens, { start: i, end }) : null;
    if (unitEnd !== null) {
      out.push({ start: i, end: unitEnd });
      i = unitEnd - 1;
      continue;
    }
    // 百度/智能/云: an industry word with a product's character glued after it is the product.
    const productAfter = after !== undefined && tokens[tokenIndexAt(tokens, after.end)]?.start === after.end &&
      /^\p{Script=Han}$/u.test(tokens[tokenIndexAt(tokens, after.end)]!.word) && /^(?:n|ns|ng|nz)$/.test(tokens[tokenIndexAt(tokens, after.end)]!.tag);
    if (hit.company && after?.start === end && INDUSTRY.test(wordAt(folded, after)) && productAfter) {
      i = after.end - 1;
      continue;
    }
    if (hit.company && after?.start === end && INDUSTRY.test(wordAt(folded, after))) {
      out.push({ start: i, end: after.end });
      i = after.end - 1;
      continue;
    }
    // 华为/海思/x 品牌总监: a word jieba does not know between a company and a brand's or a unit's
    // officer is that unit of the company (华为海思), named as one.
    const unitNext = after !== undefined ? tokens[tokenIndexAt(tokens, after.end)] : undefined;
    if (hit.company && after?.start === end && after.tag === 'x' && /^\p{Script=Han}{2,3}$/u.test(after.word) && unitNext?.start === after.end &&
      !FUNCTION_WORDS.test(after.word) && /^(?:品牌|事业部|事业群|总监|总裁|副总裁|总经理|副总经理|董事长|首席执行官|CEO)$/.test(wordAt(folded, unitNext))) {
      out.push({ start: i, end: after.end });
      i = after.end - 1;
      continue;
    }
    // (宁德时代/发布公告/n称: a phrase jieba glued into one long noun is the sentence's, no product.)
    // An unknown word after it is most often a verb the HMM glued (通威股份/涨超/x, 茅台/获净/x), and
    // a share class's letter (万科/A) names the same company: neither is a product.
    if (hit.company && after?.start === end && /^(?:n|ns|nz|j|ng|eng)$/.test(after.tag) && /^[\p{Script=Han}A-Za-z]/u.test(after.word) &&
      !(after.tag === 'eng' && /^[ABH]$/.test(after.word)) &&
      !isHead(wordAt(folded, after)) && !(after.end - after.start >= 4 && COMPANY_ACTS.test(wordAt(folded, after))) &&
      // (海康威视/研发/j 的: what a maker does, tagged an abbreviation or a noun, is no product.)
      !/^(?:研发|研制|自研|生产|制造|量产|出品)$/.test(wordAt(folded, after)) &&
      !COMPANY_CONTEXT.test(wordAt(folded, after))) {
      i = end - 1;
      continue;
    }
    // 新华社江西分社, 人民日报社黑龙江分社: an outlet's bureau in a province or a city is a body of its own,
    // and so is a desk of the bureau named right after it (…分社农村采访室).
    const bureau = /(?:社|报)$/.test(hit.form) ? BUREAU.exec(folded.slice(end, end + 14)) : null;
    if (bureau && (PROVINCE.test(bureau[1]!) || CITY_NAMES.has(bureau[1]!) || /^\p{Script=Han}{2,4}[省市]$/u.test(bureau[1]!))) {
      out.push({ start: i, end: end + bureau[0].length });
      i = end + bureau[0].length - 1;
      continue;
    }
    // 人民日报客户端, 央视新闻: an outlet's app, site or channel in page chrome, not the body; but cited as
    // a source in running text (据新华社微博消息, 据央视新闻报道) the outlet is named.
    if (/(?:报|社|台|央视)$/.test(hit.form) && MEDIA_AFTER.test(folded.slice(end, end + 3)) && !/(?:据|援引|引述|转引)$/.test(folded.slice(Math.max(0, i - 2), i))) {
      i = end - 1;
      continue;
    }
    // 国务院常务会议, 中国共产党第二十次全国代表大会: a body named only as a meeting's owner.
    if (MEETING_AFTER.test(folded.slice(end, end + 5))) {
      i = end - 1;
      continue;
    }
    // 河南省发展改革委, 美国商务部: a place before a known body's name makes it another body,
    // found by rule.
    const before = tokens[tokenIndexAt(tokens, i) - 1];
    // (自治区发展改革委: an autonomous region, prefecture or county as a level, like 省.)
    // (英/j 外交部: a country by its one-character short name, whatever jieba tagged it, the same.)
    const country1 = before !== undefined && /^[美俄英法德日韩朝印巴澳加意以伊乌越泰菲土埃]$/.test(wordAt(folded, before)) && /^(?:j|ns|nr|b|a)$/.test(before.tag) &&
      (!isHanWord(folded[before.start - 1] ?? '') || /[，。、；：“（]/.test(folded[before.start - 1] ?? ''));
    if (before?.end === i && ((before.tag === 'ns' && !NOT_PLACES.has(wordAt(folded, before))) || country1 || /^(?:[省市县区州]|自治[区州县])$/.test(wordAt(folded, before)))) {
      out.push({ start: before.start, end, placed: { body: hit.body, place: folded.slice(before.start, i) } });
      i = end - 1;
      continue;
    }
    // 俄陆军, 张海军, 人民空军: a service's name written on from the word before it is another
    // country's service, a given name or an epithet; standing on its own it is the army's own (and
    // 红军 the Red Army of the histories, `为红军伤员`).
    if (SERVICE.test(hit.form) && isHanWord(folded[i - 1] ?? '') && !SERVICE_AFTER.test(folded[i - 1]!)) {
      i = end - 1;
      continue;
    }
    out.push({ start: i, end, body: hit.body });
    i = end - 1;
  }
  return out;
}

/** The lexicon's companies alone, by first character, longest first (looked up on every step back). */
const COMPANY_LEXICON: Map<string, { form: string; body: number }[]> = (() => {
  const map = new Map<string, { form: string; body: number }[]>();
  for (const [first, list] of LEXICON) {
    const companies = list.filter((e) => e.company).map((e) => ({ form: e.form, body: e.body }));
    if (companies.length > 0) map.set(first, companies);
  }
  return map;
})();
const COMPANY_FORMS: ReadonlySet<string> = new Set([...COMPANY_LEXICON.values()].flat().map((e) => e.form));

/** Whether a word is a company's name the lexicon knows, whole (安踏, 比亚迪). */
const KNOWN_COMPANY = (w: string): boolean => COMPANY_FORMS.has(w);

/** Whether [start, end) begins and ends on token boundaries. */
/** A place that may stand in one word with a body's short name: the regions, a country, a city. */
const PLACE_BEFORE_BODY = (w: string): boolean => /^(?:台湾|香港|澳门|中国|内地|大陆)$/.test(w) || FOREIGN_PLACES.has(w) || CITY_NAMES.has(w);

function alignedToTokens(tokens: readonly TaggedToken[], start: number, end: number): boolean {
  const first = tokens[tokenIndexAt(tokens, start)];
  const last = tokens[tokenIndexAt(tokens, end - 1)];
  return first?.start === start && last?.end === end;
}

// ---- 2. Heads and the names before them ------------------------------------------------------

const wordAt = (folded: string, t: TaggedToken) => folded.slice(t.start, t.end);

function isHead(w: string): boolean {
  return isHanWord(w) && ORG_HEAD.test(w) && !NOT_ORG_HEAD.test(w) && !POST_AT_END.test(w);
}

/** Words ending like a department that are no department (大学本科, 医院深处). */
const NOT_SUB_HEAD = /^(?:本科|学科|专科|预科|文科|理科|工科|百科|小组|班组|深处|之处|到处|各处|此处|住处|好处|用处|出处|教室|卧室|浴室|会议室)$/;

/** A department right after a body's head (南京总医院/麻醉科, 中央纪委/信访室, 电子部/有线处): a
 * sub-body named by its remit alone, heading the longer name. */
function isSubHead(folded: string, tokens: readonly TaggedToken[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev || prev.end !== t.start) return false;
  const w = wordAt(folded, t);
  // 中国艺术研究院/话剧/所/c, 电子部/有线/处: a lone 所 or 处 after a two-character remit right
  // after a body's head is that body's institute or division, whatever jieba tagged it (所 as a
  // conjunction); not when it opens a word of the sentence (所长, 所以, 所有, 处理).
  const owner0 = tokens[j - 2];
  if (/^[所处]$/.test(w) && owner0 && owner0.end === prev.start && /^(?:n|nz|ns)$/.test(prev.tag) && prev.end - prev.start === 2 &&
    isHead(wordAt(folded, owner0)) && owner0.end - owner0.start >= 3 && /^(?:nt|n|j)$/.test(owner0.tag) &&
    !/^[长以有谓在属得需要作为的于理置分]/.test(folded[t.end] ?? '')) return true;
  if (!/^(?:n|nz|nt|nr|j|b|l)$/.test(t.tag)) return false;
  // 中国抗癌协会/康复会/nr: a society's branch or council named right after it (康复会, 青委会), not
  // its meetings (年会, 大会) nor its members.
  const pw = wordAt(folded, prev);
  if (w.length >= 3 && w.length <= 4 && w.endsWith('会') && !/(?:大会|年会|全会|例会|峰会|晚会|座谈会|研讨会|发布会|报告会|运动会|博览会|展会|交流会|推介会|论证会|茶话会|联欢会)$/.test(w) &&
    pw.length >= 4 && /(?:协会|学会|联合会|研究会|基金会|促进会)$/.test(pw) && isHead(pw)) return true;
  if (w.length >= 2 && w.length <= 4 && /[科室处]$/.test(w) && !NOT_SUB_HEAD.test(w) && isHead(wordAt(folded, prev)) && wordAt(folded, prev).length >= 2) return true;
  // 清华大学/建筑系/n: a department of a university or a college named by its discipline.
  if (w.length >= 3 && w.length <= 5 && w.endsWith('系') && !/(?:关系|体系|联系|派系|水系|星系|直系|母系|父系|语系|谱系|世系|维系|山系)$/.test(w) &&
    /(?:大学|学院)$/.test(pw) && isHead(pw)) return true;
  // 香港政府/物料/供应处: a two-character remit between the body's head and the department's.
  const owner = tokens[j - 2];
  if (!owner || owner.end !== prev.start || prev.tag !== 'n' || prev.end - prev.start !== 2 || !isHead(wordAt(folded, owner)) ||
    owner.end - owner.start < 2) return false;
  return w.length >= 3 && w.length <= 4 && /[科室处]$/.test(w) && !NOT_SUB_HEAD.test(w);
}

/** Whether the name read back from tokens[j] would go on to a later head (公安局 → 芙蓉分局): then
 * only the longer one is reported. A conjunction or a verb between them splits. */
function continuesToHead(folded: string, tokens: readonly TaggedToken[], j: number): boolean {
  // 委和省/x: the conjunction glued to the head already splits the next body off.
  if (/^[委局厅办部院署][和与及][省市县区州]$/.test(wordAt(folded, tokens[j]!))) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const t = tokens[k]!;
    const w = wordAt(folded, t);
    // 天津警备区某部: a unit left unnamed (某部, 某旅) is no longer name of the body before it.
    if (w.startsWith('某')) return false;
    // 省医保局会同省药监局: a word joining two bodies (会同, tagged a noun at times) splits them.
    // 大浪/nz 淀/zg 水库: a bound character after a name word is the rest of that name.
    const boundInName = t.tag === 'zg' && /^(?:nz|ns|nrt|x)$/.test(tokens[k - 1]!.tag) && tokens[k - 1]!.end === t.start;
    if (!isHanWord(w) || FUNCTION_WORDS.test(w) || (STOP_TAGS.has(t.tag) && !boundInName) || t.tag === 'v' || t.tag === 'p' || t.tag === 'c' ||
      POST_AT_END.test(w) || CATEGORY_WORDS.test(w) || DETERMINERS.test(w) || SPLIT_WORDS.test(w)) return false;
    // 县武警中队和县…: a conjunction glued to the next body's level (和县) splits the two.
    if (/^[和与及][省市县区州]$/.test(w)) return false;
    // 湖南省委省政府, 市委市政府: a second body opening with its level is another body.
    if (k === j + 1 && /^[省市县区州]/.test(w) && /[委]$/.test(wordAt(folded, tokens[j]!))) return false;
    // 中国科学院学部委员: an academician's old title, not a division of the academy.
    if (w === '学部' && folded.startsWith('委员', t.end)) return false;
    if (isHead(w) || isSubHead(folded, tokens, k)) return !(w.length === 1 && /^[了过着]/.test(folded[t.end] ?? ''));
  }
  return false;
}

function headSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j < tokens.length; j++) {
    let head = tokens[j]!;
    // 中国人民大学/党委书记: jieba glues a party committee to its secretary; the committee heads.
    // A department's party group (县应急管理局/党组书记) is no body apart: the department heads.
    // 中央财经/大学教授: a school or hospital glued to its staff heads the same way.
    // 省卫生健康/委和省/x: a head character glued to the conjunction and the next body's level.
    // 浦东有轨交通/公司公告/n称: a company glued to its filing, its shares or its staff (济南供电/公司员工)
    // heads the same way, and a
    // one-character head glued to its own chief (促进/局局长/n) or an association to its president
    // (中国/商会会长/n) too.
    const glued = /^(?:党委|党工委|党支部|党总支|纪委|团委|[省市县区州]委)(?=副?(?:书记|委员|常委))|^(?:大学|学院|医院|中学|小学|学校|幼儿园)(?=教授|副?校长|副?院长|副?园长|讲师|研究员|教师|老师|医生|护士|专家)|^系(?=副?主任)|^[委局厅办部院署](?=[和与及][省市县区州]$)|^(?:公司|集团)(?=公告|股价|股票|年报|财报|员工|职工)|^(?:局(?=副?局长)|厅(?=副?厅长)|部(?=副?部长)|院(?=副?院长)|处(?=副?处长)|所(?=副?所长))|^(?:商会|协会|学会|联合会|研究会|基金会|促进会|联谊会|总会)(?=副?(?:会长|秘书长|理事长|主席))/
      .exec(wordAt(folded, head));
    if (glued && j > 0) head = { ...head, word: head.word.slice(0, glued[0].length), end: head.start + glued[0].length, tag: 'n' };
    // 总体设计/部副/n 主任: a one-character head glued to the deputy of its head's title heads alone.
    else if (/^[部局处科室所院]副$/.test(wordAt(folded, head)) && j > 0 && /^(?:主任|部长|局长|处长|科长|所长|院长|书记)/.test(folded.slice(head.end, head.end + 3))) {
      head = { ...head, word: head.word.slice(0, 1), end: head.start + 1, tag: 'n' };
    }
    // 改/革委会/同市/x: jieba glued 会 of 会同 (acting together with) to the head 委; the body ends at 委.
    else if (/委会$/.test(wordAt(folded, head)) && folded[head.end] === '同' && head.end - head.start >= 3) {
      head = { ...head, word: head.word.slice(0, -1), end: head.end - 1, tag: 'n' };
    }
    const hw = wordAt(folded, head);
    // 太岳区党/委, 党/员, 党/性: a lone 党 that opens a longer word (a committee, a member) heads no party.
    if (hw.endsWith('党') && /^[委组员性建内外务校史章纪风课旗徽政籍龄费代支总工]/.test(folded[head.end] ?? '')) continue;
    // jieba tags a lone head character after a name word as a verb at times (国防科工/办/v).
    // 省卫生健康/委/zg: and as a bound morpheme (zg) at times.
    // 伊朗/原子能/组织/v负责人: 组织 read as the verb 'organise' is a body's head after a noun of its
    // remit when what follows is no object but its officer, a pause or its own act.
    // (村委会组织。: after a body's own head it is what that body does.)
    const organisation = hw === '组织' && head.tag === 'v' && tokens[j - 1]?.end === head.start && /^(?:n|nz|ns|j)$/.test(tokens[j - 1]!.tag) &&
      !isHead(wordAt(folded, tokens[j - 1]!)) &&
      (LEADER_POST.test(wordAt(folded, tokens[j + 1] ?? head)) || /^(?:总干事|发言人|秘书处|成员国)$/.test(wordAt(folded, tokens[j + 1] ?? head)) ||
        /^[，。；、”）]|^(?:表示|称|说|发表|宣布|发布)/.test(folded.slice(head.end, head.end + 2)));
    // 南京东路/ns 警署/v: a police or garrison unit's head jieba tags a verb right after a place is the head.
    const placeHead = head.tag === 'v' && /^(?:警署|公署|分署|分局|总局|总队|支队|大队|中队|派出所)$/.test(hw) && tokens[j - 1]?.end === head.start &&
      /^(?:ns|nz|nt)$/.test(tokens[j - 1]!.tag);
    // 省/消协/v: an association's short form jieba tags a verb, right after its level or its place.
    const shortAssociation = head.tag === 'v' && /^[消作记美书音剧影舞曲民足篮]协$/.test(hw) && tokens[j - 1]?.end === head.start &&
      (/^(?:ns|nz|nt)$/.test(tokens[j - 1]!.tag) || /^[省市县区州]$/.test(wordAt(folded, tokens[j - 1]!)));
    // 丰都新农人/互助会/v: a mutual-aid association's head jieba tags a verb, right after its members.
    const mutualAid = hw === '互助会' && tokens[j - 1]?.end === head.start && NOUNISH.has(tokens[j - 1]!.tag);
    // 乡/民政/所/c 负责人: a township's office by its remit, whose 所 jieba tags a conjunction, before
    // its staff or a pause (群众/所/需 and 省政府/所/在地 are the sentence's 所).
    const township = hw === '所' && head.tag === 'c' && tokens[j - 1]?.end === head.start && tokens[j - 1]!.tag === 'n' &&
      /^(?:[，。、；：）)]|负责人|所长|副所长|工作人员|干部|职工|民警|和|等)/.test(folded.slice(head.end, head.end + 4));
    const tagOk = HEAD_TAGS.has(head.tag) || organisation || placeHead || shortAssociation || mutualAid || township || /^(?:[分支]行|[一二三四五六七八九十]中|附中|附小)$/.test(hw) || (hw.length === 1 && (head.tag === 'v' || head.tag === 'zg'));
    // 天文学/会: jieba cuts a society (学会) into its discipline and the verb 会; after a noun ending
    // in 学, and with no verb after it (化学/会/有 is 'will'), it is the society's head.
    const discipline = tokens[j - 1];
    const society = hw === '会' && discipline !== undefined && discipline.end === head.start && NOUNISH.has(discipline.tag) &&
      discipline.end - discipline.start >= 2 && wordAt(folded, discipline).endsWith('学') && !/^(?:v|vn|d|ad|ul|uz|p|a)$/.test(tokens[j + 1]?.tag ?? 'x');
    // 日本国会, 美国参议院: a country's legislature heads a name only right after the country, so
    // that it does not split longer names that hold it (…国会及行政当局中国委员会).
    if (hw.endsWith('学部') && folded.startsWith('委员', head.end)) continue;
    // (日本国会/nt: jieba may know a country's legislature as one word; the country opens it. Its
    // building, 德国国会/nt 大厦, is no body.)
    const chamber = /^(\p{Script=Han}{2,4}?)(?:国会|参议院|众议院|上议院|下议院|国民议会)$/u.exec(hw);
    const legislature = (/^(?:国会|参议院|众议院|上议院|下议院|国民议会)$/.test(hw) && tokens[j - 1]?.tag === 'ns' && tokens[j - 1]!.end === head.start) ||
      (head.tag === 'nt' && chamber !== null && FOREIGN_PLACES.has(chamber[1]!) && !/^(?:大厦|大楼|广场)/.test(folded.slice(head.end, head.end + 2)));
    // …学院社会政策与发展研究/系/v 教授: a lone 系 after a discipline, in a college's or a university's
    // name and before its staff, is the college's department (jieba reads it as the copula).
    const department = hw === '系' && discipline !== undefined && discipline.end === head.start && /^(?:n|vn|nz)$/.test(discipline.tag) &&
      /大学|学院/.test(folded.slice(Math.max(0, head.start - 24), discipline.start)) &&
      /^(?:副?教授|副?主任|讲师|助教|研究员|博士生?|硕士生?|学生|教师|老师|主任)/.test(folded.slice(head.end, head.end + 3));
    if ((!society && !legislature && !department && !isSubHead(folded, tokens, j) && (!isHead(hw) || !tagOk)) || continuesToHead(folded, tokens, j)) continue;
    // 客户端, 网站: the outlet's app or site in page chrome, not the body.
    if (/[报社台网]$/.test(hw) && MEDIA_AFTER.test(folded.slice(head.end, head.end + 3))) continue;
    if (hw.length === 1 && !society) {
      // 学部/局, 基础教育/司: a one-character head only right after a noun, never the first
      // character of a post (派出所/所/长…).
      const prev = tokens[j - 1];
      // 中国银行/办/了: a one-character head with an aspect particle after it is a verb.
      // 省卫生/健康/a委: an adjective of the body's remit before 委, 局 or 办 too.
      if (!prev || folded[head.end] === '长' || /^[了过着]/.test(folded[head.end] ?? '') ||
        !(HEAD_TAGS.has(prev.tag) || (/^(?:v|a|an)$/.test(prev.tag) && /[局委办司厅署]/.test(hw))) ||
        !isHanWord(prev.word)) continue;
    }
    let start = readBack(folded, tokens, j, head.end, personAt);
    if (start === null || (hw.length === 1 && start === head.start)) continue;
    // 三角/m 镇政府: a town's name before a body opening with 镇 or 乡.
    const town = tokens[tokenIndexAt(tokens, start) - 1];
    if (/^[镇乡]/.test(folded[start]!) && town && town.end === start && townName(folded, town) && !(personAt && overlaps(personAt, town))) start = town.start;
    // 国防科工/办/v is a body; 明星/办/v and 国家/办/v are 'run by' (…办的, 国家办和社会办), and
    // 南斯拉夫/办/v 展览 is holding something in a place.
    if (hw.length === 1 && head.tag === 'v' && (head.end - start < 4 ||
      tokensWithin(tokens, start, head.start).every((t) => t.tag === 'ns' || FOREIGN_PLACES.has(wordAt(folded, t)) || CITY_NAMES.has(wordAt(folded, t))))) continue;
    // 中/f 越/d 双边合作指导委员会: China and a neighbour by their one-character names before a body
    // they run together open its name.
    const pairFirst = tokens[tokenIndexAt(tokens, start) - 2];
    if (pairFirst && pairFirst.end === start - 1 && pairFirst.start === start - 2 && tokens[tokenIndexAt(tokens, start) - 1]?.start === start - 1 &&
      /^(?:中[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳欧非阿]|[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳欧非阿]中)$/.test(folded.slice(start - 2, start)) &&
      /^(?:双边|联合|合作|政府间|两国)/.test(folded.slice(start, start + 3))) start -= 2;
    const name = folded.slice(start, head.end);
    if (COMPOUND_AFTER.test(folded.slice(head.end, head.end + 4)) && /中心$/.test(hw)) continue;
    if (NOT_BODY_END.test(name) || MEETING_AFTER.test(folded.slice(head.end, head.end + 4)) || GENERIC_FOREIGN.test(name) || COMPANY_KIND.test(name)) continue;
    // 全国农民专业合作社: the nation's cooperatives counted as a class, no one cooperative.
    if (/^全国(?:农民)?(?:专业)?合作社$/.test(name)) continue;
    // 加工厂, 发电厂: a factory by its trade is no name; a place or a brand before it makes one (玉溪卷烟厂).
    if (hw.endsWith('厂') && !LEVEL_START.test(name) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.start >= start && /^(?:ns|nz|nt|nrt|nr|eng)$/.test(t.tag))) continue;
    // 省级实验实训中心, 省级重点实验室: a rank before a facility's kind is a designation, no name.
    const s0 = tokenIndexAt(tokens, start);
    if (tokens.slice(Math.max(0, s0 - 2), s0 + 1).some((t) => RANK.test(wordAt(folded, t)) && t.start <= start) &&
      !tokens.slice(Math.max(0, s0 - 2), j).some((t) => t.start < start && t.end <= start && /^(?:ns|nz|nt|nr|nrt)$/.test(t.tag))) continue;
    // 政邦智库: a think tank by a name of its own; a country or a kind before 智库 is a class of them
    // (中国智库, 高端智库).
    if (hw.endsWith('智库') && !tokens.slice(tokenIndexAt(tokens, start), j).some((t) => /^(?:nz|x|nr|nrt|eng|nt)$/.test(t.tag))) continue;
    // 韩国队, 中国队: a national side in sport, not a body (optional by docs/people.md).
    if (/国队$/.test(hw)) continue;
    // 马科斯政府, 岸田政府: a leader's administration, not a body.
    const beforeHead = tokens[j - 1];
    // (贝宁/nr 政府: a country of the closed list is no leader.)
    if (/^(?:政府|内阁)$/.test(hw) && beforeHead && /^(?:nr|nrt|nrfg|x)$/.test(beforeHead.tag) && !FOREIGN_PLACES.has(wordAt(folded, beforeHead)) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.tag === 'ns' || LEVEL_START.test(wordAt(folded, t)))) continue;
    // 英国工党政府, 德国社会民主党政府: a party's government is the administration it leads, as a
    // leader's is; the party is the body named.
    if (/^(?:政府|内阁)$/.test(hw) && start < head.start && folded[head.start - 1] === '党') {
      if (nameLike(folded, tokens, start, head.start)) out.push({ start, end: head.start });
      continue;
    }
    // 美日菲联盟, 美国-日本联盟: countries allied, not a body.
    if (/[联同]盟$/.test(hw) && tokensWithin(tokens, start, head.start).every((t) => t.tag === 'ns' || /^[美日韩英澳菲法德俄印加意欧中朝越泰以伊沙土乌波荷比瑞挪丹芬希葡西墨]+$/.test(wordAt(folded, t)))) continue;
    // A known body read back further than a place before it (积极主动与世界贸易组织) is the known body alone.
    // A level opening the name reads it whole (省/教育/考试院 is no 考试院 of Taiwan's).
    const levelOpens = /^[省市县区州]$/.test(wordAt(folded, tokens[tokenIndexAt(tokens, start)]!));
    if (!levelOpens && knownBodyInside(folded, tokens, start, head.end)) continue;
    // A word jieba did not know is a name only with a known name or a level around it
    // (护园队/x and 中开/x新局/x are not).
    // Jenny公司…Jenny说: a Latin word the text has speak or feel is a person, and the 公司 after it
    // the company she works for, no name.
    const latin = tokens[tokenIndexAt(tokens, start)];
    if (latin?.tag === 'eng' && latin.start === start && tokenIndexAt(tokens, latin.end) === j && speaksInText(folded, latin.word)) continue;
    // 大/a 和/c 银行/n 纽约/ns 分行: a bare kind word opening the name means the owner's name was lost
    // before it (大和银行); the branch read from the kind is a cut, no name.
    const opener = tokens[tokenIndexAt(tokens, start)];
    if (opener?.start === start && opener.end < head.start && /^(?:公司|银行|集团|大学|学院|医院|学校|中学|小学)$/.test(wordAt(folded, opener))) continue;
    // 历史建筑旧湾仔警署: a body named as it was (旧, the old…) is a building or a thing of the past,
    // no body acting now.
    if (tokensWithin(tokens, start, head.start).some((t) => t.start >= start && wordAt(folded, t) === '旧')) continue;
    // 技术开发型研究所, 研究型大学: a body described by its type is a kind, no name.
    if (/型(?:研究所|研究院|大学|学院|企业|公司|医院|学校|中心|银行)$/.test(folded.slice(start, head.end))) continue;
    // 多家/m 理工大学/nt: a kind counted (多家, 几所, 三个) is no name unless a proper word precedes its head.
    const count = tokens[tokenIndexAt(tokens, start) - 1];
    if (count?.end === start && QUANTIFIER.test(wordAt(folded, count)) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.start >= start && PROPER_TAGS.has(t.tag) && t.tag !== 'x')) continue;
    const unknownHead = (head.tag === 'x' && (start === head.start || hw.length === 2)) || head.tag === 'v';
    // 国家局/nt 党组/n 成员、副局长: a department's party group right before its own officers' titles
    // is led by the department's head; the department is the body (docs/people.md).
    if (hw === '党组' && start < head.start && /^(?:副?书记|成员|副?组长)/.test(folded.slice(head.end, head.end + 3))) {
      if (nameLike(folded, tokens, start, head.start)) out.push({ start, end: head.start });
      continue;
    }
    if (nameLike(folded, tokens, start, head.end, unknownHead)) out.push({ start, end: head.end });
  }
  return out;
}

/** A school's or a department's office named right after it, before its (former) head's title
 * (…大学招生/v 就业处/v 原/n 处长, …组织部党员教育中心副主任): the unit is a body; jieba reads its words
 * as verbs. */
const UNIT_BEFORE_TITLE = /^(\p{Script=Han}{2,8}?(?:处|科|室|办公室|中心))(?=(?:原|前)?副?(?:处长|科长|主任))/u;

function extendUnitsBeforeTitles(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    // (浙江省委组织部|党员教育中心副主任: a department's centre or office likewise.)
    if (!/(?:大学|学院|[部厅局]|[^党]委)$/.test(folded.slice(c.start, c.end))) return;
    const m = UNIT_BEFORE_TITLE.exec(folded.slice(c.end, c.end + 12));
    const span = m ? { start: c.end, end: c.end + m[1]!.length } : null;
    if (!m || !span || /[，。、；：的和与及在是为了]/.test(m[1]!) || overlaps(taken, span) || overlaps(personAt, span)) return;
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
}

/** A people's army of the revolutionary wars and its numbered units (八路军一二九师, 新四军第四支队,
 * 志愿军第三十八军): each unit is a body, named with its army. */
const ARMY_UNIT = /(?:八路军|新四军|中国人民志愿军|志愿军|中国工农红军)(?:第?[一二三四五六七八九十百〇零两\d０-９]{1,4}(?:方面军|兵团|军团|纵队|支队|师|旅|团|军))+/g;

function armyUnitSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  ARMY_UNIT.lastIndex = 0;
  for (let m = ARMY_UNIT.exec(folded); m; m = ARMY_UNIT.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** `河内中国文化中心`, `河内孔子学院`: China's cultural centres and Confucius Institutes abroad,
 * named by the foreign city or country that hosts each (a cultural centre is otherwise a venue). */
function culturalCentreSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of folded.matchAll(/中国文化中心|孔子学院|孔子课堂/g)) {
    const at = m.index;
    const host = tokens[tokenIndexAt(tokens, at) - 1];
    if (host?.end === at && FOREIGN_PLACES.has(wordAt(folded, host))) out.push({ start: host.start, end: at + m[0].length });
  }
  return out;
}

/** `中越友好协会`, `中俄友好小组`: a friendship body of China and a country, both by their
 * one-character names (jieba reads 友好 as an adjective, which opens no name read back). */
const FRIENDSHIP_BODY = /(?:中[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳非阿]|[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳非阿]中)友好(?:协会|促进会|联合会|委员会|小组|合作委员会)/g;

function friendshipSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  FRIENDSHIP_BODY.lastIndex = 0;
  for (let m = FRIENDSHIP_BODY.exec(folded); m; m = FRIENDSHIP_BODY.exec(folded)) {
    // (其中/越…: the pair opens a word of its own, not the end of one.)
    if (tokens[tokenIndexAt(tokens, m.index)]?.start !== m.index) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A count of bodies before their kind (多家, 几所, 三个, 许多). */
const QUANTIFIER = /^(?:多|几|数|若干|余|[两三四五六七八九十百千万\d０-９]+[余多]?)[家所个座支]$|^(?:许多|不少|诸多|这些|那些|各个|各家|各所)$/;

/** A hospital's department named right after it, up to 科, before its staff or a pause
 * (呼吸/v 内科, 感染/v 科主任, 呼吸与危重症医学科). */
const HOSPITAL_DEPARTMENT = /^(\p{Script=Han}{1,8}?科)(?=副?主任|主治|医生|医师|护士|专家|副?教授|团队|病房|门诊|[，。、；）]|的)/u;

/** `…医院呼吸内科`: a hospital's department is a sub-body of its own, named whole (docs/people.md);
 * jieba tags its specialty a verb at times (呼吸, 感染), which ends a name read back from 科. */
function extendHospitalDepartments(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    if (!folded.endsWith('医院', c.end)) return;
    const m = HOSPITAL_DEPARTMENT.exec(folded.slice(c.end, c.end + 12));
    if (!m || /^(?:学科|本科|专科|预科)$/.test(m[1]!) || /[的和在是为了]/.test(m[1]!)) return;
    const span = { start: c.end, end: c.end + m[1]!.length };
    if (overlaps(taken, span) || overlaps(personAt, span)) return;
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
}

/** A construction group's works section named after it (客专3标二分部, 3标项目部) and a railway
 * section's work area (…工务段正定工区): the chain is one unit, named whole. */
const WORKS_SECTION = /^(?:\p{Script=Han}{0,4}?[\d０-９一二三四五六七八九十]+标段?[\d０-９一二三四五六七八九十]*(?:分部|项目部|项目经理部|工区)|\p{Script=Han}{2,3}?工区)/u;

function extendWorksSections(folded: string, kept: Candidate[], taken: Uint8Array, personAt: Uint8Array): void {
  kept.forEach((c, n) => {
    const m = WORKS_SECTION.exec(folded.slice(c.end, c.end + 14));
    if (!m || /[，。、；：的和与及在是为了]/.test(m[0]) || (m[0].endsWith('工区') && !/段$/.test(folded.slice(c.start, c.end)) && !m[0].includes('标'))) return;
    const span = { start: c.end, end: c.end + m[0].length };
    if (overlaps(personAt, span)) return;
    // A cut of the section found on its own (标二分部) gives way to the whole chain.
    for (let k = kept.length - 1; k >= 0; k--) if (k !== n && kept[k]!.start >= span.start && kept[k]!.end <= span.end) kept.splice(k, 1, { ...kept[k]!, end: -1 });
    taken.fill(1, span.start, span.end);
    kept[n] = { start: c.start, end: span.end };
  });
  for (let k = kept.length - 1; k >= 0; k--) if (kept[k]!.end < 0) kept.splice(k, 1);
}

/** An edition (第十五届) and the committees that run one edition of games, fairs or expos. */
/** Heads of task forces set up to run a campaign or an event, whose names hold its verbs. */
const TASK_FORCE = /^(?:总指挥部|指挥部|领导小组|工作领导小组|组委会|筹委会|执委会)$/;
const ORDINAL_EDITION = /^第[一二三四五六七八九十百零〇\d]+届$/;
const ORGANISING_COMMITTEE = /^(?:组委会|执委会|筹委会|组织委员会|执行委员会|筹备委员会)$/;

/** Tags of the words of a department's remit between its ministry and 司 (预算/v, 国民经济/n 综合/vn 统计/v). */
const REMIT_TAGS = new Set(['n', 'v', 'vn', 'l', 'nz', 'ns', 'j', 'b', 'an', 'a', 'nr', 'x']);

/**
 * `财政部预算司`, `国家统计局国民经济综合统计司`, `国家发展改革委就业收入分配和消费司`: a department (司)
 * right after a known central body, its remit in between whatever verbs it holds (a name read back from
 * 司 stops at most verbs). The remit is two to twelve characters of words, with 和 or 与 only between two
 * of them, and no person, post or head of another body.
 */
function ministryDepartmentSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    // (建设司/nt: jieba glues the last remit word to 司 at times.)
    if (!w.endsWith('司') || w.length > 3 || /(?:公司|上司|官司|寿司)$/.test(w) || overlaps(personAt, t) || j === 0) return;
    for (let k = j - 1; k >= 0 && t.start - tokens[k]!.start <= 12; k--) {
      const r = tokens[k]!;
      const rw = wordAt(folded, r);
      const conj = /^[和与]$/.test(rw) && k < j - 1 && k > 0 && REMIT_TAGS.has(tokens[k - 1]!.tag);
      if (!isHanWord(rw) || overlaps(personAt, r) || (!REMIT_TAGS.has(r.tag) && !conj) || (FUNCTION_WORDS.test(rw) && !conj) ||
        POST_AT_END.test(rw) || DETERMINERS.test(rw)) return;
      // The ministry ends right before this word: the department runs from the ministry's start.
      const owner = ownerEndingAt(folded, r.start);
      if (owner !== null && t.start - r.start >= 2) {
        out.push({ start: owner, end: t.end });
        return;
      }
      if (isHead(rw)) return;
    }
  });
  return out;
}

/** Where the longest known body (not a company) that ends at `end` starts, or null (国家发展改革委, not 发展改革委). */
function ownerEndingAt(folded: string, end: number): number | null {
  let found: number | null = null;
  for (let s = end - 2; s >= Math.max(0, end - 16); s--) {
    if ((LEXICON.get(folded[s]!) ?? []).some((e) => !e.company && s + e.form.length === end && folded.startsWith(e.form, s))) found = s;
  }
  return found;
}

/** Whether the text has `word` say, tell or feel something, as only a person does (Jenny说, Amber感到). */
function speaksInText(folded: string, word: string): boolean {
  const re = new RegExp(`${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:说|说道|告诉|感到|觉得|记得|担心)`);
  return re.test(folded);
}

/** Ranks a facility or a programme is given (省级, 国家级重点): what follows is a designation. */
const RANK = /^(?:国家级|省级|市级|县级|区级|部级|省部级|校级|院级|世界级|国际级)(?:重点)?$/;

/** `美国公司`, `中国企业`: a country and a company word are companies of that country, no name. */
// (中国博物馆, 美国图书馆: museums, libraries and schools of a country as a class; the named national
// ones carry a word more, 中国国家博物馆, 中国科技馆, 中国美术馆.)
const GENERIC_FOREIGN = /^(?:中国|美国|日本|韩国|英国|法国|德国|俄罗斯|欧洲|外国|国外|境外|海外|跨国|国内|外资|中资|民营|国有)(?:大|小|中小)?(?:公司|企业|银行|集团|大学|高校|医院|机构|博物馆|图书馆|学校)$/;

/** Verbs of visiting jieba tags nouns (参观/n), and a verb with the complement 出 (折射出/n). */
const VISIT_OR_SHOW = /^(?:参观|参访|走访|拜访|探访|造访|游览|\p{Script=Han}{2}出)$/u;

/** Kinds of area jieba tags as places (山区/ns 中学): they say where a body is, not which one it is. */
const GENERIC_AREA = /^(?:山区|农村|城区|郊区|边远|偏远|贫困|沿海|内地|边疆|牧区|林区|矿区|库区|老区|灾区|景区|城乡|乡村|城镇|海外|境外|国外|异地|本地|外地|当地)$/;

/** Regions jieba tags as directions (西南/f), which open names like places (西南联合大学, 东北师范大学). */
// (北方/f 华创, 南方/f 电网: the north and the south open companies' names the same way.)
const REGION = /^(?:东南|西南|东北|西北|中南|北方|南方)$/;

/** Zones and parts of towns named by kind, not by place (开发区, 保护区, 城区, 辖区). */
const GENERIC_ZONE = /(?:开发|示范|自贸|保税|工业|风景|居民|住宅|保护|试验|产业|商业|核心|中心|灾|疫|辖|城|郊|园|景|片|社|街|校|厂|矿|林|牧|山|老|新|主|市|县|全|本|该|各|每)[区县]$/;

/** What a single word jieba tagged as a body's name may hold before its head and still be a kind,
 * not a name (党和政府/nt, 商业银行/nt, 民办学校/nt, 广播公司/nt, 商业中心/nt). */
const GENERIC_BEFORE_HEAD = new RegExp(
  '^(?:' + ['党和', '商业', '广播', '民办', '公办', '私立', '公立', '国有', '民营', '地方', '基层', '农村', '城市', '社区', '综合', '专科', '职业',
    '普通', '重点', '高等', '高级', '外资', '合资', '独资', '股份制', '投资', '开发', '储蓄', '电视', '出版', '新闻', '科研', '医疗', '卫生', '金融',
    '保险', '证券', '信托', '上市', '控股', '物资', '贸易', '交易', '服务', '培训', '管理', '文化', '体育', '艺术', '科技', '研究', '教育'].join('|') + ')$',
);

/** A trade and a company word (`网约车公司`, `快递公司`): a kind of company, no name. */
const COMPANY_KIND = new RegExp(
  '^(?:' + ['上市', '网约车', '快递', '物业', '保险', '科技', '互联网', '房地产', '地产', '物流', '数据', '投资', '空壳', '皮包', '中介', '咨询', '广告',
    '装修', '家政', '外卖', '电商', '平台', '运营', '出租车', '信托', '证券', '基金', '担保', '小贷', '贷款', '网贷', '金融', '电信', '运营商',
    '航空', '建筑', '施工', '劳务', '安保', '保安', '旅游', '游戏', '影视', '传媒', '医药', '制药', '能源', '汽车', '软件', '芯片', '半导体',
    '资管', '公募', '私募', '券商', '第三方', '子', '母', '关联', '合作', '涉事', '相关', '一家', '两家', '多家', '医疗', '教育', '文化', '农业', '零售', '餐饮', '酒店', '服装', '钢铁',
    '化工', '电力', '煤炭', '石油', '矿业', '食品', '商贸', '贸易', '外贸', '民营', '国有', '私营', '中小', '龙头', '头部', '大型', '小型', '网络',
    '手机', '新能源', '电动车', '造车', '直播', '社交', '外包', '设计', '工程', '建设', '开发', '供电', '燃气', '水务', '公交', '客运', '货运',
    '船舶', '航运', '租赁', '餐饮', '药品', '器械', '生物', '科研', '国际', '跨国', '本土', '外资', '中资', '港资', '台资', '央企', '国企', '民企'].join('|') + ')(?:公司|集团|企业)$',
);

/** Whether [start, end) holds a known body's name after more than places and levels: then the
 * name was read back too far (积极主动与世界贸易组织, 新征程中国共产党中心). */
function knownBodyInside(folded: string, tokens: readonly TaggedToken[], start: number, end: number): boolean {
  for (let at = start + 1; at < end - 1; at++) {
    const hit = (LEXICON.get(folded[at]!) ?? []).find((e) => at + e.form.length <= end && folded.startsWith(e.form, at));
    // 中央党校（国家行政学院）…: a known body's other name in brackets is part of the name.
    if (!hit || /[（(]/.test(folded[at - 1]!)) continue;
    // (美国商务部/nt 工业与安全局: one word jieba knows holding the place and the known body is no
    // word before it.)
    return tokensWithin(tokens, start, at).some((t) => t.end <= at && isHanWord(t.word) && t.tag !== 'ns' && !LEVEL_START.test(folded.slice(t.start, t.end)));
  }
  return false;
}

/** A preposition the HMM glued to the level opening a body's name (据市/x 防治…指挥部办公室介绍). */
/** Verbs a task force's name opens with: the campaign it drives (推进“一带一路”建设工作领导小组). */
const ADVANCE = /^(?:推进|推动|促进|深化|加快|落实)$/;

/** Whether tokens[k] opens its clause: after a pause, at the start, or after a one-character
 * preposition (经, 由, 据, 在) jieba may tag a noun. */
function opensClause(folded: string, tokens: readonly TaggedToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.end !== tokens[k]!.start || !isHanWord(prev.word)) return true;
  const pw = wordAt(folded, prev);
  if (/^[经由据在对向与和及按从]$/.test(pw)) {
    const before = tokens[k - 2];
    return !before || before.end !== prev.start || !isHanWord(before.word);
  }
  return false;
}

const GLUED_LEVEL = /^[据经由从在向对为与和及将把被][省市县区州]$/;

/** Whether tokens[k] is a word of praise naming the community or the village right after it
 * (幸福/a 社区, 团结/a 村, 光明/a 社区). */
function adjectiveNamedPlace(folded: string, tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return /^(?:a|an)$/.test(t.tag) && t.end - t.start === 2 && next !== undefined && next.start === t.end && /^(?:社区|村)$/.test(wordAt(folded, next));
}

/** Eras a research body's or a publisher's name opens with (当代中国研究所, 现代中国出版社). */
const ERA = /^(?:当代|现代|近代)$/;

/**
 * Reads a name back from tokens[j] (included): where it starts, or null. Stops at punctuation,
 * particles, prepositions, pronouns, category words and posts; a conjunction or 、 joins only
 * inside one name (the word before it is no head), a verb only between two name words.
 */
function readBack(folded: string, tokens: readonly TaggedToken[], j: number, end: number, personAt?: Uint8Array): number | null {
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
    const category = CATEGORY_WORDS.test(w) && next !== undefined && (PROPER_TAGS.has(next.tag) || /^[“「《]$/.test(next.word) ||
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
    // 五要/x 切实加强/l 工会: the points of an enumeration (一要…，五要…) and a phrase urging action
    // (切实加强, 大力推进) are the sentence's; what they act on is a kind, no name.
    if (/^[一二三四五六七八九十]+要/.test(w) || (/^(?:l|x|i|vu)$/.test(t.tag) && URGING.test(w))) break;
    // 唐家/x 墩/v 街道: a lone character tagged a verb between an unknown name word and a locality
    // is the rest of that place's name.
    if (w.length === 1 && t.tag === 'v' && prev && /^(?:x|ns|nz|nr)$/.test(prev.tag) && prev.end === t.start && next?.start === t.end &&
      /^(?:街道|社区|村|镇|乡|街|路|大道|新区|开发区|湾|岛)$/.test(wordAt(folded, next))) {
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

/** Tags of a word jieba gave a town's or a village's name (南头/f, 三角/m, 东凤/x, 同安/nz). */
const TOWN_NAME_TAGS = new Set(['f', 'm', 'x', 'n', 'nz', 'ns', 's', 'j', 'nr', 'nrt', 'a', 'b']);

/** Whether a token can be the name of a town or a village before 镇, 乡 or 村. */
function townName(folded: string, t: TaggedToken): boolean {
  const w = wordAt(folded, t);
  return TOWN_NAME_TAGS.has(t.tag) && w.length >= 2 && w.length <= 3 && /^\p{Script=Han}+$/u.test(w) && !FUNCTION_WORDS.test(w) &&
    !DETERMINERS.test(w) && !UNIT_WORDS.test(w) && !/^[全各该本每两几多]/.test(w) && !isHead(w) && !CATEGORY_WORDS.test(w);
}

/** i itself when tokens[i] starts at `start` (the name begins on a token boundary). */
function tokenAtStart(tokens: readonly TaggedToken[], i: number, start: number): number {
  return tokens[i]!.start === start ? i : -1;
}

/** A read-back name counts when it holds a proper name or opens with a level or a known body. */
function nameLike(folded: string, tokens: readonly TaggedToken[], start: number, end: number, strict = false): boolean {
  const name = folded.slice(start, end);
  if (name.length < 3 || !/^[\p{Script=Han}A-Za-z0-9Ａ-Ｚａ-ｚ&.\-—－“”「」（）()·]+$/u.test(name) || !/\p{Script=Han}/u.test(name) ||
    /^[各该本（(]/.test(name)) return false;
  // ＴＣＬ通信设备股份有限公司: a brand in full-width Latin letters opening the name (read back whole
  // only with two letters or more) is a proper name.
  if (/^[Ａ-Ｚａ-ｚ]{2,}\p{Script=Han}/u.test(name)) return true;
  // 国家集团, 国家队, 中贝两国政府, 全国优秀童声合唱团: the state or the nation as a kind, countries
  // as a pair, an honour, no name.
  if (/^(?:国家|全国|中央)(?:控股)?(?:集团|公司|队|银行|企业)$/.test(name) || /两国|各国|多国|双方/.test(name) ||
    /^全国(?:优秀|先进|十佳|百佳|第)/.test(name)) return false;
  // 市属国有企业纪委, 省属高校: bodies counted by whom they belong to are a class, no name.
  if (/^[市省区县部]属/.test(name)) return false;
  // A level (省公安厅), a known body (教育部基础教育司) or a quoted name (“衡阳群众”志愿服务队) opens it.
  // An association or a research body names itself by its trade: long enough, it needs no proper
  // name (人工智能产业发展联盟); generic centres and offices (街道综合服务中心) still do.
  if (name.length >= 7 && /(?:协会|学会|联盟|基金会|研究会|促进会|联合会|商会|研究院|研究所|研究中心|实验室|委员会)$/.test(name)) return true;
  // A university's college or institute named by the disciplines it joins (水产与生命学院, 经济与管理学院).
  if (/^\p{Script=Han}{2,6}[与和]\p{Script=Han}{2,6}(?:学院|研究院|研究所|学部)$/u.test(name)) return true;
  // A magazine, a publisher or a paper takes a common phrase for its name (人之初杂志社, 读者出版社);
  // the head says it is a name (kinds open with a scope: 国外出版社, 地方报社).
  if (name.length >= 5 && /(?:杂志社|出版社|画报社|报社)$/.test(name) && !/^(?:国外|海外|境外|外国|国内|地方|民营|大型|小型|知名|多家|各|其他|有关|相关)/.test(name)) return true;
  // An international body opens with its reach (国际可再生能源联盟, 全球能源互联网发展合作组织).
  if (name.length >= 6 && /^(?:国际|全球|世界|亚洲|亚太|欧洲|非洲|拉美)/.test(name)) return true;
  // A court or an institution of that reach is named by its remit in two characters (国际调解院,
  // 国际仲裁院): shorter, and a generic 院 stands in no common phrase of the reach.
  if (/^(?:国际|全球|世界|亚洲|亚太|欧洲|非洲|拉美)\p{Script=Han}{2}院$/u.test(name)) return true;
  // 大同/d 市委: a place jieba did not tag as one, right before a city's or a county's committee or
  // government (read back only there, see readBack).
  const placeWord = tokens[tokenIndexAt(tokens, start)];
  if (placeWord?.start === start && /^(?:d|a|nr)$/.test(placeWord.tag) && /^(?:[省市县区州]委|[市县区]政府|[市县区]人民政府)$/.test(folded.slice(placeWord.end, end)) &&
    tokens[tokenIndexAt(tokens, placeWord.end)]?.end === end) return true;
  // (首都经济贸易大学: the capital opens a name as a level does.)
  if (LEVEL_START.test(name) || /^首都\p{Script=Han}{3,}/u.test(name) || /^(?:推进|推动|促进|深化|加快|落实)?[“「][^”」]{2,}[”」]./.test(name) || (LEXICON.get(name[0]!) ?? []).some((e) => name.length - e.form.length >= 3 && name.startsWith(e.form)) ||
    // (安踏/v 集团: a company the lexicon knows, before its group's or its company's word.)
    (COMPANY_LEXICON.get(name[0]!) ?? []).some((e) => name.startsWith(e.form) && name.length - e.form.length >= 2)) return true;
  const glued = folded[start - 1] === '系' && tokens[tokenIndexAt(tokens, start)]?.start === start - 1;
  return tokensWithin(tokens, glued ? start - 1 : start, end).some((t) => {
    // A one-character place counts (美中贸易全国委员会); other one-character words do not.
    if (t.tag === 'eng') return t.start >= start && t.end <= end && t.word.length >= 2;
    // 开元区/n人民法院: a noun that ends in an area's level right before a head is a place, unless
    // it is a kind of zone (开发区, 保护区) or a part of a town (城区, 辖区).
    if (t.start >= start && t.end <= end && (CITY_NAMES.has(wordAt(folded, t)) || (REGION.test(wordAt(folded, t)) && t.end < end))) return true;
    // 南头/f镇党委: a town's or a village's name before its level.
    if (t.start >= start && t.end < end && /[镇乡村]/.test(folded[t.end]!) && townName(folded, t)) return true;
    // (幸福/a 社区居委会: a community named by a word of praise, see readBack.)
    if (t.start === start && adjectiveNamedPlace(folded, tokens, tokenIndexAt(tokens, t.start))) return true;
    const after = tokens[tokenIndexAt(tokens, t.end)];
    if (t.tag === 'n' && t.start >= start && t.end - t.start === 3 && /[区县]$/.test(wordAt(folded, t)) && !GENERIC_ZONE.test(wordAt(folded, t)) &&
      after?.start === t.end && isHead(wordAt(folded, after))) return true;
    // (系政邦/x: a word whose glued copula was cut off counts from the name's start.)
    const from = t.start === start - 1 && folded[t.start] === '系' ? start : t.start;
    if (from < start || t.end > end || !PROPER_TAGS.has(t.tag) || !isHanWord(t.word) || (t.end - from < 2 && t.tag !== 'ns')) return false;
    if (strict && t.tag === 'x') return false;
    const w = folded.slice(t.start, t.end);
    // 中断/ns, 新建/ns: common words jieba's dictionary tags as places.
    if (t.tag === 'ns' && (NOT_PLACES.has(w) || GENERIC_AREA.test(w))) return false;
    // 绥德/nrt县委: a word before a level and its head is a place, whatever jieba tagged it.
    const next = tokens[tokenIndexAt(tokens, t.end)];
    if (t.tag !== 'nr' && t.tag !== 'nrfg' && next?.start === t.end && next.end === end && /^[省市县区州][委]$|^[县市]政府$/.test(folded.slice(next.start, next.end))) return true;
    // jieba tags some common words nr (养老): a name counts only with a name's shape.
    const rest = w.replace(ORG_HEAD, '');
    if (rest !== w && GENERIC_BEFORE_HEAD.test(rest)) return false;
    // 岳麓区/nr: a word jieba took for a name that ends in an area's level is a place.
    // 阿里巴巴/nrt集团: a company the lexicon knows counts whatever jieba tagged it.
    // 贝宁/nr: a country or a foreign city of the closed list counts whatever jieba tagged it.
    return (rest === w || rest.length >= 2) && (!t.tag.startsWith('nr') || isNameShape(w) || (w.length >= 3 && /[省市县区镇乡]$/.test(w)) || FOREIGN_PLACES.has(w) ||
      (LEXICON.get(w[0]!) ?? []).some((e) => e.company && e.form === w) ||
      // 奥里诺科/nrt钢铁公司, 布鲁金斯/nr学会: a transliterated word of three characters or more names the body.
      (/^nrt?$/.test(t.tag) && w.length >= 3 && t.end < end) ||
      // 瑞穗/nr 银行: a bank's or a broker's name jieba took for a person's.
      (/^nrt?$/.test(t.tag) && w.length === 2 && /^(?:银行|证券|保险|基金)$/.test(folded.slice(t.end, end))));
  });
}

// ---- 3. Names before a post, lists, brands, stock codes and outlets -----------------------------

function postSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const post = tokens[j]!;
    if (!LEADER_POST.test(wordAt(folded, post)) || personAt[post.end] !== 1) continue;
    // 副会长, 常务副主任, 原所长: the rank words belong to the post.
    let k = j - 1;
    // (国务院/常务副/n 秘书长: jieba glues the rank words together at times.)
    // (中国足协/专职/副主席: so do full-time and resident, 专职 and 驻会.)
    while (k > 0 && /^(?:副|常务|执行|名誉|荣誉|首席|轮值|联席|代理|原|前|常务副|执行副|第一副|专职|专职副|驻会|兼职)$/.test(wordAt(folded, tokens[k]!))) k--;
    // 万科的总裁王石: the body is the name before 的, not 的 with it (刚从广交会回来的总经理: a
    // verb before 的 names none).
    if (k > 0 && wordAt(folded, tokens[k]!) === '的') {
      k--;
      if (!/^(?:n|nz|nt|ns|nrt|j|x|eng)$/.test(tokens[k]!.tag)) continue;
    }
    // 国家发展改革/委副/x 主任: jieba glued the rank's 副 to the body's last character; it is the post's.
    const end = tokens[k]!.end - (tokens[k]!.end - tokens[k]!.start >= 2 && folded[tokens[k]!.end - 1] === '副' ? 1 : 0);
    // 小米集团红米品牌总经理: a brand or a department of a body is no body.
    if (CATEGORY_WORDS.test(wordAt(folded, tokens[k]!))) continue;
    const start = readBack(folded, tokens, k, end);
    if (start === null || start >= end) continue;
    // 中国国家主席: the state's president is a post of its own (国家主席), no body named 中国国家.
    if (wordAt(folded, tokens[k]!) === '国家') continue;
    if (nameLike(folded, tokens, start, end)) out.push({ start, end });
  }
  return out;
}

/** `前往金风科技、特变电工、九圣禾种业等企业`: every item of a list the text calls companies. */
function listSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    if (!t.word.startsWith('等') || !LIST_OF_COMPANIES.test(folded.slice(t.start, t.start + 12))) return;
    const items: Candidate[] = [];
    for (let e = j - 1; e >= 0 && isHanWord(tokens[e]!.word);) {
      const end = tokens[e]!.end;
      const start = readBack(folded, tokens, e, end);
      // 怪兽/n 充电/v、街电、小电等品牌: an item no name reads back from ends the list there; the
      // items after it still count.
      if (start === null) break;
      const inner = tokensWithin(tokens, start, end);
      // An item of several words or one jieba does not know is a name; one common word
      // (新能源、人工智能等企业) is a trade. Two characters are a name only as one word jieba does
      // not know or knows as a proper name (街电/x).
      const shortName = end - start === 2 && inner.length === 1 && /^(?:x|nz|nrt)$/.test(inner[0]!.tag) &&
        !FUNCTION_WORDS.test(wordAt(folded, inner[0]!)) && !DETERMINERS.test(wordAt(folded, inner[0]!)) && !CLAUSE_END_X.test(wordAt(folded, inner[0]!));
      if (((end - start < 3 && !shortName) || end - start > 10 || !(inner.length >= 2 || inner.some((x) => PROPER_TAGS.has(x.tag))) ||
        inner.every((x) => x.tag === 'ns' || CITY_NAMES.has(wordAt(folded, x)))) && items.length === 0) return;
      if ((end - start < 3 && !shortName) || end - start > 10 || !(inner.length >= 2 || inner.some((x) => PROPER_TAGS.has(x.tag))) ||
        inner.every((x) => x.tag === 'ns' || CITY_NAMES.has(wordAt(folded, x)))) break;
      items.push({ start, end });
      const before = tokenIndexAt(tokens, start) - 1;
      if (tokens[before]?.word !== '、') break;
      e = before - 1;
    }
    // One item is no list: the word before 等 may be a trade.
    if (items.length >= 2) out.push(...items);
  });
  return out;
}

/**
 * `宇通客车`, `伊利股份`: a brand jieba knows as a proper word or does not know at all, then an
 * industry word, standing alone before punctuation, a verb or a list mark.
 */
function brandSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const brand = tokens[j - 1]!;
    const industry = tokens[j]!;
    const bw = wordAt(folded, brand);
    const iw = wordAt(folded, industry);
    // Words only a company ends with (股份, 药业) take any brand word; others need a brand jieba
    // knows as a name or does not know (宇通/nz客车, not 高端客车).
    // 中原/ns 地产/n 首席/n 分析师: a company's officer or analyst right after the brand and its
    // industry word shows a company, whatever proper tag the brand carries.
    const officer = tokens[j + 1]?.start === industry.end &&
      (/^(?:董事长|副董事长|总裁|副总裁|总经理|副总经理|首席执行官|创始人|联合创始人|分析师|研究员)$/.test(wordAt(folded, tokens[j + 1]!)) ||
        (wordAt(folded, tokens[j + 1]!) === '首席' && /^(?:分析师|经济学家|执行官|研究员|科学家|策略师)$/.test(wordAt(folded, tokens[j + 2] ?? industry))));
    const brandTag = /^(?:股份|控股|药业|乳业|酒业|置业|实业)$/.test(iw) ? /^(?:nz|x|nrt|nr|n|ns|j)$/ : officer ? /^(?:nz|x|nrt|nr|ns)$/ : /^(?:nz|x|nrt)$/;
    if (!INDUSTRY.test(iw) || !brandTag.test(brand.tag) || bw.length < 2 || bw.length > 3 || !isHanWord(bw) ||
      (brand.tag === 'x' && /^[有是并且又再还也就都才却等要让使给在为和与这那该此本每各某其据经及另随续曾]/.test(bw))) continue;
    const before = tokens[j - 2];
    const after = tokens[j + 1];
    // A word before the brand would make it a phrase (高端客车), not a name: only a clause or list start.
    // 旗下信川科技: what a company owns is a company too.
    if (before && isHanWord(before.word) && !/^(?:v|p|c)$/.test(before.tag) && wordAt(folded, before) !== '旗下') continue;
    const listOfCompanies = after?.word.startsWith('等') === true && LIST_OF_COMPANIES.test(folded.slice(after.start, after.start + 12));
    // 代表/n 股份/n 164484886股, 有限售条件/n 股份/n 可上市: a common noun before 股份 is a company
    // only when a pause, a stock code or the company's act follows.
    if (brand.tag === 'n' && !(after === undefined || /^[，。；：、（(]/.test(after.word) || COMPANY_ACTS.test(folded.slice(industry.end, industry.end + 12)))) continue;
    if (after && isHanWord(after.word) && (!/^(?:v|p|c|uj|d)$/.test(after.tag) || after.word.startsWith('等')) && !listOfCompanies && !officer) continue;
    out.push({ start: brand.start, end: industry.end });
  }
  return out;
}

/** A stock code in brackets: mainland six digits, Hong Kong four or five, maybe with the exchange. */
const STOCK_CODE = /^[（(](?:股票代码[:：]\s*)?(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK)[）)]/i;

/** `贵州茅台（600519）`, `宁德时代(300750.SZ)`: the name before a stock code is a listed company. */
function listedCompanySpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const open = tokens[j]!;
    if (open.word !== '（' && open.word !== '(') continue;
    if (!STOCK_CODE.test(folded.slice(open.start, open.start + 24))) continue;
    const last = tokens[j - 1]!;
    if (last.end !== open.start || !isHanWord(last.word)) continue;
    // Stock names are short (two to six characters): read back no further than that.
    let start = last.start;
    for (let k = j - 2; k >= 0; k--) {
      const t = tokens[k]!;
      // (昨日/t 苏宁电器（002024）: a time word is the sentence's.)
      if (!isHanWord(t.word) || FUNCTION_WORDS.test(wordAt(folded, t)) || STOP_TAGS.has(t.tag) || /^(?:v|p|c|r|m|t)$/.test(t.tag) ||
        CATEGORY_WORDS.test(wordAt(folded, t)) || open.start - t.start > 6) break;
      start = t.start;
    }
    // 三九/m 发展/vn（600614）: one common word left of a cut name is no name.
    const inner = tokensWithin(tokens, start, open.start);
    if (inner.length === 1 && /^(?:v|vn|a|ad|d|n)$/.test(inner[0]!.tag)) continue;
    if (open.start - start >= 2) out.push({ start, end: open.start });
  }
  return out;
}

/** A standing mechanism that acts as a body (`国务院联防联控机制`), a head jieba cuts into several words. */
const MECHANISM = /联防联控(?:工作)?机制/g;

function mechanismSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  MECHANISM.lastIndex = 0;
  for (let m = MECHANISM.exec(folded); m; m = MECHANISM.exec(folded)) {
    const end = m.index + m[0].length;
    const k = tokenIndexAt(tokens, m.index) - 1;
    const before = tokens[k];
    if (!before || before.end !== m.index || !isHanWord(before.word)) continue;
    const start = readBack(folded, tokens, k, before.end, personAt);
    if (start !== null && start < m.index && (nameLike(folded, tokens, start, m.index) || LEXICON.has(folded[start]!) &&
      (LEXICON.get(folded[start]!) ?? []).some((e) => folded.slice(start, m.index) === e.form))) out.push({ start, end });
  }
  return out;
}

/** A level's government, legislature or advisory body, by the level's own character (市政府, 省人大). */
const LEVEL_GOVERNMENT = /^([省市县区州])(?:人民政府|政府|人大|政协)/;

/** `政法委书记`, `人大副主任`, `纪委等部门`: a local body by its bare name, a word of its own after
 * a clause or list mark, shown to be a body by the post or the `等部门` after it. */
function bareBodySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    // 省委书记/n 胡春华: jieba glues a province's or a city's committee to its secretary; the
    // committee is the body, named by its level alone as the text names it; so it is glued to
    // its standing committee's members (省委常委/j, 秘书长…).
    // (纪委书记/n, 团委书记/n: a discipline or youth league committee by its bare name, the same.)
    const glued = /^([省市县区州]委|纪委|团委|政法委)(?:副?书记|常委)$/.exec(w);
    // 省委/j 省政府, 省委和省政府: a level's committee right before the same level's government,
    // legislature or advisory body (or joined to it by 和) is a body of its own, as in a list.
    const joined = tokens[j + 1] !== undefined && /^[和及与]$/.test(tokens[j + 1]!.word) ? tokens[j + 2] : tokens[j + 1];
    if (/^[省市县区州]委$/.test(w) && joined && (joined === tokens[j + 1] ? joined.start === t.end : true) &&
      LEVEL_GOVERNMENT.exec(wordAt(folded, joined))?.[1] === w[0] && !overlaps(personAt, t)) {
      out.push({ start: t.start, end: t.end });
      return;
    }
    const before = tokens[j - 1];
    // 德兴市/ns 政协委员/n, 长沙市/ns 人大代表/nz: a place's political consultative conference or
    // people's congress, glued to the title of its members, after the place and its level.
    const member = /^(政协|人大)(?:委员|代表|常委)$/.exec(w);
    if (member && before && before.end === t.start && before.tag === 'ns' && /\p{Script=Han}[省市县区州]$/u.test(wordAt(folded, before)) && !overlaps(personAt, t)) {
      out.push({ start: before.start, end: t.start + member[1]!.length });
      return;
    }
    if ((!BARE_BODIES.test(w) && !glued) || overlaps(personAt, t)) return;
    // 河内/s 市委书记: a foreign city jieba knows as a place before its committee glued to the secretary.
    if (glued && before && before.end === t.start && FOREIGN_PLACES.has(wordAt(folded, before))) {
      out.push({ start: before.start, end: t.start + glued[1]!.length });
      return;
    }
    // 时任/n 礼泉/n 县委书记, 浙江/ns 开化/v 县委书记: a county's or a city's name jieba does not know, read
    // as a noun or a verb, right before its committee glued to the secretary, where a word of holding
    // the office, a province or a list mark opens it (the province is part of the name).
    const place = glued && before && before.end === t.start ? gluedPlace(folded, tokens, j - 1) : null;
    if (place !== null && !overlaps(personAt, { start: place, end: t.start })) {
      out.push({ start: place, end: t.start + glued![1]!.length });
      return;
    }
    if (before && before.end === t.start && isHanWord(before.word) && !/^[和与及、]$/.test(wordAt(folded, before))) return;
    // A discipline, youth league or political-legal committee by its bare name is a place's own only
    // after that place's committee membership (市委常委、纪委书记); after `我院党委副书记、` it is the
    // writer's unit's, no name.
    if (glued && !/^[省市县区州]委$/.test(glued[1]!) && !/[省市县区州]委(?:常委|委员)[、，,]$/.test(folded.slice(Math.max(0, t.start - 6), t.start))) return;
    if (glued) out.push({ start: t.start, end: t.start + glued[1]!.length });
    else if (BARE_BODY_AFTER.test(folded.slice(t.end, t.end + 5))) out.push({ start: t.start, end: t.end });
  });
  return out;
}

/** Where the place's name before a committee glued to its secretary starts (see bareBodySpans), or null. */
function gluedPlace(folded: string, tokens: readonly TaggedToken[], k: number): number | null {
  const t = tokens[k]!;
  const w = wordAt(folded, t);
  if (!/^(?:n|v|nr|nrfg|ns|nz|x|j)$/.test(t.tag) || !/^\p{Script=Han}{2,3}$/u.test(w) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || /任$/.test(w)) return null;
  const prev = tokens[k - 1];
  if (!prev || prev.end !== t.start || !isHanWord(prev.word)) return prev && /^[、，,：:（(]$/.test(prev.word) ? t.start : null;
  const pw = wordAt(folded, prev);
  if (/^(?:[时后现曾原历升调出新]任|担任|出任)$/.test(pw)) return t.start;
  return prev.tag === 'ns' && PROVINCE.test(pw) ? prev.start : null;
}

/**
 * The departments of a local government by their remit's usual short form and their head
 * (`住建局`, `发改委`, `人社厅`, `卫健委`, `市场监管局`): a closed set, as every province, city and
 * county names its own departments the same way.
 */
const LOCAL_DEPARTMENT = new RegExp(
  '(?:' + ['住建', '住房城乡建设', '发改', '发展改革', '经信', '工信', '人社', '人力资源社会保障', '卫健', '卫生健康', '市场监管', '市监', '文旅', '文化旅游',
    '文广旅', '教体', '教育', '公安', '民政', '司法', '财政', '自然资源', '自然资源和规划', '生态环境', '交通运输', '水利', '水务', '农业农村', '商务',
    '应急管理', '审计', '统计', '医保', '医疗保障', '林业', '城管', '城市管理', '退役军人事务', '信访', '大数据', '政务服务', '行政审批', '科技', '国资',
    '乡村振兴', '民宗', '侨务', '外事', '体育', '档案', '粮食和储备', '金融', '地方金融监管', '数据'].join('|') + ')(?:局|委|厅)',
  'g',
);

/**
 * `长沙市/ns 住/v 建局/x`, `市住/x 建局/x`: a local department jieba cut across its short name is
 * read from its level (and the place the level ends) to its head, whatever the tags.
 */
function localDepartmentSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  LOCAL_DEPARTMENT.lastIndex = 0;
  for (let m = LOCAL_DEPARTMENT.exec(folded); m; m = LOCAL_DEPARTMENT.exec(folded)) {
    const end = m.index + m[0].length;
    // 局长, 委员: the head's character opens a post, the department is inside a post's word.
    if (/^[长员]/.test(folded[end] ?? '') || !/^[省市县区州]$/.test(folded[m.index - 1] ?? '')) continue;
    let start = m.index - 1;
    const place = tokens[tokenIndexAt(tokens, start)];
    // The place the level ends (长沙市/ns): the department is that place's.
    if (place && place.end === m.index && place.start < start && (place.tag === 'ns' || CITY_NAMES.has(folded.slice(place.start, start)))) start = place.start;
    const span = { start, end };
    if (overlaps(personAt, span)) continue;
    out.push(span);
  }
  return out;
}

/** What only a listed company does or has right after its name: a filing, its share price. */
const FILING_AFTER = /^(?:(?:\d{1,2}日)?(?:晚间|早间|盘后)?(?:发布|披露)?公告(?:称|显示|指出)?|发布公告|披露公告|股价|市值|股票|年报显示|财报显示|半年报显示)/;

/**
 * `融创中国停牌`, `天合光能公告称`: a short run of name words opening a clause, right before a filing
 * or its share price, is a listed company whatever jieba tagged the words — people issue no filings.
 */
function filingSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const end = tokens[j]!.start;
    if (!FILING_AFTER.test(folded.slice(end, end + 8)) || tokens[j - 1]!.end !== end) continue;
    let k = j - 1;
    while (k >= 0 && isHanWord(tokens[k]!.word) && /^(?:n|nz|x|nrt|j|ns|nr|eng)$/.test(tokens[k]!.tag) && end - tokens[k]!.start <= 6) k--;
    const first = tokens[k + 1];
    const before = tokens[k];
    // The run opens a clause: punctuation, the text's start or 其中 before it.
    if (!first || first.start >= end || (before && isHanWord(before.word) && !/^(?:其中|据|而|但|同时|此外)$/.test(wordAt(folded, before)))) continue;
    const span = { start: first.start, end };
    const inner = tokensWithin(tokens, span.start, end);
    const name = folded.slice(span.start, end);
    if (name.length < 3 || name.length > 6 || overlaps(personAt, span) || inner.every((t) => t.tag === 'ns' || t.tag === 'n') ||
      inner.some((t) => { const w = wordAt(folded, t); return CATEGORY_WORDS.test(w) || DETERMINERS.test(w) || FUNCTION_WORDS.test(w) || POST_AT_END.test(w) || /^(?:公司|集团|企业|个股|板块|指数|大盘)$/.test(w); })) continue;
    out.push(span);
  }
  return out;
}

/** A body's word for itself (我院, 本校, 该局): what follows is one of its own units. */
const SELF_REFERENCE = /^(?:[我本该](?:院|校|所|局|厅|委|部|行|馆|站|中心)|我司)$/;

/** A unit's head inside the writer's own body: a department, a party branch, an office. */
const OWN_UNIT_HEAD = /(?:科|党支部|党总支|党委|团委|工会|办公室|教研室|研究室|实验室|处)$/;

/**
 * `我院医技药剂党支部`, `我院药剂科`, `该校教务处`: a unit a body names after its word for itself has
 * no proper name of its own, yet it is a sub-body (docs/people.md). Up to three words after the
 * self-reference, the first that ends in a unit's head closes the name (with the unit's own party
 * branch or office right after it: `检验科党支部`); a bare head (`我院党委`) names none, nor does a
 * discipline (`学科`, `本科`).
 */
function ownUnitSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    if (!SELF_REFERENCE.test(wordAt(folded, t))) return;
    // 该校招生/v 就业处/v 处长: an office named before its head's title, whatever jieba tagged its words.
    const titled = UNIT_BEFORE_TITLE.exec(folded.slice(t.end, t.end + 12));
    if (titled && !/[，。、；：的和与及在是为了]/.test(titled[1]!) && !overlaps(personAt, { start: t.end, end: t.end + titled[1]!.length })) {
      out.push({ start: t.end, end: t.end + titled[1]!.length });
      return;
    }
    for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
      const u = tokens[k]!;
      const w = wordAt(folded, u);
      if (u.start !== tokens[k - 1]!.end || !isHanWord(w) || !/^(?:n|nz|j|b|vn|l)$/.test(u.tag) || overlaps(personAt, u) ||
        POST_AT_END.test(w) || SPLIT_WORDS.test(w)) return;
      if (!OWN_UNIT_HEAD.test(w) || NOT_SUB_HEAD.test(w)) continue;
      const start = tokens[j + 1]!.start;
      const head = OWN_UNIT_HEAD.exec(w)![0];
      // 药剂科 (a remit before 科), 医技药剂党支部; not 党委 or 办公室 alone.
      if (u.end - start - head.length < (head === '科' ? 1 : 2)) return;
      // 检验科/党支部: the unit's own party branch or office right after it is the name.
      const branch = tokens[k + 1];
      const end = branch && branch.start === u.end && /^(?:党支部|党总支|党委|团委|工会|办公室)$/.test(wordAt(folded, branch)) ? branch.end : u.end;
      out.push({ start, end });
      return;
    }
  });
  return out;
}

/**
 * `苹果公司`, `滴滴公司`: a common word before 公司 is the company's name when the text
 * goes on to name the company by that word alone (`苹果表示`) — at least twice more — and the
 * word is no trade (`快递公司`).
 */
function recurringCompanySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    let brand: string;
    const start = t.start;
    let end = t.end;
    const glued = /^(\p{Script=Han}{2,4})公司$/u.exec(w);
    if (glued && HEAD_TAGS.has(t.tag)) brand = glued[1]!;
    else {
      const next = tokens[j + 1];
      if (!next || next.start !== t.end || wordAt(folded, next) !== '公司' || !/^(?:n|nz|x|j)$/.test(t.tag) ||
        !/^\p{Script=Han}{2,4}$/u.test(w)) return;
      brand = w;
      end = next.end;
    }
    const before = tokens[j - 1];
    if (before && before.end === start && (DETERMINERS.test(wordAt(folded, before)) || /^(?:m|q)$/.test(before.tag) ||
      (isHanWord(before.word) && !/^(?:p|v|c)$/.test(before.tag) && !(before.tag === 'x' && CLAUSE_END_X.test(wordAt(folded, before)))))) return;
    const name = folded.slice(start, end);
    if (COMPANY_KIND.test(name) || GENERIC_FOREIGN.test(name) || CATEGORY_WORDS.test(brand) || FUNCTION_WORDS.test(brand) ||
      overlaps(personAt, { start, end })) return;
    let alone = 0;
    for (let at = folded.indexOf(brand); at >= 0; at = folded.indexOf(brand, at + brand.length)) {
      if (at === start) continue;
      const after = folded.slice(at + brand.length, at + brand.length + 2);
      if (!/^(?:公司|集团)/.test(after) && alignedToTokens(tokens, at, at + brand.length)) alone++;
    }
    if (alone >= 2) out.push({ start, end });
  });
  return out;
}

/**
 * `小米集团红米品牌总经理…`, `苹果公司表示`, `某某集团宣布`: a word and 公司 or 集团 is a company when
 * what follows shows one acting (its chairman, what it owns, what it announces), even when the
 * word is a common one (小米, 苹果) that no other rule would take for a name. A trade (`快递公司`),
 * a country's firms (`美国公司`) and a determiner before (`该公司`) are no name.
 */
function companyContextSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    let brand: string;
    let end = t.end;
    let k = j + 1;
    const glued = /^(\p{Script=Han}{2,4})(?:公司|集团)$/u.exec(w);
    if (glued && /^(?:n|nt|nz)$/.test(t.tag)) brand = glued[1]!;
    else {
      const next = tokens[j + 1];
      if (!next || next.start !== t.end || !/^(?:公司|集团)$/.test(wordAt(folded, next)) || !/^(?:n|nz|x|j|nrt|ns)$/.test(t.tag) ||
        !/^\p{Script=Han}{2,4}$/u.test(w)) return;
      brand = w;
      end = next.end;
      k = j + 2;
    }
    const after = tokens[k];
    if (!after || after.start !== end) return;
    // Its officers may follow a brand or a division of it (小米集团红米品牌总经理).
    let officers = false;
    for (let m = k; m < k + 3 && m < tokens.length && isHanWord(tokens[m]!.word) && /^(?:n|nz|x|j|eng)$/.test(tokens[m]!.tag); m++) {
      if (COMPANY_CONTEXT.test(wordAt(folded, tokens[m]!)) || (m > k && /^(?:品牌|事业部|事业群)$/.test(wordAt(folded, tokens[m]!)))) officers = true;
    }
    if (!(officers || (COMPANY_ACTS.test(folded.slice(end, end + 12)) && after.tag !== 'n'))) return;
    const before = tokens[j - 1];
    if (before && before.end === t.start && (DETERMINERS.test(wordAt(folded, before)) || /^(?:m|q)$/.test(before.tag) ||
      (isHanWord(before.word) && !/^(?:p|v|c)$/.test(before.tag) && !(before.tag === 'x' && CLAUSE_END_X.test(wordAt(folded, before)))))) return;
    const name = folded.slice(t.start, end);
    if (COMPANY_KIND.test(name) || GENERIC_FOREIGN.test(name) || CATEGORY_WORDS.test(brand) || FUNCTION_WORDS.test(brand) || isHead(brand) ||
      DETERMINERS.test(brand) || overlaps(personAt, { start: t.start, end })) return;
    out.push({ start: t.start, end });
  });
  return out;
}

/** A company's officers, named before a person: what opens the clause before them is the company. */
const COMPANY_POST = /^(?:联合创始人|创始人|董事长|副董事长|董事会主席|总裁|副总裁|首席执行官|CEO|首席技术官|首席科学家|总经理|副总经理)$/;

/**
 * `东方空间联合创始人姚颂`, `小米创始人雷军`: the words from the start of a clause to a company's
 * officer and a person are the company, whatever jieba tagged them (东方/s 空间/n), when they are
 * a short run of name words (no verb, pronoun, determiner or category word) and not a place alone.
 */
function founderSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const post = tokens[j]!;
    if (!COMPANY_POST.test(wordAt(folded, post)) || personAt[post.end] !== 1) continue;
    // 联合/创始人, 副/总裁: the rank belongs to the post.
    let p = j;
    while (p > 0 && /^(?:联合|副|常务|执行|名誉|首席)$/.test(wordAt(folded, tokens[p - 1]!))) p--;
    const postStart = tokens[p]!.start;
    let k = p - 1;
    while (k >= 0 && isHanWord(tokens[k]!.word) && /^(?:n|nz|ns|s|x|nrt|j|b|eng)$/.test(tokens[k]!.tag) && postStart - tokens[k]!.start <= 6) k--;
    const first = tokens[k + 1];
    const before = tokens[k];
    // The run must open the clause: punctuation or the text's start before it.
    if (!first || first.start >= postStart || (before && isHanWord(before.word) && before.end === first.start)) continue;
    const inner = tokensWithin(tokens, first.start, postStart);
    const name = folded.slice(first.start, postStart);
    if (name.length < 2 || inner.every((t) => t.tag === 'ns') || overlaps(personAt, { start: first.start, end: postStart }) ||
      inner.some((t) => { const w = wordAt(folded, t); return CATEGORY_WORDS.test(w) || DETERMINERS.test(w) || FUNCTION_WORDS.test(w) || POST_AT_END.test(w) || /^(?:公司|集团|企业)$/.test(w); }) ||
      (inner.length === 1 && isHead(name))) continue;
    out.push({ start: first.start, end: postStart });
  }
  return out;
}

/** Words for a kind of company that a company's own name may follow in apposition (汽车品牌吉利, 芯片巨头高通). */
/** People of a company or a body (高管, 员工, 负责人), never its name. */
const STAFF_WORD = /(?:高管|员工|职工|人员|工人|老板|代表|负责人|领导|股东|客户|用户|专家|干部)$/;
const COMPANY_KIND_BEFORE = /(?:公司|企业|车企|药企|房企|险企|巨头|厂商|品牌|运营商|制造商|供应商|开发商|零售商|券商)$/;
/** The word after such a name: a pause, a list, or the company acting. */
const AFTER_APPOSITION = /^(?:[、，。；：]|等|等等|向|对|在|已|将|也|则|于|的|表示|宣布|称|发布|推出|透露|公告|回应|证实|否认|此前|近日|日前)$/;
/** The company acting: what must follow a word jieba does not know or takes for a place (企业带货/x 。 is no name). */
const ACT_AFTER_APPOSITION = /^(?:、|向|对|于|表示|宣布|称|发布|推出|透露|公告|回应|证实|否认)$/;

/**
 * `汽车品牌吉利向路透社表示`, `芯片巨头高通`, `服饰公司包括耐克、…`: a word for a kind of company,
 * maybe with 包括 or 如, then one name word jieba knows as a proper name or does not know, then a
 * pause or the company's act: that name is a company. A person (公司张明表示), a place (公司北京总部)
 * or a name that goes on into a head or a trade (巨头苹果公司, found by its head) is not taken here.
 */
function appositionSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j + 1 < tokens.length; j++) {
    const kindWord = wordAt(folded, tokens[j]!);
    if (!COMPANY_KIND_BEFORE.test(kindWord) || !/^(?:n|nz|l)$/.test(tokens[j]!.tag) || isHanWord(kindWord) === false) continue;
    let k = j + 1;
    if (/^(?:包括|如|比如|例如|像)$/.test(wordAt(folded, tokens[k]!))) k++;
    const t = tokens[k];
    if (!t || t.start !== tokens[k - 1]!.end || !/^(?:nz|nr|nrt|x|ns|j)$/.test(t.tag) || !/^\p{Script=Han}{2,5}$/u.test(t.word)) continue;
    const w = wordAt(folded, t);
    const next = tokens[k + 1];
    // (电信巨头康卡斯特（Comcast）: the company's Latin name in brackets after it counts as a pause.)
    const latinAfter = /^[（(][A-Za-z][A-Za-z0-9 .&'-]{0,30}[）)]/.test(folded.slice(t.end, t.end + 34));
    const after = latinAfter ? '、' : next && next.start === t.end ? wordAt(folded, next) : '';
    if (!AFTER_APPOSITION.test(after) || overlaps(personAt, t) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || CATEGORY_WORDS.test(w) ||
      isHead(w) || INDUSTRY.test(w) || FOREIGN_PLACES.has(w) || CITY_NAMES.has(w) || NOT_PLACES.has(w) || /[省市县区州镇乡村国]$/.test(w) ||
      // (知名企业/n 高管/x、: the companies' staff or officers, no company's name.)
      STAFF_WORD.test(w) || (t.tag === 'x' && CLAUSE_END_X.test(w)) || (t.tag.startsWith('nr') && isNameShape(w))) continue;
    // 公司北京/ns…, 企业带货/x: a place jieba knows or a word it does not know (often a verb the
    // HMM made up) is a name only when the company's act or a list follows.
    if (/^(?:ns|x|j)$/.test(t.tag) && !ACT_AFTER_APPOSITION.test(after)) continue;
    // 检查/vn 企业/n 门岗/nr: a bare kind right after a verb is that verb's object, companies in
    // general; the word after it is a part of them (the gate, the staff), no company's name.
    const before = tokens[j - 1];
    if (/^(?:企业|公司)$/.test(kindWord) && before !== undefined && before.end === tokens[j]!.start && /^(?:v|vn)$/.test(before.tag)) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** What only a company has or says right after its bare name: what it owns, its officers, its shares, its own channels. */
const BARE_COMPANY_AFTER = /^(?:旗下|董事长|副董事长|董事会主席|总裁|副总裁|CEO|创始人|联合创始人|首席执行官|股价|市值|财报|官微|客服|相关负责人)$/;
/** `方面` or `官方` after a name says the body speaks only when a verb of speech follows (美团方面表示). */
const SPEAKS_AFTER = /^(?:方面|官方)(?:[\d０-９]{1,2}日)?(?:对|向)?(?:记者|媒体)?(?:表示|称|回应|回复|透露|证实|否认|声明)/;

/**
 * `美团旗下`, `街电创始人`, `怪兽充电方面表示`: a bare name at the start of its clause, one word
 * jieba knows as a proper name (not a place, not a person's shape) or does not know, right before
 * what only a company has or says, is the company. Names with a head or an industry word are found
 * by their own rules.
 */
function bareCompanySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j + 1 < tokens.length; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    if (next.start !== t.end || !/^(?:nz|nrt|nr|x|j)$/.test(t.tag) || !/^\p{Script=Han}{2,4}$/u.test(t.word)) continue;
    const w = wordAt(folded, t);
    // (街电/x 相关/v 负责人: jieba splits 相关负责人 at times.)
    if (!BARE_COMPANY_AFTER.test(wordAt(folded, next)) && !SPEAKS_AFTER.test(folded.slice(next.start, next.start + 10)) &&
      !folded.startsWith('相关负责人', next.start)) continue;
    // The name opens its clause: punctuation, a preposition, a conjunction or a verb before it.
    const before = tokens[j - 1];
    if (before && before.end === t.start && isHanWord(before.word) && !/^(?:p|c|v)$/.test(before.tag)) continue;
    if (overlaps(personAt, t) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || CATEGORY_WORDS.test(w) || isHead(w) || INDUSTRY.test(w) ||
      FOREIGN_PLACES.has(w) || CITY_NAMES.has(w) || NOT_PLACES.has(w) || /[省市县区州镇乡村国方]$/.test(w) ||
      (t.tag === 'x' && (CLAUSE_END_X.test(w) || /^[有是并且又再还也就都才却等要让使给这那该此每各]/.test(w))) ||
      ((t.tag.startsWith('nr') || t.tag === 'x') && isNameShape(w))) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** A listed company heading an item of a market brief: `运达股份：…`, `【精功科技：…】`, or a
 * flash right after its dateline (`…e公司讯，精功科技：…`). */
const BRIEF_ITEM = /(?<=^|[。！？；\n【\s]|讯[，,])(\p{Script=Han}{2,4}?(?:股份|科技|集团|控股|药业|电子|电气|能源|材料|新材|智能|医药|生物|环境|环保|电力|矿业|传媒|物流|实业|精密|精工|重工|汽车|光电|通信|软件|信息|食品|乳业|酒业|置业|地产|证券|银行))[:：]/gu;

function briefSpans(folded: string, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  BRIEF_ITEM.lastIndex = 0;
  for (let m = BRIEF_ITEM.exec(folded); m; m = BRIEF_ITEM.exec(folded)) {
    const name = m[1]!;
    const span = { start: m.index, end: m.index + name.length };
    // 公司公告, 本公司: a word about companies, not one's name.
    if (/^(?:公司|本|该|其|子公司|上市公司|有关|相关)/.test(name) || FUNCTION_WORDS.test(name[0]!) || overlaps(personAt, span)) continue;
    out.push(span);
  }
  return out;
}

/** An outlet named as the body that reports (`据澎湃新闻报道`, `新京报记者获悉`, `接受财联社采访`,
 * `没有央视新闻的报道`). */
const MEDIA_SOURCE = new RegExp(
  '(?<=^|[据从向和与、，。：；\\s“（(]|接受|没有|通过|根据)(?![据从向和与]|接受)(\\p{Script=Han}{2,8}?(?:新闻|日报|晚报|时报|早报|商报|青年报|周刊|周末|杂志|财经|之声|之音|报|社|电视台|网))' +
    // (据乌通社（ukrinform）消息: the outlet's own Latin name in brackets may stand between.)
    // (据经济之声《天下财经》报道: and so may the title of its programme.)
    '(?=(?:[（(][A-Za-z][A-Za-z0-9 .&\'-]{0,30}[）)]|《[^》]{1,12}》)?(?:\\d{1,2}月\\d{1,2}日|此前|日前|近日|早前|稍早|此后|随后|的)?(?:记者|报道|消息|援引|采访|评论员|发文|刊文|刊发|披露|(?:独家)?获悉|发表|刊登|刊载|转载|曝光|联合|注意到|了解到|梳理|统计|专访|社论))',
  'gu',
);
/** Outlets by class or by reference, not by name (相关新闻, 外媒, 本报). */
const NOT_MEDIA_NAME = /^(?:本|该|我|此|各|这|那|其|相关|有关|多家|多个|一些|部分|众多|主流|官方|当地|外媒|境外|国外|海外|网络|媒体|新闻|记者|日报|多)/;
/** News of a time or an event, no outlet (今年全国两会新闻报道, 奥运会新闻, 春节新闻). */
const NEWS_OF_EVENT = /^(?:今年|去年|明年|今天|昨天|当天|本届|此次|这次|近年|近日|每年)|(?:会|节|赛|展)新闻$/;
/** Words that end in 报 or 网 and name a paper's kind or a report, no outlet (情况通报, 年报, 电网). */
const NOT_MEDIA_END = /(?:通报|举报|警报|汇报|情报|申报|预报|简报|公报|月报|年报|季报|战报|喜报|捷报|海报|电报|学报|小报|财报|电网|互联网|局域网|物联网)$/;

function mediaSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  MEDIA_SOURCE.lastIndex = 0;
  for (let m = MEDIA_SOURCE.exec(folded); m; m = MEDIA_SOURCE.exec(folded)) {
    const name = m[1]!;
    // 陈辉 李清华本报记者: a byline run into 本报 (the paper itself) is no outlet's name.
    if (NOT_MEDIA_NAME.test(name) || name.length < 3 || name.endsWith('本报') || NOT_MEDIA_END.test(name)) continue;
    // 图片均为|澎湃新闻记者: a copula or a preposition opening the match is the sentence's.
    // (如果没有|央视新闻的报道, 通过|人民日报的报道: the clause before the outlet is the sentence's.)
    // (他告诉|晨报记者, 专家告诉|新京报记者: whoever tells the paper's reporter is the sentence's.)
    // (他在接受|湖北日报专访: whoever is interviewed is the sentence's too.)
    const clause = /^.{0,4}?(?:没有|通过|根据|告诉|接受)/u.exec(name)?.[0].length ?? 0;
    // (（作者系|人民日报记者）: a credit's subject before the copula is the sentence's too.)
    const lead = clause || (/^(?:作者|图片|照片|摄影|稿件)?(?:均为|皆为|均系|均由|均来自|来自|为|系|由|是)/.exec(name)?.[0].length ?? 0);
    if (name.length - lead < 3 || NOT_MEDIA_NAME.test(name.slice(lead)) || NEWS_OF_EVENT.test(name.slice(lead))) continue;
    // 美联社和法新社援引: two outlets joined by 和 are two names.
    const pair = /^(.{2,}?(?:新闻|日报|晚报|时报|早报|报|社|电视台|网))[和与及](.{2,})$/u.exec(name.slice(lead));
    if (pair) {
      const second = m.index + lead + pair[1]!.length + 1;
      out.push({ start: m.index + lead, end: m.index + lead + pair[1]!.length });
      if (!NOT_MEDIA_NAME.test(pair[2]!)) out.push({ start: second, end: m.index + name.length });
      continue;
    }
    out.push({ start: m.index + lead, end: m.index + name.length });
  }
  return out;
}

// ---- Grouping -----------------------------------------------------------------------------------

interface Group {
  key: string;
  body?: number;
  placed?: { body: number; place: string };
  mentions: Span[];
  forms: Map<string, string>;
}

function group(text: string, folded: string, kept: readonly Candidate[], taken: Uint8Array): NamedEntity[] {
  const byKey = new Map<string, Group>();
  for (const c of kept) {
    const form = folded.slice(c.start, c.end);
    const key = c.groupKey ?? (c.body !== undefined ? `#${c.body}` : form);
    const g: Group = byKey.get(key) ?? { key, body: c.body, mentions: [], forms: new Map<string, string>() };
    if (!c.formOnly) g.mentions.push({ start: c.start, end: c.end });
    if (!g.forms.has(form)) g.forms.set(form, text.slice(c.start, c.end));
    g.placed ??= c.placed;
    byKey.set(key, g);
  }
  // 湖南省发展和改革委员会 … 省发改委, 河南省发展改革委 … 河南省发改委: one place's body under its other
  // official name, or under its level alone after the full place, is the same body.
  const placedGroups = [...byKey.values()].filter((g) => g.placed !== undefined)
    .sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
  placedGroups.forEach((later, n) => {
    const full = placedGroups.slice(0, n).find((g) => byKey.has(g.key) && g.placed!.body === later.placed!.body &&
      (g.placed!.place === later.placed!.place || (/^[省市县区州]$/.test(later.placed!.place) && g.placed!.place.endsWith(later.placed!.place))));
    if (!full || !byKey.has(later.key)) return;
    full.mentions.push(...later.mentions);
    for (const [f, w] of later.forms) if (!full.forms.has(f)) full.forms.set(f, w);
    byKey.delete(later.key);
  });
  // A name found by rule that ends another, longer one is a back-reference to it
  // (省公安厅 → 湖南省公安厅, 定王台派出所 → 长沙市公安局芙蓉分局定王台派出所).
  // The full name may be a known body (特区政府 → 香港特区政府); a known body's own short name is
  // never regrouped (国务院 is not 美国国务院).
  const longest = (g: Group) => [...g.forms.keys()].reduce((a, f) => (f.length > a.length ? f : a), '');
  const all = [...byKey.values()].sort((a, b) => longest(b).length - longest(a).length);
  const ruled = all.filter((g) => g.body === undefined);
  for (const short of [...ruled].reverse()) {
    const full = all.find((g) => g !== short && longest(g).length > short.key.length && byKey.has(g.key) &&
      [...g.forms.keys()].some((f) => f.length > short.key.length && refersTo(short.key, f)));
    if (!full || !byKey.has(short.key)) continue;
    full.mentions.push(...short.mentions);
    for (const [f, w] of short.forms) if (!full.forms.has(f)) full.forms.set(f, w);
    byKey.delete(short.key);
  }
  // 省厅, 市局, 省委 after a body of that level and head.
  const groups = [...byKey.values()];
  LEVEL_BACK_REFERENCE.lastIndex = 0;
  for (let m = LEVEL_BACK_REFERENCE.exec(folded); m; m = LEVEL_BACK_REFERENCE.exec(folded)) {
    const span = { start: m.index, end: m.index + 2 };
    if (overlaps(taken, span)) continue;
    const [level, head] = m[0];
    let owner: Group | undefined;
    let last = -1;
    for (const g of groups) {
      const first = g.mentions.reduce((a, s) => Math.min(a, s.start), Infinity);
      if (first < span.start && first > last && [...g.forms.keys()].some((f) => f.length > 2 && f.includes(level!) && f.endsWith(head!))) {
        owner = g;
        last = first;
      }
    }
    if (!owner) continue;
    owner.mentions.push(span);
    if (!owner.forms.has(m[0])) owner.forms.set(m[0], text.slice(span.start, span.end));
  }
  const out: NamedEntity[] = groups.map((g) => {
    g.mentions.sort((a, b) => a.start - b.start);
    // The name is the longest form (the full one), as first written.
    let name = '';
    for (const [f, w] of g.forms) if (f.length > name.length) name = w;
    const forms = [...g.forms.values()].filter((w) => w !== name);
    return { name, mentions: g.mentions, count: g.mentions.length, ...(forms.length ? { forms } : {}) };
  });
  return sortEntities(out);
}

/** Whether `short` is a back-reference to `full`: its end (`定王台派出所`), or its level and the
 * rest (`省公安厅` of `湖南省公安厅`, `市政府` of `长沙市人民政府`). */
function refersTo(short: string, full: string): boolean {
  if (full.endsWith(short)) return true;
  if (short.length < 3 || !/^[省市县区州]/.test(short)) return false;
  // 县检察院 of 长沙县人民检察院, 市政府 of 长沙市人民政府: the short form drops 人民.
  const plain = short.includes('人民') ? full : full.replace(/人民(?=政府|法院|检察院|医院)/, '');
  const rest = short.slice(1);
  return plain.endsWith(rest) && plain.slice(0, plain.length - rest.length).endsWith(short[0]!);
}

/** Most mentioned first, then page order. */
export function sortEntities(list: NamedEntity[]): NamedEntity[] {
  return list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}

// ---- Democratic parties' local committees and stationed discipline teams ----------------------

/**
 * `民进湖南省委会`, `民建广东省委`, `九三学社四川省委`: a democratic party's committee of a province or
 * a city, named by the party's short name, the place and 委/委会/委员会. jieba cuts it into the party
 * and the place's own party committee (民进 | 湖南省委), two bodies the text does not name; the
 * chair's title after it (主委, 副主委) is no part of the name.
 */
const DEMOCRATIC_PARTY_COMMITTEE = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?!党)\p{Script=Han}{1,8}?(?:省|市|区|县|州|自治区)(?:委员会|委会|委)/gu;

function democraticPartySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  DEMOCRATIC_PARTY_COMMITTEE.lastIndex = 0;
  for (let m = DEMOCRATIC_PARTY_COMMITTEE.exec(folded); m; m = DEMOCRATIC_PARTY_COMMITTEE.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // 人民进行…: the party's short name must be a word of its own, and the place no person.
    if (tokens[tokenIndexAt(tokens, span.start)]?.start !== span.start || overlaps(personAt, span) || /[，。、；：\s]/.test(m[0])) continue;
    out.push(span);
  }
  return out;
}

/**
 * `驻市卫生计生委纪检监察组`, `中央纪委国家监委驻教育部纪检监察组`: a discipline team the
 * discipline commission stations in a department is a body, named by the department it sits in
 * (and the commission sending it, when written before 驻). jieba tags its remit a person's name
 * at times (纪检监察/nr) and leaves its head bound (组/zg), so it is read here from its shape.
 */
const STATIONED_TEAM = /((?:(?:中央|国家|[省市区县])?(?:纪委|监委))*)(?<![进派常入移])驻(?!驻)(\p{Script=Han}{2,16}?)(?:纪检监察组|纪检组|监察组)/gu;

function stationedTeamSpans(folded: string, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  STATIONED_TEAM.lastIndex = 0;
  for (let m = STATIONED_TEAM.exec(folded); m; m = STATIONED_TEAM.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // 各派驻纪检监察组, 进驻…: the team must sit in a named department, not in bodies as a class.
    if (/^(?:各|有关|相关|该|本)/.test(m[2]!) || overlaps(personAt, { start: m.index + m[1]!.length + 1, end: span.end - 3 })) continue;
    out.push(span);
  }
  return out;
}

/**
 * `执政党国民力量党`, `最大在野党共同民主党`: a party named right after its standing (ruling,
 * opposition) is that party, its name up to 党 whatever words it is made of (国民/力量/党,
 * 共同/d 民主党); read back from 党 alone it was cut or missed.
 */
const PARTY_BY_KIND = /(?:执政党|在野党|反对党|第一大党|第二大党|第三大党|执政联盟)(\p{Script=Han}{2,8}?党)(?![员内外委组性籍章纪风务校史])/gu;

function partyByKindSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  PARTY_BY_KIND.lastIndex = 0;
  for (let m = PARTY_BY_KIND.exec(folded); m; m = PARTY_BY_KIND.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start, end: m.index + m[0].length };
    // 执政党的…, 执政党和在野党: a function word or another standing opens no name.
    if (tokens[tokenIndexAt(tokens, start)]?.start !== start || overlaps(personAt, span) || /^(?:的|和|与|及|是|在|也|都|之|一|各|该)/.test(m[1]!) ||
      /(?:执政|在野|反对|政)党$/.test(m[1]!)) continue;
    out.push(span);
  }
  return out;
}

/** What follows 党 when it opens another word (党员, 党内, 党章), not a party's name; a post after
 * a party jieba ended at 党 (代表, 委员长, 总书记) is its officer's. */
const PARTY_WORD_AFTER = /^[员内外性籍章纪风务校史建课旗徽政龄费支]/;

/**
 * `巴西劳工党`, `法国/复兴党/nt`, `黎巴嫩真主党/nt`: a party named right after its country is that
 * country's party, its name up to 党 (a lone 党 heads no name read back: it cut 太岳区党委). Kinds
 * and counts of parties (两党, 执政党, 政党) name none.
 */
function foreignPartySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    let country = 0;
    for (let n = Math.min(6, t.end - t.start); n >= 2; n--) if (FOREIGN_PLACES.has(folded.slice(t.start, t.start + n))) { country = n; break; }
    if (!country) continue;
    const from = t.start + country;
    const m = /^\p{Script=Han}{1,6}?党/u.exec(folded.slice(from, from + 8));
    if (!m) continue;
    const end = from + m[0].length;
    const name = m[0];
    const last = tokens[tokenIndexAt(tokens, end - 1)];
    if (!last || last.end !== end || PARTY_WORD_AFTER.test(folded[end] ?? '') || NOT_ORG_HEAD.test(name) || /^(?:的|和|与|及|是|在|也|都|等|各|两|多|一)/.test(name) ||
      /(?:执政|在野|反对|政|大|小)党$/.test(name) || FOREIGN_PLACES.has(name.slice(0, -1)) || overlaps(personAt, { start: t.start, end })) continue;
    // 美国国会共和党参议员: a party's members in a legislature are named by the legislature, a body of
    // its own; the party is found on its own where the lexicon knows it.
    const house = /^(?:国会|议会|参议院|众议院|上院|下院|上议院|下议院)/.exec(name);
    if (house) {
      out.push({ start: t.start, end: from + house[0].length });
      continue;
    }
    out.push({ start: t.start, end });
  }
  return out;
}

/**
 * `中国常驻联合国代表团`: a country's permanent mission to a body or a city is a body, named by the
 * country, 常驻 and what it is accredited to (常驻/v breaks the name read back from 代表团).
 */
const PERMANENT_MISSION = /常驻(\p{Script=Han}{2,12}?)代表团/gu;

function missionSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  PERMANENT_MISSION.lastIndex = 0;
  for (let m = PERMANENT_MISSION.exec(folded); m; m = PERMANENT_MISSION.exec(folded)) {
    const before = tokens[tokenIndexAt(tokens, m.index) - 1];
    if (!before || before.end !== m.index) continue;
    const country = wordAt(folded, before);
    // The country sending it opens the name; without one it is a kind of mission, no name.
    if (country !== '中国' && !FOREIGN_PLACES.has(country)) continue;
    if (/[，。、；：和与及的]/.test(m[1]!)) continue;
    out.push({ start: before.start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * `中国人民解放军东部战区`, `解放军海军`: the armed forces' name right before one of their services
 * or theatre commands is that service or command named whole (the two halves are each a known
 * body or a common word, and were found apart or not at all).
 */
const ARMED_SERVICE = /(?:中国人民解放军|解放军|中国人民武装警察部队|武警部队)(?:[东南西北中]部战区|海军|空军|陆军|火箭军|战略支援部队|联勤保障部队|信息支援部队|军事航天部队|网络空间部队)(?!部(?!队))/g;

function serviceSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  ARMED_SERVICE.lastIndex = 0;
  for (let m = ARMED_SERVICE.exec(folded); m; m = ARMED_SERVICE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A list closed by 等 and a kind of company (等企业, 等龙头企业, 等车企): its members are companies. */
const COMPANY_LIST_END = /^等(?:\p{Script=Han}{0,4}?)(?:企业|公司|车企|药企|房企|厂商|品牌|平台|银行|券商|互联网公司|科技公司)/u;
/** Kinds of company standing as list members (国企、民企等企业), no names. */
const KIND_MEMBER = /^(?:国企|民企|央企|外企|私企|企业|公司|银行|平台|厂商|品牌|商家|个体户|中小企业|大企业|小微企业|上市公司|龙头企业)$|[企类型性方]$/;

/**
 * `华为、中兴/ns、小米/n等企业`: in a list the text closes with 等 and a kind of company, and in which
 * one member is a body found already, the other members are companies too, whatever jieba tagged
 * them (a place's name, a common noun); kinds of company among them (国企、民企) name none.
 */
function companyListMembers(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const itemAt = (k: number): [number, number] | null => {
    // One or two name words (中国/海油), read forwards from token k.
    let e = k;
    while (e < tokens.length && e - k < 2 && (ITEM_TAGS.has(tokens[e]!.tag) || tokens[e]!.tag === 'ns') && isHanWord(tokens[e]!.word) &&
      !FUNCTION_WORDS.test(wordAt(folded, tokens[e]!)) && !DETERMINERS.test(wordAt(folded, tokens[e]!)) && wordAt(folded, tokens[e]!) !== '等') e++;
    if (e === k) return null;
    const len = tokens[e - 1]!.end - tokens[k]!.start;
    return len >= 2 && len <= 6 ? [k, e] : null;
  };
  for (const c of kept) {
    // Walk back to the list's first member, then forwards over every member to the closing 等.
    let first = tokenIndexAt(tokens, c.start);
    if (tokens[first]?.start !== c.start) continue;
    while (first >= 2 && tokens[first - 1]!.word === '、') {
      let b = first - 2;
      if (b > 0 && (ITEM_TAGS.has(tokens[b - 1]!.tag) || tokens[b - 1]!.tag === 'ns') && tokens[b - 1]!.end === tokens[b]!.start &&
        tokens[b]!.end - tokens[b - 1]!.start <= 6 && !FUNCTION_WORDS.test(wordAt(folded, tokens[b - 1]!))) b--;
      const it = itemAt(b);
      if (!it || it[1] !== first - 1) break;
      first = b;
    }
    const members: Span[] = [];
    let k = first;
    for (;;) {
      const it = itemAt(k);
      if (!it) break;
      members.push({ start: tokens[it[0]]!.start, end: tokens[it[1] - 1]!.end });
      k = it[1];
      if (tokens[k] && /^(?:、|和|与|及)$/.test(tokens[k]!.word)) k++;
      else break;
    }
    if (members.length < 2 || !COMPANY_LIST_END.test(folded.slice(members[members.length - 1]!.end, members[members.length - 1]!.end + 10))) continue;
    if (!members.some((m) => m.start <= c.start && c.end <= m.end)) continue;
    for (const m of members) {
      const w = folded.slice(m.start, m.end);
      if (KIND_MEMBER.test(w) || overlaps(taken, m) || overlaps(personAt, m) || FOREIGN_PLACES.has(w) || CITY_NAMES.has(w)) continue;
      taken.fill(1, m.start, m.end);
      out.push(m);
    }
  }
  return out;
}

/**
 * `教育部党组理论学习中心组`, `省委理论学习中心组`: a party committee's or group's theory study
 * group is a body of its members, named after its owner (学习/v broke the name read back).
 */
const STUDY_GROUP = /(?:党组|党委|党工委|[省市县区州]委)(?=理论学习中心组)/g;

function studyGroupSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  STUDY_GROUP.lastIndex = 0;
  for (let m = STUDY_GROUP.exec(folded); m; m = STUDY_GROUP.exec(folded)) {
    const ownerEnd = m.index + m[0].length;
    const k = tokenIndexAt(tokens, ownerEnd - 1);
    const owner = tokens[k];
    if (!owner || owner.end !== ownerEnd) continue;
    const read = readBack(folded, tokens, k, ownerEnd, personAt);
    // The owner is named (教育部党组, 湖南省委) or is a committee by its level alone (省委).
    // (文化/部党组: a known body jieba split before its party group is the owner too.)
    const known = read !== null && (LEXICON.get(folded[read] ?? '') ?? []).some((e) => e.form === folded.slice(read, m.index));
    const start = read !== null && read < m.index && (known || nameLike(folded, tokens, read, ownerEnd)) ? read : owner.start;
    if (start !== owner.start || /^(?:[省市县区州]委|.{2,}(?:党组|党委|党工委))$/.test(wordAt(folded, owner))) {
      out.push({ start, end: ownerEnd + '理论学习中心组'.length });
    }
  }
  return out;
}

/**
 * `中国人民银行上海总部`: a known body's headquarters for a city or a region, named right after it,
 * is that body's own unit (a lone 总部 is no head: it is a place, the head office).
 */
function extendRegionalHeadquarters(folded: string, tokens: readonly TaggedToken[], kept: Candidate[], taken: Uint8Array): void {
  for (const c of kept) {
    const name = folded.slice(c.start, c.end);
    if (!(LEXICON.get(name[0] ?? '') ?? []).some((e) => e.form === name)) continue;
    const m = /^(\p{Script=Han}{2,3}?)总部/u.exec(folded.slice(c.end, c.end + 6));
    const place = tokens[tokenIndexAt(tokens, c.end)];
    if (!m || !(CITY_NAMES.has(m[1]!) || /^(?:华北|华东|华南|华中|西南|西北|东北)$/.test(m[1]!) ||
      (place?.start === c.end && place.end === c.end + m[1]!.length && place.tag === 'ns'))) continue;
    const end = c.end + m[0].length;
    if (overlaps(taken, { start: c.end, end })) continue;
    taken.fill(1, c.end, end);
    c.end = end;
    c.body = undefined;
  }
}
