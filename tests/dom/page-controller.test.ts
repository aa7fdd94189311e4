// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PageController } from '@/lib/dom/page-controller';
import { decodeHtml } from '@/lib/node/load-html';

const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const gold = JSON.parse(readFileSync('tests/fixtures/annotation/seed.gold.json', 'utf8')) as {
  figures: { text: string; optional?: boolean }[];
  programs: { text: string; optional?: boolean }[];
};

function load(file: string): Document {
  const { html } = decodeHtml(readFileSync(`tests/fixtures/corpus/${file}`));
  return new DOMParser().parseFromString(html, 'text/html');
}

// Page text as the highlighter leaves it: the marks' texts in document order, per kind.
const markTexts = (doc: Document, kind: string) => {
  const byId = new Map<string, string>();
  for (const m of doc.querySelectorAll(`kanbao-mark[data-kind="${kind}"]`)) {
    const id = m.getAttribute('data-kanbao-id')!;
    byId.set(id, (byId.get(id) ?? '') + m.textContent);
  }
  return [...byId.values()];
};

describe('PageController on the seed page', () => {
  it('marks the article, annotates it, and clear() restores the DOM exactly', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const before = doc.body.innerHTML;
    const c = new PageController(doc, SEED_URL);
    expect(doc.documentElement.getAttribute('data-kanbao')).toBe('article');
    await c.annotate({ yieldToMain: () => Promise.resolve() });
    const state = c.state();
    expect(state).toMatchObject({ isArticle: true, site: 'people.com.cn', annotated: true, script: 'traditional' });
    expect(state.counts.figure).toBeGreaterThan(40);
    expect(state.counts.program).toBeGreaterThan(30);
    // Every required gold figure and program is marked, with its exact text, in page order.
    const required = (xs: { text: string; optional?: boolean }[]) => xs.filter((x) => !x.optional).map((x) => x.text);
    const figures = markTexts(doc, 'figure');
    for (const t of required(gold.figures)) expect(figures).toContain(t);
    expect(markTexts(doc, 'program')).toEqual(expect.arrayContaining(required(gold.programs)));
    c.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('switches a kind off and on again', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const c = new PageController(doc, SEED_URL);
    await c.annotate({ yieldToMain: () => Promise.resolve() });
    const n = doc.querySelectorAll('kanbao-mark[data-kind="figure"]').length;
    expect(n).toBeGreaterThan(0);
    c.setKinds({ figure: false });
    expect(doc.querySelectorAll('kanbao-mark[data-kind="figure"]')).toHaveLength(0);
    expect(c.state().kinds.figure).toBe(false);
    c.setKinds({ figure: true });
    expect(doc.querySelectorAll('kanbao-mark[data-kind="figure"]')).toHaveLength(n);
  });

  it('leaves a page that is not an article untouched', async () => {
    const doc = load('pages/negative/people_en_n3_01.html');
    const before = doc.documentElement.outerHTML;
    const c = new PageController(doc, 'http://en.people.cn/n3/2022/1123/c90000-10175286.html');
    await c.annotate();
    expect(c.state()).toMatchObject({ isArticle: false, annotated: false });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('PageController.setKindsInChunks', () => {
  it('gives the same page as the synchronous switch', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const c = new PageController(doc, SEED_URL);
    await c.annotate({ yieldToMain: () => Promise.resolve() });
    const shown = doc.body.innerHTML;
    await c.setKindsInChunks({ figure: false, program: false });
    expect(doc.querySelectorAll('kanbao-mark[data-kind="figure"], kanbao-mark[data-kind="program"]')).toHaveLength(0);
    expect(c.state().kinds).toMatchObject({ figure: false, program: false, date: true });
    await c.setKindsInChunks({ figure: true, program: true });
    expect(doc.body.innerHTML).toBe(shown);
  });
});

describe('PageController.open (the content script reads in slices)', () => {
  const NEGATIVE = 'http://en.people.cn/n3/2022/1123/c90000-10175286.html';

  it('gives the same controller as the constructor, having yielded to the page while reading', async () => {
    for (const [file, url] of [['pages/people_hn_big5_seed.html', SEED_URL], ['pages/negative/people_en_n3_01.html', NEGATIVE]] as const) {
      const sync = new PageController(load(file), url);
      const doc = load(file);
      let yields = 0;
      const sliced = await PageController.open(doc, url, { budgetMs: 0, yieldToMain: async () => void yields++ });
      expect(sliced.page).toEqual(sync.page);
      expect(sliced.read?.article).toEqual(sync.read?.article);
      expect(sliced.state()).toEqual(sync.state());
      expect(doc.documentElement.getAttribute('data-kanbao')).toBe(sync.page.isArticle ? 'article' : null);
      if (sync.page.isArticle) expect(yields).toBeGreaterThan(1);
    }
  });

  it('reads a page the detector did not take when forced, and says so', async () => {
    const c = await PageController.open(load('pages/negative/people_en_n3_01.html'), NEGATIVE, { force: true, yieldToMain: () => Promise.resolve() });
    const sync = new PageController(load('pages/negative/people_en_n3_01.html'), NEGATIVE, { force: true });
    expect(c.page).toEqual(sync.page);
    expect(c.page.signals.at(-1)).toBe('forced');
    expect(c.read?.article).toEqual(sync.read?.article);
  });
});

describe('PageController.refresh and annotate running together', () => {
  const now = { yieldToMain: () => Promise.resolve() };

  it('a refresh during an annotation lets it land, then reads and marks again: one set of marks', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const c = new PageController(doc, SEED_URL);
    const first = c.annotate(now);
    const refreshed = c.refresh(now);
    expect(c.annotate(now)).toBe(first); // a second annotate joins the one in progress
    await Promise.all([first, refreshed]);
    const onceDoc = load('pages/people_hn_big5_seed.html');
    const once = new PageController(onceDoc, SEED_URL);
    await once.annotate(now);
    expect(c.state().annotated).toBe(true);
    expect(c.annotation!.items).toEqual(once.annotation!.items);
    expect(doc.body.innerHTML).toBe(onceDoc.body.innerHTML);
    c.clear();
    expect(doc.querySelectorAll('kanbao-mark')).toHaveLength(0);
  });

  it('refreshes queue: two at once end with the page marked once', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const c = new PageController(doc, SEED_URL);
    await c.annotate(now);
    const marked = doc.body.innerHTML;
    await Promise.all([c.refresh(now), c.refresh(now)]);
    expect(doc.body.innerHTML).toBe(marked);
  });

  it('an annotate() asked for during a refresh marks what the refresh reads', async () => {
    const doc = load('pages/people_hn_big5_seed.html');
    const c = new PageController(doc, SEED_URL);
    const refreshed = c.refresh(now); // not annotated before: reads only
    const annotated = c.annotate(now);
    await Promise.all([refreshed, annotated]);
    expect(c.state().annotated).toBe(true);
    const once = new PageController(load('pages/people_hn_big5_seed.html'), SEED_URL);
    await once.annotate(now);
    expect(c.annotation!.items).toEqual(once.annotation!.items);
  });
});
