// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { ArticleRead } from '../../lib/dom/read/article';
import { buildTextIndex, collectPieces, isSkippedElement } from '../../lib/dom/marks/text-index';
import { readFromBlocks } from '../helpers/read-from-blocks';


/** A reader stand-in that honours the contract: paragraph i = blocks[i].textContent, trimmed. */

/** Builds DOM from a tiny spec without any HTML parsing: [tag, ...children] or text. */
type Spec = string | { c: string } | [string, ...Spec[]];
function build(spec: Spec): Node {
  if (typeof spec === 'string') return document.createTextNode(spec);
  if (!Array.isArray(spec)) return document.createComment(spec.c);
  const [tag, ...kids] = spec;
  const el = document.createElement(tag);
  if (tag === 'div') el.setAttribute('contenteditable', 'true');
  for (const k of kids) el.appendChild(build(k));
  return el;
}

/** The invariant that matters: every indexed position shows the very character article.text has. */
function expectRunsFaithful(read: ArticleRead): void {
  const index = buildTextIndex(read);
  for (const run of index.runs) {
    const len = run.end - run.start;
    expect(run.ref.data.slice(run.local, run.local + len)).toBe(read.article.text.slice(run.start, run.end));
  }
}

describe('collectPieces', () => {
  test('joins back to textContent, with skipped subtrees as single null pieces', () => {
    const p = build(['p', '\u3000\u3000同比', ['code', 'x', ['b', '=1']], ['b', '增长'], { c: 'note' }, ' ']) as Element;
    const pieces = collectPieces(p);
    expect(pieces.map((x) => x.text).join('')).toBe(p.textContent);
    expect(pieces.map((x) => x.ref === null)).toEqual([false, true, false, false]);
  });

  test('skips every element class in the contract', () => {
    for (const tag of ['script', 'style', 'textarea', 'select', 'option', 'code', 'pre', 'noscript', 'svg', 'kanbao-mark', 'kanbao-tooltip']) {
      expect(isSkippedElement(document.createElement(tag)), tag).toBe(true);
    }
    const ed = document.createElement('span');
    ed.setAttribute('contenteditable', '');
    expect(isSkippedElement(ed)).toBe(true);
    expect(isSkippedElement(document.createElement('input'))).toBe(true);
    expect(isSkippedElement(document.createElement('b'))).toBe(false);
  });
});

describe('buildTextIndex', () => {
  test('maps a span across <b>61</b>.6% to two nodes', () => {
    const p = build(['p', '\u3000\u3000增长', ['b', '61'], '.6%']) as Element;
    const read = readFromBlocks([p]);
    expect(read.article.text).toBe('增长61.6%');
    const slices = buildTextIndex(read).slice(2, 7);
    expect(slices.map((s) => [s.ref.data, s.from, s.to])).toEqual([
      ['61', 0, 2],
      ['.6%', 0, 3],
    ]);
  });

  test('offsets stay right after skipped text; spans over it are cut', () => {
    const p = build(['p', '甲乙', ['script', 'var a=1;'], '丙丁', ['kanbao-mark', '戊'], '己']) as Element;
    const read = readFromBlocks([p]);
    const index = buildTextIndex(read);
    const text = read.article.text;
    const at = text.indexOf('丙丁');
    expect(index.slice(at, at + 2).map((s) => s.ref.data.slice(s.from, s.to))).toEqual(['丙丁']);
    // From inside the script to 己: the script and the foreign mark are left out.
    const pieces = index.slice(3, text.length).map((s) => s.ref.data.slice(s.from, s.to));
    expect(pieces).toEqual(['丙丁', '己']);
    expectRunsFaithful(read);
  });

  test('second paragraph offsets include the joining newline; trimmed ends are never indexed', () => {
    const a = build(['p', '\u3000第一段\u00a0']) as Element;
    const b = build(['p', '\n  第二段 ']) as Element;
    const read = readFromBlocks([a, b]);
    expect(read.article.text).toBe('第一段\n第二段');
    const index = buildTextIndex(read);
    expect(index.slice(0, read.article.text.length).map((s) => s.ref.data.slice(s.from, s.to))).toEqual(['第一段', '第二段']);
    expect(index.slice(3, 4)).toEqual([]);
  });

  test('null, mismatched and skipped blocks are unmapped, never guessed', () => {
    const ok = build(['p', '正常']) as Element;
    const wrong = build(['p', '页面文字']) as Element;
    const inPre = build(['pre', ['span', '代码']]) as Element;
    const read = readFromBlocks([ok, null, wrong, inPre.firstChild as Element], [undefined, '无', '别的文字', undefined]);
    const index = buildTextIndex(read);
    expect(index.unmapped).toEqual([1, 2, 3]);
    expect(index.runs.map((r) => r.ref.data)).toEqual(['正常']);
  });

  test('a repeated or nested block never indexes a node twice', () => {
    const inner = build(['span', '内文']) as Element;
    const outer = document.createElement('p');
    outer.appendChild(inner);
    const read = readFromBlocks([outer, inner]);
    const index = buildTextIndex(read);
    expect(index.runs).toHaveLength(1);
  });

  test('adjacent text nodes, comments, whitespace-only nodes, emoji and astral CJK', () => {
    const p = build(['p', '\u3000', '  ', '𠀀𠀁', { c: 'x' }, '😀', '', '增长', ['i', ' '], '5%']) as Element;
    const read = readFromBlocks([p]);
    expect(read.article.text).toBe('𠀀𠀁😀增长 5%');
    expectRunsFaithful(read);
    expect(buildTextIndex(read).runs.map((r) => r.ref.data)).toEqual(['𠀀𠀁', '😀', '增长', ' ', '5%']);
  });

  test('property: every indexed position holds the same character as article.text', () => {
    const leaf = fc.constantFrom('增长', '\u3000', ' ', '61', '.6%', '𠀀', '😀', '', '\n', '亿元');
    const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ c: fc.constant('c') }),
        fc.tuple(fc.constantFrom('b', 'span', 'code', 'script', 'kanbao-mark', 'div'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([t, kids]) => [t, ...kids] as Spec),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(fc.array(tree, { maxLength: 5 }), { minLength: 1, maxLength: 4 }), (paras) => {
        const blocks = paras.map((kids) => build(['p', ...kids]) as Element);
        expectRunsFaithful(readFromBlocks(blocks));
      }),
      { numRuns: 1000 },
    );
  });
});
