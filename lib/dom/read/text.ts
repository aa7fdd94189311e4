/**
 * Small read-only DOM helpers for the article reader. Only standard DOM (querySelector, childNodes,
 * textContent, getAttribute, tagName) so that real browsers, happy-dom and linkedom agree; no
 * innerText and no layout.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** textContent with only leading/trailing whitespace removed (String#trim covers U+3000, U+2003, U+00A0). */
export function trimmed(el: Element | null | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** Trimmed text, or null when empty. */
export function textOrNull(el: Element | null | undefined): string | null {
  const t = trimmed(el);
  return t ? t : null;
}

/** Whitespace runs (newlines from the saved HTML, `&nbsp;`) collapsed to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first element matching any of the selectors, tried in order. */
export function first(scope: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Subtrees whose text is not shown: never part of a paragraph's visible text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * True when every non-blank text node under `el` has an ancestor (up to `el`) passing `test`.
 * The readers ask this of every short paragraph, and nearly all fail on their first text node, so
 * the walk stops at the first one that fails instead of collecting them all first. Whether an
 * ancestor passed is carried down the walk, so `test` runs once per element, never once per
 * (text node, ancestor) pair.
 */
export function allTextUnder(el: Element, test: (ancestor: Element) => boolean): boolean {
  let seen = false;
  // Iterative: a page may nest thousands of elements inside one paragraph.
  const stack: { next: ChildNode | null; covered: boolean }[] = [{ next: el.firstChild, covered: test(el) }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      if (!(child.textContent ?? '').trim()) continue;
      seen = true;
      if (!top.covered) return false;
    } else if (child.nodeType === ELEMENT_NODE && !SKIP.has((child as Element).tagName.toUpperCase())) {
      stack.push({ next: child.firstChild, covered: top.covered || test(child as Element) });
    }
  }
  return seen;
}

const tag = (el: Element) => el.tagName.toUpperCase();

/**
 * allTextUnder, answered at once when neither `el` nor any element inside it can pass `test`
 * (`inside`: a selector for every element that might): then no text is covered. One native query
 * instead of a walk, for the paragraphs (nearly all of them) that hold no link, italics or bold.
 */
function allTextUnderAny(el: Element, inside: string, test: (ancestor: Element) => boolean): boolean {
  if (!test(el) && !el.querySelector(inside)) return false;
  return allTextUnder(el, test);
}

/** A paragraph that is all link text: a promo link (people_n1_01: 点击进入“文艺星青年”>>). */
export function isAllLink(el: Element): boolean {
  return allTextUnderAny(el, 'a', (a) => tag(a) === 'A');
}

/** All italic: en.people.cn captions are `<p><em>Photo shows …</em></p>`. */
export function isAllItalic(el: Element): boolean {
  return allTextUnderAny(el, 'em, i', (a) => tag(a) === 'EM' || tag(a) === 'I');
}

/** All bold (kepu's print headline block: `<p><span><strong>…</strong></span></p>`). */
export function isAllBold(el: Element): boolean {
  return allTextUnderAny(el, 'strong, b, [style]', (a) => {
    const t = tag(a);
    return t === 'STRONG' || t === 'B' || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(a.getAttribute('style') ?? '');
  });
}

/** Centered by attribute or inline style (the only centering a static read can see). */
export function isCentered(el: Element): boolean {
  if ((el.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
  return /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

export function cjkCount(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** True when `node` is `ancestor` or inside it. */
export function within(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/** The next few element siblings: editor lines that follow the body container (kepu). */
export function nextSiblings(el: Element, count: number): Element[] {
  const out: Element[] = [];
  for (let s = el.nextElementSibling; s && out.length < count; s = s.nextElementSibling) out.push(s);
  return out;
}

/** A `<meta name=…>` value. */
export function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** The `<title>` text. Not `document.title`: linkedom leaves it empty on some saved pages. */
export function pageTitle(doc: Document): string {
  return (doc.querySelector('title')?.textContent ?? '').trim();
}
