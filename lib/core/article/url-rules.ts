import type { PageKind, SiteId } from '../types';
import { outletOf, SITES, siteOf, type HostSuffix } from '../sites';
import { ARTICLE_SHAPES, LIST_SHAPES, type UrlShape } from './url-shapes';

/**
 * Step A of templates.md §3: a cheap URL gate that runs before the DOM is read. PURE (no DOM).
 *
 * Rules describe URL *shapes* (CMS id schemes), never single URLs. The first rule that matches
 * wins, so the order below is part of the contract: foreign-language editions and service hosts
 * first (they share article-like paths, e.g. en.people.cn `/n3/…/c90000-….html`), then article
 * shapes, then list shapes. Every rule carries example URLs it must decide and URLs it must leave
 * to other rules; they come from tests/fixtures/corpus/urls.tsv (real links from the corpus pages,
 * plus its `shape` lines), and the few marked `// shape` were made up here with plausible ids.
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
  why: string;
  examples: { match: readonly string[]; miss: readonly string[] };
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
  return { id: `field-${shape.id}`, kind: shape.kind, sites: 'field', path: shape.path, why: shape.why, examples: shape.examples };
}

// ---------------------------------------------------------------------------------------------
// Shared shapes.

/** Any directory prefix (`/politics/leaders/`, `/xwzx/xsp/`, or none). */
const DIRS = String.raw`(?:[\w.-]+/)*`;

const PEOPLE = ['people.com.cn'] as const;
const XINHUA = ['xinhuanet.com', 'news.cn'] as const;

/**
 * Id schemes of single field outlets, each with a real article URL it must match and a page of the
 * same site it must miss: [site, path, match, miss, what].
 */
const FIELD_SITE_SCHEMES: readonly (readonly [site: SiteId, path: RegExp, match: string, miss: string, what: string])[] = [
  ['ah.gov.cn', /^\/(?:[\w-]+\/)*\d{9}\.html$/, 'https://www.ah.gov.cn/zwyw/jryw/565497491.html', 'https://www.ah.gov.cn/zwyw/jryw/index.html', '安徽省人民政府 /<channel>/<9-digit id>.html'],
  ['bjnews.com.cn', /^\/detail\/\d{12,}\.html$/, 'https://www.bjnews.com.cn/detail/1659604527168850.html', 'https://www.bjnews.com.cn/', '新京报 /detail/<id>.html'],
  ['eastday.com', /^\/p\/\d{10,}$/, 'https://j.021east.com/p/1715572974045997', 'https://j.021east.com/', '东方网 /p/<id>'],
  ['gxnews.com.cn', /^\/staticpages\/\d{8}\/newgx[0-9a-f]+-\d+\.shtml$/i, 'http://www.gxnews.com.cn/staticpages/20201127/newgx5fc0730f-19964440.shtml', 'http://www.gxnews.com.cn/', '广西新闻网 /staticpages/<date>/newgx<hex>-<id>.shtml'],
  ['gxzf.gov.cn', /^\/(?:[\w-]+\/)*t\d{6,}\.shtml$/, 'http://www.gxzf.gov.cn/gxyw/t27181042.shtml', 'http://www.gxzf.gov.cn/gxyw/', '广西壮族自治区人民政府 /<channel>/t<id>.shtml'],
  ['hlj.gov.cn', /^\/(?:[\w-]+\/)*\d{6}\/c\d+_\d+\.shtml$/, 'https://www.hlj.gov.cn/hlj/tsms/202501/c00_31797990.shtml', 'https://www.hlj.gov.cn/hlj/c108371/zfxxgk_search.shtml', '黑龙江省人民政府 /YYYYMM/c00_<id>.shtml'],
  ['ln.gov.cn', /^\/web\/(?:[\w-]+\/)*\d{17,}\/index\.shtml$/, 'https://www.ln.gov.cn/web/ywdt/msrd/2025120309171675367/index.shtml', 'https://www.ln.gov.cn/web/ywdt/index.shtml', '辽宁省人民政府 /web/<channel>/<timestamp id>/index.shtml (an article in a folder of its own)'],
  ['huanqiu.com', /^\/(?:article|a\/[0-9a-f]{6})\/[0-9a-z]{10,12}\/?$/i, 'https://world.huanqiu.com/article/4MSVE1DOKy3', 'https://www.huanqiu.com/', '环球网 /article/<base62 id> (older: /a/<hex>/<base62 id>)'],
  ['peopleapp.com', /^\/rmharticle\/\d+$/, 'https://www.peopleapp.com/rmharticle/30029541267', 'https://www.peopleapp.com/home', '人民日报客户端 /rmharticle/<id>'],
  ['scol.com.cn', /^\/news\/\d{5,}$/, 'https://cbgc.scol.com.cn/news/5138676', 'https://cbgc.scol.com.cn/', '川观新闻 /news/<id>'],
  ['shobserver.com', /^\/(?:news|sgh|wx)\/detail(?:\.do)?$/, 'https://www.shobserver.com/news/detail?id=1040358', 'https://www.shobserver.com/home', '上观新闻 and 解放日报 /news/detail?id=<id> (also /sgh/, /wx/detail.do)'],
  ['sxrb.com', /^\/GB\/\d+\/\d+\.html$/, 'http://news.sxrb.com/GB/314064/9947757.html', 'http://news.sxrb.com/sxxww/xwpd/ty/', '山西新闻网 /GB/<catalog>/<id>.html'],
  ['thecover.cn', /^\/news\/(?:\d{5,}|[\w-]{16,}={0,2})$/, 'https://www.thecover.cn/news/qXTJI5bc9xiH90qSdq8Jkw==', 'https://www.thecover.cn/', '封面新闻 /news/<id>'],
  ['thepaper.cn', /^\/newsdetail_forward_\d+$/i, 'https://www.thepaper.cn/newsDetail_forward_26993963', 'https://www.thepaper.cn/', '澎湃新闻 newsDetail_forward_<id>'],
  ['xhby.net', /^\/content\/s[0-9a-f]{24}\.html$/, 'https://www.xhby.net/content/s6800fe3fe4b0e37860aec499.html', 'https://www.xhby.net/', '新华报业网 /content/s<24 hex>.html'],
  ['ynet.com', /^\/\d{4}\/\d{2}\/\d{2}\/\d+t\d+\.html$/, 'https://news.ynet.com/2024/05/08/3758770t70.html', 'https://news.ynet.com/', '北青网 /YYYY/MM/DD/<id>t<channel>.html'],
  ['zsnews.cn', /^\/\w+\/index\/view\/(?:cateid\/\d+\/)?id\/\d+\.html$/, 'https://www.zsnews.cn/news/index/view/cateid/37/id/721845.html', 'https://www.zsnews.cn/zsdongqu/index/lists/id/337.html', '中山网 /<column>/index/view/[cateid/<c>/]id/<id>.html (its lists are …/index/lists/id/<c>.html)'],
];

function siteSchemeRule([site, path, match, miss, what]: (typeof FIELD_SITE_SCHEMES)[number]): UrlRule {
  return { id: `site-${site}`, kind: 'article', sites: [site], path, why: `The id scheme of ${what}.`, examples: { match: [match], miss: [miss] } };
}

export const URL_RULES: readonly UrlRule[] = [
  // ---- out of scope before anything else ----------------------------------------------------
  {
    id: 'foreign-edition-host',
    kind: 'other',
    sites: null,
    host: /^(?:en|english)\./,
    why: 'English editions reuse the Chinese id schemes (en.people.cn /n3/…/c90000-….html, english.news.cn …/c.html) but are out of scope.',
    examples: {
      match: [
        'http://en.people.cn/n3/2022/1123/c90000-10175286.html',
        'http://en.people.cn/',
        'http://english.news.cn/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html', // shape
      ],
      miss: ['http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html', 'https://news.gmw.cn/2024-05/20/content_37330990.htm'],
    },
  },
  {
    id: 'foreign-edition-path',
    kind: 'other',
    sites: null,
    path: /^\/(?:english|japan(?:ese)?|korean|french|spanish|russian|arabic|german|portuguese)(?:\/|$)/i,
    why: 'xinhuanet.com serves its language editions under a path prefix with the same c_<id>.htm shape.',
    examples: {
      match: ['http://www.xinhuanet.com/english/2020-07/08/c_139198231.htm'], // shape
      miss: ['http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm'],
    },
  },
  {
    id: 'people-n3',
    kind: 'other',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)?n3\//i,
    why: '/n3/ is the id scheme of People\'s foreign-language editions (j., kr., french. …), which the templates.md §3 regex `n\\d?` would accept.',
    examples: {
      match: ['http://j.people.com.cn/n3/2024/0510/c94474-20167900.html'], // shape
      miss: ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'],
    },
  },
  {
    id: 'service-host',
    kind: 'other',
    sites: null,
    host: /^(?:search|so|bbs\d*|forum|passport|login|comment|liuyan)\./,
    why: 'Search, forum and login hosts are never articles, whatever their path looks like.',
    examples: {
      match: ['http://search.people.cn/', 'http://so.news.cn/', 'http://forum.home.news.cn/detail/141546082/1.html', 'http://bbs1.people.com.cn/postLink.do?nid=31153719'],
      miss: ['http://www.people.com.cn/', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    },
  },
  {
    id: 'service-path',
    kind: 'other',
    sites: null,
    path: /^\/(?:app|download|search|login|register)(?:\/|\.|$)/i,
    why: 'App-download and search pages live under fixed top-level paths (www.people.cn/app/download.html, seen in people_n1_04_politics).',
    examples: {
      match: ['http://www.people.cn/app/download.html'],
      miss: ['http://www.people.com.cn/GB/138812/index.html'],
    },
  },
  {
    id: 'chinadaily-english-host',
    kind: 'other',
    sites: ['chinadaily.com.cn'],
    host: /^(?:(?:www|global|usa|europe|africa|asia|enapp)\.)?chinadaily\.com\.cn$/,
    why: 'China Daily\'s English hosts use the same /a/YYYYMM/DD/WS<hex>.html shape as the Chinese cn./china. hosts.',
    examples: {
      match: ['https://www.chinadaily.com.cn/a/202311/17/WS6556d6f0a31090682a5ee1a3.html'], // shape
      miss: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html', 'https://cn.chinadaily.com.cn/'],
    },
  },

  // ---- articles -----------------------------------------------------------------------------
  {
    id: 'people-article',
    kind: 'article',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)?n[12]?\/\d{4}\/\d{4}\/c\d+-\d+(?:-\d+)?\.html$/i,
    why: 'c<catalog>-<contentid>[-<page>].html under /n/ (≈2012–15), /n1/ (central channels) or /n2/ (every provincial subdomain), optionally behind /BIG5/ or /GB/.',
    examples: {
      match: [
        'http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html',
        'http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html',
        'http://world.people.com.cn/n/2015/0912/c1002-27574550.html',
        'http://gx.people.com.cn/n2/2024/0106/c179464-40705322.html',
        'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html',
        'http://politics.people.com.cn/BIG5/n/2014/0219/c1001-24409541-2.html',
      ],
      miss: [
        'http://en.people.cn/n3/2022/1123/c90000-10175286.html',
        'http://www.people.com.cn/GB/138812/index.html',
        'http://hn.people.com.cn/BIG5/',
      ],
    },
  },
  {
    id: 'epaper-founder-article',
    kind: 'article',
    sites: ['people.com.cn', 'gmw.cn'],
    host: /^(?:paper|epaper)\./,
    path: /^\/[a-z]+\/html\/\d{4}-\d{2}\/\d{2}\/(?:nw\.D\d+[a-z]+_\d{8}_\d+-\d+|content_\d+)\.htm$/i,
    why: 'Founder e-paper article pages (nw.D110000<paper>_<date>_<n>-<page>.htm) are shared by 人民日报 and 光明日报; smaller papers use content_<id>.htm.',
    examples: {
      match: [
        'http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm',
        'https://epaper.gmw.cn/gmrb/html/2024-05/20/nw.D110000gmrb_20240520_2-03.htm',
        'http://paper.people.com.cn/mszk/html/2024-05/10/content_26058971.htm', // shape (templates.md §1.0)
      ],
      miss: [
        'http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_01.htm',
        'http://paper.people.com.cn/rmrb/index.html',
      ],
    },
  },
  {
    id: 'people-paper-article-2025',
    kind: 'article',
    sites: PEOPLE,
    host: /^paper\./,
    path: /^\/[a-z]+\/pc\/content\/\d{6}\/\d{2}\/content_\d+\.html$/i,
    why: 'The 2025+ 人民日报 e-paper scheme (templates.md §1.0).',
    examples: {
      match: ['http://paper.people.com.cn/rmrb/pc/content/202501/01/content_30051234.html'],
      miss: ['http://paper.people.com.cn/rmrb/pc/layout/202501/01/node_01.html'],
    },
  },
  {
    id: 'xinhua-c-id',
    kind: 'article',
    sites: [...XINHUA, 'qstheory.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}-\d{2}/\d{2}/c_\d+\.htm$`, 'i'),
    why: 'Xinhua\'s CMS id c_<id>.htm after /YYYY-MM/DD/, on xinhuanet.com, news.cn (xinhua_04 keeps it in 2023), regional and mobile hosts, and on 求是 (qstheory.cn, run on the same CMS).',
    examples: {
      match: [
        'http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm',
        'http://www.news.cn/fortune/2023-11/17/c_1129981476.htm',
        'http://m.xinhuanet.com/ah/2020-07/07/c_1126203495.htm',
        'http://www.nmg.xinhuanet.com/xwzx/xsp/2020-07/07/c_1126205437.htm',
        'http://www.qstheory.cn/dukan/qs/2024-05/16/c_1130145783.htm',
      ],
      miss: ['http://www.news.cn/politics/index.htm', 'http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm'],
    },
  },
  {
    id: 'xinhua-hex-c',
    kind: 'article',
    sites: XINHUA,
    path: new RegExp(String.raw`^/${DIRS}\d{8}/[0-9a-f]{32}/c\.html$`, 'i'),
    why: 'news.cn 2021+ scheme /YYYYMMDD/<32 hex>/c.html, with or without a channel prefix, also on regional hosts (xinhua_02, xinhua_03).',
    examples: {
      match: [
        'http://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html',
        'http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html',
        'http://www.news.cn/20240424/b3e483975ed64224afba3567f940a0b0/c.html',
      ],
      miss: ['http://he.news.cn/index.htm'],
    },
  },
  {
    id: 'dated-content-id',
    kind: 'article',
    sites: [...XINHUA, 'gmw.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}-\d{2}/\d{2}/content_\d+\.htm$`, 'i'),
    why: 'content_<id>.htm after /YYYY-MM/DD/: gmw.cn today and Xinhua\'s pre-2013 regional sites (xinhua_06).',
    examples: {
      match: [
        'https://politics.gmw.cn/2024-05/13/content_37319243.htm',
        'https://mil.gmw.cn/2024-05/23/content_37338810.htm',
        'http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm',
      ],
      miss: ['https://politics.gmw.cn/node_9844.htm', 'https://www.gmw.cn/'],
    },
  },
  {
    id: 'youth-trs',
    kind: 'article',
    sites: ['youth.cn'],
    path: new RegExp(String.raw`^/${DIRS}\d{6}/t\d{8}_\d+\.s?html?$`, 'i'),
    why: 'TRS CMS scheme /YYYYMM/tYYYYMMDD_<id>.htm (youth_01, youth_02).',
    examples: {
      match: ['https://news.youth.cn/gn/202405/t20240513_15249693.htm', 'https://news.youth.cn/gj/202405/t20240520_15263156.htm'],
      miss: ['https://news.youth.cn/gn/', 'https://www.youth.cn/'],
    },
  },
  {
    id: 'chinanews-article',
    kind: 'article',
    sites: ['chinanews.com'],
    path: new RegExp(String.raw`^/${DIRS}\d{4}/\d{2}-\d{2}/\d+\.shtml$`, 'i'),
    why: '/<column>/YYYY/MM-DD/<id>.shtml on chinanews.com and chinanews.com.cn (chinanews_01).',
    examples: {
      match: ['http://www.chinanews.com/ll/2020/07-04/9229287.shtml', 'https://www.chinanews.com.cn/gn/2024/05-20/10219876.shtml'],
      miss: ['http://www.chinanews.com/theory/index.shtml', 'http://www.chinanews.com/'],
    },
  },
  {
    id: 'chinadaily-article',
    kind: 'article',
    sites: ['chinadaily.com.cn'],
    path: /^\/a\/\d{6}\/\d{2}\/WS[0-9a-f]+\.html$/i,
    why: '/a/YYYYMM/DD/WS<hex>.html on the Chinese hosts (chinadaily_01); the English hosts were excluded above.',
    examples: {
      match: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html'],
      miss: ['https://china.chinadaily.com.cn/5bd5639ca3101a87ca8ff634', 'https://cn.chinadaily.com.cn/'],
    },
  },
  {
    id: 'cctv-arti',
    kind: 'article',
    sites: ['cctv.com'],
    path: /^\/\d{4}\/\d{2}\/\d{2}\/ARTI\w+\.shtml$/i,
    why: 'ARTI<id>.shtml under /YYYY/MM/DD/ (cctv_01); ARTI is also the page\'s meta contentid.',
    examples: {
      match: ['https://news.cctv.com/2026/06/25/ARTIFiTBDMPpFiGg80NaU8s0260625.shtml'],
      miss: ['https://news.cctv.com/world_old/', 'https://news.cctv.com/'],
    },
  },
  {
    id: 'gov-content',
    kind: 'article',
    sites: ['gov.cn'],
    path: new RegExp(String.raw`^/${DIRS}content_\d+\.html?$`, 'i'),
    why: 'Every gov.cn article family (news, policy, 公报 gazette, kepu.gov.cn) ends in content_<id>.htm[l], under differing date folders.',
    examples: {
      match: [
        'https://www.gov.cn/gongbao/content/2007/content_711039.htm',
        'https://www.gov.cn/yaowen/liebiao/202405/content_6952381.htm',
        'https://www.gov.cn/xinwen/2022-05/20/content_5691402.htm',
        'http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html',
      ],
      miss: ['https://www.gov.cn/gongbao/currentissue.htm', 'http://www.kepu.gov.cn/politics/index.html'],
    },
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
    why: 'E-paper 版面 pages list the articles of one printed page (old nbs.*, 2025+ /pc/layout/…/node_*).',
    examples: {
      match: [
        'http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_01.htm',
        'http://paper.people.com.cn/rmrb/pc/layout/202501/01/node_01.html',
      ],
      miss: ['http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm'],
    },
  },
  {
    id: 'people-channel',
    kind: 'list',
    sites: PEOPLE,
    path: /^\/(?:(?:BIG5|GB)\/)+(?:\d+\/)+(?:index\d*\.html?)?$/i,
    why: 'Channel indexes /GB/<catalog>/index.html (and their /BIG5/ twins) (people_n1_01, people_n1_03).',
    examples: {
      match: [
        'http://www.people.com.cn/GB/138812/index.html',
        'http://opinion.people.com.cn/GB/223228/index.html',
        'http://hn.people.com.cn/BIG5/GB/356883/index.html',
      ],
      miss: ['http://www.people.com.cn/BIG5/', 'http://finance.people.com.cn/BIG5/n1/2024/0510/c1004-40232587.html'],
    },
  },
  {
    id: 'chinadaily-channel',
    kind: 'list',
    sites: ['chinadaily.com.cn'],
    path: /^\/[0-9a-f]{24}(?:\/(?:page_\d+\.html)?)?$/i,
    why: 'China Daily names channels by a 24-hex id (the 评论 breadcrumb in chinadaily_01).',
    examples: {
      match: ['https://china.chinadaily.com.cn/5bd5639ca3101a87ca8ff634'],
      miss: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html'],
    },
  },
  {
    id: 'gov-gazette-index',
    kind: 'list',
    sites: ['gov.cn'],
    path: /^\/gongbao\/(?:[\w-]+\/)*(?:[\w-]+\.html?)?$/i,
    why: 'Under /gongbao/ everything that is not content_<id> is an issue or archive index (gov_01 breadcrumb).',
    examples: {
      match: ['https://www.gov.cn/gongbao/currentissue.htm', 'https://www.gov.cn/gongbao/201701/issue_1250/'],
      miss: ['https://www.gov.cn/gongbao/content/2007/content_711039.htm'],
    },
  },
  ...LIST_SHAPES.map(fieldRule),
  {
    id: 'cms-node-list',
    kind: 'list',
    sites: null,
    path: new RegExp(String.raw`^/${DIRS}node_\d+\.s?html?$`, 'i'),
    why: 'Founder CMS channel lists are node_<id>.htm (gmw_01 breadcrumb).',
    examples: {
      match: ['https://politics.gmw.cn/node_9844.htm'],
      miss: ['https://politics.gmw.cn/2024-05/13/content_37319243.htm'],
    },
  },
  {
    id: 'index-page',
    kind: 'list',
    sites: null,
    path: new RegExp(String.raw`^/${DIRS}(?:(?:index|default)\d*(?:_\d+)?\.s?html?)?$`, 'i'),
    why: 'Home pages and channel fronts: a bare directory or its index/default file, on every outlet.',
    examples: {
      match: [
        'http://www.people.com.cn/',
        'http://www.people.com.cn/BIG5/',
        'http://paper.people.com.cn/rmrb/index.html',
        'http://www.news.cn/politics/leaders/index.htm',
        'https://news.youth.cn/gn/',
        'http://www.chinanews.com/theory/index.shtml',
        'https://news.cctv.com/world_old/',
        'http://www.kepu.gov.cn/politics/index.html',
        'http://www.qstheory.cn/',
      ],
      miss: ['http://www.news.cn/politics/2023-11/17/c_1129980696.htm', 'https://news.cctv.com/2024/05/20/ARTIk3Jd9sQpLm2XyZ4vBn7c240520.shtml'],
    },
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
