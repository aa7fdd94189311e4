/**
 * Where the field registry's facts were read, keyed by outlet id: one real article URL of each
 * outlet (`example`, so a test can check that the URL rules recognise its articles), where host and
 * example were read (`source`) and, for the People's Daily family, where the membership was read
 * (`familySource`). Kept apart from the runtime lists so that the content script, which carries
 * the registry onto every news page, does not carry these notes; only tests and docs read them,
 * and a test checks that every outlet has its entry here and every entry here an outlet.
 */

export interface Provenance {
  /** A real article URL of the outlet. */
  example: string;
  /** Where the host and the example were read. */
  source: string;
  /** For the People's Daily family: where the membership was read. */
  familySource?: string;
}

// A short, uniform note of where a fact was read.

/** A public repository file in the code index links the example; `query` is the string searched. */
function codeIndex(query: string): string {
  return `code index: public repository files link the example (searched "${query}")`;
}

/** A page read through the pages corpus (its own address). */
function page(url: string): string {
  return `pages corpus: ${url}`;
}

/** The project's own corpus (tests/fixtures/corpus/urls.tsv, real links from saved pages). */
const CORPUS = 'tests/fixtures/corpus/urls.tsv';

/** A saved page of a public benchmark (its URL field). */
const MAGIC_HTML = 'saved page: opendatalab/magic-html benchmark/data/article/base.json (url field)';

export const PROVENANCE: Readonly<Record<string, Provenance>> = {
  // Central media (CENTRAL).
  '81.cn': { example: 'http://www.81.cn/jfjbmap/content/2019-03/01/content_228400.htm', source: codeIndex('www.81.cn/') },
  'cankaoxiaoxi.com': { example: 'http://www.cankaoxiaoxi.com/science/20170313/1763167.shtml', source: codeIndex('www.cankaoxiaoxi.com/') },
  'ccdi.gov.cn': { example: 'https://www.ccdi.gov.cn/yaowenn/202401/t20240124_324154.html', source: codeIndex('www.ccdi.gov.cn/yaowen') },
  'cctv.com': { example: 'https://news.cctv.com/2026/06/25/ARTIFiTBDMPpFiGg80NaU8s0260625.shtml', source: CORPUS },
  'ce.cn': { example: 'https://www.ce.cn/xwzx/gnsz/gdxw/202405/13/t20240513_39001260.shtml', source: codeIndex('www.ce.cn/xwzx/') },
  'china.com.cn': { example: 'http://news.china.com.cn/2024-05/13/content_117184963.shtml', source: MAGIC_HTML },
  'chinacourt.org': { example: 'https://www.chinacourt.org/article/detail/2021/04/id/5967868.shtml', source: codeIndex('www.chinacourt.org/article/detail/') },
  'chinadaily.com.cn': { example: 'https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html', source: CORPUS },
  'chinanews.com': { example: 'http://www.chinanews.com/ll/2020/07-04/9229287.shtml', source: CORPUS },
  'cnr.cn': { example: 'http://news.cnr.cn/native/gd/20160911/t20160911_523127787.shtml', source: codeIndex('news.cnr.cn/native/') },
  'cri.cn': { example: 'http://news.cri.cn/20200928/cd17b569-f9ad-fb2a-43fd-b5dc900bebd6.html', source: codeIndex('news.cri.cn/20') },
  'cssn.cn': { example: 'https://www.cssn.cn/skgz/bwyc/202412/t20241225_5826232.shtml', source: codeIndex('www.cssn.cn/') },
  'cyol.com': { example: 'http://news.cyol.com/gb/articles/2022-01/05/content_NRWLXH8WV.html', source: codeIndex('news.cyol.com/gb/articles/') },
  'farmer.com.cn': { example: 'http://www.farmer.com.cn/2022/07/27/99897226.html', source: codeIndex('www.farmer.com.cn/20') },
  'gmw.cn': { example: 'https://politics.gmw.cn/2024-05/13/content_37319243.htm', source: CORPUS },
  'haiwainet.cn': { example: 'http://news.haiwainet.cn/n/2023/0417/c3541093-32592234.html', source: codeIndex('haiwainet.cn/n/20'), familySource: page('https://codesou.cn/toutiaozixun/guoneixinwen/185005.html') + ': 人民日报海外版 runs 海外网' },
  'huanqiu.com': { example: 'https://world.huanqiu.com/article/4MSVE1DOKy3', source: codeIndex('huanqiu.com/article/'), familySource: page('https://big5.sputniknews.cn/20151209/1017303615.html') + ': 环球网 was set up by 人民日报社, 人民网 and 环球时报社' },
  'jcrb.com': { example: 'http://news.jcrb.com/jxsw/201112/t20111211_770151.html', source: codeIndex('news.jcrb.com/') },
  'jjckb.cn': { example: 'https://www.jjckb.cn/20250325/c7357013f0c944c0a6aa21b041f20c7e/c.htm', source: codeIndex('www.jjckb.cn/20') },
  'legaldaily.com.cn': { example: 'http://www.legaldaily.com.cn/index/content/2020-10/14/content_8326920.htm', source: codeIndex('legaldaily.com.cn/index/content/') },
  'news.cn': { example: 'http://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html', source: CORPUS },
  'people.com.cn': { example: 'http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html', source: CORPUS, familySource: page('http://www.people.com.cn/GB/8722/11148/390817/') + ': 人民日报简介 on 人民网' },
  'peopleapp.com': { example: 'https://www.peopleapp.com/rmharticle/30029541267', source: codeIndex('peopleapp.com/'), familySource: page('http://wap.1dianshi.com/dqjs/detail.html?zxbh=2678') + ': 人民日报客户端 and its 人民号 platform' },
  'qstheory.cn': { example: 'http://www.qstheory.cn/dukan/qs/2024-05/16/c_1130145783.htm', source: CORPUS },
  'rmlt.com.cn': { example: 'https://www.rmlt.com.cn/2016/1019/442588.shtml', source: codeIndex('www.rmlt.com.cn/20'), familySource: codeIndex('www.rmlt.com.cn/20') + ': a file lists it as 人民论坛（人民日报社）' },
  'rmzxb.com.cn': { example: 'http://www.rmzxb.com.cn/c/2023-02-27/3299508.shtml', source: codeIndex('www.rmzxb.com.cn/c/') },
  'stcn.com': { example: 'http://kuaixun.stcn.com/2019/0926/15409036.shtml', source: 'saved page: tests/fixtures/field/manifest.json (stcn_01)', familySource: 'saved page: tests/fixtures/field/manifest.json (stcn_01: 证券时报, of 人民日报社, read from the page)' },
  'stdaily.com': { example: 'https://www.stdaily.com/web/gdxw/2026-06/09/content_529630.html', source: codeIndex('legaldaily.com.cn/index/content/') },
  'studytimes.cn': { example: 'https://www.studytimes.cn/llsd/202603/t20260324_86781.html', source: codeIndex('www.studytimes.cn/') },
  'taiwan.cn': { example: 'http://taiwan.cn/xwzx/bwkx/201205/t20120528_2698340.htm', source: page('http://taiwan.cn/xwzx/bwkx/201205/t20120528_2698340.htm') },
  'theorychina.org.cn': { example: 'https://www.theorychina.org.cn/c/2024-05-05/1499615.shtml', source: 'saved page: tests/fixtures/field/manifest.json (theorychina_01)' },
  'tibet.cn': { example: 'http://www.tibet.cn/cn/news/zcdt/202508/t20250804_7835502.html', source: codeIndex('www.tibet.cn/cn/') },
  'wenming.cn': { example: 'http://www.wenming.cn/xj_pd/yw/201709/t20170913_4421323.shtml', source: codeIndex('www.wenming.cn/') },
  'workercn.cn': { example: 'https://www.workercn.cn/c/2026-07-13/8845672.shtml', source: codeIndex('workercn.cn/') },
  'xinhuanet.com': { example: 'http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm', source: CORPUS },
  'youth.cn': { example: 'https://news.youth.cn/gn/202405/t20240513_15249693.htm', source: CORPUS },
  // Local media (LOCAL).
  'anhuinews.com': { example: 'http://ah.anhuinews.com/szxw/202210/t20221008_6438674.html', source: codeIndex('ah.anhuinews.com/') },
  'bjd.com.cn': { example: 'http://www.bjd.com.cn/a/202001/16/WS5e206115e4b0e6e58393919b.html', source: codeIndex('bjd.com.cn/a/20') },
  'bjnews.com.cn': { example: 'https://www.bjnews.com.cn/detail/1659604527168850.html', source: codeIndex('www.bjnews.com.cn/detail/') },
  'chinajilin.com.cn': { example: 'http://www.chinajilin.com.cn/news/content/2014-08/22/content_3380321.htm', source: codeIndex('chinajilin.com.cn/news/') },
  'chinatibetnews.com': { example: 'https://www.chinatibetnews.com/sn/2024-08/09/content_6255347.html', source: codeIndex('chinatibetnews.com/') },
  'cjn.cn': { example: 'http://news.cjn.cn/sywh/201804/t3188121.htm', source: codeIndex('news.cjn.cn/') },
  'cnhubei.com': { example: 'http://news.cnhubei.com/content/2024-06/25/content_18090027.html', source: codeIndex('news.cnhubei.com/content/20') },
  'cnnb.com.cn': { example: 'http://news.cnnb.com.cn/system/2012/08/01/007402371.shtml', source: codeIndex('cnnb.com.cn/') },
  'cnwest.com': { example: 'http://news.cnwest.com/szyw/a/2019/06/24/17850592.html', source: codeIndex('news.cnwest.com/szyw/a/') },
  'cqnews.net': { example: 'http://news.cqnews.net/html/2017-06/08/content_41874417.htm', source: codeIndex('cqnews.net/html/20') },
  'dahe.cn': { example: 'https://news.dahe.cn/2021/10-24/915798.html', source: codeIndex('news.dahe.cn/20') },
  'dayoo.com': { example: 'https://news.dayoo.com/guangzhou/202605/25/153828_54963379.htm', source: codeIndex('news.dayoo.com/') },
  'dbw.cn': { example: 'http://legal.dbw.cn/system/2015/08/26/056773962.shtml', source: codeIndex('dbw.cn/system/20') },
  'dzb.henandaily.cn': { example: 'https://dzb.henandaily.cn/html5/2026-05/08/content_18_1791851.htm', source: codeIndex('henandaily.cn/') },
  'dzwww.com': { example: 'https://yantai.dzwww.com/xinwen/ytxw/ytsh/201912/t20191209_17203181.htm', source: codeIndex('dzwww.com/xinwen/') },
  'eastday.com': { example: 'https://j.021east.com/p/1715572974045997', source: MAGIC_HTML },
  'enorth.com.cn': { example: 'http://news.enorth.com.cn/system/2013/07/19/011159841.shtml', source: codeIndex('enorth.com.cn/system/20') },
  'fjsen.com': { example: 'http://fjnews.fjsen.com/2022-10/09/content_31149826.htm', source: codeIndex('news.fjsen.com/20') },
  'gansudaily.com.cn': { example: 'http://china.gansudaily.com.cn/system/2024/02/27/030960512.shtml', source: codeIndex('gansudaily.com.cn/') },
  'gog.cn': { example: 'http://culture.gog.cn/system/2017/08/23/016027361.shtml', source: codeIndex('gog.cn/system/20') },
  'gxnews.com.cn': { example: 'http://www.gxnews.com.cn/staticpages/20201127/newgx5fc0730f-19964440.shtml', source: codeIndex('gxnews.com.cn/staticpages/20') },
  'hangzhou.com.cn': { example: 'http://hznews.hangzhou.com.cn/chengshi/content/2017-09/17/content_6659767.htm', source: codeIndex('hznews.hangzhou.com.cn/') },
  'hbrb.hebnews.cn': { example: 'http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html', source: codeIndex('hebnews.cn') },
  'hebei.com.cn': { example: 'http://news.hebei.com.cn/system/2019/04/09/019567589.shtml', source: codeIndex('hebei.com.cn/system/20') },
  'hebnews.cn': { example: 'http://hebei.hebnews.cn/2020-06/25/content_7959208.htm', source: codeIndex('hebei.hebnews.cn/20') },
  'henandaily.cn': { example: 'http://www.henandaily.cn/content/szheng/2018/0412/96060.html', source: codeIndex('henandaily.cn/') },
  'hinews.cn': { example: 'http://www.hinews.cn/news/system/2019/11/04/032208722.shtml', source: codeIndex('www.hinews.cn/news/system/20') },
  'hnr.cn': { example: 'http://news.hnr.cn/xwgqtj/201808/t20180817_3130286.html', source: codeIndex('news.hnr.cn/') },
  'icswb.com': { example: 'https://www.icswb.com/h/162/20210612/716902.html', source: codeIndex('icswb.com/h/') },
  'jschina.com.cn': { example: 'http://life.jschina.com.cn/system/2012/12/11/015515252.shtml', source: codeIndex('jschina.com.cn/') },
  'jxnews.com.cn': { example: 'http://jiangxi.jxnews.com.cn/system/2016/11/16/015387323.shtml', source: codeIndex('jxnews.com.cn/system/20') },
  'lnd.com.cn': { example: 'https://news.lnd.com.cn/system/2023/09/08/030432462.shtml', source: codeIndex('news.lnd.com.cn/system/20') },
  'nen.com.cn': { example: 'http://news.nen.com.cn/system/2014/04/11/012127786.shtml', source: codeIndex('news.nen.com.cn/') },
  'nmgnews.com.cn': { example: 'https://inews.nmgnews.com.cn/system/2015/07/09/011722641.shtml', source: codeIndex('nmgnews.com.cn/') },
  'nxnews.net': { example: 'https://www.nxnews.net/yc/jrww/202302/t20230224_7868269.html', source: codeIndex('nxnews.net/') },
  'qhnews.com': { example: 'https://www.qhnews.com/newscenter/system/2023/10/01/013875234.shtml', source: codeIndex('qhnews.com/') },
  'qianlong.com': { example: 'http://beijing.qianlong.com/2017/0309/1478474.shtml', source: codeIndex('qianlong.com/20') },
  'qingdaonews.com': { example: 'http://news.qingdaonews.com/qingdao/2016-03/27/content_11537450.htm', source: codeIndex('news.qingdaonews.com/') },
  'rednet.cn': { example: 'https://news.rednet.cn/content/2018/07/27/4788009.html', source: codeIndex('rednet.cn/content/') },
  'scol.com.cn': { example: 'https://cbgc.scol.com.cn/news/5138676', source: codeIndex('scol.com.cn/') },
  'shobserver.com': { example: 'https://www.shobserver.com/news/detail?id=1040358', source: codeIndex('www.shobserver.com/news/detail?id=') },
  'southcn.com': { example: 'https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml', source: page('https://opinion.southcn.com/node_b224705705/de06e41ac7.shtml') },
  'subaonet.com': { example: 'http://news.subaonet.com/2015/0911/1547958.shtml', source: codeIndex('news.subaonet.com/') },
  'sxgov.cn': { example: 'https://www.sxgov.cn/content/2025-09/12/content_13503101.htm', source: codeIndex('sxgov.cn/content/20') },
  'sxrb.com': { example: 'http://news.sxrb.com/GB/314064/9947757.html', source: codeIndex('sxrb.com/') },
  'syd.com.cn': { example: 'http://news.syd.com.cn/system/2020/05/31/011829051.shtml', source: codeIndex('news.syd.com.cn/') },
  'sz.nxnews.net': { example: 'http://sz.nxnews.net/nxrb/html/2013-07/01/content_386331.htm', source: codeIndex('nxnews.net/') },
  'szb.nmgnews.com.cn': { example: 'https://szb.nmgnews.com.cn/nmgrb/html/2023-11/30/content_44883_221709.htm', source: codeIndex('nmgnews.com.cn/') },
  'sznews.com': { example: 'https://www.sznews.com/news/content/2021-06/04/content_24272757.htm', source: codeIndex('sznews.com/news/content/20') },
  'thecover.cn': { example: 'https://www.thecover.cn/news/qXTJI5bc9xiH90qSdq8Jkw==', source: codeIndex('www.thecover.cn/news/') },
  'thepaper.cn': { example: 'https://www.thepaper.cn/newsDetail_forward_26993963', source: codeIndex('thepaper.cn/newsDetail_forward_') },
  'ts.cn': { example: 'https://www.ts.cn/xwzx/shxw/202409/t20240923_23975204.shtml', source: codeIndex('www.ts.cn/xwzx/') },
  'voc.com.cn': { example: 'http://news.voc.com.cn/article/201906/201906231502051514.html', source: codeIndex('voc.com.cn/article/') },
  'whb.cn': { example: 'https://www.whb.cn/zhuzhan/jjl/20180227/190445.html', source: codeIndex('www.whb.cn/') },
  'xhby.net': { example: 'https://www.xhby.net/content/s6800fe3fe4b0e37860aec499.html', source: codeIndex('xhby.net/') },
  'xinmin.cn': { example: 'http://news.xinmin.cn/shehui/2016/01/26/29399751.html', source: codeIndex('xinmin.cn/') },
  'xmnn.cn': { example: 'https://news.xmnn.cn/xmxw/202507/t20250725_355881.html', source: codeIndex('news.xmnn.cn/') },
  'yangtse.com': { example: 'https://www.yangtse.com/news/ch/202607/t20260718_373627.html', source: codeIndex('yangtse.com/') },
  'ycwb.com': { example: 'https://news.ycwb.com/2024-11/16/content_53061759.htm', source: codeIndex('ycwb.com/20') },
  'ynet.com': { example: 'https://news.ynet.com/2024/05/08/3758770t70.html', source: codeIndex('news.ynet.com/20') },
  'yunnan.cn': { example: 'http://society.yunnan.cn/system/2019/06/09/030296548.shtml', source: codeIndex('yunnan.cn/system/20') },
  'zjol.com.cn': { example: 'https://zjnews.zjol.com.cn/zjnews/202412/t20241203_30684754.shtml', source: codeIndex('zjnews.zjol.com.cn/') },
  'zsnews.cn': { example: 'https://www.zsnews.cn/news/index/view/cateid/37/id/721845.html', source: codeIndex('zsnews.cn/news/') },
  // Government portals (GOVERNMENT).
  '12371.cn': { example: 'https://www.12371.cn/2022/09/02/ARTI1662105164059870.shtml', source: codeIndex('www.12371.cn/20') },
  'ah.gov.cn': { example: 'https://www.ah.gov.cn/zwyw/jryw/565497491.html', source: codeIndex('www.ah.gov.cn/zwyw/') },
  'beijing.gov.cn': { example: 'https://www.beijing.gov.cn/ywdt/gzdt/202412/t20241222_3970796.html', source: codeIndex('www.beijing.gov.cn/ywdt/') },
  'cac.gov.cn': { example: 'https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm', source: codeIndex('www.cac.gov.cn/20') },
  'cmse.gov.cn': { example: 'http://www.cmse.gov.cn/ztbd/xwfbh/201206/t20120624_43188.html', source: 'saved page: tests/fixtures/field/manifest.json (cmse_01)' },
  'cq.gov.cn': { example: 'https://www.cq.gov.cn/ywdt/jrcq/202210/t20221025_11222084.html', source: codeIndex('www.cq.gov.cn/ywdt/') },
  'fujian.gov.cn': { example: 'http://www.fujian.gov.cn/xwdt/fjyw/202012/t20201207_5474736.htm', source: codeIndex('www.fujian.gov.cn/xwdt/') },
  'gansu.gov.cn': { example: 'https://www.gansu.gov.cn/gsszf/gsyw/202503/174095898.shtml', source: codeIndex('www.gansu.gov.cn/gsszf/') },
  'gd.gov.cn': { example: 'https://www.gd.gov.cn/gdywdt/dsdt/content/post_4148215.html', source: codeIndex('www.gd.gov.cn/gdywdt/') },
  'gov.cn': { example: 'https://www.gov.cn/xinwen/2022-05/20/content_5691402.htm', source: CORPUS },
  'guizhou.gov.cn': { example: 'https://www.guizhou.gov.cn/dcgz/hkgz/rmjd/202109/t20210914_70370942.html', source: codeIndex('www.guizhou.gov.cn/') },
  'gxzf.gov.cn': { example: 'http://www.gxzf.gov.cn/gxyw/t27181042.shtml', source: codeIndex('www.gxzf.gov.cn/') },
  'hainan.gov.cn': { example: 'https://www.hainan.gov.cn/hainan/szfbgt/202310/t20231007_3498972.html', source: codeIndex('www.hainan.gov.cn/hainan/') },
  'hebei.gov.cn': { example: 'https://www.hebei.gov.cn/columns/5b47c431-a184-4cd1-bdc9-172f60c82cc6/202509/02/1a5c7b8b-cd10-4b1a-bb18-c3224dfc62fc.html', source: codeIndex('www.hebei.gov.cn/columns/') },
  'henan.gov.cn': { example: 'https://www.henan.gov.cn/2022/11-25/2646103.html', source: codeIndex('www.henan.gov.cn/20') },
  'hlj.gov.cn': { example: 'https://www.hlj.gov.cn/hlj/tsms/202501/c00_31797990.shtml', source: codeIndex('www.hlj.gov.cn/') },
  'hubei.gov.cn': { example: 'https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/202402/t20240226_5096381.shtml', source: codeIndex('www.hubei.gov.cn/zwgk/hbyw/') },
  'hunan.gov.cn': { example: 'https://www.hunan.gov.cn/hnszf/hnyw/zwdt/202112/t20211206_21247807.html', source: codeIndex('www.hunan.gov.cn/hnszf/hnyw/') },
  'jiangsu.gov.cn': { example: 'https://www.jiangsu.gov.cn/art/2020/5/1/art_64797_9091993.html', source: codeIndex('www.jiangsu.gov.cn/art/20') },
  'jiangxi.gov.cn': { example: 'http://www.jiangxi.gov.cn/art/2019/5/19/art_393_692735.html', source: codeIndex('www.jiangxi.gov.cn/art/20') },
  'jl.gov.cn': { example: 'https://www.jl.gov.cn/yaowen/202508/t20250811_3488815.html', source: codeIndex('www.jl.gov.cn/') },
  'ln.gov.cn': { example: 'https://www.ln.gov.cn/web/ywdt/msrd/2025120309171675367/index.shtml', source: codeIndex('www.ln.gov.cn/web/ywdt/') },
  'nmg.gov.cn': { example: 'https://www.nmg.gov.cn/zwyw/tpxw/202607/t20260731_2935986.html', source: codeIndex('www.nmg.gov.cn/zwyw/') },
  'npc.gov.cn': { example: 'http://www.npc.gov.cn/npc/c2/c30834/202309/t20230901_431424.html', source: codeIndex('www.npc.gov.cn/npc/c') },
  'nx.gov.cn': { example: 'https://www.nx.gov.cn/ssjn/esyj/202303/t20230330_4015332.html', source: codeIndex('www.nx.gov.cn/') },
  'qinghai.gov.cn': { example: 'https://www.qinghai.gov.cn/zwgk/system/2025/09/19/030081965.shtml', source: codeIndex('www.qinghai.gov.cn/') },
  'sc.gov.cn': { example: 'https://www.sc.gov.cn/10462/10464/10797/2015/3/25/10330618.shtml', source: codeIndex('www.sc.gov.cn/10462/') },
  'shaanxi.gov.cn': { example: 'https://www.shaanxi.gov.cn/xw/sxyw/202507/t20250717_3544059.html', source: codeIndex('www.shaanxi.gov.cn/xw/') },
  'shandong.gov.cn': { example: 'http://www.shandong.gov.cn/art/2023/4/20/art_107851_120123.html', source: codeIndex('www.shandong.gov.cn/art/20') },
  'shanghai.gov.cn': { example: 'https://www.shanghai.gov.cn/nw4411/20240303/210a0336b8c14e97a6de2c0672d969fc.html', source: codeIndex('www.shanghai.gov.cn/nw4411/20') },
  'shanxi.gov.cn': { example: 'http://www.shanxi.gov.cn/ywdt/sxyw/202308/t20230807_9078335.shtml', source: codeIndex('www.shanxi.gov.cn/ywdt/') },
  'tj.gov.cn': { example: 'https://www.tj.gov.cn/sy/tjxw/202404/t20240411_6596937.html', source: codeIndex('www.tj.gov.cn/sy/') },
  'xinjiang.gov.cn': { example: 'https://www.xinjiang.gov.cn/xinjiang/bmdt/202310/2339a216530641b7adab3da6bd6bbe48.shtml', source: codeIndex('www.xinjiang.gov.cn/xinjiang/') },
  'xizang.gov.cn': { example: 'https://www.xizang.gov.cn/xwzx_406/dsdt/202605/t20260525_541671.html', source: codeIndex('www.xizang.gov.cn/') },
  'yn.gov.cn': { example: 'https://www.yn.gov.cn/ywdt/ynyw/202607/t20260726_329257.html', source: codeIndex('www.yn.gov.cn/ywdt/') },
  'zj.gov.cn': { example: 'https://www.zj.gov.cn/art/2024/1/26/art_1554467_60195319.html', source: codeIndex('www.zj.gov.cn/art/20') },
};
