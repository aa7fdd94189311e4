import { locate, type SidebarModel } from '@/lib/core/sidebar';
import type { Annotated } from '@/lib/dom/marks';
import type { ArticleRead } from '@/lib/dom/read';

/**
 * The sidebar's "go to": the item's mark is focused (and scrolled to); an item with no mark (a
 * keyword, a person, a sentence, or a kind that is hidden) has its words selected instead.
 */
export function goToItem(doc: Document, read: ArticleRead, annotation: Annotated | null, model: SidebarModel, id: string): void {
  if (annotation?.highlighter.focusMark(id)) return;
  const item = annotation?.items.find((i) => i.id === id) ?? locate(model, id);
  if (item && item.start >= 0) revealText(doc, read, item.start, item.end);
}

/**
 * Brings a stretch of article.text into view when no mark stands for it (a keyword, a person,
 * a summary sentence): the reader's block for that paragraph is scrolled to the centre and the
 * words are selected, which every browser shows and which leaves the page's DOM untouched.
 * Best effort: after a script conversion changed lengths, the selection may be off by a little.
 */
export function revealText(doc: Document, read: ArticleRead, start: number, end: number): boolean {
  const { paragraphs } = read.article;
  const i = paragraphs.findIndex((p) => start >= p.start && start < p.end);
  const block = i >= 0 ? read.blocks[i] : null;
  if (!block || !block.isConnected) return false;
  const p = paragraphs[i]!;
  const full = block.textContent ?? '';
  // Paragraph text is the block's text with leading whitespace trimmed.
  const lead = full.length - full.trimStart().length;
  const from = lead + (start - p.start);
  const to = lead + (Math.min(end, p.end) - p.start);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  const walker = doc.createTreeWalker(block, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (!started && from <= seen + len) {
      range.setStart(n, Math.max(0, from - seen));
      started = true;
    }
    if (started && to <= seen + len) {
      range.setEnd(n, Math.max(0, to - seen));
      break;
    }
    seen += len;
  }
  const view = doc.defaultView;
  const reduce = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  block.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (started) {
    const sel = view?.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}
