/**
 * What each URL rule and CMS shape is for, and the URLs it must decide and leave alone, keyed by
 * rule or shape id. The runtime rules (url-rules.ts) and shapes (url-shapes.ts) carry only what
 * classifies a URL; these notes stay out of the content script that loads on every news page and
 * are read by tests (each example is checked against the rules, and every rule and shape must
 * have its note here and every note a rule or shape) and by whoever edits the rules.
 *
 * The example URLs come from tests/fixtures/corpus/urls.tsv (real links from the corpus pages,
 * plus its `shape` lines); the few marked `// shape` were made up here with plausible ids.
 */

export interface UrlNote {
  why: string;
  examples: { match: readonly string[]; miss: readonly string[] };
}

/**
 * The rules written out in url-rules.ts (`site-<id>`: the id scheme of one field outlet). The
 * field rules made of a shape (`field-<shape id>`) share that shape's note in SHAPE_NOTES.
 */
export const RULE_NOTES: Readonly<Record<string, UrlNote>> = {
  'foreign-edition-host': {
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
  'foreign-edition-path': {
    why: 'xinhuanet.com serves its language editions under a path prefix with the same c_<id>.htm shape.',
    examples: {
      match: ['http://www.xinhuanet.com/english/2020-07/08/c_139198231.htm'], // shape
      miss: ['http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm'],
    },
  },
  'people-n3': {
    why: '/n3/ is the id scheme of People\'s foreign-language editions (j., kr., french. …), which the templates.md §3 regex `n\\d?` would accept.',
    examples: {
      match: ['http://j.people.com.cn/n3/2024/0510/c94474-20167900.html'], // shape
      miss: ['http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'],
    },
  },
  'service-host': {
    why: 'Search, forum and login hosts are never articles, whatever their path looks like.',
    examples: {
      match: ['http://search.people.cn/', 'http://so.news.cn/', 'http://forum.home.news.cn/detail/141546082/1.html', 'http://bbs1.people.com.cn/postLink.do?nid=31153719'],
      miss: ['http://www.people.com.cn/', 'http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html'],
    },
  },
  'service-path': {
    why: 'App-download and search pages live under fixed top-level paths (www.people.cn/app/download.html, seen in people_n1_04_politics).',
    examples: {
      match: ['http://www.people.cn/app/download.html'],
      miss: ['http://www.people.com.cn/GB/138812/index.html'],
    },
  },
  'chinadaily-english-host': {
    why: 'China Daily\'s English hosts use the same /a/YYYYMM/DD/WS<hex>.html shape as the Chinese cn./china. hosts.',
    examples: {
      match: ['https://www.chinadaily.com.cn/a/202311/17/WS6556d6f0a31090682a5ee1a3.html'], // shape
      miss: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html', 'https://cn.chinadaily.com.cn/'],
    },
  },
  'people-article': {
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
  'epaper-founder-article': {
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
  'people-paper-article-2025': {
    why: 'The 2025+ 人民日报 e-paper scheme (templates.md §1.0).',
    examples: {
      match: ['http://paper.people.com.cn/rmrb/pc/content/202501/01/content_30051234.html'],
      miss: ['http://paper.people.com.cn/rmrb/pc/layout/202501/01/node_01.html'],
    },
  },
  'xinhua-c-id': {
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
  'xinhua-hex-c': {
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
  'dated-content-id': {
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
  'youth-trs': {
    why: 'TRS CMS scheme /YYYYMM/tYYYYMMDD_<id>.htm (youth_01, youth_02).',
    examples: {
      match: ['https://news.youth.cn/gn/202405/t20240513_15249693.htm', 'https://news.youth.cn/gj/202405/t20240520_15263156.htm'],
      miss: ['https://news.youth.cn/gn/', 'https://www.youth.cn/'],
    },
  },
  'chinanews-article': {
    why: '/<column>/YYYY/MM-DD/<id>.shtml on chinanews.com and chinanews.com.cn (chinanews_01).',
    examples: {
      match: ['http://www.chinanews.com/ll/2020/07-04/9229287.shtml', 'https://www.chinanews.com.cn/gn/2024/05-20/10219876.shtml'],
      miss: ['http://www.chinanews.com/theory/index.shtml', 'http://www.chinanews.com/'],
    },
  },
  'chinadaily-article': {
    why: '/a/YYYYMM/DD/WS<hex>.html on the Chinese hosts (chinadaily_01); the English hosts were excluded above.',
    examples: {
      match: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html'],
      miss: ['https://china.chinadaily.com.cn/5bd5639ca3101a87ca8ff634', 'https://cn.chinadaily.com.cn/'],
    },
  },
  'cctv-arti': {
    why: 'ARTI<id>.shtml under /YYYY/MM/DD/ (cctv_01); ARTI is also the page\'s meta contentid.',
    examples: {
      match: ['https://news.cctv.com/2026/06/25/ARTIFiTBDMPpFiGg80NaU8s0260625.shtml'],
      miss: ['https://news.cctv.com/world_old/', 'https://news.cctv.com/'],
    },
  },
  'gov-content': {
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
  'epaper-layout': {
    why: 'E-paper 版面 pages list the articles of one printed page (old nbs.*, 2025+ /pc/layout/…/node_*).',
    examples: {
      match: [
        'http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_01.htm',
        'http://paper.people.com.cn/rmrb/pc/layout/202501/01/node_01.html',
      ],
      miss: ['http://paper.people.com.cn/rmrb/html/2024-05/10/nw.D110000renmrb_20240510_2-04.htm'],
    },
  },
  'people-channel': {
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
  'chinadaily-channel': {
    why: 'China Daily names channels by a 24-hex id (the 评论 breadcrumb in chinadaily_01).',
    examples: {
      match: ['https://china.chinadaily.com.cn/5bd5639ca3101a87ca8ff634'],
      miss: ['https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html'],
    },
  },
  'gov-gazette-index': {
    why: 'Under /gongbao/ everything that is not content_<id> is an issue or archive index (gov_01 breadcrumb).',
    examples: {
      match: ['https://www.gov.cn/gongbao/currentissue.htm', 'https://www.gov.cn/gongbao/201701/issue_1250/'],
      miss: ['https://www.gov.cn/gongbao/content/2007/content_711039.htm'],
    },
  },
  'cms-node-list': {
    why: 'Founder CMS channel lists are node_<id>.htm (gmw_01 breadcrumb).',
    examples: {
      match: ['https://politics.gmw.cn/node_9844.htm'],
      miss: ['https://politics.gmw.cn/2024-05/13/content_37319243.htm'],
    },
  },
  'index-page': {
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
  // Id schemes of single field outlets: a real article URL of the site and a page of it to miss.
  'site-ah.gov.cn': {
    why: 'The id scheme of 安徽省人民政府 /<channel>/<9-digit id>.html.',
    examples: { match: ['https://www.ah.gov.cn/zwyw/jryw/565497491.html'], miss: ['https://www.ah.gov.cn/zwyw/jryw/index.html'] },
  },
  'site-bjnews.com.cn': {
    why: 'The id scheme of 新京报 /detail/<id>.html.',
    examples: { match: ['https://www.bjnews.com.cn/detail/1659604527168850.html'], miss: ['https://www.bjnews.com.cn/'] },
  },
  'site-eastday.com': {
    why: 'The id scheme of 东方网 /p/<id>.',
    examples: { match: ['https://j.021east.com/p/1715572974045997'], miss: ['https://j.021east.com/'] },
  },
  'site-gxnews.com.cn': {
    why: 'The id scheme of 广西新闻网 /staticpages/<date>/newgx<hex>-<id>.shtml.',
    examples: { match: ['http://www.gxnews.com.cn/staticpages/20201127/newgx5fc0730f-19964440.shtml'], miss: ['http://www.gxnews.com.cn/'] },
  },
  'site-gxzf.gov.cn': {
    why: 'The id scheme of 广西壮族自治区人民政府 /<channel>/t<id>.shtml.',
    examples: { match: ['http://www.gxzf.gov.cn/gxyw/t27181042.shtml'], miss: ['http://www.gxzf.gov.cn/gxyw/'] },
  },
  'site-hlj.gov.cn': {
    why: 'The id scheme of 黑龙江省人民政府 /YYYYMM/c00_<id>.shtml.',
    examples: { match: ['https://www.hlj.gov.cn/hlj/tsms/202501/c00_31797990.shtml'], miss: ['https://www.hlj.gov.cn/hlj/c108371/zfxxgk_search.shtml'] },
  },
  'site-ln.gov.cn': {
    why: 'The id scheme of 辽宁省人民政府 /web/<channel>/<timestamp id>/index.shtml (an article in a folder of its own).',
    examples: { match: ['https://www.ln.gov.cn/web/ywdt/msrd/2025120309171675367/index.shtml'], miss: ['https://www.ln.gov.cn/web/ywdt/index.shtml'] },
  },
  'site-huanqiu.com': {
    why: 'The id scheme of 环球网 /article/<base62 id> (older: /a/<hex>/<base62 id>).',
    examples: { match: ['https://world.huanqiu.com/article/4MSVE1DOKy3'], miss: ['https://www.huanqiu.com/'] },
  },
  'site-peopleapp.com': {
    why: 'The id scheme of 人民日报客户端 /rmharticle/<id>.',
    examples: { match: ['https://www.peopleapp.com/rmharticle/30029541267'], miss: ['https://www.peopleapp.com/home'] },
  },
  'site-scol.com.cn': {
    why: 'The id scheme of 川观新闻 /news/<id>.',
    examples: { match: ['https://cbgc.scol.com.cn/news/5138676'], miss: ['https://cbgc.scol.com.cn/'] },
  },
  'site-shobserver.com': {
    why: 'The id scheme of 上观新闻 and 解放日报 /news/detail?id=<id> (also /sgh/, /wx/detail.do).',
    examples: { match: ['https://www.shobserver.com/news/detail?id=1040358'], miss: ['https://www.shobserver.com/home'] },
  },
  'site-sxrb.com': {
    why: 'The id scheme of 山西新闻网 /GB/<catalog>/<id>.html.',
    examples: { match: ['http://news.sxrb.com/GB/314064/9947757.html'], miss: ['http://news.sxrb.com/sxxww/xwpd/ty/'] },
  },
  'site-thecover.cn': {
    why: 'The id scheme of 封面新闻 /news/<id>.',
    examples: { match: ['https://www.thecover.cn/news/qXTJI5bc9xiH90qSdq8Jkw=='], miss: ['https://www.thecover.cn/'] },
  },
  'site-thepaper.cn': {
    why: 'The id scheme of 澎湃新闻 newsDetail_forward_<id>.',
    examples: { match: ['https://www.thepaper.cn/newsDetail_forward_26993963'], miss: ['https://www.thepaper.cn/'] },
  },
  'site-xhby.net': {
    why: 'The id scheme of 新华报业网 /content/s<24 hex>.html.',
    examples: { match: ['https://www.xhby.net/content/s6800fe3fe4b0e37860aec499.html'], miss: ['https://www.xhby.net/'] },
  },
  'site-ynet.com': {
    why: 'The id scheme of 北青网 /YYYY/MM/DD/<id>t<channel>.html.',
    examples: { match: ['https://news.ynet.com/2024/05/08/3758770t70.html'], miss: ['https://news.ynet.com/'] },
  },
  'site-zsnews.cn': {
    why: 'The id scheme of 中山网 /<column>/index/view/[cateid/<c>/]id/<id>.html (its lists are …/index/lists/id/<c>.html).',
    examples: { match: ['https://www.zsnews.cn/news/index/view/cateid/37/id/721845.html'], miss: ['https://www.zsnews.cn/zsdongqu/index/lists/id/337.html'] },
  },
};

/** The CMS shapes of url-shapes.ts (article, signal-only and list shapes). */
export const SHAPE_NOTES: Readonly<Record<string, UrlNote>> = {
  'trs-dated': {
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
  'content-dated': {
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
  'epaper-nw': {
    why: 'Founder e-paper article pages nw.D<code><paper>_<date>_<n>-<page>.htm, beside nbs.* layout pages.',
    examples: {
      match: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nw.D640000nxrb_20130701_1-01.htm'], // shape
      miss: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm'], // shape
    },
  },
  'epaper-pc': {
    why: 'Newer e-paper scheme /pc/paper/c/YYYYMM/DD/c<id>.html (河北日报) or /pc/content/…/content_<id>.html.',
    examples: {
      match: ['http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html'],
      miss: ['http://hbrb.hebnews.cn/pc/paper/layout/201712/20/node_01.html'], // shape
    },
  },
  'system-dated': {
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
  'dated-path-id': {
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
  'year-monthday-id': {
    why: '/YYYY/MMDD/<id>.shtml: 千龙网, 河南日报网.',
    examples: {
      match: ['http://beijing.qianlong.com/2017/0309/1478474.shtml', 'http://www.henandaily.cn/content/szheng/2018/0412/96060.html'],
      miss: ['http://beijing.qianlong.com/', 'http://beijing.qianlong.com/2017/0309/'],
    },
  },
  'year-month-day-id': {
    why: '/YYYY/MM-DD/<id>.html: 大河网 and 河南省人民政府.',
    examples: {
      match: ['https://news.dahe.cn/2021/10-24/915798.html', 'https://www.henan.gov.cn/2022/11-25/2646103.html'],
      miss: ['https://news.dahe.cn/2018xwzthz27/'],
    },
  },
  'date-id': {
    why: '/YYYY-MM-DD/<id>.shtml: 人民政协网.',
    examples: {
      match: ['http://www.rmzxb.com.cn/c/2023-02-27/3299508.shtml'],
      miss: ['http://www.rmzxb.com.cn/c/2023-02-27/'],
    },
  },
  'month-day-channel-id': {
    why: '/YYYYMM/DD/<channel>_<id>.htm: 大洋网 (广州日报).',
    examples: {
      match: ['https://news.dayoo.com/guangzhou/202605/25/153828_54963379.htm'],
      miss: ['https://news.dayoo.com/guangzhou/'],
    },
  },
  'hex-c': {
    why: 'Xinhua\'s 2021+ scheme /YYYYMMDD/<32 hex>/c.html, also run by 经济参考网 (c.htm).',
    examples: {
      match: ['https://www.jjckb.cn/20250325/c7357013f0c944c0a6aa21b041f20c7e/c.htm'],
      miss: ['https://www.jjckb.cn/'],
    },
  },
  'date-uuid': {
    why: '/YYYYMMDD/<uuid>.html: 国际在线.',
    examples: {
      match: ['http://news.cri.cn/20200928/cd17b569-f9ad-fb2a-43fd-b5dc900bebd6.html'],
      miss: ['http://news.cri.cn/'],
    },
  },
  'month-day-uuid': {
    why: '/YYYYMM/DD/<uuid>.html under a column id: 河北省人民政府 (/columns/<uuid>/…).',
    examples: {
      match: ['https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202509/02/1a5c7b8b-cd10-4b1a-bb18-c3224dfc62fc.html'],
      miss: ['https://www.hebei.gov.cn/columns/580d0301-2e0b-4152-9dd1-7d7f4e0f4980/index.html'],
    },
  },
  'node-hex': {
    why: '南方网: node_<hex channel>/<hex id>.shtml.',
    examples: {
      match: ['https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml'],
      miss: ['https://news.southcn.com/node_179d29f1ce'],
    },
  },
  'arti': {
    why: 'The CCTV CMS ARTI<id>.shtml under /YYYY/MM/DD/, also run by 共产党员网.',
    examples: {
      match: ['https://www.12371.cn/2022/09/02/ARTI1662105164059870.shtml'],
      miss: ['https://www.12371.cn/2020/11/04/VIDE1604444880212697.shtml'],
    },
  },
  'people-cms': {
    why: 'People\'s CMS c<catalog>-<id>.html under /n/YYYY/MMDD/, also run by 海外网.',
    examples: {
      match: ['http://news.haiwainet.cn/n/2023/0417/c3541093-32592234.html'],
      miss: ['http://news.haiwainet.cn/'],
    },
  },
  'ws-hex': {
    why: '/a/YYYYMM/DD/WS<24 hex>.html: China Daily\'s CMS, also run by 京报网.',
    examples: {
      match: ['http://www.bjd.com.cn/a/202001/16/WS5e206115e4b0e6e58393919b.html'],
      miss: ['http://www.bjd.com.cn/'],
    },
  },
  'content-post': {
    why: '…/content/post_<id>.html: 广东省人民政府 and its cities.',
    examples: {
      match: ['https://www.gd.gov.cn/gdywdt/dsdt/content/post_4148215.html'],
      miss: ['https://www.gd.gov.cn/gdywdt/zwzt/szzc/index.html'],
    },
  },
  'c-id': {
    why: 'Xinhua\'s older CMS c_<id>.htm after /YYYY-MM/DD/, also run by 中国网信网.',
    examples: {
      match: ['https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm'],
      miss: ['https://www.cac.gov.cn/2023-07/13/'],
    },
  },
  'month-hex': {
    why: 'A month or day folder, then a 32-hex id: 上海市人民政府 (/nw4411/YYYYMMDD/<hex>.html), 新疆维吾尔自治区人民政府 and 海南省人民政府 (/YYYYMM/<hex>.shtml).',
    examples: {
      match: [
        'https://www.shanghai.gov.cn/nw4411/20240303/210a0336b8c14e97a6de2c0672d969fc.html',
        'https://www.xinjiang.gov.cn/xinjiang/bmdt/202310/2339a216530641b7adab3da6bd6bbe48.shtml',
      ],
      miss: ['https://www.xinjiang.gov.cn/xinjiang/xjyw/common_list.shtml'],
    },
  },
  'month-id': {
    why: 'A month folder, then a long numeric id: 甘肃省人民政府 (/YYYYMM/<id>.shtml), 华声在线 (/article/YYYYMM/<timestamp id>.html).',
    examples: {
      match: ['https://www.gansu.gov.cn/gsszf/gsyw/202503/174095898.shtml', 'http://news.voc.com.cn/article/201906/201906231502051514.html'],
      miss: ['https://www.gansu.gov.cn/gsszf/gsyw/common_noleftlist.shtml'],
    },
  },
  'date8-id': {
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
  'year-month-id': {
    why: '/YYYY/MM/id/<id>.shtml: 中国法院网 and the court sites on its CMS.',
    examples: {
      match: ['https://www.chinacourt.org/article/detail/2021/04/id/5967868.shtml'],
      miss: ['https://www.chinacourt.org/article/index/id/MzAwNDAwNjAwMiACAAA.shtml'],
    },
  },
  'month-content': {
    why: '中国政府网 and the portals on its CMS: /<column>/YYYYMM/content_<id>.htm, the gazette /gongbao/content/YYYY/content_<id>.htm.',
    examples: {
      match: ['https://www.gov.cn/yaowen/liebiao/202405/content_6952381.htm', 'https://www.gov.cn/gongbao/content/2007/content_711039.htm'],
      miss: ['https://www.gov.cn/yaowen/liebiao/home.htm', 'https://www.gov.cn/gongbao/currentissue.htm'],
    },
  },
  'node-hex-list': {
    why: '南方网 channel lists are a bare node_<hex>, with or without a trailing slash.',
    examples: {
      match: ['https://news.southcn.com/node_179d29f1ce', 'https://news.southcn.com/node_ac2b0b62a4/'],
      miss: ['https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml'],
    },
  },
  'epaper-layout-any': {
    why: 'E-paper 版面 pages (nbs.* or /pc/layout/…/node_*) list the articles of one printed page.',
    examples: {
      match: ['http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm', 'http://hbrb.hebnews.cn/pc/paper/layout/201712/20/node_01.html'], // shape
      miss: ['http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html'],
    },
  },
  'list-file': {
    why: 'Numbered list files (list_32.html, more.shtml, news.html?page=2, 澎湃 list_<id>) and files under /list/ on every kind of CMS.',
    examples: {
      match: ['http://www.hinews.cn/news/list_32.html', 'https://www.zsnews.cn/news.html', 'https://www.thepaper.cn/list_25434', 'http://kuaixun.stcn.com/list/kxgs.shtml'], // shape: the first two
      miss: ['http://www.hinews.cn/news/system/2019/11/04/032208722.shtml'],
    },
  },
};

/** The note of a URL rule by its id, or null. */
export function urlRuleNote(ruleId: string): UrlNote | null {
  const note = ruleId.startsWith('field-') ? SHAPE_NOTES[ruleId.slice('field-'.length)] : RULE_NOTES[ruleId];
  return note ?? null;
}
