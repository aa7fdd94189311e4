import { describe, expect, it } from 'vitest';
import {
  type DomSignals,
  detect,
  evaluate,
  gateByUrl,
  hasChinese,
  idsMatchUrl,
  titleBrand,
} from '@/lib/core/article/detect';
import { classifyUrl } from '@/lib/core/article/url-rules';

const CHINESE = '　　新华社北京4月24日电　国家主席习近平24日向首届“中国－拉美和加勒比国家航天合作论坛”致贺信。';
const ENGLISH = 'Since it was established, the monitoring system has recorded a growing number of wild animals in NE China.';

function dom(over: Partial<DomSignals> = {}): DomSignals {
  return { title: '', metas: {}, canonicalUrl: null, breadcrumb: null, body: null, editorText: '', infoText: '', sample: '', ...over };
}

/** The people.com.cn facts of people_n1_02 (rm_txt), as page-signals reads them. */
const PEOPLE_RM_TXT = dom({
  title: '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网',
  metas: {
    copyright: '人民网版权所有',
    filetype: '0', publishedtype: '1', pagetype: '1', catalogs: '1004', contentid: '40232587',
    publishdate: '2024-05-10', source: '来源：人民日报',
  },
  breadcrumb: '人民网',
  body: { selector: '.rm_txt_con', peoplesDaily: true },
  editorText: '(责编：胡永秋、杨光宇)',
  infoText: '2024年05月10日06:58 | 来源：人民网－人民日报',
  sample: CHINESE,
});

describe('detect: People\'s Daily DOM signals', () => {
  it('scores all eight Step B signals on a rm_txt page with its URL', () => {
    const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
    const e = evaluate(PEOPLE_RM_TXT, url, 'people.com.cn');
    expect(e.pd).toEqual(['copyright', 'cms-meta', 'ids-match-url', 'meta-source', 'breadcrumb', 'body:.rm_txt_con', 'editor-line', 'dateline']);
    const info = detect(url, PEOPLE_RM_TXT);
    expect(info).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: null });
    expect(info.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('recognises an archive copy (no URL) from strong DOM signals alone', () => {
    const info = detect(null, PEOPLE_RM_TXT);
    expect(info).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true });
    expect(info.signals).toContain('dom:peoples-daily');
    expect(info.signals).toContain('url:none');
  });

  it('lets the DOM decide an undecided path on a known host, keeping the URL\'s site', () => {
    const url = 'http://finance.people.com.cn/mirror/40232587.html';
    expect(classifyUrl(url).kind).toBe('unknown');
    expect(detect(url, PEOPLE_RM_TXT)).toMatchObject({ isArticle: true, site: 'people.com.cn' });
    expect(detect(url, dom({ sample: CHINESE }))).toMatchObject({ isArticle: false, site: 'people.com.cn', peoplesDaily: true });
  });

  it('reads Traditional markers (人民網, 來源, 責編) of the /BIG5/ pages', () => {
    const big5 = dom({
      metas: { copyright: '人民網版權所有', source: '來源：人民日報客戶端' },
      breadcrumb: '人民網',
      editorText: '(責編:李淑靜、彭應兵)',
      infoText: '2023年02月03日10:44 | 來源：人民日報客戶端',
      sample: '大湖之南｜守護萬家燈火，溫暖一方百姓。湖南省公安廳推出便民服務新舉措。',
    });
    expect(evaluate(big5, null, null).pd).toEqual(['copyright', 'meta-source', 'breadcrumb', 'editor-line', 'dateline']);
    expect(detect(null, big5)).toMatchObject({ isArticle: true, peoplesDaily: true });
  });

  it('needs three signals, one of them naming People\'s', () => {
    // A 人民网 list page: copyright and breadcrumb, nothing else.
    const list = dom({ metas: { copyright: '人民网版权所有' }, breadcrumb: '人民网', sample: CHINESE });
    expect(detect(null, list)).toMatchObject({ isArticle: false, site: 'people.com.cn' });
    // Three shared signals (CMS block, 来源 meta, a PD-like container) without a People's name.
    const anonymous = dom({
      metas: { filetype: '0', publishedtype: '1', pagetype: '1', catalogs: '1', contentid: '12345', source: '来源：某报' },
      body: { selector: '.box_con', peoplesDaily: true },
      sample: CHINESE,
    });
    expect(evaluate(anonymous, null, null).pd).toHaveLength(3);
    expect(detect(null, anonymous).isArticle).toBe(false);
  });

  it('never calls a page with little or no Chinese an article, whatever else it has', () => {
    const english = { ...PEOPLE_RM_TXT, title: 'Monitoring system aids wild animal protection', sample: ENGLISH };
    expect(detect(null, english)).toMatchObject({ isArticle: false });
    expect(detect('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', english)).toMatchObject({ isArticle: false, site: 'people.com.cn' });
    expect(detect(null, english).signals).toContain('no-chinese');
  });
});

describe('detect: peers and URL verdicts', () => {
  const gmwLike = dom({
    title: '维护全人类共同利益需联手抵制保护主义\n_光明网',
    metas: { filetype: '0', publishedtype: '1', pagetype: '1', catalogs: '9844', contentid: '37319243' },
    body: { selector: '.u-mainText', peoplesDaily: false },
    infoText: '来源：人民日报2024-05-13 08:49',
    sample: CHINESE,
  });

  it('accepts a peer from CMS block + body container + date/source line, with its brand as site', () => {
    expect(detect(null, gmwLike)).toMatchObject({ isArticle: true, site: 'gmw.cn', peoplesDaily: false });
    expect(detect(null, { ...gmwLike, infoText: '' }).isArticle).toBe(false);
    expect(detect(null, { ...gmwLike, body: null }).isArticle).toBe(false);
  });

  it('trusts an article URL when the page has Chinese text, even with a weak DOM (cctv_01: empty #text_area)', () => {
    const info = detect('https://news.cctv.com/2026/06/25/ARTIFiTBDMPpFiGg80NaU8s0260625.shtml', dom({ sample: CHINESE }));
    expect(info).toMatchObject({ isArticle: true, site: 'cctv.com', peoplesDaily: false });
    expect(info.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('decides list and other URLs without DOM signals', () => {
    expect(gateByUrl(classifyUrl('http://www.people.com.cn/GB/138812/index.html'))).toMatchObject({
      isArticle: false, site: 'people.com.cn', peoplesDaily: true, confidence: 0.95, signals: ['url:list:people-channel'],
    });
    expect(gateByUrl(classifyUrl('http://en.people.cn/n3/2022/1123/c90000-10175286.html'))).toMatchObject({ isArticle: false, site: 'en.people.cn', peoplesDaily: false });
    expect(gateByUrl(classifyUrl('http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html'))).toBeNull();
    expect(gateByUrl(null)).toBeNull();
    // Even a page full of People's signals stays a list page when its URL says so.
    expect(detect('http://paper.people.com.cn/rmrb/html/2024-05/10/nbs.D110000renmrb_01.htm', PEOPLE_RM_TXT).isArticle).toBe(false);
  });

  it('is more confident the more signals it finds', () => {
    const url = 'http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html';
    const weak = detect(url, dom({ sample: CHINESE })).confidence;
    const strong = detect(url, PEOPLE_RM_TXT).confidence;
    expect(strong).toBeGreaterThan(weak);
    for (const c of [weak, strong, detect(null, dom()).confidence]) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('detect helpers', () => {
  it('cross-checks contentid and catalogs against the URL (templates.md §1.4)', () => {
    const metas = { catalogs: '1004', contentid: '40232587' };
    expect(idsMatchUrl('http://finance.people.com.cn/n1/2024/0510/c1004-40232587.html', metas)).toBe(true);
    expect(idsMatchUrl('http://finance.people.com.cn/n1/2024/0510/c1004-40232587-2.html', metas)).toBe(true);
    expect(idsMatchUrl('http://finance.people.com.cn/n1/2024/0510/c1001-40232587.html', metas)).toBe(false);
    expect(idsMatchUrl('http://finance.people.com.cn/n1/2024/0510/c1004-40232588.html', metas)).toBe(false);
    expect(idsMatchUrl(null, metas)).toBe(false);
    // Peers: contentid appears in the URL (gmw_01, youth_01, cctv_01).
    expect(idsMatchUrl('https://politics.gmw.cn/2024-05/13/content_37319243.htm', { contentid: '37319243' })).toBe(true);
  });

  it('names the outlet from the last segment of <title>', () => {
    expect(titleBrand('女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网')).toBe('people.com.cn');
    expect(titleBrand('大湖之南|守護萬家燈火,溫暖一方百姓--湖南頻道--人民網')).toBe('people.com.cn');
    expect(titleBrand('新华视界｜河北遵化：数字农机服务助力农业生产-新华网河北频道-新华网')).toBe('news.cn');
    expect(titleBrand('联合国报告称全球仍有6.55亿人用不上电_新闻频道_央视网(cctv.com)')).toBe('cctv.com');
    expect(titleBrand('外国专家：中美合作共赢符合国际社会利益 - 中国日报网')).toBe('chinadaily.com.cn');
    expect(titleBrand('【中国稳健前行】坚定实施扩大内需战略 -中新网')).toBe('chinanews.com');
    // A name that is not the suffix is a topic, not the outlet.
    expect(titleBrand('人民网评：让数据多跑路-光明网')).toBe('gmw.cn');
    expect(titleBrand('人民网评：让数据多跑路')).toBeNull();
    expect(titleBrand('')).toBeNull();
  });

  it('takes the canonical URL\'s site over the title (chinadaily_01 has og:url)', () => {
    const d = dom({ title: 'x - 中国日报网', canonicalUrl: 'https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html' });
    expect(evaluate(d, null, null).brand).toBe('chinadaily.com.cn');
  });

  it('calls text Chinese from 20 ideographs and a quarter of the letters', () => {
    expect(hasChinese({ cjk: 20, latin: 60 })).toBe(true);
    expect(hasChinese({ cjk: 19, latin: 0 })).toBe(false);
    expect(hasChinese({ cjk: 40, latin: 200 })).toBe(false);
  });
});
