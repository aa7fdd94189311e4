import { webUrl } from '../sites';
import type { PageKind } from '../types';

/**
 * URL shapes of the CMSs that China's state and party media and government portals run on: the id
 * schemes of their article pages (and of a few list pages), independent of the host. PURE.
 *
 * The URL rules apply them to the outlets of the field registry (lib/core/sites OUTLETS) that
 * have no rules of their own; `articleShapedUrl` offers them to the generic detector as one
 * signal for a page on any host. Each shape names the outlets it was read from and carries real
 * URLs it must match and URLs it must miss (list and channel pages of the same sites).
 */

export interface UrlShape {
  id: string;
  kind: PageKind;
  /** Tested against the URL's pathname (query and hash ignored). */
  path: RegExp;
  why: string;
  examples: { match: readonly string[]; miss: readonly string[] };
  /**
   * Read from built-in outlets only (their own rules decide there), so no field rule is made of
   * it: it is a signal for pages on other hosts that run the same CMS.
   */
  signalOnly?: true;
}

/** Any directory prefix (`/xwzx/gnsz/gdxw/`, or none). */
const DIRS = String.raw`(?:[\w.-]+/)*`;

const re = (body: string) => new RegExp(`^/${DIRS}${body}$`, 'i');

export const ARTICLE_SHAPES: readonly UrlShape[] = [
  {
    id: 'trs-dated',
    kind: 'article',
    path: re(String.raw`\d{6}(?:\d{2}|/\d{2})?/t(?:\d{8}_)?\d+(?:_\d+)*(?:_[a-z]+)?\.s?html?`),
    why: 'TRS WCM: a month (or day) folder, then t<YYYYMMDD>_<id>; 央广网, 中国经济网, 浙江在线, 中安在线, 大众网, 天山网, most provincial government portals; 长江网 drops the date (t<id>).',
    examples: {
      match: [
        'http://news.cnr.cn/native/gd/20160911/t20160911_523127787.shtml',
        'https://www.ce.cn/xwzx/gnsz/gdxw/202405/13/t20240513_39001260.shtml',
        'https://zjnews.zjol.com.cn/zjnews/202412/t20241203_30684754.shtml',
        'http://www.shanxi.gov.cn/ywdt/sxyw/202308/t20230807_9078335.shtml',
        'http://news.cjn.cn/sywh/201804/t3188121.htm',
      ],
      miss: ['http://news.cnr.cn/native/gd/', 'https://www.ce.cn/xwzx/gnsz/gdxw/index_2.shtml'],
    },
  },
  {
    id: 'content-dated',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/content_\w+\.s?html?`),
    why: 'Founder and similar CMSs: /YYYY-MM/DD/content_<id>; 中国网, 法治网, 中青在线, 河北新闻网, 东南网, 华龙网, 荆楚网, and the article pages of most e-papers (…/html/YYYY-MM/DD/content_<id>.htm).',
    examples: {
      match: [
        'http://news.china.com.cn/2024-05/13/content_117184963.shtml',
        'http://news.cyol.com/gb/articles/2022-01/05/content_NRWLXH8WV.html',
        'http://news.cnhubei.com/content/2024-06/25/content_18090027.html',
        'http://sz.nxnews.net/nxrb/html/2013-07/01/content_386331.htm',
      ],
      miss: ['http://sz.nxnews.net/nxrb/html/2013-07/01/node_2.htm', 'http://news.cnhubei.com/content/'],
    },
  },
  {
    id: 'epaper-nw',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/nw\.D\d+[a-z]*_\d{8}_\d+-\d+\.htm`),
    why: 'Founder e-paper article pages nw.D<code><paper>_<date>_<n>-<page>.htm, beside nbs.* layout pages.',
    examples: {
      match: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nw.D640000nxrb_20130701_1-01.htm'], // shape
      miss: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm'], // shape
    },
  },
  {
    id: 'epaper-pc',
    kind: 'article',
    path: re(String.raw`pc/(?:paper/c|content)/\d{6}/\d{2}/(?:c|content_)\d+\.html`),
    why: 'Newer e-paper scheme /pc/paper/c/YYYYMM/DD/c<id>.html (河北日报) or /pc/content/…/content_<id>.html.',
    examples: {
      match: ['http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html'],
      miss: ['http://hbrb.hebnews.cn/pc/paper/layout/201712/20/node_01.html'], // shape
    },
  },
  {
    id: 'system-dated',
    kind: 'article',
    path: re(String.raw`system/\d{4}/\d{2}/\d{2}/\d+(?:_\d+)?\.s?html?`),
    why: 'The /system/YYYY/MM/DD/<id>.shtml scheme shared by 北方网, 长城网, 北国网, 东北网, 中国江西网, 南海网, 多彩贵州网, 云南网, 每日甘肃网, 青海新闻网 and 内蒙古新闻网.',
    examples: {
      match: [
        'http://news.enorth.com.cn/system/2013/07/19/011159841.shtml',
        'https://news.lnd.com.cn/system/2023/09/08/030432462.shtml',
        'http://www.hinews.cn/news/system/2019/11/04/032208722.shtml',
      ],
      miss: ['http://news.enorth.com.cn/', 'http://www.hinews.cn/news/system/'],
    },
  },
  {
    id: 'dated-path-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{1,2}/\d{1,2}/(?:\d{5,}|[0-9a-f]{32}|art_\d+_\d+)\.s?html?`),
    why: '/YYYY/M/D/<id>: 红网 and 西部网 (zero-padded), 四川省人民政府 (not padded), and the Hanweb art_<column>_<id> pages of 江苏 and 浙江 government portals.',
    examples: {
      match: [
        'https://news.rednet.cn/content/2018/07/27/4788009.html',
        'http://news.cnwest.com/szyw/a/2019/06/24/17850592.html',
        'https://www.sc.gov.cn/10462/10464/10797/2015/3/25/10330618.shtml',
        'https://www.jiangsu.gov.cn/art/2020/5/1/art_64797_9091993.html',
      ],
      miss: ['https://news.rednet.cn/', 'https://www.jiangsu.gov.cn/col/col76841/index.html'],
    },
  },
  {
    id: 'year-monthday-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{4}/\d+\.s?html?`),
    why: '/YYYY/MMDD/<id>.shtml: 千龙网, 河南日报网.',
    examples: {
      match: ['http://beijing.qianlong.com/2017/0309/1478474.shtml', 'http://www.henandaily.cn/content/szheng/2018/0412/96060.html'],
      miss: ['http://beijing.qianlong.com/', 'http://beijing.qianlong.com/2017/0309/'],
    },
  },
  {
    id: 'year-month-day-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}-\d{2}/\d+\.s?html?`),
    why: '/YYYY/MM-DD/<id>.html: 大河网 and 河南省人民政府.',
    examples: {
      match: ['https://news.dahe.cn/2021/10-24/915798.html', 'https://www.henan.gov.cn/2022/11-25/2646103.html'],
      miss: ['https://news.dahe.cn/2018xwzthz27/'],
    },
  },
  {
    id: 'date-id',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}-\d{2}/\d+(?:_\d+)?\.s?html?`),
    why: '/YYYY-MM-DD/<id>.shtml: 人民政协网.',
    examples: {
      match: ['http://www.rmzxb.com.cn/c/2023-02-27/3299508.shtml'],
      miss: ['http://www.rmzxb.com.cn/c/2023-02-27/'],
    },
  },
  {
    id: 'month-day-channel-id',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{2}/\d+_\d+\.s?html?`),
    why: '/YYYYMM/DD/<channel>_<id>.htm: 大洋网 (广州日报).',
    examples: {
      match: ['https://news.dayoo.com/guangzhou/202605/25/153828_54963379.htm'],
      miss: ['https://news.dayoo.com/guangzhou/'],
    },
  },
  {
    id: 'hex-c',
    kind: 'article',
    path: re(String.raw`\d{8}/[0-9a-f]{32}/c\.html?`),
    why: 'Xinhua\'s 2021+ scheme /YYYYMMDD/<32 hex>/c.html, also run by 经济参考网 (c.htm).',
    examples: {
      match: ['https://www.jjckb.cn/20250325/c7357013f0c944c0a6aa21b041f20c7e/c.htm'],
      miss: ['https://www.jjckb.cn/'],
    },
  },
  {
    id: 'date-uuid',
    kind: 'article',
    path: re(String.raw`\d{8}/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html`),
    why: '/YYYYMMDD/<uuid>.html: 国际在线.',
    examples: {
      match: ['http://news.cri.cn/20200928/cd17b569-f9ad-fb2a-43fd-b5dc900bebd6.html'],
      miss: ['http://news.cri.cn/'],
    },
  },
  {
    id: 'month-day-uuid',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{2}/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html`),
    why: '/YYYYMM/DD/<uuid>.html under a column id: 河北省人民政府 (/columns/<uuid>/…).',
    examples: {
      match: ['https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202509/02/1a5c7b8b-cd10-4b1a-bb18-c3224dfc62fc.html'],
      miss: ['https://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html'],
    },
  },
  {
    id: 'node-hex',
    kind: 'article',
    path: re(String.raw`node_[0-9a-f]{10}/[0-9a-f]{10}\.shtml`),
    why: '南方网: node_<hex channel>/<hex id>.shtml.',
    examples: {
      match: ['https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml'],
      miss: ['https://news.southcn.com/node_179d29f1ce'],
    },
  },
  {
    id: 'arti',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}/\d{2}/ARTI\w+\.shtml`),
    why: 'The CCTV CMS ARTI<id>.shtml under /YYYY/MM/DD/, also run by 共产党员网.',
    examples: {
      match: ['https://www.12371.cn/2022/09/02/ARTI1662105164059870.shtml'],
      miss: ['https://www.12371.cn/2020/11/04/VIDE1604444880212697.shtml'],
    },
  },
  {
    id: 'people-cms',
    kind: 'article',
    path: re(String.raw`n\d?/\d{4}/\d{4}/c\d+-\d+(?:-\d+)?\.html`),
    why: 'People\'s CMS c<catalog>-<id>.html under /n/YYYY/MMDD/, also run by 海外网.',
    examples: {
      match: ['http://news.haiwainet.cn/n/2023/0417/c3541093-32592234.html'],
      miss: ['http://news.haiwainet.cn/'],
    },
  },
  {
    id: 'ws-hex',
    kind: 'article',
    path: re(String.raw`a/\d{6}/\d{2}/WS[0-9a-f]{24}\.html`),
    why: '/a/YYYYMM/DD/WS<24 hex>.html: China Daily\'s CMS, also run by 京报网.',
    examples: {
      match: ['http://www.bjd.com.cn/a/202001/16/WS5e206115e4b0e6e58393919b.html'],
      miss: ['http://www.bjd.com.cn/'],
    },
  },
  {
    id: 'content-post',
    kind: 'article',
    path: re(String.raw`content/m?post_\d+\.html?`),
    why: '…/content/post_<id>.html: 广东省人民政府 and its cities.',
    examples: {
      match: ['https://www.gd.gov.cn/gdywdt/dsdt/content/post_4148215.html'],
      miss: ['https://www.gd.gov.cn/gdywdt/zwzt/szzc/index.html'],
    },
  },
  {
    id: 'c-id',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/c_\d+\.htm`),
    why: 'Xinhua\'s older CMS c_<id>.htm after /YYYY-MM/DD/, also run by 中国网信网.',
    examples: {
      match: ['https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm'],
      miss: ['https://www.cac.gov.cn/2023-07/13/'],
    },
  },
  {
    id: 'month-hex',
    kind: 'article',
    path: re(String.raw`\d{6}(?:\d{2})?/[0-9a-f]{32}\.s?html?`),
    why: 'A month or day folder, then a 32-hex id: 上海市人民政府 (/nw4411/YYYYMMDD/<hex>.html), 新疆维吾尔自治区人民政府 and 海南省人民政府 (/YYYYMM/<hex>.shtml).',
    examples: {
      match: [
        'https://www.shanghai.gov.cn/nw4411/20240303/210a0336b8c14e97a6de2c0672d969fc.html',
        'https://www.xinjiang.gov.cn/xinjiang/bmdt/202310/2339a216530641b7adab3da6bd6bbe48.shtml',
      ],
      miss: ['https://www.xinjiang.gov.cn/xinjiang/xjyw/common_list.shtml'],
    },
  },
  {
    id: 'month-id',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{6,}\.s?html?`),
    why: 'A month folder, then a long numeric id: 甘肃省人民政府 (/YYYYMM/<id>.shtml), 华声在线 (/article/YYYYMM/<timestamp id>.html).',
    examples: {
      match: ['https://www.gansu.gov.cn/gsszf/gsyw/202503/174095898.shtml', 'http://news.voc.com.cn/article/201906/201906231502051514.html'],
      miss: ['https://www.gansu.gov.cn/gsszf/gsyw/common_noleftlist.shtml'],
    },
  },
  {
    id: 'date8-id',
    kind: 'article',
    path: re(String.raw`\d{8}/\d{5,}\.s?html?`),
    why: 'A day folder YYYYMMDD, then a numeric id: 参考消息网, 文汇网, 长沙晚报网.',
    examples: {
      match: [
        'http://www.cankaoxiaoxi.com/science/20170313/1763167.shtml',
        'https://www.whb.cn/zhuzhan/jjl/20180227/190445.html',
        'https://www.icswb.com/h/162/20210612/716902.html',
      ],
      miss: ['https://www.whb.cn/zhuzhan/jjl/index.html'],
    },
  },
  {
    id: 'year-month-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}/id/\d+\.s?html?`),
    why: '/YYYY/MM/id/<id>.shtml: 中国法院网 and the court sites on its CMS.',
    examples: {
      match: ['https://www.chinacourt.org/article/detail/2021/04/id/5967868.shtml'],
      miss: ['https://www.chinacourt.org/article/index/id/MzAwNDAwNjAwMiACAAA.shtml'],
    },
  },
];

/**
 * Shapes of the central government portal's CMS, which ministries and local portals under gov.cn
 * also run: content_<id> under a month folder or a /content/<year>/ folder.
 */
export const SIGNAL_SHAPES: readonly UrlShape[] = [
  {
    id: 'month-content',
    kind: 'article',
    signalOnly: true,
    path: re(String.raw`(?:\d{6}|content/\d{4})/content_\d+\.html?`),
    why: '中国政府网 and the portals on its CMS: /<column>/YYYYMM/content_<id>.htm, the gazette /gongbao/content/YYYY/content_<id>.htm.',
    examples: {
      match: ['https://www.gov.cn/yaowen/liebiao/202405/content_6952381.htm', 'https://www.gov.cn/gongbao/content/2007/content_711039.htm'],
      miss: ['https://www.gov.cn/yaowen/liebiao/home.htm', 'https://www.gov.cn/gongbao/currentissue.htm'],
    },
  },
];

/** List shapes that the general rules (index pages, node_<id> lists) do not already cover. */
export const LIST_SHAPES: readonly UrlShape[] = [
  {
    id: 'node-hex-list',
    kind: 'list',
    path: re(String.raw`node_[0-9a-f]{10}/?`),
    why: '南方网 channel lists are a bare node_<hex>, with or without a trailing slash.',
    examples: {
      match: ['https://news.southcn.com/node_179d29f1ce', 'https://news.southcn.com/node_ac2b0b62a4/'],
      miss: ['https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml'],
    },
  },
  {
    id: 'epaper-layout-any',
    kind: 'list',
    path: re(String.raw`(?:\d{4}-\d{2}/\d{2}/nbs\.[\w.-]+\.htm|pc/(?:paper/)?layout/\d{6}/\d{2}/node_\w+\.html)`),
    why: 'E-paper 版面 pages (nbs.* or /pc/layout/…/node_*) list the articles of one printed page.',
    examples: {
      match: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm', 'http://hbrb.hebnews.cn/pc/paper/layout/201712/20/node_01.html'], // shape
      miss: ['http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html'],
    },
  },
  {
    id: 'list-file',
    kind: 'list',
    path: re(String.raw`(?:(?:list|more|news)(?:[_-]?\d+)*(?:\.s?html?)?|list/[\w-]+\.s?html?)`),
    why: 'Numbered list files (list_32.html, more.shtml, news.html?page=2, 澎湃 list_<id>) and files under /list/ on every kind of CMS.',
    examples: {
      match: ['http://www.hinews.cn/news/list_32.html', 'https://www.zsnews.cn/news.html', 'https://www.thepaper.cn/list_25434', 'http://kuaixun.stcn.com/list/kxgs.shtml'], // shape: the first two
      miss: ['http://www.hinews.cn/news/system/2019/11/04/032208722.shtml'],
    },
  },
];

/**
 * Whether a URL on any host has the path of an article in one of the shapes above. A signal for
 * the generic detector, never a verdict: on hosts outside the registry the page decides.
 */
export function articleShapedUrl(url: string): boolean {
  const path = webUrl(url)?.pathname;
  return path !== undefined && (ARTICLE_SHAPES.some((s) => s.path.test(path)) || SIGNAL_SHAPES.some((s) => s.path.test(path)));
}
