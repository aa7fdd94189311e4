import { runSteps } from '../schedule';

/**
 * The page as one text with a line break at every block boundary, so that the generic reader
 * can look for the dateline, 来源, 作者 and 编辑 lines in the few lines between the headline and
 * the body (head) and right after the body (tail). xinhua_06 (2012 table layout) keeps them in
 * unnamed table cells: “新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报” above the body,
 * “作者： 记者王敬照 编辑： 王华军” below it.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'IFRAME']);

export interface PageText {
  text: string;
  start: Map<Element, number>;
  end: Map<Element, number>;
}

export function linearize(root: Node, watch: Element[]): PageText {
  return runSteps(linearizeSteps(root, watch));
}

/** Nodes visited between two yields. */
const STEP = 400;

/**
 * linearize as small steps; iterative, because a page may nest thousands of elements. The root's
 * own children are listed with `childNodes`: linkedom's Document has no working `nextSibling`
 * chain at the top level.
 */
export function* linearizeSteps(root: Node, watch: Element[]): Generator<void, PageText, void> {
  const watched = new Set(watch);
  const start = new Map<Element, number>();
  const end = new Map<Element, number>();
  let text = '';
  let visited = 0;
  const stack: { el: Element | null; block: boolean; next: ChildNode | null }[] = [];
  for (const first of Array.from(root.childNodes)) {
    // A frame holding only `first`: its sibling is reached through root.childNodes, not here.
    stack.push({ el: null, block: false, next: first });
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next;
      if (!child) {
        stack.pop();
        if (top.el && watched.has(top.el)) end.set(top.el, text.length);
        if (top.block) text += '\n';
        continue;
      }
      top.next = stack.length === 1 ? null : child.nextSibling;
      if (++visited % STEP === 0) yield;
      if (child.nodeType === 3) {
        text += (child.textContent ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) text += '\n';
        if (watched.has(el)) start.set(el, text.length);
        stack.push({ el, block, next: el.firstChild });
      }
    }
  }
  return { text, start, end };
}

const HEAD_MAX = 400;
const TAIL_MAX = 300;

/**
 * The text between the title and the first paragraph (at most 400 characters), and the first 300
 * characters after the body. `title` locates the headline when no element is known.
 */
export function metaWindows(
  page: PageText,
  firstParagraph: Element,
  body: Element,
  titleEl: Element | null,
  title: string,
): { head: string; tail: string } {
  const bodyStart = page.start.get(firstParagraph) ?? 0;
  const bodyEnd = page.end.get(body) ?? bodyStart;
  let from = Math.max(0, bodyStart - HEAD_MAX);
  const titleEnd = titleEl ? page.end.get(titleEl) : undefined;
  if (titleEnd !== undefined && titleEnd <= bodyStart) from = Math.max(from, titleEnd);
  else if (title) {
    const at = page.text.lastIndexOf(title, bodyStart - title.length);
    if (at >= 0) from = Math.max(from, at + title.length);
  }
  return { head: page.text.slice(from, bodyStart), tail: page.text.slice(bodyEnd, bodyEnd + TAIL_MAX) };
}
