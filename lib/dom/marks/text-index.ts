import type { ArticleRead } from '../read';
import { locateParagraph, placePieces, sliceRuns, type Piece, type Run, type RunSlice } from '../../core/text';

/**
 * Maps article.text offsets to (Text node, offset) positions in the reader's blocks.
 *
 * Text we must never touch (scripts, form controls, code, editable regions, SVG, and any
 * kanbao-* element, i.e. our own UI and marks left by another instance) still counts in the
 * block's textContent, so it is recorded as a *skipped* piece: it occupies offsets but is never
 * indexed. A span over it is therefore cut, never shifted.
 */

// Numeric constants instead of the NodeFilter/Node globals: documents built by DOMParser or
// another window must work too, and content scripts may see a different global than the page.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIP_TAGS = new Set([
  'script', 'style', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'noscript', 'svg',
]);

export function isSkippedElement(el: Element): boolean {
  const name = el.localName.toLowerCase();
  return SKIP_TAGS.has(name) || name.startsWith('kanbao-') || el.hasAttribute('contenteditable');
}

/**
 * A block that itself is, or sits inside, a skipped element is not indexed at all. Answers are
 * kept per element, so the blocks of one article walk each ancestor once between them: asking
 * every block for its whole ancestor chain was quadratic on a 5,000-deep page.
 */
export class SkippedAncestors {
  private readonly known = new Map<Element, boolean>();
  /** Elements looked at: the work done, for tests that check it stays linear. */
  visited = 0;

  has(block: Element): boolean {
    const path: Element[] = [];
    let found = false;
    for (let el: Element | null = block; el; el = el.parentElement) {
      const k = this.known.get(el);
      if (k !== undefined) {
        found = k;
        break;
      }
      this.visited++;
      if (isSkippedElement(el)) {
        found = true;
        this.known.set(el, true);
        break;
      }
      path.push(el);
    }
    // Everything below a skipped (or known-skipped) ancestor is skipped; below a clean one, clean.
    for (const el of path) this.known.set(el, found);
    return found;
  }
}

/**
 * The block's textContent as pieces, in tree order. Joining every piece's text gives exactly
 * `block.textContent`. Text nodes in `seen` (already indexed through an earlier block, when a
 * reader hands out nested or repeated blocks) become skipped so no node is ever wrapped twice.
 */
export function collectPieces(block: Element, seen?: { has(t: Text): boolean }): Piece<Text>[] {
  const pieces: Piece<Text>[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, SHOW_ELEMENT | SHOW_TEXT);
  let node: Node | null = walker.firstChild();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      pieces.push({ text: text.data, ref: seen?.has(text) ? null : text });
    } else if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element)) {
      pieces.push({ text: node.textContent ?? '', ref: null });
    } else {
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
    }
    node = walker.nextSibling();
    while (!node && walker.parentNode()) node = walker.nextSibling();
  }
  return pieces;
}

export interface TextIndex {
  /** Indexed runs in article.text coordinates, sorted, non-overlapping. */
  readonly runs: readonly Run<Text>[];
  /**
   * Each indexed node's data when it was indexed. In a chunked run the page may change a node
   * before we mark it; comparing against this snapshot is how such a node is left alone.
   */
  readonly snapshot: ReadonlyMap<Text, string>;
  /** Paragraph indices whose block could not be mapped (missing, skipped, or text mismatch). */
  readonly unmapped: readonly number[];
  /** The parts of `[start, end)` that can be marked, as `[from, to)` inside each Text node. */
  slice(start: number, end: number): RunSlice<Text>[];
}

/** Builds the index one block at a time so a caller can yield between blocks. */
export class TextIndexBuilder {
  private readonly runs: Run<Text>[] = [];
  private readonly seen = new Map<Text, string>();
  private readonly unmapped: number[] = [];
  /**
   * The block of the previous paragraph, its pieces and where that paragraph ended in its text:
   * the generic reader hands out one container for many paragraphs (text split by `<br>`), and
   * walking the whole container again for each of them was quadratic (2,000 lines: 10 s).
   */
  private last: { block: Element; pieces: Piece<Text>[]; full: string; from: number } | null = null;
  readonly skipped = new SkippedAncestors();

  constructor(private readonly read: ArticleRead) {}

  get blockCount(): number {
    return this.read.article.paragraphs.length;
  }

  addBlock(i: number): void {
    const para = this.read.article.paragraphs[i];
    const block = this.read.blocks[i];
    if (!para || para.end <= para.start) return;
    if (!block || this.skipped.has(block)) {
      this.unmapped.push(i);
      return;
    }
    const text = this.read.article.text.slice(para.start, para.end);
    // The same block as the previous paragraph: its next paragraph comes after that one in its
    // text, and none of its nodes was seen through another block in between.
    const same = this.last?.block === block ? this.last : null;
    const pieces = same ? same.pieces : collectPieces(block, this.seen);
    const full = same ? same.full : pieces.map((p) => p.text).join('');
    const lead = same ? full.indexOf(text, same.from) : locateParagraph(full, text);
    if (lead < 0) {
      this.unmapped.push(i);
      this.last = null;
      return;
    }
    this.last = { block, pieces, full, from: lead + text.length };
    for (const run of placePieces(pieces, para.start - lead, para.start, para.end)) {
      this.runs.push(run);
      this.seen.set(run.ref, run.ref.data);
    }
  }

  build(): TextIndex {
    // Blocks arrive in paragraph order, so the runs are almost always sorted already.
    const inOrder = this.runs.every((r, i) => i === 0 || this.runs[i - 1]!.start <= r.start);
    const sorted = inOrder ? this.runs : [...this.runs].sort((a, b) => a.start - b.start);
    // sliceRuns needs non-overlapping runs; overlapping paragraphs would be a reader bug, and
    // dropping the later run is safer than marking text twice.
    const runs: Run<Text>[] = [];
    for (const run of sorted) {
      const last = runs[runs.length - 1];
      if (!last || run.start >= last.end) runs.push(run);
    }
    const unmapped = [...this.unmapped];
    return { runs, unmapped, snapshot: this.seen, slice: (start, end) => sliceRuns(runs, start, end) };
  }
}

export function buildTextIndex(read: ArticleRead): TextIndex {
  const builder = new TextIndexBuilder(read);
  for (let i = 0; i < builder.blockCount; i++) builder.addBlock(i);
  return builder.build();
}
