// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isEditorLine } from '@/lib/core/article/lines';
import { parseCredits, pushUnique } from '@/lib/core/article/names';
import { runInChunks, runSteps } from '@/lib/dom/schedule';
import { readArticle, readArticleSteps } from '@/lib/dom/read/article';
import { paragraphElements, readBody } from '@/lib/dom/read/body';
import { densestContainer } from '@/lib/dom/read/density';
import { linearize } from '@/lib/dom/read/meta-window';
import { NOISE_CONTAINERS } from '@/lib/dom/read/noise';
import { allTextUnder, isAllBold, isAllItalic, isAllLink } from '@/lib/dom/read/text';
import { scanBody } from '@/lib/dom/read/walk';
import { SkippedAncestors, isSkippedElement } from '@/lib/dom/marks/text-index';
import { loadHtmlFile } from '@/lib/node/load-html';

/**
 * The reader is linear in the size of the page. A 5,000-deep page froze Chromium for 6 s
 * and Firefox for 20–30 s, because every paragraph walked its ancestors with `matches()` and every
 * element's whole textContent was read. These tests pin the new walk to what the old code read
 * (the reference functions below are the old code), on the corpus and on random trees, and check
 * the work as counts — DOM calls and characters read — never as time.
 */

// ---- the old reader, as reference ---------------------------------------------------------------

function refInNoise(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (a.matches(NOISE_CONTAINERS)) return true;
  return false;
}
const refParagraphs = (root: Element) => Array.from(root.querySelectorAll('p')).filter((p) => !refInNoise(p, root));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
function refEditors(root: Element): string[] {
  const editors: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if ((el.textContent ?? '').length > 400) continue;
    const text = collapse((el.textContent ?? '').trim());
    if (text && text.length <= 80 && isEditorLine(text)) pushUnique(editors, parseCredits(text).editors);
  }
  return editors;
}
/** The old allTextUnder: every text node asks its ancestors. */
function refAllTextUnder(el: Element, test: (a: Element) => boolean): boolean {
  let seen = false;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const under = (node: Node) => {
    for (let a = node.parentElement; a; a = a.parentElement) {
      if (test(a)) return true;
      if (a === el) break;
    }
    return false;
  };
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (!(c.textContent ?? '').trim()) continue;
        seen = true;
        if (!under(c)) return false;
      } else if (c.nodeType === 1 && !SKIP.has((c as Element).tagName.toUpperCase())) {
        if (!walk(c)) return false;
      }
    }
    return true;
  };
  return walk(el) && seen;
}
const tag = (a: Element) => a.tagName.toUpperCase();
const refLink = (el: Element) => refAllTextUnder(el, (a) => tag(a) === 'A');
const refItalic = (el: Element) => refAllTextUnder(el, (a) => tag(a) === 'EM' || tag(a) === 'I');
const refBold = (el: Element) =>
  refAllTextUnder(el, (a) => tag(a) === 'STRONG' || tag(a) === 'B' || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(a.getAttribute('style') ?? ''));

function expectSameAsOld(root: Element): void {
  expect(paragraphElements(root)).toEqual(refParagraphs(root));
  expect(readBody(root, '').editors).toEqual(refEditors(root));
  for (const p of refParagraphs(root)) {
    expect(isAllLink(p)).toBe(refLink(p));
    expect(isAllItalic(p)).toBe(refItalic(p));
    expect(isAllBold(p)).toBe(refBold(p));
  }
}

// ---- random trees --------------------------------------------------------------------------------

type Spec = string | { tag: string; cls: string; style: string; kids: Spec[] };

function build(spec: Spec): Node {
  if (typeof spec === 'string') return document.createTextNode(spec);
  const el = document.createElement(spec.tag);
  if (spec.cls) el.setAttribute('class', spec.cls);
  if (spec.style) el.setAttribute('style', spec.style);
  for (const k of spec.kids) el.appendChild(build(k));
  return el;
}

const TEXTS = [
  '(責編:李淑靜、彭應兵)', '（编辑：严玉洁 王辉）', '【责任编辑：尹世杰】', 'Web editor: Hongyu, Du Mingming', '責', '編：', '王',
  '这个春节假期，刑事警情同比下降61.6%。', '  ', '\n', '\u3000', '', 'w', '：', '点击进入“文艺星青年”>>', '（完）',
  '人民日報客戶端湖南頻道 王雲娜 孫超', 'x'.repeat(150), '這'.repeat(390),
];
const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
    fc.record({
      tag: fc.constantFrom('p', 'p', 'div', 'span', 'a', 'em', 'i', 'b', 'strong', 'section', 'script', 'font'),
      cls: fc.constantFrom('', '', 'edit', 'share', 'zdfy', 'editor', 'other'),
      style: fc.constantFrom('', '', 'font-weight: bold', 'text-align:center'),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

afterEach(() => document.body.replaceChildren());

describe('the reader reads what the old reader read', () => {
  const CORPUS = 'tests/fixtures/corpus/pages/';
  const files = corpusPages();

  it.each(files)('%s: every container with paragraphs (linkedom)', (file) => {
    const { doc } = loadHtmlFile(CORPUS + file);
    const roots = [doc.documentElement, ...Array.from(doc.querySelectorAll('div, td, article, section'))].filter((r) => r.querySelector('p'));
    // cctv_01's body is an empty #text_area until a script fills it.
    if (!file.startsWith('cctv')) expect(roots.length).toBeGreaterThan(0);
    for (const root of roots.slice(0, 60)) expectSameAsOld(root);
  });

  it('on random trees: paragraphs, editor lines, all-link/italic/bold (fast-check, 500 runs)', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (kids) => {
        const root = document.createElement('div');
        for (const k of kids) root.appendChild(build(k));
        document.body.replaceChildren(root);
        expectSameAsOld(root);
        // The old densest-container read too.
        const scores = new Map<Element, number>();
        for (const p of Array.from(document.querySelectorAll('p'))) {
          if (!p.parentElement || p.closest(NOISE_CONTAINERS)) continue;
          const t = (p.textContent ?? '').trim();
          const n = (t.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0) || Math.floor((t.match(/[A-Za-z]+/g)?.length ?? 0) / 2);
          if (n > 0) scores.set(p.parentElement, (scores.get(p.parentElement) ?? 0) + n);
        }
        let best: Element | null = null;
        let bestScore = 0;
        for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
        expect(densestContainer(document)).toBe(best);
      }),
      { numRuns: 500 },
    );
  });
});

/** The corpus pages expected.json describes (the negative one included). */
function corpusPages(): string[] {
  const expected = JSON.parse(readFileSync('tests/fixtures/corpus/expected.json', 'utf8')) as { file: string }[];
  return expected.map((e) => e.file);
}

// ---- deep pages ----------------------------------------------------------------------------------

/** The hostile deep page (tests/fixtures/hostile/pages.mjs): `depth` nested div/section, a paragraph in each. */
function deepPage(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('深頁面：五千層嵌套--湖南頻道--人民網');
  const box = doc.createElement('div');
  box.className = 'layout rm_txt cf';
  const h1 = doc.createElement('h1');
  h1.textContent = '深頁面：五千層嵌套';
  const con = doc.createElement('div');
  con.className = 'rm_txt_con cf';
  const edit = doc.createElement('div');
  edit.className = 'edit cf';
  edit.textContent = '(責編:李淑靜、彭應兵)';
  box.append(h1, con);
  con.append(edit);
  doc.body.append(box);
  const root = doc.createElement('div');
  let cur: HTMLElement = root;
  for (let i = 1; i <= depth; i++) {
    const p = doc.createElement('p');
    p.textContent = `第${i}層：刑事警情同比下降${i % 97}.5%，全州${i}個重點項目落實“項目警官”制。`;
    cur.appendChild(p);
    const next = doc.createElement(i % 2 ? 'div' : 'section');
    cur.appendChild(next);
    cur = next;
  }
  cur.appendChild(doc.createTextNode('最深處：2023年02月03日10:44，增長61.6%。'));
  con.insertBefore(root, edit);
  return doc;
}

/**
 * DOM work while `fn` runs: selector tests (matches/closest calls, and elements handed out by
 * querySelectorAll), and characters handed out by textContent.
 */
function countWork(fn: () => void): { matches: number; textChars: number; textCalls: number } {
  const proto = window.Element.prototype;
  const matches = vi.spyOn(proto, 'matches');
  const closest = vi.spyOn(proto, 'closest');
  const qsa = vi.spyOn(proto, 'querySelectorAll');
  // Every prototype that defines its own textContent getter (happy-dom overrides it per node type).
  const owners = [window.Node, window.Element, window.HTMLElement, window.CharacterData, window.Text, window.Document, window.DocumentFragment]
    .map((c) => c.prototype as object)
    .filter((o) => Object.getOwnPropertyDescriptor(o, 'textContent')?.get);
  const saved = owners.map((o) => [o, Object.getOwnPropertyDescriptor(o, 'textContent')!] as const);
  let textChars = 0;
  let textCalls = 0;
  for (const [o, desc] of saved) {
    Object.defineProperty(o, 'textContent', {
      ...desc,
      get(this: Node) {
        const v = desc.get!.call(this) as string | null;
        textCalls++;
        textChars += v?.length ?? 0;
        return v;
      },
    });
  }
  try {
    fn();
    expect(textCalls).toBeGreaterThan(0); // the spies are in place
    const listed = qsa.mock.results.reduce((n, r) => n + ((r.value as NodeList | undefined)?.length ?? 0), 0);
    return { matches: matches.mock.calls.length + closest.mock.calls.length + listed, textChars, textCalls };
  } finally {
    qsa.mockRestore();
    for (const [o, desc] of saved) Object.defineProperty(o, 'textContent', desc);
    matches.mockRestore();
    closest.mockRestore();
  }
}

describe('deep pages', () => {
  it('a 300-deep page reads every paragraph, in order, as the old reader did', () => {
    const doc = deepPage(300);
    const read = readArticle(doc, null);
    const texts = read.article.paragraphs.map((p) => read.article.text.slice(p.start, p.end));
    expect(read.template).toBe('rm_txt');
    expect(texts).toHaveLength(300);
    expect(texts[0]).toBe('第1層：刑事警情同比下降1.5%，全州1個重點項目落實“項目警官”制。');
    expect(texts[299]).toMatch(/^第300層：/);
    expect(read.article.editors).toEqual(['李淑靜', '彭應兵']);
    expectSameAsOld(doc.querySelector('.rm_txt_con')!);
  });

  it('reading a page twice as deep is twice the DOM work, not four times', () => {
    const work = (depth: number) => {
      const doc = deepPage(depth);
      let read = null as ReturnType<typeof readArticle> | null;
      const counts = countWork(() => {
        read = readArticle(doc, null);
      });
      expect(read!.article.paragraphs).toHaveLength(depth);
      return { ...counts, text: read!.article.text.length };
    };
    const small = work(400);
    const large = work(800);
    // Characters read through textContent stay within a few times the article's own text…
    expect(large.textChars).toBeLessThan(4 * large.text);
    // …and every kind of work grows like the page, not like its square.
    expect(large.textChars / small.textChars).toBeLessThan(2.3);
    expect(large.matches / small.matches).toBeLessThan(2.3);
    expect(large.textCalls / small.textCalls).toBeLessThan(2.3);
    // The old reader, for the record: its editor scan alone read quadratically many characters.
    const old = countWork(() => refEditors(deepPage(800).querySelector('.rm_txt_con')!));
    expect(old.textChars).toBeGreaterThan(50 * large.text);
  });

  it('the walk visits each node once', () => {
    const doc = deepPage(1000);
    const con = doc.querySelector('.rm_txt_con')!;
    const nodes = con.querySelectorAll('*').length + 1000 + 1 + 1; // elements, paragraph texts, the deepest text, the editor line's text
    const scan = runSteps(scanBody(con));
    expect(scan.paragraphs).toHaveLength(1000);
    expect(scan.visited).toBeLessThanOrEqual(nodes);
  });

  it('the text index asks each ancestor once, between all blocks', () => {
    const doc = deepPage(1000);
    const skipped = new SkippedAncestors();
    const ps = Array.from(doc.querySelectorAll('p'));
    for (const p of ps) expect(skipped.has(p)).toBe(false);
    expect(skipped.visited).toBeLessThanOrEqual(doc.querySelectorAll('*').length);
    // Same answers as asking every ancestor.
    const code = doc.createElement('code');
    ps[500]!.appendChild(code);
    const inner = doc.createElement('b');
    code.appendChild(inner);
    const fresh = new SkippedAncestors();
    expect(fresh.has(inner)).toBe(true);
    expect(fresh.has(ps[500]!)).toBe(false);
    expect(isSkippedElement(code)).toBe(true);
  });

  it('the generic reader is linear too (densest container, page text)', () => {
    const doc = deepPage(600);
    for (const el of Array.from(doc.querySelectorAll('[class]'))) el.removeAttribute('class');
    const counts = countWork(() => {
      densestContainer(doc);
      linearize(doc, []);
    });
    expect(counts.matches).toBeLessThan(4 * doc.querySelectorAll('*').length);
    const read = readArticle(doc, null);
    expect(read.template).toBe('generic');
    expect(read.article.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('read in slices', () => {
  it('gives the same article as reading at once, on every corpus page', async () => {
    for (const file of corpusPages()) {
      const { doc } = loadHtmlFile(`tests/fixtures/corpus/pages/${file}`);
      let yields = 0;
      const sliced = await runInChunks(readArticleSteps(doc, null), {
        budgetMs: 0,
        yieldToMain: () => {
          yields++;
          return Promise.resolve();
        },
      });
      expect(sliced).toEqual(readArticle(doc, null));
      if (sliced.article.paragraphs.length > 0) expect(yields).toBeGreaterThan(0);
    }
  });

  it('cuts a deep page into many small steps', () => {
    const doc = deepPage(2000);
    const steps = readArticleSteps(doc, null);
    let n = 0;
    while (!steps.next().done) n++;
    // One step per few hundred nodes or a hundred paragraphs, at least.
    expect(n).toBeGreaterThan(20);
  });
});

describe('allTextUnder', () => {
  it('covers text through any ancestor up to the element, deep or not', () => {
    const p = document.createElement('p');
    let cur: Element = p;
    for (let i = 0; i < 2000; i++) cur = cur.appendChild(document.createElement(i === 3 ? 'a' : 'span'));
    cur.appendChild(document.createTextNode('深'));
    expect(allTextUnder(p, (a) => tag(a) === 'A')).toBe(true);
    expect(isAllLink(p)).toBe(true);
    p.appendChild(document.createTextNode('外'));
    expect(isAllLink(p)).toBe(false);
    expect(allTextUnder(document.createElement('p'), () => true)).toBe(false); // no text at all
  });
});
