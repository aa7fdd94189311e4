// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import fc from 'fast-check';
import { highlight, type Annotation, type MarkKind } from '../../lib/dom/marks/highlighter';
import { readFromBlocks } from '../helpers/read-from-blocks';

/**
 * Property: on random small DOM trees (adjacent and empty text nodes, comments, whitespace-only
 * nodes, astral CJK, emoji, skipped elements) with random overlapping spans of all kinds,
 * highlight → toggle → clear gives back exactly the markup we started with, and while marked the
 * text is unchanged, no id nests in itself, and every mark shows text from its own span.
 */

const KINDS: MarkKind[] = ['figure', 'date', 'program'];

type Spec = string | { c: string } | [string, ...Spec[]];

function build(spec: Spec): Node {
  if (typeof spec === 'string') return document.createTextNode(spec);
  if (!Array.isArray(spec)) return document.createComment(spec.c);
  const [tag, ...kids] = spec;
  const el = document.createElement(tag);
  for (const k of kids) el.appendChild(build(k));
  return el;
}


const leaf = fc.constantFrom('增长', '61', '.6%', '\u3000', ' ', '', '\n', '𠀀', '𠀁字', '😀', '亿元', 'ab', '\u00a0');
const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.constantFrom<Spec>({ c: 'enpcontent' }, { c: '' }),
    fc.tuple(fc.constantFrom('b', 'span', 'a', 'i', 'code', 'script', 'kanbao-mark'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, kids]) => [t, ...kids] as Spec),
  ),
})).node;

const page = fc.array(fc.array(tree, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });
const rawSpans = fc.array(
  fc.record({ a: fc.nat(80), len: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom(...KINDS) }),
  { maxLength: 12 },
);

afterEach(() => document.body.replaceChildren());

test('highlight → toggle → clear restores innerHTML exactly (fast-check, 1,000 runs)', () => {
  fc.assert(
    fc.property(page, rawSpans, fc.constantFrom(...KINDS), (paras, raw, toggled) => {
      document.body.replaceChildren();
      const blocks = paras.map((kids) => document.body.appendChild(build(['p', ...kids])) as Element);
      const read = readFromBlocks(blocks);
      const len = read.article.text.length;
      const anns: Annotation[] = len === 0 ? [] : raw.map((r, i) => {
        const start = r.a % len;
        return { id: `x${i}`, kind: r.kind, start, end: Math.min(len, start + r.len), label: 'l' };
      });
      const before = document.body.innerHTML;
      const text = document.body.textContent;

      const h = highlight(document, read, anns, { tooltip: false });
      const marked = document.body.innerHTML;
      expect(document.body.textContent).toBe(text);
      for (const a of anns) {
        const window = read.article.text.slice(Math.max(0, a.start - 1), a.end + 1);
        for (const m of h.marks(a.id)) {
          expect(window).toContain(m.textContent);
          expect(m.parentElement?.closest(`kanbao-mark[data-kanbao-id="${a.id}"]`) ?? null).toBeNull();
        }
      }

      h.setKindsVisible({ [toggled]: false });
      expect(document.querySelector(`kanbao-mark[data-kind="${toggled}"][data-kanbao-id]`)).toBeNull();
      h.setKindsVisible({ [toggled]: true });
      expect(document.body.innerHTML).toBe(marked);

      // Twice == once.
      const h2 = highlight(document, read, anns, { tooltip: false });
      expect(document.body.innerHTML).toBe(marked);

      h2.clear();
      expect(document.body.innerHTML).toBe(before);
    }),
    { numRuns: 1000 },
  );
});
