import { describe, expect, it } from 'vitest';
import { classifyUrl, detect, frontPageUrl, genericVerdict, parseSource, wantsGeneric, type DomSignals, type GenericRecord } from '@/lib/core/article';

/** A long paragraph of prose (constructed text). */
const PARA = '江城市今年一季度新开工重点项目四十二个，总投资超过三百亿元，比去年同期增长百分之十二，其中制造业项目占到一半以上。';

/** An article's record: four long paragraphs, a dateline with 来源, an editor line after the body. */
const ARTICLE: GenericRecord = {
  bodyCjk: 4 * 50,
  bodyLinkCjk: 0,
  longParagraphs: 4,
  bodyShort: [],
  around: ['江城一季度新开工重点项目四十二个', '2024-03-15 09:30　来源：江城日报', '（责任编辑：李华）'],
  pageShort: ['首页', '经济', '社会'],
  pageCjk: 600,
  pageLinkCjk: 200,
  metas: {},
  title: '江城一季度新开工重点项目四十二个_江城日报',
};
const URL_ARTICLE = 'https://www.jiangcheng-news.cn/2024/0315/123456.html';

describe('genericVerdict on plain records', () => {
  it('takes prose with a dateline and a credit line for an article', () => {
    const v = genericVerdict(ARTICLE, URL_ARTICLE);
    expect(v.isArticle).toBe(true);
    expect(v.signals).toEqual(expect.arrayContaining(['generic:paragraphs', 'generic:body', 'generic:credit', 'generic:dateline', 'generic:article']));
    expect(v.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('wants one sign of news beside the prose: prose alone (an essay, a manual) is not enough', () => {
    const bare = { ...ARTICLE, around: ['江城概况', '城市简介'] };
    expect(genericVerdict(bare, 'https://www.jiangcheng.cn/about/intro').isArticle).toBe(false);
    // Publish-time metadata, og:type article or an article-shaped URL each suffice.
    expect(genericVerdict({ ...bare, metas: { publishdate: '2024-03-15' } }, null).signals).toContain('generic:time-meta');
    expect(genericVerdict({ ...bare, metas: { publishdate: '2024-03-15' } }, null).isArticle).toBe(true);
    expect(genericVerdict({ ...bare, metas: { 'og:type': 'article' } }, null).isArticle).toBe(true);
    expect(genericVerdict(bare, URL_ARTICLE).isArticle).toBe(true);
  });

  it('reads Traditional pages the same: 來源, 責任編輯, 記者, and full-width digits', () => {
    const trad = { ...ARTICLE, around: ['２０２４年３月１５日', '（責任編輯：李華）'] };
    const v = genericVerdict(trad, null);
    expect(v.signals).toEqual(expect.arrayContaining(['generic:credit', 'generic:dateline']));
    expect(v.isArticle).toBe(true);
    expect(genericVerdict({ ...ARTICLE, around: ['來源：江城日報'] }, null).signals).toContain('generic:credit');
  });

  it('does not count a publish-time meta that holds no date', () => {
    expect(genericVerdict({ ...ARTICLE, around: [], metas: { pubdate: 'unknown' } }, null).signals).not.toContain('generic:time-meta');
  });

  it('takes a one-paragraph news flash only when it is credited and dated', () => {
    const flash = { ...ARTICLE, longParagraphs: 1, bodyCjk: 160 };
    expect(genericVerdict(flash, null).isArticle).toBe(true);
    expect(genericVerdict({ ...flash, around: ['2024-03-15 09:30'] }, null).isArticle).toBe(false);
  });

  it('calls a page with little text not an article, whatever else it shows', () => {
    const v = genericVerdict({ ...ARTICLE, bodyCjk: 80, longParagraphs: 1 }, URL_ARTICLE);
    expect(v.isArticle).toBe(false);
    expect(v.signals).toContain('generic:little-text');
  });

  it('sees a list: headlines as links, or a date ending line after line', () => {
    const links = genericVerdict({ ...ARTICLE, bodyLinkCjk: 300 }, URL_ARTICLE);
    expect(links.isArticle).toBe(false);
    expect(links.signals).toContain('generic:list');
    const dated = genericVerdict({ ...ARTICLE, bodyShort: ['2024-03-10', '2024-03-11', '[2024-03-12]', '03-13', '2024-03-14'] }, URL_ARTICLE);
    expect(dated.signals).toContain('generic:list');
    expect(dated.isArticle).toBe(false);
  });

  it('sees a forum thread by its furniture', () => {
    const v = genericVerdict({ ...ARTICLE, pageShort: ['只看楼主', '回复', '2楼 2024-03-15 10:01', '收起回复'] }, URL_ARTICLE);
    expect(v.signals).toContain('generic:forum');
    expect(v.isArticle).toBe(false);
    // A question-and-answer page: the answer count, the answerers' badges, "rate this answer".
    const qa = ['我来答', '4个回答', '高能答主', '采纳数：1451 获赞数：249608', '你对这个回答的评价是？'];
    expect(genericVerdict({ ...ARTICLE, pageShort: qa }, URL_ARTICLE).isArticle).toBe(false);
    // One reply link under a news article is not a forum.
    expect(genericVerdict({ ...ARTICLE, pageShort: ['回复'] }, URL_ARTICLE).isArticle).toBe(true);
  });

  it('sees a search results page by its count of results or its title', () => {
    expect(genericVerdict({ ...ARTICLE, pageShort: ['为您找到相关结果约120个'] }, URL_ARTICLE).signals).toContain('generic:search');
    expect(genericVerdict({ ...ARTICLE, title: '重点项目 - 搜索结果' }, URL_ARTICLE).isArticle).toBe(false);
    // A headline that says something was found is not a result count.
    expect(genericVerdict({ ...ARTICLE, pageShort: ['失踪游客遗物疑被找到 20万网友关注'] }, URL_ARTICLE).signals).not.toContain('generic:search');
  });

  it('sees an e-paper page index, but not an e-paper article under the same page navigation', () => {
    const nav = ['版面导航', '上一版', '下一版', '第01版：要闻'];
    const index = genericVerdict({ ...ARTICLE, longParagraphs: 0, pageShort: nav }, URL_ARTICLE);
    expect(index.signals).toContain('generic:epaper-index');
    expect(index.isArticle).toBe(false);
    expect(genericVerdict({ ...ARTICLE, pageShort: nav }, URL_ARTICLE).isArticle).toBe(true);
  });

  it('never takes a home page or a channel front', () => {
    for (const url of ['https://www.jiangcheng-news.cn/', 'https://www.jiangcheng-news.cn/index.html', 'https://www.jiangcheng-news.cn/jingji/']) {
      expect(genericVerdict(ARTICLE, url).signals, url).toContain('generic:front-page');
      expect(genericVerdict(ARTICLE, url).isArticle, url).toBe(false);
    }
  });

  it('sees a portal: most of the page is link text and the container holds little of it', () => {
    const v = genericVerdict({ ...ARTICLE, longParagraphs: 2, pageCjk: 5000, pageLinkCjk: 4000 }, URL_ARTICLE);
    expect(v.signals).toContain('generic:link-dense');
    expect(v.isArticle).toBe(false);
    // A short article on a link-heavy page keeps its three long paragraphs.
    expect(genericVerdict({ ...ARTICLE, longParagraphs: 3, pageCjk: 5000, pageLinkCjk: 4000 }, URL_ARTICLE).isArticle).toBe(true);
  });
});

describe('frontPageUrl', () => {
  it('knows fronts from article paths', () => {
    expect(frontPageUrl('https://m.jiangcheng-news.cn/')).toBe(true);
    expect(frontPageUrl('https://www.jiangcheng-news.cn/news/default.aspx')).toBe(true);
    expect(frontPageUrl('https://www.jiangcheng-news.cn/2024/0315/')).toBe(false);
    expect(frontPageUrl('https://www.jiangcheng-news.cn/news/2024-03/15/content_123456.htm')).toBe(false);
    expect(frontPageUrl(null)).toBe(false);
  });
});

/** What page-signals reads of a page with no outlet identity. */
const DOM: DomSignals = {
  title: ARTICLE.title,
  metas: {},
  canonicalUrl: null,
  breadcrumb: null,
  body: null,
  editorText: '',
  infoText: '',
  sample: `${ARTICLE.title} ${PARA.repeat(3)}`,
};

describe('detect with the generic record', () => {
  it('decides a host outside the built-in outlets by the generic verdict, and names its signals', () => {
    const info = detect(URL_ARTICLE, DOM, classifyUrl(URL_ARTICLE), ARTICLE);
    expect(info.isArticle).toBe(true);
    expect(info.signals[0]).toBe('url:unknown');
    expect(info.signals).toContain('generic:article');
    const list = detect('https://www.jiangcheng-news.cn/jingji/', DOM, classifyUrl('https://www.jiangcheng-news.cn/jingji/'), ARTICLE);
    expect(list.isArticle).toBe(false);
    expect(list.signals).toContain('generic:not-article');
  });

  it('without the record decides as before (outlet evidence alone)', () => {
    expect(detect(URL_ARTICLE, DOM, classifyUrl(URL_ARTICLE)).isArticle).toBe(false);
  });

  it('does not take a Japanese page for Chinese (kana between the ideographs)', () => {
    const ja = { ...DOM, sample: '江城市の重点事業は、今年の第一四半期に四十二件が着工しました。投資総額は三百億元を超えています。'.repeat(3) };
    expect(detect(URL_ARTICLE, ja, classifyUrl(URL_ARTICLE), ARTICLE).isArticle).toBe(false);
  });
});

describe('wantsGeneric', () => {
  it('runs for web pages on hosts no rule decides, outside the built-in outlets', () => {
    expect(wantsGeneric(URL_ARTICLE, classifyUrl(URL_ARTICLE))).toBe(true);
    // A provincial portal under gov.cn: the built-in gov.cn templates know only the central portal.
    const prov = 'http://www.jiangcheng.gov.cn/zwgk/abc/page.html';
    expect(classifyUrl(prov)).toMatchObject({ kind: 'unknown', site: 'gov.cn' });
    expect(wantsGeneric(prov, classifyUrl(prov))).toBe(true);
  });

  it('leaves the built-in outlets and decided URLs to the rules as before', () => {
    const pd = 'http://finance.people.com.cn/mobile/40232587.html';
    expect(wantsGeneric(pd, classifyUrl(pd))).toBe(false);
    // The central portal's undecided paths stay with its templates and outlet evidence.
    expect(classifyUrl('https://www.gov.cn/xinwen/abc.htm').kind).toBe('unknown');
    expect(wantsGeneric('https://www.gov.cn/xinwen/abc.htm', classifyUrl('https://www.gov.cn/xinwen/abc.htm'))).toBe(false);
    expect(wantsGeneric('http://www.people.com.cn/', classifyUrl('http://www.people.com.cn/'))).toBe(false);
  });

  it('lets the generic signals judge a page that has no web address (a saved file could come from any site)', () => {
    expect(wantsGeneric(null, null)).toBe(true);
    expect(wantsGeneric('file:///home/me/page.html', classifyUrl('file:///home/me/page.html'))).toBe(true);
  });
});

describe('parseSource on the lines generic pages show', () => {
  it('stops at the label that follows the source (选稿, 记者, 作者 …)', () => {
    expect(parseSource('来源：东方网 选稿：曾炟')).toBe('东方网');
    expect(parseSource('2019-09-26 12:11来源：证券时报网作者：李在山')).toBe('证券时报网');
    expect(parseSource('来源：江城日报 记者：王明')).toBe('江城日报');
  });
});
