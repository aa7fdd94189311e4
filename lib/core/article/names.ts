import { foldToSimplified } from '../text';

/**
 * Pure parsing of the people named on a news page: reporters (authors) and editors. Patterns
 * are matched on the folded text (記者 → 记者, 責編 → 责编) and names are cut from the original,
 * so a Traditional page keeps 王雲娜, not 王云娜.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_NAME = /^[\u3400-\u9fff\uf900-\ufaff]{2,4}$/;
// Minority and transliterated names joined by a middle dot (阿卜杜勒·艾尼).
const DOTTED_NAME = /^[\u3400-\u9fff]{1,8}[·・][\u3400-\u9fff·・]{1,16}$/;
const LATIN_NAME = /^[A-Za-z][A-Za-z .'’-]{0,40}$/;

// Role words before names: `本报记者  王乐文`, `（记者宋晨、…`, `中青报·中青网记者 魏其濛`.
const ROLE_PREFIX = /^(?:本报|新华社|人民日报|中新社|央视|光明日报|特约|实习|驻[\u4e00-\u9fff]{1,6})?(?:记者|通讯员|评论员|实习生|作者|撰稿)[:：]?/;

/**
 * The first characters of an institution: chinanews_01 writes `(作者：方敏北京大学经济学院教授)`
 * with no space between the name and the affiliation, so the name ends where one of these starts.
 */
const INSTITUTION_START = new RegExp(
  '^(?:中国|中央|中共|国家|国务院|全国|清华|复旦|南开|同济|中山|人民|华中|华东|华南|西南|西北|东北|' +
    '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|' +
    '广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|宁夏|新疆|西藏|内蒙古|香港|澳门|台湾|' +
    '南京|武汉|西安|厦门|深圳|广州|杭州|成都|长沙)',
);
// Words that close a parenthesis at the end of a paragraph but are not names: （完）, （见图）, …
const NOT_NAMES = /^(?:完|待续|未完|见图|下图|上图|资料图|图|续|下转|上接|本报|新华社|本版|全文)$/;
// A bare token that ends like an organisation, not a person: 新华社, 人民日报, 央视网, 国务院.
const ORG_END = /(?:社|报|网|台|站|部|局|委|会|院|所|处|办|厅|司|馆|团|队|组|中心|频道|客户端|日报|杂志)$/;

function isNameToken(orig: string): boolean {
  if (orig.includes('\ufffd')) return false;
  const folded = foldToSimplified(orig);
  if (NOT_NAMES.test(folded)) return false;
  return HAN_NAME.test(orig) || DOTTED_NAME.test(orig);
}

// An affiliation ends with a post or title: …经济学院教授, …研究所研究员.
const POST_END = /(?:教授|研究员|主任|院长|所长|校长|书记|部长|局长|厅长|专家|学者|博士|博士生|讲师|负责人|董事长|总经理|会长|理事|委员|记者|编辑|主编)$/;

/** `方敏北京大学经济学院教授` → `方敏`; null when the cut cannot be told. */
export function nameBeforeAffiliation(token: string): string | null {
  const folded = foldToSimplified(token);
  if (!POST_END.test(folded)) return null;
  for (const len of [2, 3]) {
    if (token.length > len + 1 && INSTITUTION_START.test(folded.slice(len))) return token.slice(0, len);
  }
  return null;
}

function stripRole(token: string): string {
  const m = ROLE_PREFIX.exec(foldToSimplified(token));
  return m ? token.slice(m[0].length) : token;
}

/**
 * Splits a run of names: `王乐文  方  敏` → [王乐文, 方敏] (People's Daily pads two-character
 * names with spaces, so adjacent one-character tokens are one name), `宋晨、田中全` → both,
 * `罗博 萧海川` → both, `Hongyu, Du Mingming` → both. Tokens that are not names are dropped,
 * including any holding U+FFFD (people_n1_04's credit lost bytes to a GBK mis-decode).
 */
export function splitNames(segment: string): string[] {
  const text = segment.replace(/[[\]【】（）()〔〕]/g, ' ').trim();
  if (!text) return [];
  if (!HAN.test(text)) {
    return text
      .split(/\s*(?:[,，、;；/&]|\band\b)\s*/)
      .map((t) => t.replace(/\s+/g, ' ').trim()) // en.people.cn writes `Du&nbsp;Mingming`
      .filter((t) => LATIN_NAME.test(t));
  }
  const out: string[] = [];
  for (const group of text.split(/[、，,；;/]+/)) {
    const raw = group.split(/\s+/).filter(Boolean);
    const tokens: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      let tok = raw[i]!;
      // Merge padded names made of one-character tokens: `方  敏` → `方敏`.
      if (tok.length === 1) {
        while (tok.length < 3 && i + 1 < raw.length && raw[i + 1]!.length === 1) tok += raw[++i]!;
      }
      tokens.push(tok);
    }
    for (let tok of tokens) {
      tok = stripRole(tok).replace(/等$/, '');
      if (!tok) continue;
      if (tok.length > 4 && !/[·・]/.test(tok)) tok = nameBeforeAffiliation(tok) ?? tok;
      if (isNameToken(tok)) out.push(tok);
    }
  }
  return out;
}

const EDITOR_ROLE = /^(?:责任编辑|责编|编辑|web\s*editors?)$/i;
// Editor labels need a colon (编辑部, 编辑出版 are words); reporter labels may go without
// (`本报记者  王乐文`, `（评论员 罗博 萧海川）`).
const LABEL =
  /(责任编辑|责编|编辑|web\s*editors?)\s*[:：]|(文字作者|作者|撰稿)\s*[:：]|((?:本报|特约|新华社)?(?:记者|评论员|通讯员))\s*[:：]?/gi;
const SEGMENT_END = /[\]】）)|｜\n]|来源\s*[:：]|\u3000{2,}/;

export interface Credits {
  authors: string[];
  editors: string[];
}

export function pushUnique(list: string[], names: string[]): void {
  for (const n of names) if (!list.includes(n)) list.push(n);
}

/**
 * Every labelled name run in a credit text: `(責編:李淑靜、彭應兵)`, `【纠错】 责任编辑： 尹世杰`,
 * `[作者: 刘满仓 　责任编辑: 杨丹宇 ]`, `编辑：甄涛 责任编辑：刘亮`, `中青报·中青网记者 魏其濛 来源：…`,
 * `(Web editor: Hongyu, Du Mingming)`. Editors never go to authors.
 */
export function parseCredits(text: string): Credits {
  const credits: Credits = { authors: [], editors: [] };
  const folded = foldToSimplified(text);
  const labels: { start: number; end: number; editor: boolean }[] = [];
  const re = new RegExp(LABEL.source, 'gi');
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const role = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    labels.push({ start: m.index, end: m.index + m[0].length, editor: EDITOR_ROLE.test(role) });
  }
  labels.forEach((label, i) => {
    const limit = labels[i + 1]?.start ?? text.length;
    const rest = folded.slice(label.end, limit);
    const stop = SEGMENT_END.exec(rest);
    const segment = text.slice(label.end, label.end + (stop ? stop.index : rest.length));
    pushUnique(label.editor ? credits.editors : credits.authors, splitNames(segment));
  });
  return credits;
}

/**
 * The reporters of an author line or a parenthesis: labelled (`本报记者  王乐文  方  敏`,
 * `记者唐霁`) or bare when every token is a name (`刘艺、杨吉`, `钟才文`).
 */
export function authorLineNames(content: string): string[] {
  const credits = parseCredits(content);
  if (credits.authors.length > 0) return credits.authors;
  if (/[:：]/.test(content) || credits.editors.length > 0) return [];
  const names = splitNames(content);
  const tokens = content.split(/[、，,\s]+/).filter(Boolean);
  if (names.length === 0 || names.length > 6 || names.join('') !== tokens.join('')) return [];
  if (names.some((n) => ORG_END.test(foldToSimplified(n)))) return [];
  return names;
}

// `新华社巴黎12月9日电（记者唐霁）`, `本报讯（记者叶婉）`, `新华社北京5月19日电（刘艺、杨吉）`.
const DATELINE_CREDIT = /^[^。，！？；]{0,40}?(?:电|讯|消息)\s*[（(]([^（）()]{1,40})[）)]/;

/** Reporters named in a dateline at the start of the first body paragraph. */
export function datelineAuthors(paragraph: string): string[] {
  const folded = foldToSimplified(paragraph);
  const m = DATELINE_CREDIT.exec(folded);
  if (!m) return [];
  const at = m.index + m[0].lastIndexOf(m[1]!);
  return authorLineNames(paragraph.slice(at, at + m[1]!.length));
}

// `…城！（评论员 罗博 萧海川）`; people_n1_04's credit lost its closing parenthesis to mojibake.
const CLOSING_LABELLED =
  /[（(]\s*((?:本报|新华社|特约)?(?:记者|评论员|作者|通讯员|撰稿)[^（）()]{1,60}?)\s*[）)]?\s*$/;
// gmw_01: `…“共赢”。（钟才文）`.
const CLOSING_BARE = /[（(]([^（）()]{2,24})[）)]\s*$/;

/** Reporters credited in a parenthesis closing the last body paragraph. */
export function closingCreditAuthors(paragraph: string): string[] {
  const folded = foldToSimplified(paragraph);
  const m = CLOSING_LABELLED.exec(folded) ?? CLOSING_BARE.exec(folded);
  if (!m) return [];
  const at = m.index + m[0].indexOf(m[1]!);
  return authorLineNames(paragraph.slice(at, at + m[1]!.length));
}


