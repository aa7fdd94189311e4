import { mayHoldEditorLine } from '../../core/article';
import { NOISE_CONTAINERS } from './noise';

/**
 * What the body reader needs from its container, in time linear in the size of the subtree
 * (a 5,000-deep page took 6 s in Chromium and 20–30 s in Firefox when every paragraph
 * walked its ancestors with `matches()` and every element's whole `textContent` was read):
 *
 * - the `<p>` elements outside noise containers, in page order: the paragraphs of each outermost
 *   noise container are listed once by the browser (`querySelectorAll`), instead of every
 *   paragraph asking all its ancestors;
 * - the text of every element whose text is at most `SHORT` characters (editor-line candidates):
 *   lengths and short texts are summed bottom-up in one walk, instead of asking every element for
 *   its whole `textContent`. The walk does not enter a paragraph whose text cannot hold an editor
 *   line (no colon, no 编): nothing inside it can be one, and in Firefox every DOM call a content
 *   script makes crosses a wrapper, so skipping the nodes inside paragraphs is most of the saving.
 *
 * It is a generator that yields every `STEP` nodes, so a caller may slice it into short tasks.
 */

/** An element with more text than this is a container, not a line (read-body's editor scan). */
export const SHORT = 400;
/** Nodes visited between two yields. */
const STEP = 400;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface BodyScan {
  /** `<p>` elements outside noise containers (the root itself never counts as noise), in page order. */
  paragraphs: Element[];
  /** The whole text (`textContent`) of paragraphs, where the walk read it. */
  paragraphText: Map<Element, string>;
  /**
   * Elements under the root whose text is at most SHORT characters and may hold an editor line,
   * in page order, with that text. Every element that can pass `isEditorLine` is here.
   */
  short: { el: Element; text: string }[];
  /** Nodes visited: the work done, for tests that check the reader stays linear. */
  visited: number;
}

interface Frame {
  el: Element;
  /** Next child to visit. */
  next: ChildNode | null;
  /** textContent length so far. */
  length: number;
  /** textContent so far, while it stays short; null once it is longer. */
  text: string | null;
  /** Position in page order among the root's descendants. */
  order: number;
}

const isParagraph = (el: Element) => el.tagName.toUpperCase() === 'P';

/** The `<p>` elements under `root` that are, or sit inside, a noise container below `root`. */
function noiseParagraphs(root: Element): Set<Element> {
  const noisy = new Set<Element>();
  let outer: Element | null = null;
  // Document order: a container nested in the previous outermost one is already covered.
  for (const box of Array.from(root.querySelectorAll(NOISE_CONTAINERS))) {
    if (outer?.contains(box)) continue;
    outer = box;
    if (isParagraph(box)) noisy.add(box);
    for (const p of Array.from(box.querySelectorAll('p'))) noisy.add(p);
  }
  return noisy;
}

export function* scanBody(root: Element): Generator<void, BodyScan, void> {
  const noisy = noiseParagraphs(root);
  const paragraphs = Array.from(root.querySelectorAll('p')).filter((p) => !noisy.has(p));
  yield;

  const paragraphText = new Map<Element, string>();
  // Indexed by page order: elements finish after their children, the list is read parents first.
  const byOrder: { el: Element; text: string }[] = [];
  let visited = 0;
  let order = 0;
  const stack: Frame[] = [{ el: root, next: root.firstChild, length: 0, text: '', order: -1 }];
  /** Adds a finished child's text to its parent's. */
  const add = (parent: Frame, length: number, text: string | null) => {
    parent.length += length;
    parent.text = parent.text !== null && text !== null && parent.length <= SHORT ? parent.text + text : null;
  };
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (child) {
      top.next = child.nextSibling;
      if (++visited % STEP === 0) yield;
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (child as CharacterData).data;
        add(top, data.length, data);
      } else if (type === ELEMENT_NODE) {
        const el = child as Element;
        const nth = order++;
        if (isParagraph(el)) {
          const text = el.textContent ?? '';
          paragraphText.set(el, text);
          if (!mayHoldEditorLine(text)) {
            add(top, text.length, text.length <= SHORT ? text : null);
            continue;
          }
        }
        stack.push({ el, next: el.firstChild, length: 0, text: '', order: nth });
      }
      continue;
    }
    // Every child seen: the element's text is complete; hand it to the parent.
    stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) break;
    if (top.text !== null && mayHoldEditorLine(top.text)) byOrder[top.order] = { el: top.el, text: top.text };
    add(parent, top.length, top.text);
  }
  const short: { el: Element; text: string }[] = [];
  for (const s of byOrder) if (s) short.push(s);
  return { paragraphs, paragraphText, short, visited };
}
