import { foldToSimplified, foldUnit } from '../text';
import { parseCredits, splitNames } from './names';

/**
 * Pure classification of one body line (a paragraph's trimmed text): what is not article text.
 * All rules run on the folded text so that Traditional pages (責編, 供圖, 記者) match too.
 */

// Captions end with a photo credit: `…长沙市公安局供圖` (seed), `…新华社记者 才扬 摄` (xinhua_07),
// `新华社发（刘满仓摄）` (xinhua_03), `△联合国标志（资料图）` (cctv).
const CAPTION_END = /(?:摄|供图|资料图|资料照片|视频截图|截图|图片来源[:：][^。]{0,30}|图源[:：][^。]{0,30})\s*[）)]?$/;
const CAPTION_START = /^[△▲]/;
const CAPTION_MAX = 200;

export function isCaptionText(text: string): boolean {
  if (text.length > CAPTION_MAX) return false;
  const folded = foldToSimplified(text);
  return CAPTION_START.test(folded) || CAPTION_END.test(folded);
}

// `(责编：汤诗瑶、丁涛)`, `（编辑：严玉洁 王辉）`, `【编辑:陈海峰】`, `[ 责编：杨煜 ]`, `责任编辑：杨逸凡`.
const EDITOR_LINE = /^[[【（(]?\s*(?:【纠错】\s*)?(?:责任编辑|责编|编辑|web\s*editors?)\s*[:：][^。！？]{1,60}$/i;

/**
 * The folded first character a line must start with for `re` to match: the readers ask this of
 * every paragraph, and folding a whole paragraph only to fail on its first character costs more
 * than the rest of the check. `first` lists the characters; whitespace is always allowed.
 */
function mayStartWith(text: string, first: string): boolean {
  if (text.length === 0) return true; // let the pattern itself decide
  const ch = String.fromCharCode(foldUnit(text.charCodeAt(0)));
  return first.includes(ch) || /\s/.test(ch);
}

// EDITOR_LINE starts with an optional bracket, 【纠错】, 责(任编辑), 编辑 or web (any case).
const EDITOR_FIRST = '[【（(责编wW';

const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
const BIAN = 0x7f16; // 编: in 责任编辑, 责编 and 编辑
const LOWER_W = 0x77;
const UPPER_W = 0x57;

/**
 * False when neither `text` nor any part of it can be an editor line: EDITOR_LINE needs a colon
 * and 编 (or the w of `web editor`) in the folded text. The reader asks it of whole paragraphs so
 * that it need not look at every element inside them.
 */
export function mayHoldEditorLine(text: string): boolean {
  let colon = false;
  let label = false;
  for (let i = 0; i < text.length; i++) {
    const c = foldUnit(text.charCodeAt(i));
    if (c === COLON || c === FULLWIDTH_COLON) colon = true;
    else if (c === BIAN || c === LOWER_W || c === UPPER_W) label = true;
    if (colon && label) return true;
  }
  return false;
}

export function isEditorLine(text: string): boolean {
  if (!mayStartWith(text, EDITOR_FIRST)) return false;
  return EDITOR_LINE.test(foldToSimplified(text)) && parseCredits(text).editors.length > 0;
}

// Share widgets, pagers, promo links and end marks that sit among the body paragraphs.
const NOISE = [
  /^分享(?:让更多人看到|到)/,
  /^(?:【\d+】\s*)+$/,
  /^[\s|<>\d]*(?:上一页|下一页|首页|尾页)[\s|<>\d上下一页首尾]*$/,
  /^点击进入.{0,30}(?:>>|》》)?$/,
  /^[（(]完[）)]$/,
  /^阅读剩余全文/,
];

// What NOISE's patterns can start with: 分享, 【n】, pager digits and marks (or 上/下/首/尾页),
// 点击进入, （完）, 阅读剩余全文.
const NOISE_FIRST = '分【|<>0123456789上下首尾点（(阅';

export function isNoiseLine(text: string): boolean {
  if (!mayStartWith(text, NOISE_FIRST)) return false;
  const folded = foldToSimplified(text);
  return NOISE.some((re) => re.test(folded));
}

// Closing credit lines: the seed ends with 總策劃:吳齊強 … 投稿郵箱:…; chinanews_01 ends with
// (作者：方敏北京大学经济学院教授). The label must name a production role.
const CREDIT_LINE = /^[（(]?\s*([\u4e00-\u9fff]{1,8})\s*[:：]\s*(\S.{0,80}?)\s*[）)]?$/;
const ROLE_END =
  /(?:策划|统筹|作者|文字|记者|评论员|通讯员|撰稿|摄影|摄像|制作|脚本|出品|出品人|监制|主编|编辑|责编|校对|设计|剪辑|配音|审核|审校|邮箱|文案|制片|制片人|美编|翻译|实习生|海报|视觉|运营|来源)$/;

/** A credit line's reporters (maybe none), or null when the line is not a credit line. */
export function creditLineAuthors(text: string): string[] | null {
  const folded = foldToSimplified(text);
  if (/[。！？；]/.test(folded)) return null;
  const m = CREDIT_LINE.exec(folded);
  if (!m || !ROLE_END.test(m[1]!)) return null;
  return parseCredits(text).authors;
}

// `中青报·中青网记者 魏其濛 来源：中国青年报` (youth_01, last line), `（本报记者 张三）`.
const BYLINE_REPORTER =
  /^[^。，！？；:：]{0,20}?(?:记者|通讯员|评论员)\s*[:：]?\s*([\u3400-\u9fff·\s、，,]{2,40}?)\s*(?:来源\s*[:：].{1,30})?[）)]?$/;
// `人民日報客戶端湖南頻道 王雲娜 孫超` (seed, second line): an outlet, then space-separated names.
const BYLINE_OUTLET =
  /^[\u3400-\u9fff·]{2,24}(?:报|网|社|台|频道|客户端|杂志|周刊)\s+((?:[\u3400-\u9fff]{2,3}\s+)*[\u3400-\u9fff]{2,3})$/;

/** The names of a byline line, or null when the line is not a byline. */
export function bylineNames(text: string): string[] | null {
  const folded = foldToSimplified(text);
  const m = BYLINE_REPORTER.exec(folded) ?? BYLINE_OUTLET.exec(folded);
  if (!m) return null;
  const at = m.index + m[0].lastIndexOf(m[1]!);
  const segment = text.slice(at, at + m[1]!.length);
  const names = splitNames(segment);
  const tokens = segment.split(/[\s、，,]+/).filter(Boolean);
  // Every token must be (part of) a name, or this is a sentence fragment, not a byline.
  if (names.length === 0 || names.join('').length !== tokens.join('').length) return null;
  return names;
}

/**
 * Letters and digits only, folded: `大湖之南丨守護…` and `大湖之南|守护…` compare equal. U+4E28 丨 is
 * a CJK character but the seed's body uses it as the headline's vertical bar, so it goes too.
 */
export function titleKey(text: string): string {
  return foldToSimplified(text).replace(/[^\p{L}\p{N}]|\u4e28/gu, '');
}

/**
 * A headline repeated at the top of the body (seed: `大湖之南丨守護萬家燈火…`; kepu: the print
 * 引题 `…座谈会强调`; gov_01: the title block with its adoption note). Short, no full stop.
 */
export function isTitleRepeat(text: string, title: string): boolean {
  const key = titleKey(title);
  if (key.length < 4 || /。/.test(text) || text.length > title.length + 40) return false;
  return titleKey(text).startsWith(key);
}
