// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { highlight, type Annotation, type MarkKind } from '../../lib/dom/marks/highlighter';
import { readArticle, type ArticleRead } from '../../lib/dom/read/article';
import { buildTextIndex } from '../../lib/dom/marks/text-index';
import { decodeHtml } from '../../lib/node/load-html';
import { readFromBlocks } from '../helpers/read-from-blocks';

/**
 * clear() must give back byte-identical markup on every real page in the corpus. Pages are
 * parsed with DOMParser into their own document (importing them into the live test document
 * would make happy-dom try to fetch their scripts and stylesheets).
 */

const PAGES = join(__dirname, '../fixtures/corpus/pages');
const files = [
  ...readdirSync(PAGES).filter((f) => f.endsWith('.html')),
  ...readdirSync(join(PAGES, 'negative')).map((f) => `negative/${f}`),
];
const expected = JSON.parse(readFileSync(join(PAGES, '../expected.json'), 'utf8')) as { file: string; url: string | null }[];

const CJK = /[\u3400-\u9fff]/;
const KINDS: MarkKind[] = ['figure', 'date', 'program'];

function load(file: string): Document {
  const { html } = decodeHtml(readFileSync(join(PAGES, file)));
  return new DOMParser().parseFromString(html, 'text/html');
}


/** Short spans every ~7 characters, plus long "program" spans that contain or cross them. */
function spansEvery7(text: string): Annotation[] {
  const out: Annotation[] = [];
  let k = 0;
  for (let at = 1; at + 6 < text.length; at += 7) {
    const kind = KINDS[k % 3]!;
    out.push({ id: `s${k}`, kind, start: at, end: at + 1 + (k % 6), label: `${kind} ${k}`, sentence: text.slice(at - 1, at + 20) });
    if (k % 6 === 0 && at + 16 <= text.length) {
      out.push({ id: `L${k}`, kind: 'program', start: at - 1 + (k % 4), end: at + 16, label: 'long' });
    }
    k++;
  }
  return out;
}

function elementsWithOwnCjkText(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('*')).filter((el) =>
    Array.from(el.childNodes).some((n) => n.nodeType === 3 && CJK.test((n as Text).data)),
  );
}

/** Every mark's text must come from its own span (allowing one unit of surrogate widening). */
function expectMarksInPlace(read: ArticleRead, anns: Annotation[], h: ReturnType<typeof highlight>): void {
  for (const a of anns) {
    const window = read.article.text.slice(Math.max(0, a.start - 1), a.end + 1);
    for (const m of h.marks(a.id)) expect(window).toContain(m.textContent);
  }
}

function roundTrip(doc: Document, read: ArticleRead, anns: Annotation[]): number {
  const body = doc.body.innerHTML;
  const head = doc.head.innerHTML;
  const blockTexts = read.blocks.map((b) => b?.textContent);
  const h = highlight(doc, read, anns);
  const count = doc.querySelectorAll('kanbao-mark').length;
  expect(read.blocks.map((b) => b?.textContent)).toEqual(blockTexts);
  expectMarksInPlace(read, anns, h);
  h.setKindsVisible({ figure: false });
  h.setKindsVisible({ figure: true });
  expect(doc.querySelectorAll('kanbao-mark').length).toBe(count);
  h.clear();
  expect(doc.body.innerHTML).toBe(body);
  expect(doc.head.innerHTML).toBe(head);
  return count;
}

describe('clear() restores every corpus page exactly', () => {
  test.each(files)('%s — each <p> with CJK text as a block', (file) => {
    const doc = load(file);
    const blocks = Array.from(doc.body.querySelectorAll('p')).filter((p) => CJK.test(p.textContent ?? ''));
    const read = readFromBlocks(blocks);
    const count = roundTrip(doc, read, spansEvery7(read.article.text));
    // cctv keeps its body in a script string and the negative page is English: no CJK <p>.
    if (read.article.text.length > 20) expect(count).toBeGreaterThan(0);
  });

  test.each(files)('%s — every element with its own CJK text (nested blocks included)', (file) => {
    const doc = load(file);
    const read = readFromBlocks(elementsWithOwnCjkText(doc));
    roundTrip(doc, read, spansEvery7(read.article.text));
  });

  test.each(files)('%s — with the real reader (whatever it returns today)', (file) => {
    const doc = load(file);
    const url = expected.find((e) => e.file === file)?.url ?? null;
    const read = readArticle(doc, url);
    // The reader contract: every non-null block's trimmed textContent is its paragraph, so
    // every such block maps (cctv's body lives in a script string: its blocks are null).
    const nullBlocks = read.blocks.flatMap((b, i) => (b ? [] : [i]));
    expect(buildTextIndex(read).unmapped).toEqual(nullBlocks);
    const count = roundTrip(doc, read, spansEvery7(read.article.text));
    if (nullBlocks.length < read.blocks.length && read.article.text.length > 20) expect(count).toBeGreaterThan(0);
  });
});
