import type { PageKind, SiteId } from '../types';
import { outletOf, SITES, siteOf, type HostSuffix } from '../sites';
import { ARTICLE_SHAPES, LIST_SHAPES, type UrlShape } from './url-shapes';

/**
 * Step A of templates.md §3: a cheap URL gate that runs before the DOM is read. PURE (no DOM).
 *
 * Rules describe URL *shapes* (CMS id schemes), never single URLs. The first rule that matches
 * wins, so the order below is part of the contract: foreign-language editions and service hosts
 * first (they share article-like paths, e.g. en.people.cn `/n3/…/c90000-….html`), then article
 * shapes, then list shapes. Each rule's reason and the example URLs it must decide and leave to
 * other rules are kept in url-rule-examples.ts, keyed by rule id: only tests and docs read them,
 * and the content script that carries these rules onto every news page need not.
 */

export type UrlKind = PageKind | 'unknown';

export interface UrlVerdict {
  /** `unknown`: a host we know (or no host at all) and a path no rule decides; the DOM decides. */
  kind: UrlKind;
  site: SiteId | null;
  rule: string | null;
}

export interface UrlRule {
  id: string;
  kind: PageKind;
  /**
   * Sites whose hosts the rule applies to; `null` = any known site; `field` = any outlet of the
   * field registry that is not built in (the built-in ones have rules of their own).
   */
  sites: readonly SiteId[] | null | 'field';
  /** Extra constraint on the lower-case host name. */
  host?: RegExp;
  /** Tested against the URL's pathname (query and hash ignored: `?page=2` is still the article). */
  path?: RegExp;
}

// ---------------------------------------------------------------------------------------------
// Hosts → site. SITES (lib/core/sites) lists what the content script runs on; two extra domains
// are only needed to *name* pages: people.cn is People's alias domain (www.people.cn/app/…,
// search.people.cn in urls.tsv) and en.people.cn is the English edition we must reject.

const PAGE_ALIASES: readonly HostSuffix[] = [
  ['en.people.cn', 'en.people.cn'],
  ['people.cn', 'people.com.cn'],
];

const BUILT_IN_IDS: ReadonlySet<SiteId> = new Set<SiteId>([...SITES.map((s) => s.id), ...PAGE_ALIASES.map((a) => a[1])]);

/**
 * The outlet a host belongs to. A field outlet more specific than a built-in host names its own
 * pages (`ccdi.gov.cn` under `gov.cn`); otherwise the built-in outlets and their aliases decide,
 * exactly as before the registry.
 */
export function siteOfHost(host: string): SiteId | null {
  const field = outletOf(host);
  if (field && !field.builtIn) return field.id;
  return siteOf(host, PAGE_ALIASES) ?? field?.id ?? null;
}

/** A rule applying a CMS shape to the field outlets. */
function fieldRule(shape: UrlShape): UrlRule {
  return { id: `field-${shape.id}`, kind: shape.kind, sites: 'field', path: shape.path };
}

// ---------------------------------------------------------------------------------------------
// Shared shapes.

/** Any directory prefix (`/politics/leaders/`, `/xwzx/xsp/`, or none). */
const DIRS = String.raw`(?:[\w.-]+/)*`;

const PEOPLE = ['people.com.cn'] as const;
const XINHUA = ['xinhuanet.com', 'news.cn'] as const;

/**
 * Id schemes of single field outlets: [site, path]. What each scheme is, and a real article URL it
 * must match and a page of the same site it must miss, are in url-rule-examples.ts (`site-<id>`).
 */
const FIELD_SITE_SCHEMES: readonly (readonly [site: SiteId, path: RegExp])[] = [
  ['ah.gov.cn', /^\/(?:[\w-]+\/)*\d{9}\.html$/],
  ['bjnews.com.cn', /^\/detail\/\d{12,}\.html$/],
  ['eastday.com', /^\/p\/\d{10,}$/],
  ['gxnews.com.cn', /^\/staticpages\/\d{8}\/newgx[0-9a-f]+-\d+\.shtml$/i],
  ['gxzf.gov.cn', /^\/(?:[\w-]+\/)*t\d{6,}\.shtml$/],
  ['hlj.gov.cn', /^\/(?:[\w-]+\/)*\d{6}\/c\d+_\d+\.shtml$/],
  ['ln.gov.cn', /^\/web\/(?:[\w-]+\/)*\d{17,}\/index\.shtml$/],
  ['huanqiu.com', /^\/(?:article|a\/[0-9a-f]{6})\/[0-9a-z]{10,12}\/?$/i],
  ['peopleapp.com', /^\/rmharticle\/\d+$/],
  ['scol.com.cn', /^\/news\/\d{5,}$/],
  ['shobserver.com', /^\/(?:news|sgh|wx)\/detail(?:\.do)?$/],
  ['sxrb.com', /^\/GB\/\d+\/\d+\.html$/],
  ['thecover.cn', /^\/news\/(?:\d{5,}|[\w-]{16,}={0,2})$/],
  ['thepaper.cn', /^\/newsdetail_forward_\d+$/i],
  ['xhby.net', /^\/content\/s[0-9a-f]{24}\.html$/],
  ['ynet.com', /^\/\d{4}\/\d{2}\/\d{2}\/\d+t\d+\.html$/],
  ['zsnews.cn', /^\/\w+\/index\/view\/(?:cateid\/\d+\/)?id\/\d+\.html$/],
];

function siteSchemeRule([site, path]: (typeof FIELD_SITE_SCHEMES)[number]): UrlRule {
  return { id: `site-${site}`, kind: 'article', sites: [site], path };
}

export const URL_RULES: readonly UrlRule[] = [
  // ---- out of scope before anything else ----------------------------------------------------
  {
    id: 'foreign-edition-host',
    kind: 'other',
    sites: null,
    host: /^(?:en|english)\./,
  },
  {
    id: 'foreign-edition-path',
    kind: 'other',
    sites: null,
    path: /^\/(?:english|japan(?:ese)?|korean|french|spanish|russian|arabic|german|portuguese)(?:\/|$)/i,
  },
  {
    id: 'people-n3',
    kind: 'other',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)?n3\//i,
  },
  {
    id: 'service-host',
    kind: 'other',
    sites: null,
    host: /^(?:search|so|bbs\d*|forum|passport|login|comment|liuyan)\./,
  },
  {
    id: 'service-path',
    kind: 'other',
    sites: null,
    path: /^\/(?:app|download|search|login|register)(?:\/|\.|$)/i,
  },
  {
    id: 'chinadaily-english-host',
    kind: 'other',
    sites: ['chinadaily.com.cn'],
    host: /^(?:(?:www|global|usa|europe|africa|asia|enapp)\.)?chinadaily\.com\.cn$/,
  },

  // ---- articles -----------------------------------------------------------------------------
  {
    id: 'people-article',
    kind: 'article',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)?n[12]?\/\d{4}\/\d{4}\/c\d+-\d+(?:-\d+)?\.html$/i,
  },
  {
    id: 'epaper-founder-article',
    kind: 'article',
    sites: ['people.com.cn', 'gmw.cn'],
    host: /^(?:paper|epaper)\./,
    path: /^\/[a-z]+\/html\/\d{4}-\d{2}\/\d{2}\/(?:nw\.D\d+[a-z]+_\d{8}_\d+-\d+|content_\d+)\.htm$/i,
  },
  {
    id: 'people-paper-article-2025',
    kind: 'article',
    sites: PEOPLE,
    host: /^paper\./,
    path: /^\/[a-z]+\/pc\/content\/\d{6}\/\d{2}\/content_\d+\.html$/i,
  },
  {
    id: 'xinhua-c-id',
    kind: 'article',
    sites: [...XINHUA, 'qstheory.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}-\d{2}/\d{2}/c_\d+\.htm$`, 'i'),
  },
  {
    id: 'xinhua-hex-c',
    kind: 'article',
    sites: XINHUA,
    path: new RegExp(String.raw`^/${DIRS}\d{8}/[0-9a-f]{32}/c\.html$`, 'i'),
  },
  {
    id: 'dated-content-id',
    kind: 'article',
    sites: [...XINHUA, 'gmw.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}-\d{2}/\d{2}/content_\d+\.htm$`, 'i'),
  },
  {
    id: 'youth-trs',
    kind: 'article',
    sites: ['youth.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{6}/t\d{8}_\d+\.s?html?$`, 'i'),
  },
  {
    id: 'chinanews-article',
    kind: 'article',
    sites: ['chinanews.com'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}/\d{2}-\d{2}/\d+\.shtml$`, 'i'),
  },
  {
    id: 'chinadaily-article',
    kind: 'article',
    sites: ['chinadaily.com.cn'],
    path: /^\/a\/\d{6}\/\d{2}\/WS[0-9a-f]+\.html$/i,
  },
  {
    id: 'cctv-arti',
    kind: 'article',
    sites: ['cctv.com'],
    path: /^\/\d{4}\/\d{2}\/\d{2}\/ARTI\w+\.shtml$/i,
  },
  {
    id: 'gov-content',
    kind: 'article',
    sites: ['gov.cn'],
    path: new RegExp(String.raw`^/${DIRS}content_\d+\.html?$`, 'i'),
  },

  // ---- field outlets: their own id schemes, then the shared CMS shapes ------------------------
  ...FIELD_SITE_SCHEMES.map(siteSchemeRule),
  ...ARTICLE_SHAPES.map(fieldRule),

  // ---- lists --------------------------------------------------------------------------------
  {
    id: 'epaper-layout',
    kind: 'list',
    sites: ['people.com.cn', 'gmw.cn'],
    host: /^(?:paper|epaper)\./,
    path: /^\/[a-z]+\/(?:html\/\d{4}-\d{2}\/\d{2}\/(?:nbs\.[\w.-]+|node_\d+)\.htm|pc\/layout\/\d{6}\/\d{2}\/node_\d+\.html)$/i,
  },
  {
    id: 'people-channel',
    kind: 'list',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)+(?:\d+\/)+(?:index\d*\.html?)?$/i,
  },
  {
    id: 'chinadaily-channel',
    kind: 'list',
    sites: ['chinadaily.com.cn'],
    path: /^\/[0-9a-f]{24}(?:\/(?:page_\d+\.html)?)?$/i,
  },
  {
    id: 'gov-gazette-index',
    kind: 'list',
    sites: ['gov.cn'],
    path: /^\/gongbao\/(?:[\w-]+\/)*(?:[\w-]+\.html?)?$/i,
  },
  ...LIST_SHAPES.map(fieldRule),
  {
    id: 'cms-node-list',
    kind: 'list',
    sites: null,
    path: new RegExp(String.raw`^/${DIRS}node_\d+\.s?html?$`, 'i'),
  },
  {
    id: 'index-page',
    kind: 'list',
    sites: null,
    path: new RegExp(String.raw`^/${DIRS}(?:(?:index|default)\d*(?:_\d+)?\.s?html?)?$`, 'i'),
  },
];

// ---------------------------------------------------------------------------------------------

function ruleMatches(rule: UrlRule, host: string, site: SiteId, path: string): boolean {
  if (rule.sites === 'field') {
    if (BUILT_IN_IDS.has(site)) return false;
  } else if (rule.sites && !rule.sites.includes(site)) return false;
  if (rule.host && !rule.host.test(host)) return false;
  if (rule.path && !rule.path.test(path)) return false;
  return true;
}

/** Wayback captures (xinhua_06 was saved from one) carry the original URL after the timestamp. */
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function classifyUrl(url: string): UrlVerdict {
  const wrapped = WAYBACK.exec(url.trim());
  if (wrapped?.[1]) return classifyUrl(wrapped[1]);

  const u = parse(url.trim());
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return { kind: 'unknown', site: null, rule: null };
  const host = u.hostname.toLowerCase();
  const site = siteOfHost(host);
  if (!site) return { kind: 'unknown', site: null, rule: null };
  for (const rule of URL_RULES) {
    if (ruleMatches(rule, host, site, u.pathname)) return { kind: rule.kind, site, rule: rule.id };
  }
  return { kind: 'unknown', site, rule: null };
}
