import { autoUpdate, computePosition, flip, inline, offset, shift, type VirtualElement } from '@floating-ui/dom';

/**
 * Where the tooltip sits: next to the mark, kept there while the page scrolls or resizes.
 *
 * A mark is inline and may wrap onto several lines; its bounding box then spans the whole
 * paragraph width, and anchoring to it (or to its first line only) put the tooltip away from
 * the words the reader points at. The anchor is therefore a virtual element made of the mark's
 * line boxes, and `inline()` picks the line: the one under the pointer on hover, the first
 * (above) or last (below) on keyboard focus.
 */

/** Space between mark and tooltip, and between tooltip and the viewport's edges. */
export const GAP = 8;

export interface Point {
  x: number;
  y: number;
}

/** The mark as Floating UI sees it: its client rects, their union as its bounding box. */
export function markAnchor(mark: Element): VirtualElement {
  const rects = () => [...mark.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return {
    getClientRects: rects,
    getBoundingClientRect() {
      const list = rects();
      if (list.length === 0) return mark.getBoundingClientRect();
      const left = Math.min(...list.map((r) => r.left));
      const top = Math.min(...list.map((r) => r.top));
      const right = Math.max(...list.map((r) => r.right));
      const bottom = Math.max(...list.map((r) => r.bottom));
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
    },
    // Scroll and resize listeners go on the mark's scrolling ancestors.
    contextElement: mark,
  };
}

const lines = (anchor: VirtualElement) => [...(anchor.getClientRects?.() ?? [])];

function lineAt(anchor: VirtualElement, p: Point): number {
  return lines(anchor).findIndex((r) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom);
}

/** One placement of `floating` (position: fixed) by the anchor: above if it fits, else below. */
export async function placeBy(anchor: VirtualElement, floating: HTMLElement, pointer?: Point): Promise<Point> {
  const { x, y } = await computePosition(anchor, floating, {
    strategy: 'fixed',
    placement: 'top-start',
    middleware: [inline(pointer), offset(GAP), flip({ padding: GAP }), shift({ padding: GAP })],
  });
  return { x: Math.round(x), y: Math.round(y) };
}

/**
 * Places `floating` by `mark` now and again on every scroll, resize or layout shift, until the
 * returned function is called (it must be, on hide: the listeners are on the page's scrollers).
 */
export function followMark(
  mark: Element,
  floating: HTMLElement,
  move: (at: Point) => void,
  pointer?: Point,
): () => void {
  const anchor = markAnchor(mark);
  // The pointer's line, by index: after a scroll the pointer's old coordinates are over other
  // text, but the tooltip should stay with the line it was opened on.
  const line = pointer ? lineAt(anchor, pointer) : -1;
  let stopped = false;
  const update = () => {
    const rect = line >= 0 ? lines(anchor)[line] : undefined;
    const at = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : undefined;
    placeBy(anchor, floating, at).then(
      (placed) => {
        // A placement computed for a mark the tooltip has since left must not move it.
        if (!stopped) move(placed);
      },
      () => {
        // A page whose layout cannot be read leaves the tooltip where it was.
      },
    );
  };
  const cleanup = autoUpdate(anchor, floating, update);
  return () => {
    stopped = true;
    cleanup();
  };
}
