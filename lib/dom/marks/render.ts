import { nestIntervals, type NestNode } from './nest';
import type { NodeRecord } from './plan';
import { KIND_NESTING_RANK, MARK_TAG, type Annotation, type MarkKind } from './types';

/** Swaps one page Text node for marked copies of its text, and back. Never throws on odd DOM. */

const outerFirst = (a: Annotation, b: Annotation) =>
  // Same local range: the span that is longer in the article is the container, then by kind.
  b.end - b.start - (a.end - a.start) ||
  KIND_NESTING_RANK[a.kind] - KIND_NESTING_RANK[b.kind] ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function createMark(doc: Document, node: NestNode<Annotation>): Element {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-kind', node.item.kind);
  mark.setAttribute('data-kanbao-id', node.item.id);
  // One tab stop per span: the later pieces of a split span stay focusable by script/click.
  mark.setAttribute('tabindex', node.first ? '0' : '-1');
  return mark;
}

function build(
  doc: Document,
  into: Node,
  text: string,
  nodes: readonly NestNode<Annotation>[],
  from: number,
  to: number,
  marks: Element[],
): void {
  let pos = from;
  for (const n of nodes) {
    if (n.from > pos) into.appendChild(doc.createTextNode(text.slice(pos, n.from)));
    const mark = createMark(doc, n);
    marks.push(mark); // pre-order push == document order
    build(doc, mark, text, n.children, n.from, n.to, marks);
    into.appendChild(mark);
    pos = n.to;
  }
  if (pos < to) into.appendChild(doc.createTextNode(text.slice(pos, to)));
}

/** A record's marked copy, built off the page: its top-level nodes and its marks in document order. */
export interface PreparedRecord {
  readonly frag: DocumentFragment;
  readonly rendered: Node[];
  readonly marks: Element[];
}

/**
 * Builds the record's marked copy of its visible intervals without touching the page (null: nothing
 * visible to mark). Building every record before putting any in lets the browser lay the page out
 * once for all the marks instead of once per frame that the insertion spans: on a 200,000-character
 * page each layout pays a fixed walk of the whole page on top of the marks it adds.
 */
export function prepareRecord(rec: NodeRecord, visible: ReadonlySet<MarkKind>): PreparedRecord | null {
  const intervals = rec.intervals.filter((iv) => visible.has(iv.item.kind));
  if (intervals.length === 0) return null;
  // The node's own document, not the caller's: blocks may come from a DOMParser document.
  const doc = rec.original.ownerDocument;
  const frag = doc.createDocumentFragment();
  const marks: Element[] = [];
  build(doc, frag, rec.data, nestIntervals(intervals, outerFirst), 0, rec.data.length, marks);
  return { frag, rendered: Array.from(frag.childNodes), marks };
}

/**
 * Puts a prepared copy in place of the record's Text node. Returns false if the page changed the
 * node since the record was made, or refused the change: the page is then left as it was.
 */
export function commitRecord(rec: NodeRecord, prepared: PreparedRecord | null): boolean {
  if (rec.rendered) return true;
  if (!prepared) return true;
  const { original, parent } = rec;
  if (original.parentNode !== parent || original.data !== rec.data) return false;
  try {
    parent.replaceChild(prepared.frag, original);
  } catch {
    return false; // e.g. a page-defined parent that refuses children; leave the page as it was
  }
  rec.rendered = prepared.rendered;
  rec.marks = prepared.marks;
  return true;
}

/** Renders the record's visible intervals. Returns false if the page changed the node since. */
export function renderRecord(rec: NodeRecord, visible: ReadonlySet<MarkKind>): boolean {
  if (rec.rendered) return true;
  return commitRecord(rec, prepareRecord(rec, visible));
}

function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/**
 * Puts the original Text node back. We undo only our own change: if someone wrote into our
 * pieces in place meanwhile (Kanbao's script swap converts text that way), the original takes
 * that text with it, so the page does not flip back to what it showed before. With no such
 * write the original is untouched and the DOM is exactly as before. If the page moved our nodes
 * instead, we only unwrap our marks.
 */
export function unrenderRecord(rec: NodeRecord): void {
  const nodes = rec.rendered;
  if (!nodes) return;
  const marks = rec.marks;
  rec.rendered = null;
  rec.marks = [];
  const { parent, original } = rec;
  try {
    if (nodes.length > 0 && nodes.every((n) => n.parentNode === parent) && !original.parentNode) {
      const shown = nodes.map((n) => n.textContent ?? '').join('');
      if (shown !== rec.data) {
        original.data = shown;
        // Same length: every interval still covers the same characters, so it may render again.
        if (shown.length === rec.data.length) rec.data = shown;
      }
      parent.insertBefore(original, nodes[0]!);
      for (const n of nodes) parent.removeChild(n);
      return;
    }
    // The page rearranged things under us: keep its edits, just take our elements out.
    for (let i = marks.length - 1; i >= 0; i--) unwrap(marks[i]!);
  } catch {
    // Never break the page on teardown.
  }
}
