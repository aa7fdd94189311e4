// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertBatch } from '../../lib/engines/opencc';
import { decodeHtml } from '../../lib/node/load-html';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import { LANG_TAGS, type ConvertFn, type ScriptTarget } from '../../lib/dom/swap/types';

const PAGES = 'tests/fixtures/corpus/pages';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

/** Parsed by happy-dom's DOMParser (scripts are not run), decoded the way a browser would. */
function load(path: string): Document {
  const { html } = decodeHtml(readFileSync(path));
  return new DOMParser().parseFromString(html, 'text/html');
}

const convert: ConvertFn = async (texts, to) => convertBatch(texts, to);
const TARGETS: ScriptTarget[] = ['simplified', 'taiwan', 'hongkong'];

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const files = htmlFiles(PAGES);

describe('script swap on every corpus page', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(22);
  });

  for (const file of files) {
    const name = relative(PAGES, file);
    it(`${name}: each target then Original restores innerHTML byte for byte`, async () => {
      const doc = load(file);
      const html = doc.documentElement;
      const before = html.innerHTML;
      const langBefore = html.getAttribute('lang');
      const swapper = createScriptSwapper(doc, convert);
      let changed = 0;
      for (const t of TARGETS) {
        const r = await swapper.convertTo(t);
        changed += r.changedNodes;
        expect(html.getAttribute('lang')).toBe(LANG_TAGS[t]);
        expect(html.getAttribute('data-kanbao-script')).toBe(t);
        await swapper.restore();
        expect(html.innerHTML).toBe(before);
        expect(html.getAttribute('lang')).toBe(langBefore);
        expect(html.hasAttribute('data-kanbao-script')).toBe(false);
      }
      // Chained targets, then back.
      for (const t of ['taiwan', 'hongkong', 'simplified', 'taiwan'] as const) await swapper.convertTo(t);
      await swapper.convertTo('original');
      expect(html.innerHTML).toBe(before);
      if (!name.startsWith('negative')) expect(changed).toBeGreaterThan(0);
    });
  }
});

describe('script swap on the /BIG5/ seed page', () => {
  const file = join(PAGES, 'people_hn_big5_seed.html');

  it('converts every text node to OpenCC’s Traditional of its Simplified form and reports repairs', async () => {
    const doc = load(file);
    const nodes = textNodes(doc).filter((t) => !t.parentElement?.closest('script,style,noscript,code,pre,textarea'));
    const originals = nodes.map((t) => t.data);
    const swapper = createScriptSwapper(doc, convert);
    const report = await swapper.convertTo('taiwan');
    const expected = convertBatch(convertBatch(originals, 'simplified'), 'taiwan');
    expect(nodes.map((t) => t.data)).toEqual(expected);
    const body = doc.body.textContent ?? '';
    for (const right of ['只要', '鄰里', '幹部']) expect(body).toContain(right);
    for (const wrong of ['隻要', '鄰裡', '干部']) expect(body).not.toContain(wrong);
    expect(doc.title).toBe('大湖之南|守護萬家燈火,溫暖一方百姓--湖南頻道--人民網');
    console.log(`seed page → taiwan: ${report.changedNodes} nodes written, ${report.repairedChars} characters repaired`);
    expect(report.repairedChars).toBe(95); // the issue: "about 95"
    expect(report.repairedChars).toBe(report.changedChars);
  });

  it('reports no repairs when a Simplified page becomes Traditional', async () => {
    const doc = load(join(PAGES, 'xinhua_01.html'));
    const report = await createScriptSwapper(doc, convert).convertTo('taiwan');
    expect(report.changedChars).toBeGreaterThan(100);
    expect(report.repairedChars).toBe(0);
  });
});
