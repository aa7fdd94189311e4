/*
 * The organisation finder: runs every rule (each in a file named for it: the closed lexicon in
 * org-lexicon-spans.ts, heads in org-heads.ts, the other org-*.ts files and the smaller rule files),
 * keeps the longest span where they overlap, lets the later passes lengthen names or add their
 * neighbours, and groups what is kept (org-grouping.ts).
 */
import type { Span, TaggedToken } from '../tokens';
import { overlaps } from './lexicon';
import { BOARD_OF_COMPANY, BODY_JOINING_VERB, GENERIC_LEVELS, GENERIC_PAIR, OFFICE_LEAD, RESULT_VERB_LEAD, TIERED_PARTY_ORGANS } from './org-words';
import { AID_TASK_FORCE_END, aidTaskForceSpans } from './aid-task-forces';
import { extendCourtChambers } from './court-chambers';
import { factorySpans } from './factories';
import { FOREIGN_PLACES } from './foreign-places';
import { groupMemberSpans } from './group-members';
import type { Candidate } from './org-candidates';
import { appositionSpans, bareCompanySpans, brandSpans, briefSpans, companyContextSpans, filingSpans, founderSpans, listedCompanySpans, recurringCompanySpans } from './org-companies';
import { extendHospitalDepartments, extendRegionalHeadquarters, extendUnitsBeforeTitles, extendWorksSections } from './org-extensions';
import { group } from './org-grouping';
import { headSpans } from './org-heads';
import { COMPANY_LEXICON, lexiconSpans } from './org-lexicon-spans';
import { listSpans, mediaSpans, ownUnitSpans, postSpans } from './org-mentions';
import { companyListMembers, definedShortNames, listNeighbours, ownerBackReferences, taskForceOffices } from './org-neighbours';
import { democraticPartySpans, foreignPartySpans, partyByKindSpans, stationedTeamSpans, studyGroupSpans, villageBodySpans } from './org-party-bodies';
import { CITY_NAMES } from './org-places';
import { armyUnitSpans, bareBodySpans, culturalCentreSpans, friendshipSpans, localDepartmentSpans, mechanismSpans, ministryDepartmentSpans, missionSpans, quotedGroupSpans, serviceSpans } from './org-public-bodies';
import { organisingCommitteeSpans } from './organising-committees';
import { partyCentreSpans } from './party-centres';
import { reserveBodySpans } from './reserve-bodies';
import type { NamedEntity } from './types';
export { sortEntities } from './org-grouping';

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
    // 做强/省疾控中心, 建/v 强市/x 疾控中心: the verb and its result are the clause's, even where the
    // span opens after the verb.
    if (c.body === undefined) {
      const from = c.start > 0 && RESULT_VERB_LEAD.test(folded.slice(c.start - 1, c.end)) ? c.start - 1 : c.start;
      const resultVerb = RESULT_VERB_LEAD.exec(folded.slice(from, c.end));
      if (resultVerb) c.start = from + resultVerb[0].length;
    }
    // 广东实验中学领办/n 延安广东中学: a verb of one body running, helping or building another, read as
    // a noun, joins two names; the name that ends the span is the one read back to it.
    // (福建省对口帮扶宁夏领导小组: a task force's name holds the verbs of its work, aid included.)
    const joined = c.body === undefined && !AID_TASK_FORCE_END.test(folded.slice(c.start, c.end)) ? BODY_JOINING_VERB.exec(folded.slice(c.start, c.end)) : null;
    if (joined) c.start += joined.index + joined[0].length;
    // 海尔集团董事局(主席): a company's board is named by the company, whose organ it is.
    if (c.body === undefined && BOARD_OF_COMPANY.test(folded.slice(c.start, c.end))) c.end -= 3;
    // 党委政府, 人大政协: the party committee and the government of no place named are a kind.
    if (c.body === undefined && (GENERIC_PAIR.test(folded.slice(c.start, c.end)) || GENERIC_LEVELS.test(folded.slice(c.start, c.end)) ||
      TIERED_PARTY_ORGANS.test(folded.slice(c.start, c.end)))) continue;
    // A known body beats a person guessed from a transliteration (哈马斯), but not one whose name
    // holds it (张清华).
    // 北京某大学, 俄罗斯一个…设计中心, 韩国的一家杂志: a body left unnamed (某, 一个, 一家) is no name;
    // nor is one described by its rank or share (世界顶级化妆品公司, 世界一流酒店集团, 深圳部分银行).
    // (高水平运动队: a squad or a body described by its level is a kind too.)
    if (c.body === undefined && /某|一个|一家|一所|一座|一批|一些|的一|首个|顶级|一流|知名|著名|部分|众多|各类|各种|高水平|高层次/.test(folded.slice(c.start, c.end))) continue;
    // 《黑山实验室》, 《阿甘精神病院》: a name found by rule that is a whole title in 《》 is a work's title
    // (a game's, a film's, a book's); a paper or a magazine named as a title (《中国日报》) is kept.
    if (c.body === undefined && folded[c.start - 1] === '《' && folded[c.end] === '》' && !TITLE_MEDIA_END.test(folded.slice(c.start, c.end))) continue;
    // 英国地方警察局, 美国地方法院: a country's local police or courts as a kind, no name.
    // (台北地方法院, 东京地方法院: a city's district court is named by its city.)
    if (c.body === undefined && /^(?:\p{Script=Han}{0,3}国|日本|俄罗斯|澳大利亚|加拿大|印度|意大利|西班牙|巴西|墨西哥|新西兰)?地方(?:警察局|警局|政府|法院|议会|银行)$/u.test(folded.slice(c.start, c.end))) continue;
    // 合肥地铁图书馆站, 地铁2号线市人民医院站: a stop on a line named after the body beside it is a
    // place on the map, not the body.
    if (c.body === undefined && folded[c.end] === '站' && !/^站[岗台立起在出稳住]/.test(folded.slice(c.end, c.end + 2)) &&
      /地铁|轻轨|公交|号线|有轨电车/.test(folded.slice(Math.max(0, c.start - 8), c.end))) continue;
    const personAround = personAt[c.start - 1] === 1 || personAt[c.end] === 1;
    if (overlaps(taken, c) || ((c.body === undefined || personAround) && overlaps(personAt, c) && !placeTakenForPerson(folded, personAt, c))) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  extendHospitalDepartments(folded, kept, taken, personAt);
  extendWorksSections(folded, kept, taken, personAt);
  extendUnitsBeforeTitles(folded, kept, taken, personAt);
  extendCourtChambers(folded, kept, taken, personAt);
  kept.push(...listNeighbours(folded, tokens, kept, taken, personAt));
  kept.push(...companyListMembers(folded, tokens, kept, taken, personAt));
  extendRegionalHeadquarters(folded, tokens, kept, taken);
  kept.push(...definedShortNames(folded, tokens, kept, taken, personAt));
  kept.push(...ownerBackReferences(folded, tokens, kept, taken, personAt));
  kept.push(...taskForceOffices(folded, tokens, kept, taken, personAt));
  kept.sort((a, b) => a.start - b.start);
  return group(text, folded, kept, taken);
}

/** The last words of a paper's, a magazine's or a broadcaster's name, which a title in 《》 may be. */
const TITLE_MEDIA_END = /(?:报|刊|杂志|杂志社|报社|通讯社|电视台|电台|新闻社|社)$/;

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
