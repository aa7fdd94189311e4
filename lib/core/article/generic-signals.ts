import { articleShapedUrl } from './url-shapes';

/**
 * The generic detector, PURE: is a page on a host no template or URL rule knows a Chinese news
 * article? It reads a plain record of the page's text runs (lib/dom/read/generic-signals.ts fills
 * it) and weighs what an article shows of itself against what list, channel and home pages,
 * forums, search results and e-paper page indexes show.
 *
 * An article has prose: several long paragraphs of sentences in one container. It names itself
 * as news: a 来源/责任编辑/记者/通讯员 line, a dateline, publish-time metadata, `og:type` article,
 * or an article-shaped URL; one of these must hold beside the prose. Any negative blocks the
 * verdict: a list's container is its headlines (links, a date on every line), a forum shows its
 * posts' furniture (楼主, 回复), a search page its result count, an e-paper index its page
 * navigation without prose, and a page with little text is not read at all.
 */

export interface GenericRecord {
  /** CJK characters of prose (outside links) in the best text container. */
  bodyCjk: number;
  /** CJK characters inside links in that container. */
  bodyLinkCjk: number;
  /** Paragraphs of that container with at least 50 CJK characters and a sentence end. */
  longParagraphs: number;
  /** Short runs (≤ 40 characters) inside the container: list lines with dates, credit lines. */
  bodyShort: readonly string[];
  /** The runs just before and just after the container (dateline, 来源, 责任编辑 lines). */
  around: readonly string[];
  /** Short runs of the whole page (≤ 30 characters), bounded: forum, search and e-paper furniture. */
  pageShort: readonly string[];
  /** CJK characters of the whole page's runs, and of those inside links. */
  pageCjk: number;
  pageLinkCjk: number;
  /** `<meta>` contents keyed by lower-case name or property. */
  metas: Readonly<Record<string, string>>;
  /** The `<title>` text. */
  title: string;
}

export interface GenericVerdict {
  isArticle: boolean;
  /** Signals that hold, `generic:<name>`, positives then negatives. */
  signals: string[];
  /** 0..1, confidence in the verdict. */
  confidence: number;
}

/** Prose the container must hold, and fewer than this is "little text". */
const MIN_BODY = 200;
const LITTLE = 150;

const TIME_METAS = [
  'article:published_time', 'publishdate', 'pubdate', 'publishtime', 'firstpublishedtime',
  'og:release_date', 'weibo: article:create_at', 'datepublished', 'release_date',
];

/** 来源：… / 责任编辑：… / 记者 … / 通讯员 … / 作者：… lines (Simplified, after the fold). */
const CREDIT = /(?:来源|责任编辑|责编|编辑|作者|记者|通讯员|撰稿|审核|校对|监制)\s*[:：]|(?:^|[（(\s])(?:本报|本台|本刊|本网)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}/;
/** A date with a time, or a full Chinese date: what a dateline shows. */
const TIMESTAMP = /(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?[\sT]*(?:\d{1,2}\s*[:：]\s*\d{2})?/;
/** A list line: a date alone or ending a short line (`2024-05-10`, `05-10`, `[2024-05-10]`). */
const LIST_DATE = /^[[(（]?(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[\])）]?$|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$/;

/**
 * Forum and question-and-answer furniture: reply buttons, floor numbers, "view the poster only",
 * answer counts, votes and answerer badges (tieba, zhihu, zhidao, Discuz boards).
 */
const FORUM =
  /^(?:回复|收起回复|我也说一句|引用|举报|楼主|沙发|板凳|地板|只看该作者|只看楼主.*|回复本帖|发表回复|快速回复|电梯直达|关注者|被浏览|写回答|邀请回答|添加评论)$|^发表于|\d+\s*楼\s*(?:19|20)\d{2}|^\d+\s*楼$|IP\s*属地|赞同了该回答|个回答$|^回复\s*\d+$|^\d+\s*条回复|^共\d+页|^我来答$|这个回答的评价|^采纳数|答主$|^更多回答|^向TA提问|^展开全部$|^抢首赞/;
/** A search page's count of results (`为您找到相关结果约120个`, `共找到 35 条`), or its title. */
const SEARCH = /(?:搜索结果|检索结果|为您找到|共找到|找到相关|相关结果约?\s*[\d,]+|约\s*[\d,]+\s*(?:条|个|篇)(?:相关)?结果|search results)/i;
const EPAPER = /^(?:版面导航|版面概览|上一版|下一版|往期回顾|第\s*\d{1,3}\s*版|第[一二三四五六七八九十]+版|本版新闻|本版标题|PDF版|版面目录|电子版|数字报)/;

/**
 * Traditional forms of the characters the rules below spell, and full-width digits: enough of a
 * fold for these rules. The detection content script runs on every page of the granted hosts,
 * and the full Traditional→Simplified fold would bring OpenCC's tables into it.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  來: '来', 編: '编', 輯: '辑', 記: '记', 訊: '讯', 員: '员', 責: '责', 審: '审', 對: '对', 監: '监',
  覆: '复', 復: '复', 樓: '楼', 發: '发', 舉: '举', 報: '报', 結: '结', 檢: '检', 為: '为', 約: '约',
  個: '个', 條: '条', 關: '关', 導: '导', 覽: '览', 顧: '顾', 標: '标', 題: '题', 錄: '录', 數: '数',
  電: '电', 評: '评', 價: '价', 採: '采', 納: '纳', 屬: '属', 讚: '赞', 贊: '赞', 該: '该', 擊: '击',
  齊: '齐', 閱: '阅', 頁: '页', 層: '层', 邀: '邀', 開: '开', 網: '网', 週: '周', 間: '间', 時: '时',
};
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}０-９]`, 'g');

function fold(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c] ?? String(c.charCodeAt(0) - 0xff10));
}

function has(metas: Readonly<Record<string, string>>, names: readonly string[]): boolean {
  return names.some((n) => TIMESTAMP.test(metas[n] ?? ''));
}

function count(lines: readonly string[], re: RegExp): number {
  let n = 0;
  for (const l of lines) if (re.test(l)) n++;
  return n;
}

/** A home page or a channel front: `/`, `/index.html`, `/gn/` (a directory with no id in it). */
export function frontPageUrl(url: string | null): boolean {
  if (!url) return false;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  if (path === '/' || path === '') return true;
  if (/^\/(?:[\w.-]+\/)*(?:index|default|home|main)\d*(?:_\d+)?\.\w+$/i.test(path)) return true;
  // A bare directory without digits: a channel (`/gn/`, `/politics/`), not a dated article folder.
  return /^\/(?:[a-z_-]+\/){1,2}$/i.test(path);
}

export function genericVerdict(r: GenericRecord, url: string | null): GenericVerdict {
  const around = r.around.map(fold);
  const bodyShort = r.bodyShort.map(fold);
  const pageShort = r.pageShort.map(fold);
  const title = fold(r.title);

  const pos: string[] = [];
  if (r.longParagraphs >= 2) pos.push('generic:paragraphs');
  if (r.bodyCjk >= MIN_BODY) pos.push('generic:body');
  const lines = [...around, ...bodyShort];
  if (lines.some((l) => l.length <= 120 && CREDIT.test(l))) pos.push('generic:credit');
  if (lines.some((l) => l.length <= 120 && TIMESTAMP.test(l))) pos.push('generic:dateline');
  if (has(r.metas, TIME_METAS)) pos.push('generic:time-meta');
  if ((r.metas['og:type'] ?? '').trim().toLowerCase() === 'article') pos.push('generic:og-article');
  if (url && articleShapedUrl(url)) pos.push('generic:url-shape');

  const neg: string[] = [];
  if (r.bodyCjk < LITTLE) neg.push('generic:little-text');
  // A list's container: headlines as links, or a date ending line after line.
  const listDates = count(bodyShort, LIST_DATE);
  if (r.bodyLinkCjk > 0.5 * r.bodyCjk || listDates >= 5) neg.push('generic:list');
  if (frontPageUrl(url)) neg.push('generic:front-page');
  if (count(pageShort, FORUM) >= 3) neg.push('generic:forum');
  if (SEARCH.test(title) || count(pageShort, SEARCH) >= 1) neg.push('generic:search');
  if (count(pageShort, EPAPER) >= 2 && r.longParagraphs < 3) neg.push('generic:epaper-index');
  // Most of the page's text is link text and the container holds little of it, in fewer than
  // three long paragraphs: a portal. A short article on a link-heavy page still has its three.
  if (r.pageLinkCjk > 0.6 * r.pageCjk && r.bodyCjk < 0.2 * r.pageCjk && r.longParagraphs < 3) neg.push('generic:link-dense');

  // Prose: several long paragraphs; or one (a news flash) when the page credits and dates it.
  const prose =
    (pos.includes('generic:paragraphs') && pos.includes('generic:body')) ||
    (r.longParagraphs >= 1 && r.bodyCjk >= LITTLE && pos.includes('generic:credit') && pos.includes('generic:dateline'));
  const support = pos.filter((s) => s !== 'generic:paragraphs' && s !== 'generic:body').length;
  const isArticle = prose && support >= 1 && neg.length === 0;
  const confidence = isArticle
    ? Math.min(0.95, 0.5 + 0.08 * pos.length)
    : Math.max(0.5, 0.95 - 0.08 * (pos.length - neg.length));
  return {
    isArticle,
    signals: [...pos, ...neg, isArticle ? 'generic:article' : 'generic:not-article'],
    confidence: Math.round(Math.min(1, confidence) * 100) / 100,
  };
}
