/*
 * Companies named by what only a company has or does: a brand with an industry word, a stock
 * code, a filing, a recurring name, its officers, apposition after a kind of company, a market brief.
 */
import { isHanWord, type TaggedToken, tokensWithin } from '../tokens';
import { FUNCTION_WORDS, NOT_PLACES, POST_AT_END, overlaps } from './lexicon';
import { CATEGORY_WORDS, COMPANY_ACTS, COMPANY_CONTEXT, DETERMINERS, HEAD_TAGS, INDUSTRY, LIST_OF_COMPANIES, PROVINCE, STOP_TAGS, namesNoBody } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { isNameShape } from './name-shape';
import { type Candidate, isHead, wordAt } from './org-candidates';
import { COMPANY_KIND, GENERIC_FOREIGN } from './org-kinds';
import { alignedToTokens } from './org-lexicon-spans';
import { CITY_NAMES } from './org-places';
import { CLAUSE_END_X } from './org-read-back';

/**
 * `宇通客车`, `伊利股份`: a brand jieba knows as a proper word or does not know at all, then an
 * industry word, standing alone before punctuation, a verb or a list mark.
 */
export function brandSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
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
    // 远景/n 能源/n 高级/b 副总裁: an office only a company's board or its top staff hold (not 总经理, which a
    // department has too) shows a company even where the brand is a common noun.
    const next = tokens[j + 1]?.start === industry.end ? wordAt(folded, tokens[j + 1]!) : '';
    const topOffice = (next === '高级' ? wordAt(folded, tokens[j + 2] ?? industry) : next);
    const boardOfficer = officer || next === '高级' ? /^(?:董事长|副董事长|总裁|副总裁|首席执行官|创始人|联合创始人)$/.test(topOffice) : false;
    const brandTag = /^(?:股份|控股|药业|乳业|酒业|置业|实业)$/.test(iw) ? /^(?:nz|x|nrt|nr|n|ns|j)$/ : boardOfficer ? /^(?:nz|x|nrt|nr|ns|n)$/ : officer ? /^(?:nz|x|nrt|nr|ns)$/ : /^(?:nz|x|nrt)$/;
    if (!INDUSTRY.test(iw) || !brandTag.test(brand.tag) || bw.length < 2 || bw.length > 3 || !isHanWord(bw) ||
      (brand.tag === 'x' && /^[有是并且又再还也就都才却等要让使给在为和与这那该此本每各某其据经及另随续曾]/.test(bw))) continue;
    let before = tokens[j - 2];
    const after = tokens[j + 1];
    // 陕西/海天/nz 制药: a province or a city right before a proper brand opens the company's name, when
    // it opens the clause itself.
    let start = brand.start;
    const outer = tokens[j - 3];
    if (before && before.end === brand.start && brand.tag !== 'n' && (PROVINCE.test(wordAt(folded, before)) || CITY_NAMES.has(wordAt(folded, before))) &&
      (!outer || outer.end !== before.start || !isHanWord(outer.word) || /^(?:v|p|c)$/.test(outer.tag))) {
      start = before.start;
      before = outer;
    }
    // A word before the brand would make it a phrase (高端客车), not a name: only a clause or list start.
    // 旗下信川科技: what a company owns is a company too.
    if (before && before.end === start && isHanWord(before.word) && !/^(?:v|p|c)$/.test(before.tag) && wordAt(folded, before) !== '旗下') continue;
    const listOfCompanies = after?.word.startsWith('等') === true && LIST_OF_COMPANIES.test(folded.slice(after.start, after.start + 12));
    // 代表/n 股份/n 164484886股, 有限售条件/n 股份/n 可上市: a common noun before 股份 is a company
    // only when a pause, a stock code or the company's act follows.
    if (brand.tag === 'n' && !boardOfficer && !(after === undefined || /^[，。；：、（(]/.test(after.word) || COMPANY_ACTS.test(folded.slice(industry.end, industry.end + 12)))) continue;
    if (after && isHanWord(after.word) && (!/^(?:v|p|c|uj|d)$/.test(after.tag) || after.word.startsWith('等')) && !listOfCompanies && !officer && !boardOfficer) continue;
    out.push({ start, end: industry.end });
  }
  return out;
}

/** A stock code in brackets: mainland six digits, Hong Kong four or five, maybe with the exchange. */
const STOCK_CODE = /^[（(](?:股票代码[:：]\s*)?(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK)[）)]/i;

/** `贵州茅台（600519）`, `宁德时代(300750.SZ)`: the name before a stock code is a listed company. */
export function listedCompanySpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
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

/** What only a listed company does or has right after its name: a filing, its share price. */
const FILING_AFTER = /^(?:(?:\d{1,2}日)?(?:晚间|早间|盘后)?(?:发布|披露)?公告(?:称|显示|指出)?|发布公告|披露公告|股价|市值|股票|年报显示|财报显示|半年报显示)/;

/**
 * `融创中国停牌`, `天合光能公告称`: a short run of name words opening a clause, right before a filing
 * or its share price, is a listed company whatever jieba tagged the words — people issue no filings.
 */
export function filingSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
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
      inner.some((t) => { const w = wordAt(folded, t); return namesNoBody(w) || POST_AT_END.test(w) || /^(?:公司|集团|企业|个股|板块|指数|大盘)$/.test(w); })) continue;
    out.push(span);
  }
  return out;
}

/**
 * `苹果公司`, `滴滴公司`: a common word before 公司 is the company's name when the text
 * goes on to name the company by that word alone (`苹果表示`) — at least twice more — and the
 * word is no trade (`快递公司`).
 */
export function recurringCompanySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
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
export function companyContextSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
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
    if (COMPANY_KIND.test(name) || GENERIC_FOREIGN.test(name) || namesNoBody(brand) || isHead(brand) ||
      overlaps(personAt, { start: t.start, end })) return;
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
export function founderSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const post = tokens[j]!;
    if (!COMPANY_POST.test(wordAt(folded, post)) || personAt[post.end] !== 1) continue;
    // 联合/创始人, 副/总裁, 高级/副总裁: the rank belongs to the post.
    let p = j;
    while (p > 0 && /^(?:联合|副|常务|执行|名誉|首席|高级|资深)$/.test(wordAt(folded, tokens[p - 1]!))) p--;
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
      inner.some((t) => { const w = wordAt(folded, t); return namesNoBody(w) || POST_AT_END.test(w) || /^(?:公司|集团|企业)$/.test(w); }) ||
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
export function appositionSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
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
    if (!AFTER_APPOSITION.test(after) || overlaps(personAt, t) || namesNoBody(w) ||
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
    // 谷歌/x 公司/n 达成协议/nz: a kind word glued to a proper name before it is that company's head;
    // the word after it is what the company does, no second name.
    if (before !== undefined && before.end === tokens[j]!.start && /^(?:nz|nt|nr|nrt|nrfg|x|eng|j)$/.test(before.tag)) continue;
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
export function bareCompanySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
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
    if (overlaps(personAt, t) || namesNoBody(w) || isHead(w) || INDUSTRY.test(w) ||
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

export function briefSpans(folded: string, personAt: Uint8Array): Candidate[] {
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
