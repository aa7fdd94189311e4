import { t as browserTranslate, uiLanguage, type Translate } from '../../i18n';
import { followMark, type Point } from './tooltip-position';
import { fillTooltip, TOOLTIP_CSS, type TooltipContent } from './tooltip-view';
import { MARK_TAG, TOOLTIP_TAG } from './types';

export { excerpt, type TooltipContent } from './tooltip-view';

/**
 * The hover/focus tooltip: one <kanbao-tooltip> host with an open shadow root, so page CSS
 * cannot restyle its content and ours cannot leak out. One delegated handler on the document
 * serves every mark (thousands of marks must not mean thousands of listeners), registered in
 * the capture phase so a page that stops propagation does not silence it. While it is open it
 * follows its mark through scrolling and resizing (tooltip-position.ts), and it speaks the
 * browser's interface language (tooltip-text.ts).
 */

export interface Tooltip {
  /** Opens on `mark`; `pointer` (client coordinates) picks the line of a mark that wraps. */
  show(mark: Element, pointer?: Point): void;
  hide(): void;
  /** Shows the current mark's content again (its glossary card arrived after it opened). */
  refresh(): void;
  /** The mark the tooltip currently describes. */
  readonly current: Element | null;
  /** The host element, once created (it is created on first show). */
  readonly host: HTMLElement | null;
  destroy(): void;
}

/**
 * The host's id: the mark the tooltip describes points to it with aria-describedby. The box lives
 * in the host's shadow root, and an id reference cannot cross into a shadow tree, so the reference
 * is to the host, which is in the page's own tree beside the marks; its description is the text of
 * its (flattened) content.
 */
export const TOOLTIP_ID = 'kanbao-tooltip';

const EVENTS = ['mouseover', 'mouseout', 'focusin', 'focusout', 'keydown'] as const;

/**
 * A tooltip with a glossary card takes the pointer, so that a long card can be scrolled: leaving
 * its mark for it keeps it open, and crossing the gap between them may take this long.
 */
export const CARD_HIDE_DELAY_MS = 300;

function asElement(t: EventTarget | null): Element | null {
  const el = t as Element | null;
  return el && typeof el.closest === 'function' ? el : null;
}

function markOf(t: EventTarget | null): Element | null {
  return asElement(t)?.closest(`${MARK_TAG}[data-kanbao-id]`) ?? null;
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
}

export function installTooltip(
  doc: Document,
  lookup: (id: string) => TooltipContent | null,
  translate: Translate = browserTranslate,
): Tooltip {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let current: Element | null = null;
  /** Stops following the current mark: scroll/resize listeners and observers. */
  let unfollow: (() => void) | null = null;
  let destroyed = false;
  /** The tooltip shows a card and takes the pointer. */
  let interactive = false;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;

  // A message the browser cannot give (no i18n in this context) shows its key, not nothing.
  const safe: Translate = (key, ...subs) => {
    try {
      return translate(key, ...subs) || key;
    } catch {
      return key;
    }
  };

  function ensureHost(): HTMLElement {
    if (host && box) return box;
    host = doc.createElement(TOOLTIP_TAG);
    // Inline !important beats page rules aimed at the host; :host { all: initial } does the rest.
    setImportant(host, {
      position: 'fixed', 'z-index': '2147483647', top: '0px', left: '0px', display: 'none',
      margin: '0', padding: '0', border: '0', 'pointer-events': 'none',
      // Its measured width must not depend on where it last stood (near the right edge a
      // shrink-to-fit box would measure narrower and be placed wrongly).
      width: 'max-content',
    });
    host.id = TOOLTIP_ID;
    // Its text is in the interface's language, whatever the page's.
    host.setAttribute('lang', uiLanguage(safe));
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'tooltip');
    box.setAttribute('aria-live', 'polite');
    root.append(style, box);
    doc.documentElement.appendChild(host);
    return box;
  }

  function show(mark: Element, pointer?: Point): void {
    if (destroyed) return;
    const id = mark.getAttribute('data-kanbao-id');
    const content = id === null ? null : lookup(id);
    if (!content) return;
    const target = ensureHost();
    if (current === mark && unfollow) return;
    stopFollowing();
    fill(target, content);
    describe(null);
    current = mark;
    describe(mark);
    setImportant(host!, { display: 'block' });
    const floating = host!;
    unfollow = followMark(mark, floating, (at) => setImportant(floating, { top: `${at.y}px`, left: `${at.x}px` }), pointer);
  }

  function fill(target: HTMLElement, content: TooltipContent): void {
    fillTooltip(target, content, safe);
    interactive = Boolean(content.card);
    setImportant(host!, { 'pointer-events': interactive ? 'auto' : 'none' });
  }

  function refresh(): void {
    if (!current || !box) return;
    const id = current.getAttribute('data-kanbao-id');
    const content = id === null ? null : lookup(id);
    if (content) fill(box, content);
  }

  /** Points `mark` (or, with null, stops the current mark pointing) to the tooltip. */
  function describe(mark: Element | null): void {
    if (mark) mark.setAttribute('aria-describedby', TOOLTIP_ID);
    else current?.removeAttribute('aria-describedby');
  }

  function stopFollowing(): void {
    unfollow?.();
    unfollow = null;
  }

  function keepOpen(): void {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  }

  function hide(): void {
    keepOpen();
    stopFollowing();
    describe(null);
    current = null;
    if (host) setImportant(host, { display: 'none', 'pointer-events': 'none' });
  }

  /** Leaving by pointer: at once, or after a moment when the pointer may be on its way to the card. */
  function leave(): void {
    if (!interactive) return hide();
    keepOpen();
    hideTimer = setTimeout(hide, CARD_HIDE_DELAY_MS);
  }

  const handler = {
    handleEvent(e: Event): void {
      try {
        switch (e.type) {
          case 'mouseover': {
            if (host && e.target === host) {
              keepOpen();
              break;
            }
            const mark = markOf(e.target);
            const { clientX: x, clientY: y } = e as MouseEvent;
            if (mark) {
              keepOpen();
              show(mark, { x, y });
            }
            break;
          }
          case 'focusin': {
            const mark = markOf(e.target);
            if (mark) show(mark);
            break;
          }
          case 'mouseout': {
            // Moving between nested marks is handled by the next mouseover; moving into the
            // tooltip (its host, as the document sees its shadow content) keeps it open.
            const to = (e as MouseEvent).relatedTarget;
            if (host && to === host) break;
            const leftTooltip = host !== null && e.target === host;
            if ((leftTooltip || markOf(e.target)) && !markOf(to)) leave();
            break;
          }
          case 'focusout':
            if (current && markOf(e.target) === current) hide();
            break;
          case 'keydown':
            if ((e as KeyboardEvent).key === 'Escape' && current) hide();
            break;
        }
      } catch {
        // A tooltip glitch must never surface as a page error.
      }
    },
  };
  for (const type of EVENTS) doc.addEventListener(type, handler, true);

  return {
    show,
    hide,
    refresh,
    get current() {
      return current;
    },
    get host() {
      return host;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const type of EVENTS) doc.removeEventListener(type, handler, true);
      keepOpen();
      stopFollowing();
      describe(null);
      host?.remove();
      host = null;
      box = null;
      current = null;
    },
  };
}
