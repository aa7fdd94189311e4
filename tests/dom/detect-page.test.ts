import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteId } from '@/lib/core/types';
import { detectPage } from '@/lib/dom/read/detect-page';
import { readPageSignals } from '@/lib/dom/read/page-signals';
import { loadHtmlFile, parseDocument } from '@/lib/node/load-html';
import { OFFLINE_DOM_SETTINGS } from '../setup/offline-dom';

const CORPUS = 'tests/fixtures/corpus';

interface Expected {
  file: string;
  url: string | null;
  site: SiteId;
  peoplesDaily: boolean;
  isArticle: boolean;
}
const expected = JSON.parse(readFileSync(`${CORPUS}/expected.json`, 'utf8')) as Expected[];

// gov_01's page does not contain its URL (expected.json url: null); urls.tsv carries the
// reconstructed, unverified gazette URL "reconstructed for gov_01.html", which we use.
const tsv = readFileSync(`${CORPUS}/urls.tsv`, 'utf8').split('\n');
function urlOf(e: Expected): string | null {
  if (e.url) return e.url;
  const line = tsv.find((l) => l.includes(`reconstructed for ${e.file}`));
  return line?.split('\t')[0] ?? null;
}

const pages = expected.map((e) => ({ ...e, url: urlOf(e), doc: loadHtmlFile(`${CORPUS}/pages/${e.file}`).doc }));
const people = pages.filter((p) => p.peoplesDaily);

/** xinhuanet.com and news.cn are one outlet: without a URL the page can only name "新华网". */
const OUTLET_TWINS: Partial<Record<SiteId, SiteId>> = { 'xinhuanet.com': 'news.cn' };

/**
 * gov_01 (国务院公报) shows no date or source line and has no CMS meta block: only its URL makes it
 * an article. xinhua_06 is a 2012 table layout without a single semantic class or outlet title: the
 * generic detector knows it for news by its prose and dateline, but only the URL names its outlet.
 */
const NEEDS_URL = new Set(['gov_01.html']);
const OUTLET_FROM_URL = new Set(['xinhua_06_regional_2012_wayback.html']);

describe('detectPage over the corpus, with the page URL', () => {
  it('has all 22 pages, 21 of them articles, and a URL for each', () => {
    expect(pages).toHaveLength(22);
    expect(pages.filter((p) => p.isArticle)).toHaveLength(21);
    expect(pages.every((p) => p.url !== null)).toBe(true);
  });

  it.each(pages)('$file', ({ doc, url, isArticle, site, peoplesDaily }) => {
    const info = detectPage(doc, url);
    expect({ isArticle: info.isArticle, site: info.site, peoplesDaily: info.peoplesDaily }).toEqual({ isArticle, site, peoplesDaily });
    expect(info.template).toBeNull();
    expect(info.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it.each(people)('$file shows all eight People\'s signals (templates.md §3 Step B)', ({ doc, url }) => {
    const { signals } = detectPage(doc, url);
    for (const s of ['copyright', 'cms-meta', 'ids-match-url', 'meta-source', 'breadcrumb', 'editor-line', 'dateline']) {
      expect(signals).toContain(s);
    }
    expect(signals.some((s) => s.startsWith('body:'))).toBe(true);
  });

  it('finds none of the People\'s-only signals on the other outlets', () => {
    for (const p of pages.filter((x) => !x.peoplesDaily)) {
      const { signals } = detectPage(p.doc, p.url);
      expect(signals.filter((s) => ['copyright', 'breadcrumb', 'editor-line', 'dateline'].includes(s)), p.file).toEqual([]);
    }
  });
});

describe('detectPage over the corpus, without a URL (archive copies, CLI input)', () => {
  it.each(pages)('$file', ({ file, doc, isArticle, site, peoplesDaily }) => {
    const info = detectPage(doc, null);
    expect(info.isArticle).toBe(isArticle && !NEEDS_URL.has(file));
    expect(info.peoplesDaily).toBe(peoplesDaily);
    if (info.isArticle) expect(OUTLET_FROM_URL.has(file) ? [null] : [site, OUTLET_TWINS[site]]).toContain(info.site);
  });

  it.each(people)('$file under an archive-like URL is still People\'s, by its DOM', ({ doc }) => {
    for (const url of ['https://archive.ph/2024.05.10-065800/AbCdE', 'file:///home/me/saved/page.html']) {
      const info = detectPage(doc, url);
      expect(info).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true });
      expect(info.signals).toContain('dom:peoples-daily');
    }
  });

  it('recognises a People\'s page under an undecided path on its own host', () => {
    const doc = people[0]!.doc;
    const info = detectPage(doc, 'http://finance.people.com.cn/mobile/40232587.html');
    expect(info).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true });
    expect(info.signals).toContain('url:unknown');
  });
});

// A minimal 人民网 channel page: the site's copyright and breadcrumb, a list of headlines, no
// body container, no 责编 line, no dateline.
const FAKE_LIST = `<!doctype html><html><head>
<meta name="copyright" content="人民网版权所有"><title>时政--人民网</title></head><body>
<div id="rwb_navpath"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://politics.people.com.cn/">时政</a></div>
<ul class="list_16">
${Array.from({ length: 20 }, (_, i) => `<li><a href="/n1/2024/0510/c1001-4023${2600 + i}.html">国务院常务会议研究部署推动高质量发展的重点工作第${i + 1}条</a><em>2024-05-10</em></li>`).join('\n')}
</ul></body></html>`;

describe('detectPage on list pages', () => {
  const doc = parseDocument(FAKE_LIST);

  it('does not call a People\'s channel page an article, with or without its URL', () => {
    expect(detectPage(doc, null)).toMatchObject({ isArticle: false, site: 'people.com.cn', peoplesDaily: true });
    expect(detectPage(doc, 'http://politics.people.com.cn/GB/1024/index.html')).toMatchObject({ isArticle: false, site: 'people.com.cn' });
    expect(detectPage(doc, 'http://politics.people.com.cn/other/page.html').isArticle).toBe(false);
  });

  it('decides list and other URLs without touching the DOM', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('DOM read on a gated URL'); } }) as unknown as Document;
    for (const url of ['http://www.people.com.cn/', 'http://paper.people.com.cn/rmrb/pc/layout/202501/01/node_01.html', 'http://en.people.cn/n3/2022/1123/c90000-10175286.html']) {
      expect(detectPage(trap, url).isArticle).toBe(false);
    }
  });
});

describe('page signals read the same in happy-dom and linkedom', () => {
  const windows: Window[] = [];
  afterAll(async () => {
    for (const w of windows) await w.happyDOM.close();
  });

  it.each(expected.map((e) => [e.file]))('%s', (file) => {
    const { doc, html } = loadHtmlFile(`${CORPUS}/pages/${file}`);
    const w = new Window({ settings: OFFLINE_DOM_SETTINGS });
    windows.push(w);
    const hdoc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    expect(readPageSignals(hdoc)).toEqual(readPageSignals(doc));
    expect(detectPage(hdoc, null)).toEqual(detectPage(doc, null));
  });

  it('leaves the document unchanged (a head-less fragment gets no <body>)', () => {
    const { doc } = loadHtmlFile(`${CORPUS}/pages/negative/people_en_n3_01.html`);
    const before = doc.documentElement.outerHTML;
    detectPage(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
