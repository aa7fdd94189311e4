import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readArticle, type ArticleRead } from '@/lib/dom/read/article';
import { unescapeJsString } from '@/lib/dom/read/templates/cctv';
import { loadHtmlFile, parseDocument } from '@/lib/node/load-html';
import { OFFLINE_DOM_SETTINGS } from '../setup/offline-dom';

const DIR = 'tests/fixtures/corpus/';

interface Expected {
  file: string;
  url: string | null;
  script: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
  editors: string[];
  printEdition: string | null;
  bodyFirst: string;
  bodyLast: string;
  paragraphs: number;
  captions: number;
}

const EXPECTED = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Expected[];

/**
 * The one value no reader can produce from the page: people_n1_04's closing credit lost bytes to
 * a GBK mis-decode before the fixture was saved (“胡\ufffd础⒑钗睦ぃ\ufffd”). expected.json lists
 * 胡喆 and 侯文坤, recovered by hand; its note says an extractor only sees 宋晨 and 田中全 cleanly.
 * The dropped lead byte of 喆 (0x86) is not in the file, so no rule can bring it back.
 */
const UNREADABLE: Record<string, Partial<Record<keyof Expected, unknown>>> = {
  'people_n1_04_politics.html': { authors: ['宋晨', '田中全'] },
};

function fields(read: ArticleRead) {
  const a = read.article;
  const paras = a.paragraphs.map((p) => ({ text: a.text.slice(p.start, p.end), caption: p.caption }));
  const body = paras.filter((p) => !p.caption);
  return {
    script: a.script,
    title: a.title,
    kicker: a.kicker,
    subtitle: a.subtitle,
    published: a.published,
    source: a.source,
    authors: a.authors,
    editors: a.editors,
    printEdition: a.printEdition,
    bodyFirst: body[0]?.text.slice(0, 20),
    bodyLast: body[body.length - 1]?.text.slice(-20),
    paragraphs: body.length,
    captions: paras.length - body.length,
  };
}

function load(file: string) {
  return loadHtmlFile(`${DIR}pages/${file}`);
}

/** A serialisation-free fingerprint of a document: every tag, attribute and text node in order. */
function fingerprint(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += `"${n.textContent}"`;
    if (n.nodeType === 1) {
      const el = n as Element;
      out += `<${el.tagName}`;
      for (const name of el.getAttributeNames()) out += ` ${name}=${el.getAttribute(name)}`;
      out += '>';
    }
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(node);
  return out;
}

describe('readArticle on the corpus', () => {
  for (const exp of EXPECTED) {
    it(`${exp.file}: every expected.json field`, () => {
      const got = fields(readArticle(load(exp.file).doc, exp.url));
      const want: Record<string, unknown> = {};
      for (const key of Object.keys(got)) want[key] = exp[key as keyof Expected];
      Object.assign(want, UNREADABLE[exp.file] ?? {});
      expect(got).toEqual(want);
    });
  }

  it('the only field left out is the mojibake credit, and the clean names are read', () => {
    expect(Object.keys(UNREADABLE)).toEqual(['people_n1_04_politics.html']);
    const exp = EXPECTED.find((e) => e.file === 'people_n1_04_politics.html')!;
    const got = readArticle(load(exp.file).doc, exp.url).article.authors;
    expect(exp.authors.slice(0, 2)).toEqual(got);
  });

  it('the seed (Traditional /BIG5/ page) drops the repeated headline, byline and 8 credit lines', () => {
    const read = readArticle(load('people_hn_big5_seed.html').doc, null);
    const texts = read.article.paragraphs.map((p) => read.article.text.slice(p.start, p.end));
    expect(texts.some((t) => t.startsWith('大湖之南'))).toBe(false);
    expect(texts.some((t) => /總策劃|投稿郵箱|文字作者/.test(t))).toBe(false);
    expect(read.article.paragraphs.filter((p) => p.caption).map((p) => read.article.text.slice(p.end - 2, p.end)))
      .toEqual(['供圖', '供圖', '供圖']);
    expect(read.template).toBe('rm_txt');
  });
});

describe('the highlighter contract', () => {
  for (const exp of EXPECTED) {
    it(`${exp.file}: paragraph text === its block's trimmed textContent; offsets index text`, () => {
      const { doc } = load(exp.file);
      const read = readArticle(doc, exp.url);
      const { text, paragraphs } = read.article;
      expect(read.blocks).toHaveLength(paragraphs.length);
      expect(text).toBe(paragraphs.map((p) => text.slice(p.start, p.end)).join('\n'));
      paragraphs.forEach((p, i) => {
        const block = read.blocks[i];
        if (exp.file.startsWith('cctv')) {
          // CCTV's body lives in a script string, not in the saved page.
          expect(block).toBeNull();
          return;
        }
        expect(block).not.toBeNull();
        expect(block!.ownerDocument).toBe(doc);
        expect(text.slice(p.start, p.end)).toBe((block!.textContent ?? '').trim());
      });
    });
  }

  it('reading never modifies the document', () => {
    for (const file of ['people_hn_big5_seed.html', 'cctv_01_partial.html', 'xinhua_06_regional_2012_wayback.html']) {
      const { doc } = load(file);
      const before = fingerprint(doc);
      readArticle(doc, null);
      expect(fingerprint(doc)).toBe(before);
    }
  });
});

describe('CCTV', () => {
  it('undoes the escapes of a JavaScript string literal', () => {
    expect(unescapeJsString(String.raw`<p class=\"a\">it\'s<\/p>\n\u4e2d\x41\\`)).toBe('<p class="a">it\'s</p>\n中A\\');
  });

  it('reads the live #text_area when a script has filled it (blocks are then page elements)', () => {
    const html = `<html><body><div id="title_area"><h1>联合国报告称全球仍有6.55亿人用不上电</h1>
      <div class="info">来源：<a>央视新闻</a>  |  2026年06月25日 15:18:53</div></div>
      <div id="text_area"><p class="photo_alt_20190808">　　△联合国标志（资料图）</p>
      <p>　　多家联合国机构24日联合发布报告。</p></div>
      <div class="zebian"><span>编辑：甄涛</span><span id="zb">责任编辑：刘亮</span></div></body></html>`;
    const doc = parseDocument(html);
    const read = readArticle(doc, null);
    expect(read.template).toBe('cctv');
    expect(read.blocks.every((b) => b !== null)).toBe(true);
    expect(read.article.paragraphs.map((p) => p.caption)).toEqual([true, false]);
    expect(read.article.editors).toEqual(['甄涛', '刘亮']);
    expect(read.article.published).toBe('2026-06-25T15:18:53+08:00');
  });
});

describe('templates without a saved page (selectors from templates.md)', () => {
  const body = '<p>　　第一段正文，介绍有关情况。</p><p>　　第二段正文，继续介绍。</p>';

  it('paper.people.com.cn: kicker, subtitle, byline and print edition from .sec', () => {
    const doc = parseDocument(`<html><head><title>在中部地区崛起中争先出彩--人民日报</title></head><body>
      <div class="article-box"><div class="article"><h3>河南着力培育新动能</h3><h1>在中部地区崛起中争先出彩</h1>
      <h2>推动高质量发展</h2><div class="sec"><p>本报记者  王乐文  方  敏</p><span class="date">2024年05月10日 | 第04版</span></div>
      <div id="ozoom">${body}</div></div></div></body></html>`);
    const read = readArticle(doc, null);
    expect(read.template).toBe('paper');
    expect(read.article).toMatchObject({
      title: '在中部地区崛起中争先出彩', kicker: '河南着力培育新动能', subtitle: '推动高质量发展',
      authors: ['王乐文', '方敏'], printEdition: '《人民日报》2024年05月10日 04版', published: '2024-05-10',
    });
    expect(read.article.paragraphs).toHaveLength(2);
  });

  it('.text_c: #jtitle/#ftitle, .sou date and source, .edit editors', () => {
    const doc = parseDocument(`<html><body><div class="text_c"><h3 id="jtitle">引题文字</h3><h1>标题文字</h1>
      <h2 id="ftitle"></h2><p class="sou">2024年05月10日08:00  来源：中国共产党新闻网</p>
      <div class="show_text">${body}</div><div class="edit">(责编：张三、李四)</div></div></body></html>`);
    const read = readArticle(doc, null);
    expect(read.template).toBe('text_c');
    expect(read.article).toMatchObject({
      title: '标题文字', kicker: '引题文字', subtitle: null, published: '2024-05-10T08:00+08:00',
      source: '中国共产党新闻网', editors: ['张三', '李四'],
    });
  });

  it('qstheory.cn: .inner h1/h2, .appellation source and author, .pubtime, .pull-right editor', () => {
    const doc = parseDocument(`<html><body><div class="inner"><h1>标题文字</h1><h2>副标题文字</h2>
      <span class="appellation">来源：《求是》2023/01</span><span class="appellation">作者：王小明</span>
      <span class="pubtime">2023-01-01 09:00:00</span><div class="text">${body}</div>
      <div class="pull-right">责任编辑：赵六</div></div></body></html>`);
    const read = readArticle(doc, null);
    expect(read.template).toBe('qstheory');
    expect(read.article).toMatchObject({
      title: '标题文字', subtitle: '副标题文字', published: '2023-01-01T09:00:00+08:00',
      source: '《求是》', authors: ['王小明'], editors: ['赵六'],
    });
  });

  it('gov.cn policy/news page: h1#ti and .pages-date with its 来源 span', () => {
    const doc = parseDocument(`<html><body><h1 id="ti">国务院常务会议召开</h1>
      <div class="pages-date">2024-05-10 18:30 <span class="font">来源：新华社</span></div>
      <div id="UCAP-CONTENT" class="pages_content">${body}</div></body></html>`);
    const read = readArticle(doc, null);
    expect(read.template).toBe('govcn');
    expect(read.article).toMatchObject({ title: '国务院常务会议召开', published: '2024-05-10T18:30+08:00', source: '新华社' });
  });
});

/** The page with every class and id attribute removed: no template can claim it. */
function stripped(file: string): Document {
  return parseDocument(load(file).html.replace(/\s(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

describe('generic fallback (template class names stripped)', () => {
  // CCTV's body is only in a script string and gov_01's headline is a <br>-split body line:
  // neither has anything a layout-blind reader could find.
  const cases = EXPECTED.filter((e) => !['cctv_01_partial.html', 'gov_01.html'].includes(e.file));
  for (const exp of cases) {
    it(`${exp.file}: title and body`, () => {
      const read = readArticle(stripped(exp.file), exp.url);
      expect(read.template).toBe('generic');
      const got = fields(read);
      expect(got.title).toBe(exp.title);
      expect(got.bodyFirst).toBe(exp.bodyFirst);
      expect(got.bodyLast).toBe(exp.bodyLast);
      expect(got.paragraphs).toBe(exp.paragraphs);
      expect(got.captions).toBe(exp.captions);
    });
  }

  it('reads the legacy 2012 Xinhua table page (no classes at all) completely', () => {
    const exp = EXPECTED.find((e) => e.file.startsWith('xinhua_06'))!;
    const read = readArticle(load(exp.file).doc, exp.url);
    expect(read.template).toBe('generic');
    expect(read.article.published).toBe(exp.published);
    expect(read.article.source).toBe(exp.source);
    expect(read.article.authors).toEqual(exp.authors);
    expect(read.article.editors).toEqual(exp.editors);
  });

  it('still finds date, source, byline and editors of a stripped people.com.cn page', () => {
    const exp = EXPECTED.find((e) => e.file === 'people_n1_02.html')!;
    const a = readArticle(stripped(exp.file), exp.url).article;
    expect([a.published, a.source, a.authors, a.editors, a.printEdition])
      .toEqual([exp.published, exp.source, exp.authors, exp.editors, exp.printEdition]);
  });

  it('returns an empty article, not a throw, for a page without paragraphs', () => {
    const read = readArticle(parseDocument('<html><head><title>标题--人民网</title></head><body></body></html>'), null);
    expect(read.article.title).toBe('标题');
    expect(read.article.paragraphs).toEqual([]);
  });
});

describe('same result under happy-dom', () => {
  for (const exp of EXPECTED) {
    it(exp.file, () => {
      const window = new Window({ settings: OFFLINE_DOM_SETTINGS });
      const doc = new window.DOMParser().parseFromString(load(exp.file).html, 'text/html') as unknown as Document;
      const happy = readArticle(doc, exp.url);
      const linked = readArticle(load(exp.file).doc, exp.url);
      expect(happy.template).toBe(linked.template);
      expect(happy.article).toEqual(linked.article);
      window.close();
    });
  }
});
