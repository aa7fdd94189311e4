// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertBatch } from '../../lib/engines/opencc';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import type { ConvertFn, ScriptChoice } from '../../lib/dom/swap/types';

/**
 * Random DOM trees with Chinese (both scripts, the seed's wrong characters, length-changing
 * entries), Latin, emoji, astral ideographs, markup-significant characters and quotes; any
 * sequence of targets, then Original, must give back the page exactly.
 */
const PIECES = [
  '这个', '軟件', '干部', '隻要', '鄰裡', '著名', '着', '㓆', '二噁英', '二𫫇英', '乾隆', '後面', '后面',
  '「引」', '“引号”', 'Hello', "it's", '😀', '👍🏽', '𠀀', '𫫇', '&', '<b>', '>', '"', ' ', '\n', '\u3000', '123',
];

type Tree = { tag: string; attrs: [string, string][]; children: (Tree | string)[] };

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 5 }).map((a) => a.join(''));
const attr = fc.tuple(fc.constantFrom('title', 'alt', 'aria-label', 'placeholder', 'lang', 'class', 'data-x'), text).map(
  ([k, v]): [string, string] => [k, k === 'lang' ? (v.length % 2 ? 'zh-CN' : 'en') : v],
);
const TAGS = ['div', 'p', 'span', 'b', 'a', 'kanbao-mark', 'code', 'pre', 'textarea', 'input', 'img', 'kanbao-sidebar', 'section', 'script', 'style'];
const VOID = new Set(['input', 'img']);
const RAW = new Set(['textarea', 'script', 'style']);

const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.uniqueArray(attr, { maxLength: 3, selector: (a) => a[0] }),
    editable: fc.boolean(),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }).map(({ tag, attrs, editable, children }) => ({
    tag,
    attrs: editable && tag === 'div' ? [...attrs, ['contenteditable', 'true'] as [string, string]] : attrs,
    children: VOID.has(tag) ? [] : RAW.has(tag) ? children.filter((c) => typeof c === 'string') : children,
  })),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('tree')),
}));

function build(doc: Document, t: Tree): Element {
  const el = doc.createElement(t.tag);
  for (const [k, v] of t.attrs) el.setAttribute(k, v);
  for (const c of t.children) el.appendChild(typeof c === 'string' ? doc.createTextNode(c) : build(doc, c));
  return el;
}

const convert: ConvertFn = async (texts, to) => convertBatch(texts, to);
const choice = fc.constantFrom<ScriptChoice>('simplified', 'taiwan', 'hongkong', 'original');

describe('script swap property', () => {
  it('any targets, then Original, restore innerHTML exactly (1,000 random trees)', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 4 }), text, fc.array(choice, { minLength: 1, maxLength: 4 }), fc.boolean(), async (trees, title, targets, hasLang) => {
        const doc = document.implementation.createHTMLDocument();
        if (hasLang) doc.documentElement.setAttribute('lang', 'zh-CN');
        const t = doc.createElement('title');
        t.textContent = title;
        doc.head.appendChild(t);
        for (const tr of trees) doc.body.appendChild(build(doc, tr));
        const before = doc.documentElement.innerHTML;
        const swapper = createScriptSwapper(doc, convert);
        for (const target of targets) {
          const r = await swapper.convertTo(target);
          written += r.changedNodes + r.changedAttributes;
          // Converting to what is shown writes nothing.
          const again = await swapper.convertTo(target);
          expect(again.changedNodes + again.changedAttributes).toBe(0);
        }
        await swapper.restore();
        expect(doc.documentElement.innerHTML).toBe(before);
        expect(doc.documentElement.getAttribute('lang')).toBe(hasLang ? 'zh-CN' : null);
        expect(doc.documentElement.hasAttribute('data-kanbao-script')).toBe(false);
      }),
      { numRuns: 1000 },
    );
    // The trees really were converted, not just left alone.
    expect(written).toBeGreaterThan(1000);
  });

  it('text the page changes between conversions is kept as the new original (300 random trees)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        fc.array(choice, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), text), { maxLength: 4 }),
        async (trees, targets, edits) => {
          const doc = document.implementation.createHTMLDocument();
          for (const tr of trees) doc.body.appendChild(build(doc, tr));
          // The page as it should end up: the same edits, never converted.
          const expected = doc.cloneNode(true) as Document;
          const texts = (d: Document): Text[] => {
            const out: Text[] = [];
            const w = d.createTreeWalker(d.body, 4);
            for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
            return out;
          };
          const swapper = createScriptSwapper(doc, convert);
          for (const [i, target] of targets.entries()) {
            await swapper.convertTo(target);
            const edit = edits[i];
            const live = texts(doc);
            if (edit && live.length > 0) {
              const k = edit[0] % live.length;
              live[k]!.data = edit[1];
              texts(expected)[k]!.data = edit[1];
            }
          }
          await swapper.restore();
          expect(doc.body.innerHTML).toBe(expected.body.innerHTML);
        },
      ),
      { numRuns: 300 },
    );
  });
});
