/*
 * Rule 1 of organisations.ts: the closed lexicon of known bodies (central-bodies.ts) matched on the
 * folded text, and the look-ups into it the other rules make.
 */
import { isHanWord, type TaggedToken, tokenIndexAt, tokensWithin } from '../tokens';
import { CENTRAL_BODIES, COMPANIES, FORMER_BODIES, INTERNATIONAL_BODIES, PARTIES, PARTY_NOT_AFTER, REGIONAL_BODIES } from './central-bodies';
import { FUNCTION_WORDS, NOT_PLACES } from './lexicon';
import { BUREAU, COMPANY_ACTS, COMPANY_CONTEXT, INDUSTRY, LEVEL_START, MEDIA_AFTER, MEETING_AFTER, PROVINCE, SERVICE, SERVICE_AFTER } from './org-words';
import { companyUnitEnd } from './company-units';
import { FOREIGN_PLACES } from './foreign-places';
import { type Candidate, isHead, wordAt } from './org-candidates';
import { CITY_NAMES } from './org-places';

/** Every written name of a known body, by first character, longest first. */
export const LEXICON: Map<string, { form: string; body: number; party: boolean; company: boolean; former: boolean }[]> = (() => {
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

export function lexiconSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    const list = LEXICON.get(folded[i]!);
    if (!list) continue;
    const hit = list.find((e) => folded.startsWith(e.form, i));
    if (!hit) continue;
    const end = i + hit.form.length;
    // 《德军总部》, 《花旗帝国》: a known name inside a title in 《》 that holds more than the name is a
    // word of the title (a game's, a book's); the title alone, 《人民日报》, is left to the rules below.
    if (insideLongerTitle(folded, i, end)) {
      i = end - 1;
      continue;
    }
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
      const word = tokens[tokenIndexAt(tokens, i)];
      // 美国陆军/nt, 俄海军/nt: a foreign country jieba read into one word with a service is that
      // country's service, a body of its own named whole (not the People's Liberation Army's).
      const country = word !== undefined && word.start < i && word.end === end ? folded.slice(word.start, i) : '';
      if (SERVICE.test(hit.form) && country !== '' && !/^(?:中国|台湾|香港|澳门|内地|大陆)$/.test(country) &&
        (FOREIGN_PLACES.has(country) || ONE_CHARACTER_COUNTRY.test(country))) {
        out.push({ start: word!.start, end });
        i = end - 1;
        continue;
      }
      // 台湾海基会/nt, 香港廉署: a place jieba read into one word with a body's short name says whose
      // body it is; the body is the one named.
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
      !COMPANY_CONTEXT.test(wordAt(folded, after)) && !COMPANY_STAFF.test(wordAt(folded, after))) {
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
    const country1 = before !== undefined && ONE_CHARACTER_COUNTRY.test(wordAt(folded, before)) && /^(?:j|ns|nr|b|a)$/.test(before.tag) &&
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
    // 各国央行, 主要央行: the short name of the central bank written on from a word that sorts it is central
    // banks as a kind (a country before it, 日本央行, was taken above as that country's bank). After a
    // date, an adverb, a conjunction or a verb (26日央行将…, 尽管央行…, 意味着央行…, 响应央行…) it is the bank.
    if (hit.form === '央行' && isHanWord(folded[i - 1] ?? '') && !SERVICE_AFTER.test(folded[i - 1]!) && !/[据经请让给]/.test(folded[i - 1]!) &&
      (before === undefined || before.end !== i || CENTRAL_BANKS_KIND.test(wordAt(folded, before)) || /^(?:n|nz|nr|b|a|an|ng|vn|l)$/.test(before.tag))) {
      i = end - 1;
      continue;
    }
    out.push({ start: i, end, body: hit.body });
    i = end - 1;
  }
  return out;
}

/** The lexicon's companies alone, by first character, longest first (looked up on every step back). */
export const COMPANY_LEXICON: Map<string, { form: string; body: number }[]> = (() => {
  const map = new Map<string, { form: string; body: number }[]>();
  for (const [first, list] of LEXICON) {
    const companies = list.filter((e) => e.company).map((e) => ({ form: e.form, body: e.body }));
    if (companies.length > 0) map.set(first, companies);
  }
  return map;
})();
const COMPANY_FORMS: ReadonlySet<string> = new Set([...COMPANY_LEXICON.values()].flat().map((e) => e.form));

/** Whether a word is a company's name the lexicon knows, whole (安踏, 比亚迪). */
export const KNOWN_COMPANY = (w: string): boolean => COMPANY_FORMS.has(w);

/** A country by its one-character short name (美, 俄, 英…), as news writes it before a body. */
const ONE_CHARACTER_COUNTRY = /^[美俄英法德日韩朝印巴澳加意以伊乌越泰菲土埃]$/;

/** People who work for a company, right after its name (`南方航空机长`, `国家电网工程师`, `中国石化职工`):
 * a product is never followed by them, so the name before them is the company, not a product's brand. */
const COMPANY_STAFF = /^(?:机长|副机长|飞行员|乘务员|乘务长|空乘|工程师|总工程师|副总工程师|技术员|职工|员工|党委|党委书记|纪委书记|厂长|副厂长|经理|项目经理|客户经理|产品经理|技术负责人|负责人)$/;

/** Words that make 央行 after them central banks as a kind (各国央行, 全球主要央行, 其他央行). */
const CENTRAL_BANKS_KIND = /^(?:各|各国|各地|多国|他国|别国|其他|其它|一些|许多|不少|多家|主要|大型|全球|世界|海外|境外|外国|西方|欧美|各大|新兴市场|发达国家|发达经济体|多数|大多数|部分|这些|那些)$/;

/** Whether [start, end) stands inside a 《…》 title (of at most 30 characters) that holds more than it. */
function insideLongerTitle(folded: string, start: number, end: number): boolean {
  const open = folded.lastIndexOf('《', start - 1);
  if (open < 0 || start - open > 30 || folded.lastIndexOf('》', start - 1) > open) return false;
  const close = folded.indexOf('》', end);
  if (close < 0 || close - open > 30 || folded.slice(open + 1, close).includes('《')) return false;
  return close - open - 1 > end - start;
}

/** Whether [start, end) begins and ends on token boundaries. */
/** A place that may stand in one word with a body's short name: the regions, a country, a city. */
const PLACE_BEFORE_BODY = (w: string): boolean => /^(?:台湾|香港|澳门|中国|内地|大陆)$/.test(w) || FOREIGN_PLACES.has(w) || CITY_NAMES.has(w);

export function alignedToTokens(tokens: readonly TaggedToken[], start: number, end: number): boolean {
  const first = tokens[tokenIndexAt(tokens, start)];
  const last = tokens[tokenIndexAt(tokens, end - 1)];
  return first?.start === start && last?.end === end;
}

/** Where the longest known body (not a company) that ends at `end` starts, or null (国家发展改革委, not 发展改革委). */
export function ownerEndingAt(folded: string, end: number): number | null {
  let found: number | null = null;
  for (let s = end - 2; s >= Math.max(0, end - 16); s--) {
    if ((LEXICON.get(folded[s]!) ?? []).some((e) => !e.company && s + e.form.length === end && folded.startsWith(e.form, s))) found = s;
  }
  return found;
}

/** Whether [start, end) holds a known body's name after more than places and levels: then the
 * name was read back too far (积极主动与世界贸易组织, 新征程中国共产党中心). */
export function knownBodyInside(folded: string, tokens: readonly TaggedToken[], start: number, end: number): boolean {
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
