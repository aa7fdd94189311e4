import { describe, expect, it } from 'vitest';
import { analyzePage, detectPage } from '@/lib/dom/read';
import { loadHtmlFile, parseDocument } from '@/lib/node/load-html';

const DIR = 'tests/fixtures/field/constructed';
const WECHAT_URL = 'https://mp.weixin.qq.com/s/AbCdEfGh12345';
const load = (name: string) => loadHtmlFile(`${DIR}/${name}`).doc;

describe('WeChat template (constructed pages)', () => {
  it('reads a People’s Daily account article as an article of people.com.cn', () => {
    const { page, read } = analyzePage(load('wechat-rmrb.html'), WECHAT_URL);
    expect(page).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'wechat' });
    expect(page.signals).toEqual(['url:article:wechat', 'wechat:content', 'wechat:account', 'outlet:people.com.cn', 'wechat']);
    const a = read!.article;
    expect(a.title).toBe('春耕时节看新疆：滴灌田里的新变化');
    // `var ct` (Unix seconds) in Beijing time, at the minute WeChat shows.
    expect(a.published).toBe('2024-04-09T11:30+08:00');
    expect(a.source).toBe('人民日报');
    expect(a.authors).toEqual(['李明远']);
    expect(a.editors).toEqual(['赵晓雨']);
  });

  it('takes paragraphs from <section>s, <p>s and text split by <br>, never hidden or link text', () => {
    const { read } = analyzePage(load('wechat-rmrb.html'), WECHAT_URL);
    const a = read!.article;
    const paras = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
    expect(paras[0]).toMatch(/^四月的塔里木盆地边缘/);
    expect(paras).toContain('据了解，当地还组织农技人员下沉到乡村，开展春耕技术培训300余场次。');
    expect(paras).toContain('培训内容涵盖良种选育、病虫害防治和农机操作等方面。');
    expect(paras.at(-1)).toMatch(/一天能播种300多亩。$/);
    expect(a.text).not.toMatch(/编辑器占位|点击阅读往期精彩|功能介绍|责任编辑/);
    // The photo credit is a caption, kept apart from the body.
    const captions = a.paragraphs.filter((p) => p.caption).map((p) => a.text.slice(p.start, p.end));
    expect(captions).toEqual(['图为种植户在田间查看滴灌设备。新华社记者 王小川 摄']);
    // Every paragraph lives in the page: the highlighter marks the live nodes.
    for (const [i, el] of read!.blocks.entries()) expect(el!.textContent).toContain(paras[i]);
  });

  it('finds the account in the page script and the time shown when the page has no #js_name or ct', () => {
    const { page, read } = analyzePage(load('wechat-nfrb.html'), WECHAT_URL);
    expect(page.isArticle).toBe(true);
    expect(read!.article.source).toBe('南方日报');
    // 南方日报's account: an article of 南方网, the paper's site (a field outlet).
    expect(page.site).toBe('southcn.com');
    expect(read!.article.published).toBe('2024-03-18T08:05+08:00');
    expect(read!.article.paragraphs).toHaveLength(4);
  });

  it('reads an account that names no outlet as an article with no outlet', () => {
    const { page, read } = analyzePage(load('wechat-unnamed.html'), WECHAT_URL);
    expect(page).toMatchObject({ isArticle: true, site: null, peoplesDaily: false, template: 'wechat' });
    expect(read!.article.source).toBe('街坊读书会');
    expect(read!.article.published).toBe('2023-11-15T06:13+08:00');
  });

  it('knows a saved WeChat page by its markers when there is no address', () => {
    expect(detectPage(load('wechat-rmrb.html'), null)).toMatchObject({ isArticle: true, site: 'people.com.cn' });
  });

  it('says no to a removed post and to the host’s other pages', () => {
    expect(detectPage(load('wechat-deleted.html'), WECHAT_URL)).toMatchObject({ isArticle: false, site: null });
    const profile = detectPage(load('wechat-rmrb.html'), 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MjM5');
    expect(profile.isArticle).toBe(false);
    expect(profile.signals[0]).toBe('url:other:wechat');
  });

  it('leaves pages without the WeChat markers to the other templates', () => {
    const doc = parseDocument('<html><body><h1 id="activity-name">标题</h1><p>没有正文容器的页面</p></body></html>');
    expect(analyzePage(doc, null).read?.template ?? null).not.toBe('wechat');
  });
});

describe('People’s Daily app pages (constructed page)', () => {
  it('reads an app article as the app’s (People’s Daily family), through the generic reader', () => {
    const { page, read } = analyzePage(load('peopleapp-article.html'), 'https://wap.peopleapp.com/article/7318277/7155177');
    expect(page).toMatchObject({ isArticle: true, site: 'peopleapp.com', peoplesDaily: true });
    expect(page.signals[0]).toBe('url:article:peopleapp-article');
    const a = read!.article;
    expect(a.title).toBe('黄河滩区迁建群众住上新楼房');
    expect(a.published).toBe('2023-06-12T09:30+08:00');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/打开APP|下载人民日报客户端/);
  });

  it('reads a 人民号 post as an article of no outlet', () => {
    for (const url of ['https://wap.peopleapp.com/article/rmh36174922/rmh36174922', 'https://www.peopleapp.com/rmharticle/30029541267']) {
      expect(analyzePage(load('peopleapp-article.html'), url).page).toMatchObject({ isArticle: true, site: null, peoplesDaily: false });
    }
  });
});
