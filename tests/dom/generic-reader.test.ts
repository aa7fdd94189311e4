import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/dom/read/analyze-page';
import { detectPage } from '@/lib/dom/read/detect-page';
import { readGenericSignals } from '@/lib/dom/read/generic-signals';
import { scanRuns } from '@/lib/dom/read/runs';
import { buildTextIndex } from '@/lib/dom/marks/text-index';
import { loadHtmlFile, parseDocument } from '@/lib/node/load-html';
import { OFFLINE_DOM_SETTINGS } from '../setup/offline-dom';

/**
 * The generic reader and detector on constructed pages (tests/fixtures/field/constructed/
 * generic-*.html: markup and text written for these tests, each in the shape of a kind of page
 * no template knows), under URLs of a host outside the registry.
 */
const DIR = 'tests/fixtures/field/constructed';
const ARTICLE_URL = 'https://www.jiangcheng-news.cn/2024/0315/123456.html';
const load = (name: string) => loadHtmlFile(`${DIR}/${name}`);

/** The five paragraphs every constructed article carries, by their openings. */
const OPENINGS = ['江城市今年一季度', '市发展改革委有关负责人', '为保障项目顺利推进', '在城东工业园', '业内人士认为'];

function bodyOf(name: string, url = ARTICLE_URL) {
  const { doc } = load(name);
  const { page, read } = analyzePage(doc, url);
  const article = read?.article;
  const paragraphs = article ? article.paragraphs.map((p) => ({ text: article.text.slice(p.start, p.end), caption: p.caption })) : [];
  return { doc, page, read, article, paragraphs, body: paragraphs.filter((p) => !p.caption).map((p) => p.text) };
}

describe('generic reader: odd markup', () => {
  it('reads text split by <br> in one container as paragraphs, with the caption apart', () => {
    const { page, article, paragraphs, body, read } = bodyOf('generic-br-paragraphs.html');
    expect(page.isArticle).toBe(true);
    expect(read?.template).toBe('generic');
    expect(body.map((t) => t.slice(0, OPENINGS[body.indexOf(t)]!.length))).toEqual(OPENINGS);
    expect(paragraphs.filter((p) => p.caption).map((p) => p.text)).toEqual(['城东工业园的电池材料工厂工地。王明 摄']);
    expect(article).toMatchObject({ title: '江城一季度新开工重点项目四十二个', published: '2024-03-15T09:30+08:00', source: '江城日报', editors: ['李华'] });
    expect(article?.text).not.toContain('责任编辑');
  });

  it('maps every <br> paragraph to the live page\'s own text nodes (the container holds them)', async () => {
    // In happy-dom, as the highlighter runs in a browser (linkedom has no TreeWalker navigation).
    const { html } = load('generic-br-paragraphs.html');
    const w = new Window({ settings: OFFLINE_DOM_SETTINGS });
    const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const r = analyzePage(doc, ARTICLE_URL).read!;
    expect(r.article.paragraphs).toHaveLength(6);
    expect(r.blocks.every((b) => b !== null && b.isConnected)).toBe(true);
    const index = buildTextIndex(r);
    expect(index.unmapped).toEqual([]);
    // Each paragraph's offsets land on text nodes holding exactly that paragraph's text.
    for (const p of r.article.paragraphs) {
      const text = index.slice(p.start, p.end).map((s) => s.ref.data.slice(s.from, s.to)).join('');
      expect(text).toBe(r.article.text.slice(p.start, p.end));
    }
    await w.happyDOM.close();
  });

  it('maps a <br> paragraph that repeats an earlier one to its own text nodes, not the first one\'s', async () => {
    const line = '重点项目建设稳步推进，各项工作有序开展，群众满意度持续提高。';
    const other = '江城市今年一季度新开工重点项目四十二个，总投资超过三百亿元，比去年同期增长百分之十二。';
    const html = `<html><head><title>江城重点项目_江城网</title></head><body><h1>江城重点项目</h1>
<div class="t">${[other, line, other, line, other].join('<br>')}</div></body></html>`;
    const w = new Window({ settings: OFFLINE_DOM_SETTINGS });
    const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const r = analyzePage(doc, ARTICLE_URL, true).read!;
    expect(r.article.paragraphs).toHaveLength(5);
    const index = buildTextIndex(r);
    const nodes = r.article.paragraphs.map((p) => index.slice(p.start, p.end).map((s) => s.ref));
    expect(nodes.every((n) => n.length === 1)).toBe(true);
    // Five paragraphs, five different text nodes: the repeats are marked where they stand.
    expect(new Set(nodes.flat()).size).toBe(5);
    await w.happyDOM.close();
  });

  it('reads a GB2312 table layout: paragraphs split by <br><br> in a table cell, metadata from the cells around', () => {
    const { doc, encoding } = load('generic-table-gbk.html');
    expect(encoding).toBe('gb18030');
    const { page, read } = analyzePage(doc, ARTICLE_URL);
    expect(page.isArticle).toBe(true);
    const a = read!.article;
    expect(a.paragraphs).toHaveLength(5);
    expect(a.text.startsWith(OPENINGS[0]!)).toBe(true);
    expect(a).toMatchObject({ title: '江城一季度新开工重点项目四十二个', published: '2024-03-15T09:30+08:00', source: '江城日报', authors: ['王明'], editors: ['李华'] });
    // Neither the column of related links nor the credit line is body text.
    expect(a.text).not.toMatch(/相关新闻|栏目|作者/);
    expect(read!.blocks.every((b) => b?.tagName === 'TD')).toBe(true);
  });

  it('reads a body kept in a JavaScript string into an empty container, inert and outside the page', () => {
    const { doc } = load('generic-script-body.html');
    const { page, read } = analyzePage(doc, ARTICLE_URL);
    expect(page.isArticle).toBe(true);
    const a = read!.article;
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.start + 4))).toEqual(OPENINGS.map((o) => o.slice(0, 4)));
    expect(a).toMatchObject({ title: '江城一季度新开工重点项目四十二个', published: '2024-03-15T09:30:12+08:00', source: '江城日报', editors: ['李华'] });
    // Its paragraphs are not in the live page: nothing is marked there.
    expect(read!.blocks.every((b) => b === null)).toBe(true);
    expect(a.text).not.toMatch(/innerHTML|articleBody/);
  });

  it('never reads script, style or navigation text: a portal whose <p>s hold scripts and whose paragraphs are <div>s', () => {
    const { page, article, body } = bodyOf('generic-nav-script.html');
    expect(page.isArticle).toBe(true);
    expect(body.map((t) => t.slice(0, OPENINGS[body.indexOf(t)]!.length))).toEqual(OPENINGS);
    expect(article?.text).not.toMatch(/function|createPageHTML|本频道最多|首页|频道1|主办/);
    // The logo <h1> is not the headline; the <h2> that agrees with the page title is.
    expect(article).toMatchObject({ title: '江城一季度新开工重点项目四十二个', published: '2024-03-15T09:30+08:00', source: '江城日报' });
  });

  it('reads a mobile page: <section> paragraphs under an <article>, the editor line apart', () => {
    const { page, article, body } = bodyOf('generic-mobile.html', 'https://m.jiangcheng-news.cn/2024/0315/123456.html');
    expect(page.isArticle).toBe(true);
    expect(body).toHaveLength(5);
    expect(article).toMatchObject({ title: '江城一季度新开工重点项目四十二个', published: '2024-03-15T09:30+08:00', editors: ['李华'] });
  });
});

describe('generic reader: metadata fields marked with the news-sitemap ids', () => {
  it('takes the source, time and editor from #source_baidu, #pubtime_baidu and #editor_baidu', () => {
    const paras = OPENINGS.map((o) => `<p>${o}，${'重点项目建设稳步推进，各项工作有序开展。'.repeat(3)}</p>`).join('');
    const doc = parseDocument(`<html><head><title>江城一季度新开工重点项目四十二个_江城网</title></head><body>
<h1>江城一季度新开工重点项目四十二个</h1>
<div class="meta"><span id="pubtime_baidu">2024-03-15 09:30</span> <span id="source_baidu">来源：江城日报</span> <span id="author_baidu">王明</span></div>
<div class="text">${paras}</div><div>编辑：<span id="editor_baidu">李华</span></div></body></html>`);
    const a = analyzePage(doc, ARTICLE_URL).read!.article;
    expect(a).toMatchObject({ source: '江城日报', published: '2024-03-15T09:30+08:00', editors: ['李华'] });
  });
});

describe('generic detector: pages that are not articles', () => {
  it.each([
    ['generic-list.html', 'https://www.jiangcheng-news.cn/jingji/', 'generic:front-page'],
    ['generic-list.html', 'https://www.jiangcheng-news.cn/jingji/list_2.html', 'generic:little-text'],
    ['generic-forum.html', 'https://bbs-like.jiangcheng-news.cn/thread/2024/0315/123456.html', 'generic:forum'],
    ['generic-search.html', 'https://www.jiangcheng-news.cn/s/2024/0315/123456.html', 'generic:search'],
    ['generic-epaper-index.html', 'https://epaper.jiangcheng-news.cn/html/2024-03/15/node_1.htm', 'generic:epaper-index'],
    ['generic-little-text.html', ARTICLE_URL, 'generic:little-text'],
  ])('%s under %s', (name, url, signal) => {
    const info = detectPage(load(name).doc, url);
    expect(info.isArticle).toBe(false);
    expect(info.signals).toContain(signal);
    expect(info.signals).toContain('generic:not-article');
  });

  it('names the generic signals of the articles it takes', () => {
    for (const name of ['generic-br-paragraphs.html', 'generic-table-gbk.html', 'generic-nav-script.html', 'generic-script-body.html']) {
      const info = detectPage(load(name).doc, ARTICLE_URL);
      expect(info.isArticle, name).toBe(true);
      expect(info.signals, name).toEqual(expect.arrayContaining(['generic:paragraphs', 'generic:body', 'generic:article']));
    }
  });

  it('takes a page without a URL (a saved file) by its own signals, and names no outlet for it', () => {
    const info = detectPage(load('generic-br-paragraphs.html').doc, null);
    expect(info.isArticle).toBe(true);
    expect(info.site).toBeNull();
    expect(info.signals).toEqual(expect.arrayContaining(['url:none', 'generic:article']));
  });

  it('reads the record without changing the page', () => {
    const { doc } = load('generic-nav-script.html');
    const before = doc.documentElement.outerHTML;
    const record = readGenericSignals(doc);
    // Four of the five paragraphs are long (LONG CJK characters); the last one is shorter.
    expect(record.longParagraphs).toBe(4);
    expect(record.bodyCjk).toBeGreaterThan(200);
    expect(record.around.some((l) => l.includes('来源：江城日报'))).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('text runs', () => {
  it('splits at <br>, block children and scripts; keeps inline markup inside a run; skips hidden and furniture', () => {
    const doc = parseDocument(`<html><body><div id="c">第一段<b>加粗</b>文字<br>第二段<script>var s = "脚本里的字";</script>第三段<div>块</div>尾<span style="display:none">隐藏的字</span></div>
<ul class="nav"><li>导航链接</li></ul></body></html>`);
    const runs = scanRuns(doc).runs.map((r) => [r.el.tagName, r.text]);
    expect(runs).toEqual([['DIV', '第一段加粗文字'], ['DIV', '第二段'], ['DIV', '第三段'], ['DIV', '块'], ['DIV', '尾']]);
  });

  it('counts link text apart', () => {
    const doc = parseDocument('<html><body><p>正文里有<a href="/x">一个链接</a>的句子。</p></body></html>');
    const [run] = scanRuns(doc).runs;
    expect(run).toMatchObject({ text: '正文里有一个链接的句子。', cjk: 7, linkCjk: 4 });
  });

  it('stops at its element limit and says so', () => {
    const doc = parseDocument(`<html><body>${'<div>一段文字</div>'.repeat(50)}</body></html>`);
    const scan = scanRuns(doc, 20);
    expect(scan.truncated).toBe(true);
    expect(scan.runs.length).toBeLessThan(50);
  });
});

describe('generic signals read the same in happy-dom and linkedom', () => {
  const NAMES = [
    'generic-br-paragraphs.html', 'generic-table-gbk.html', 'generic-script-body.html', 'generic-nav-script.html',
    'generic-mobile.html', 'generic-list.html', 'generic-forum.html', 'generic-search.html',
    'generic-epaper-index.html', 'generic-little-text.html',
  ];
  it.each(NAMES)('%s', async (name) => {
    const { doc, html } = load(name);
    const w = new Window({ settings: OFFLINE_DOM_SETTINGS });
    const hdoc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(readGenericSignals(hdoc)).toEqual(readGenericSignals(doc));
    expect(detectPage(hdoc, ARTICLE_URL)).toEqual(detectPage(doc, ARTICLE_URL));
    const read = (d: Document) => analyzePage(d, ARTICLE_URL, true).read!.article;
    expect(read(hdoc)).toEqual(read(doc));
    await w.happyDOM.close();
  });
});
