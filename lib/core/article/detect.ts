import { SITES, webUrl } from '../sites';
import type { PageInfo, SiteId } from '../types';
import { genericVerdict, type GenericRecord } from './generic-signals';
import { classifyUrl, type UrlVerdict } from './url-rules';

/**
 * Page recognition, PURE: combines the URL verdict (Step A of templates.md §3) with a plain
 * record of what the DOM holds (Step B) into a PageInfo. lib/dom/read/page-signals.ts fills the
 * record; everything that interprets it lives here so it can be tested without a DOM.
 */

/** Raw page facts, read by lib/dom/read/page-signals.ts. Strings are short, bounded excerpts. */
export interface DomSignals {
  /** `<title>` text. */
  title: string;
  /** `<meta name=…>` contents keyed by lower-case name (first occurrence wins). */
  metas: Readonly<Record<string, string>>;
  /** `og:url` or `link[rel=canonical]`, as written. */
  canonicalUrl: string | null;
  /** Leading text of the breadcrumb (`#rwb_navpath`, `.subNav`, `.path`, `.route`): its first link. */
  breadcrumb: string | null;
  /** The article body container that was found, and whether it is a people.com.cn one. */
  body: { selector: string; peoplesDaily: boolean } | null;
  /** Editor elements (`.edit`, `.editor`) plus the tail of the body text. */
  editorText: string;
  /** Text of the date/source line candidates (`.channel .col-1-1`, `.box01`, `.artOri`, `.h-info`…). */
  infoText: string;
  /** A bounded sample of visible text (title + start of the body) for the script check. */
  sample: string;
}

export interface Evidence {
  /** Step B signals 1–8 of templates.md §3 that hold, by name. */
  pd: string[];
  /** The page names itself as People's (copyright, breadcrumb, 责编 line, title, or ids on a PD URL). */
  pdIdentity: boolean;
  cmsBlock: boolean;
  body: boolean;
  /** A date + time line with 来源 (any outlet's format). */
  dateSource: boolean;
  /** The site the page names itself as (canonical URL, else the title suffix). */
  brand: SiteId | null;
  cjk: number;
  latin: number;
  /** Hiragana and katakana: a Japanese page shares the ideographs. */
  kana: number;
}

// ---- regexes (Simplified and Traditional, templates.md §1.5) ---------------------------------

const PEOPLE_NAME = /^\s*人民[网網]/;
const SOURCE_PREFIX = /^\s*[来來]源\s*[:：]/;
/** `(责编：胡永秋、杨光宇)`: parenthesised, which no other outlet in the corpus does (gmw writes `[ 责编：… ]`). */
const EDITOR_LINE = /[(（]\s*(?:责编|責編)\s*[:：]\s*[^)）]+[)）]/;
/**
 * `2024年05月10日06:58 | 来源：` (people_n1_02), `…08:18&nbsp;&nbsp;来源：` (people_n1_01): no space
 * before the time, unlike chinanews_01's `2020年07月04日 12:10　来源：`.
 */
const PD_DATELINE = /\d{4}年\d{2}月\d{2}日\d{2}:\d{2}[\s|\u00a0\u3000]*[来來]源\s*[:：]/;
const ANY_TIME = /(?:19|20)\d{2}\D{1,6}\d{1,2}\D{1,6}\d{1,2}\D{0,6}?\d{1,2}:\d{2}/;
const ANY_SOURCE = /[来來]源\s*[:：]/;
const CMS_BLOCK = ['filetype', 'publishedtype', 'pagetype', 'catalogs', 'contentid'] as const;

/** Outlet names as the last segment of `<title>` (`…--文化--人民网`, `…_央视网(cctv.com)`). */
const TITLE_BRANDS: readonly (readonly [RegExp, SiteId])[] = [
  [/人民[网網]$/, 'people.com.cn'],
  // xinhuanet.com and news.cn are one outlet; news.cn is its current address.
  [/新[华華][网網]$/, 'news.cn'],
  [/光明[网網]$/, 'gmw.cn'],
  [/中国青年网$/, 'youth.cn'],
  [/(?:中新网|中国新闻网)$/, 'chinanews.com'],
  [/中国日报网$/, 'chinadaily.com.cn'],
  [/央视网$/, 'cctv.com'],
  [/(?:中国政府网|中国科普网)$/, 'gov.cn'],
  [/求是网$/, 'qstheory.cn'],
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;
const KANA = /[\u3040-\u30ff]/g;

export function titleBrand(title: string): SiteId | null {
  // Drop a trailing `(cctv.com)` and whitespace, then look at what follows the last separator.
  const tail = title.replace(/[(（][^)）]*[)）]\s*$/, '').trim();
  const last = tail.split(/\s*(?:--|[-_|｜—–])\s*/).pop() ?? '';
  for (const [re, site] of TITLE_BRANDS) if (re.test(last)) return site;
  return null;
}

/** contentid == the URL's trailing id (and catalogs == `c<cat>` on people.com.cn), templates.md §1.4. */
export function idsMatchUrl(url: string | null, metas: Readonly<Record<string, string>>): boolean {
  const contentid = metas['contentid']?.trim();
  if (!url || !contentid || contentid.length < 5) return false;
  const pd = /\/c(\d+)-(\d+)(?:-\d+)?\.html/i.exec(url);
  if (pd) return pd[2] === contentid && pd[1] === metas['catalogs']?.trim();
  return url.includes(contentid);
}

export function evaluate(dom: DomSignals, url: string | null, urlSite: SiteId | null): Evidence {
  const m = dom.metas;
  const pd: string[] = [];
  const cmsBlock = CMS_BLOCK.every((k) => m[k] !== undefined);
  const ids = idsMatchUrl(url, m);
  if (PEOPLE_NAME.test(m['copyright'] ?? '')) pd.push('copyright');
  if (cmsBlock) pd.push('cms-meta');
  if (ids) pd.push('ids-match-url');
  if (SOURCE_PREFIX.test(m['source'] ?? '')) pd.push('meta-source');
  if (dom.breadcrumb !== null && PEOPLE_NAME.test(dom.breadcrumb)) pd.push('breadcrumb');
  if (dom.body?.peoplesDaily) pd.push(`body:${dom.body.selector}`);
  if (EDITOR_LINE.test(dom.editorText)) pd.push('editor-line');
  if (PD_DATELINE.test(dom.infoText)) pd.push('dateline');

  const canonicalSite = dom.canonicalUrl ? classifyUrl(dom.canonicalUrl).site : null;
  const brand = canonicalSite ?? titleBrand(dom.title);
  const pdIdentity =
    pd.includes('copyright') || pd.includes('breadcrumb') || pd.includes('editor-line') ||
    (ids && urlSite === 'people.com.cn') || brand === 'people.com.cn';

  return {
    pd,
    pdIdentity,
    cmsBlock,
    body: dom.body !== null,
    dateSource: pd.includes('dateline') || (ANY_TIME.test(dom.infoText) && ANY_SOURCE.test(dom.infoText)),
    brand,
    cjk: (dom.sample.match(CJK) ?? []).length,
    latin: (dom.sample.match(LATIN) ?? []).length,
    kana: (dom.sample.match(KANA) ?? []).length,
  };
}

/**
 * Chinese text: at least 20 ideographs and at least a quarter of all letters (the English negative
 * has none), and not Japanese: Japanese prose writes kana between its ideographs (the particles
 * の, は, を), so kana at a tenth of the ideographs or more is a Japanese page.
 */
export function hasChinese(e: Pick<Evidence, 'cjk' | 'latin'> & Partial<Pick<Evidence, 'kana'>>): boolean {
  return e.cjk >= 20 && e.cjk * 3 >= e.latin && (e.kana ?? 0) * 10 < e.cjk;
}

/** ≥3 of the eight Step B signals, one of which says "People's" (the CMS block alone is shared by peers). */
export function strongPeoplesDaily(e: Evidence): boolean {
  return e.pd.length >= 3 && e.pdIdentity;
}

/** Peers: an outlet identity (CMS meta block or own name), a body container and a date + source line. */
export function strongPeer(e: Evidence): boolean {
  return e.body && e.dateSource && (e.cmsBlock || e.brand !== null);
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

function urlSignal(v: UrlVerdict | null): string {
  if (!v) return 'url:none';
  return v.rule ? `url:${v.kind}:${v.rule}` : `url:${v.kind}`;
}

/**
 * The URL gate alone: list and other pages are decided here, before any DOM is read (the content
 * script runs on every page of these sites). Returns null when the DOM must decide.
 */
export function gateByUrl(v: UrlVerdict | null): PageInfo | null {
  if (!v || (v.kind !== 'list' && v.kind !== 'other')) return null;
  return {
    isArticle: false,
    site: v.site,
    peoplesDaily: v.site === 'people.com.cn',
    template: null,
    confidence: 0.95,
    signals: [urlSignal(v)],
  };
}

const BUILT_IN = new Set<string>(SITES.map((s) => s.id));

/**
 * Whether the generic detector may decide this page: a web page (http or https) on a host outside
 * the built-in outlets (or under gov.cn beyond the central portal) whose URL no rule decided, or a
 * page without a web address (an archive copy, a saved file, a `file:` URL). The built-in outlets keep their URL rules,
 * templates and outlet evidence. A page without a URL could have come from any site, so the page's
 * own evidence decides: outlet evidence first, then the generic signals; it then names no outlet
 * unless its DOM does.
 */
export function wantsGeneric(url: string | null, v: UrlVerdict | null): boolean {
  const web = url ? webUrl(url) : null;
  if (!web) return true;
  if (v && v.kind !== 'unknown') return false;
  if (!v?.site || !BUILT_IN.has(v.site)) return true;
  // The built-in gov.cn stands for every portal under gov.cn, and its templates know only the
  // central portal's own pages (www.gov.cn and its kepu channel): a provincial or ministry portal
  // is a host no template knows.
  return v.site === 'gov.cn' && !CENTRAL_GOV.test(web.hostname);
}

const CENTRAL_GOV = /^(?:www\.)?(?:kepu\.)?gov\.cn$/;

/**
 * Confidence is in the *verdict* (isArticle true or false), built from counted signals:
 * - URL gate (list/other): 0.95; no Chinese text: 0.9.
 * - article by URL: 0.75 + 0.03 per supporting DOM signal (cap 0.99);
 * - article by DOM alone: 0.4 + 0.08 per signal (cap 0.95);
 * - not an article by DOM alone: 0.9 − 0.1 per signal found (floor 0.4);
 * - a host no rule knows (`generic`): the generic detector's own confidence (generic-signals.ts).
 */
export function detect(
  url: string | null,
  dom: DomSignals,
  v: UrlVerdict | null = url ? classifyUrl(url) : null,
  generic: GenericRecord | null = null,
): PageInfo {
  const gated = gateByUrl(v);
  if (gated) return gated;

  const e = evaluate(dom, url, v?.site ?? null);
  const pdStrong = strongPeoplesDaily(e);
  const peerStrong = strongPeer(e);
  // The page naming itself People's decides its site even when it is not an article (a list page).
  const site: SiteId | null = v?.site ?? (e.pdIdentity ? 'people.com.cn' : e.brand);
  const chinese = hasChinese(e);

  // Every DOM fact that speaks for "article" counts once toward the confidence.
  const found = [...e.pd];
  if (e.dateSource && !e.pd.includes('dateline')) found.push('date-source');
  if (dom.body && !dom.body.peoplesDaily) found.push(`body:${dom.body.selector}`);
  if (e.brand) found.push(`brand:${e.brand}`);
  const n = found.length;

  let isArticle: boolean;
  let confidence: number;
  let verdict: string;
  if (!chinese) {
    [isArticle, confidence, verdict] = [false, 0.9, 'no-chinese'];
  } else if (v?.kind === 'article') {
    [isArticle, confidence, verdict] = [true, Math.min(0.99, 0.75 + 0.03 * n), 'chinese'];
  } else if (pdStrong || peerStrong) {
    [isArticle, confidence, verdict] = [true, Math.min(0.95, 0.4 + 0.08 * n), pdStrong ? 'dom:peoples-daily' : 'dom:peer'];
  } else if (generic) {
    // A host no rule or template knows: the page's own text decides.
    const g = genericVerdict(generic, url);
    const signals = [urlSignal(v), ...found, ...g.signals];
    return { isArticle: g.isArticle, site, peoplesDaily: site === 'people.com.cn', template: null, confidence: g.confidence, signals };
  } else {
    [isArticle, confidence, verdict] = [false, Math.max(0.4, 0.9 - 0.1 * n), 'dom:weak'];
  }
  const signals = [urlSignal(v), ...found, verdict];

  return { isArticle, site, peoplesDaily: site === 'people.com.cn', template: null, confidence: round(confidence), signals };
}
