// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scopeCheck } from '../../lib/dom/swap/scan';

/**
 * Which nodes and attributes a mutation batch may convert. The answers are checked against the
 * rule spelled out the slow way (every ancestor asked, node by node), and the cost on a deeply
 * nested page is counted in calls into the DOM, which does not depend on the machine's speed.
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'iframe', 'object', 'kanbao-sidebar', 'kanbao-tooltip', 'input', 'textarea', 'select']);

function slowInScope(node: Node, doc: Document): boolean {
  if (!node.isConnected || node.ownerDocument !== doc) return false;
  const body = doc.body;
  let inside = node === body;
  for (let p = node.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const el = p as Element;
    const name = el.localName;
    const editable = el.getAttribute('contenteditable');
    if (SKIPPED.has(name) || (editable !== null && editable.toLowerCase() !== 'false')) return false;
    if (el === body || name === 'title') inside = true;
  }
  return inside || (node.nodeType === 1 && (node as Element).localName === 'title');
}

function everyNode(root: Node): Node[] {
  const out: Node[] = [root];
  for (let n = root.firstChild; n; n = n.nextSibling) out.push(...everyNode(n));
  return out;
}

function page(): Document {
  const body = [
    '<p title="提示">正文<b>加粗</b></p>',
    '<pre>代码<span>里</span></pre>',
    '<div contenteditable="true">编辑<i>中</i></div>',
    '<div contenteditable="false">不可编辑<i>的</i></div>',
    '<label>标签<input placeholder="输入" title="框"></label>',
    '<textarea>用户文字</textarea>',
    '<kanbao-sidebar><span>侧栏</span></kanbao-sidebar>',
    '<section lang="zh-CN"><p lang="zh-Hant">繁體</p></section>',
  ].join('');
  return new DOMParser().parseFromString(`<!doctype html><html><head><title>标题</title></head><body>${body}</body></html>`, 'text/html');
}

describe('scopeCheck', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers as the rule does for every node of a page, the head and its <title> included', () => {
    const doc = page();
    const scope = scopeCheck(doc);
    const nodes = everyNode(doc.documentElement);
    expect(nodes.length).toBeGreaterThanOrEqual(30);
    const got = nodes.map((n) => scope.node(n));
    expect(got).toEqual(nodes.map((n) => slowInScope(n, doc)));
    // Both answers occur: the comparison is not between two constant functions.
    expect(got.filter(Boolean).length).toBeGreaterThan(10);
    expect(got.filter((x) => !x).length).toBeGreaterThan(5);
  });

  it('refuses nodes that left the page or belong to another document', () => {
    const doc = page();
    const scope = scopeCheck(doc);
    const p = doc.querySelector('p')!;
    const text = p.firstChild!;
    expect(scope.node(text)).toBe(true);
    const other = document.implementation.createHTMLDocument();
    const elsewhere = other.createElement('p');
    other.body.append(elsewhere);
    expect(scope.node(elsewhere)).toBe(false);
    const fresh = scopeCheck(doc);
    p.remove();
    expect(fresh.node(text)).toBe(false);
  });

  it('answers attributes: the converted ones, and lang only when it is Chinese', () => {
    const doc = page();
    const scope = scopeCheck(doc);
    const p = doc.querySelector('p')!;
    const input = doc.querySelector('input')!;
    const section = doc.querySelector('section')!;
    expect(scope.attribute(p, 'title')).toBe(true);
    expect(scope.attribute(p, 'alt')).toBe(false); // not on the element
    expect(scope.attribute(p, 'class')).toBe(false); // never converted
    expect(scope.attribute(input, 'placeholder')).toBe(true); // a field's label
    expect(scope.attribute(section, 'lang')).toBe(true);
    section.setAttribute('lang', 'en');
    expect(scopeCheck(doc).attribute(section, 'lang')).toBe(false);
    const code = doc.createElement('code');
    code.setAttribute('title', '代码');
    doc.body.append(code);
    expect(scopeCheck(doc).attribute(code, 'title')).toBe(false);
  });

  it('asks each element of a deep page once, not once per node under it', () => {
    const doc = document.implementation.createHTMLDocument();
    const DEPTH = 2_000;
    const NODES = 1_000;
    let at: Element = doc.body;
    for (let i = 0; i < DEPTH; i++) {
      const div = doc.createElement('div');
      at.append(div);
      at = div;
    }
    const texts: Text[] = [];
    for (let i = 0; i < NODES; i++) texts.push(at.appendChild(doc.createTextNode(`第${i}段`)));
    const asked = vi.spyOn(Element.prototype, 'getAttribute');
    const scope = scopeCheck(doc);
    expect(texts.every((t) => scope.node(t))).toBe(true);
    // Node by node up to the top this would be NODES × DEPTH = 2,000,000 questions.
    expect(asked.mock.calls.length).toBeLessThanOrEqual(DEPTH + 10);
  });
});
