import { MARK_TAG, TOOLTIP_TAG, type MarkKind } from './types';

/**
 * The hover/focus tooltip: one <kanbao-tooltip> host with an open shadow root, so page CSS
 * cannot restyle its content and ours cannot leak out. Content is built with createElement and
 * textContent only. One delegated handler on the document serves every mark (thousands of marks
 * must not mean thousands of listeners), registered in the capture phase so a page that stops
 * propagation does not silence it.
 */

export interface TooltipContent {
  kind: MarkKind;
  label: string;
  sentence?: string;
  /** The marked text, emphasised inside the sentence when it occurs there. */
  text?: string;
}

export interface Tooltip {
  show(mark: Element): void;
  hide(): void;
  /** The mark the tooltip currently describes. */
  readonly current: Element | null;
  /** The host element, once created (it is created on first show). */
  readonly host: HTMLElement | null;
  destroy(): void;
}

export const KIND_LABELS: Record<MarkKind, string> = {
  figure: 'Figure',
  date: 'Date',
  program: 'Named program',
};

const SENTENCE_MAX = 160;
const GAP = 8;
const EVENTS = ['mouseover', 'mouseout', 'focusin', 'focusout', 'keydown'] as const;

const TOOLTIP_CSS = `
:host { all: initial; }
.box {
  box-sizing: border-box; max-width: min(28rem, calc(100vw - 16px)); padding: 8px 10px;
  border-radius: 6px; border-left: 4px solid var(--line);
  background: #fff; color: #1f2937; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.box[data-kind="figure"] { --line: rgb(217, 119, 6); }
.box[data-kind="date"] { --line: rgb(2, 132, 199); }
.box[data-kind="program"] { --line: rgb(147, 51, 234); }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--line); }
.label { font-weight: 600; font-size: 14px; }
.sentence { margin-top: 4px; color: #4b5563; }
.sentence b { color: #111827; }
@media (prefers-color-scheme: dark) {
  .box { background: #1f2937; color: #f3f4f6; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.5); }
  .box[data-kind="figure"] { --line: rgb(252, 211, 77); }
  .box[data-kind="date"] { --line: rgb(125, 211, 252); }
  .box[data-kind="program"] { --line: rgb(216, 180, 254); }
  .sentence { color: #d1d5db; }
  .sentence b { color: #fff; }
}
`;

/** The sentence cut to a window around the marked text, split for emphasis. */
export function excerpt(sentence: string, text: string | undefined, max = SENTENCE_MAX): [string, string, string] {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0 || !text) {
    return [sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence, '', ''];
  }
  const room = Math.max(0, max - text.length);
  let from = Math.max(0, at - Math.floor(room / 2));
  const to = Math.min(sentence.length, from + text.length + room);
  from = Math.max(0, to - text.length - room);
  const before = (from > 0 ? '…' : '') + sentence.slice(from, at);
  const after = sentence.slice(at + text.length, to) + (to < sentence.length ? '…' : '');
  return [before, text, after];
}

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

export function installTooltip(doc: Document, lookup: (id: string) => TooltipContent | null): Tooltip {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let current: Element | null = null;
  let destroyed = false;

  function ensureHost(): HTMLElement {
    if (host && box) return box;
    host = doc.createElement(TOOLTIP_TAG);
    // Inline !important beats page rules aimed at the host; :host { all: initial } does the rest.
    setImportant(host, {
      position: 'fixed', 'z-index': '2147483647', top: '0px', left: '0px', display: 'none',
      margin: '0', padding: '0', border: '0', 'pointer-events': 'none',
    });
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

  function fill(target: HTMLElement, content: TooltipContent): void {
    target.replaceChildren();
    target.setAttribute('data-kind', content.kind);
    const kind = doc.createElement('div');
    kind.className = 'kind';
    kind.textContent = KIND_LABELS[content.kind];
    const label = doc.createElement('div');
    label.className = 'label';
    label.textContent = content.label;
    target.append(kind, label);
    if (content.sentence) {
      const [before, match, after] = excerpt(content.sentence, content.text);
      const sentence = doc.createElement('div');
      sentence.className = 'sentence';
      sentence.append(before);
      if (match) {
        const b = doc.createElement('b');
        b.textContent = match;
        sentence.append(b);
      }
      sentence.append(after);
      target.append(sentence);
    }
  }

  function place(mark: Element): void {
    if (!host || !box) return;
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const own = box.getBoundingClientRect();
    const view = doc.defaultView;
    const vw = doc.documentElement.clientWidth || view?.innerWidth || 0;
    const vh = doc.documentElement.clientHeight || view?.innerHeight || 0;
    // Above the mark when it fits, otherwise below; always inside the viewport.
    let top = rect.top - own.height - GAP;
    if (top < GAP) top = rect.bottom + GAP;
    if (vh > 0) top = Math.max(GAP, Math.min(top, vh - own.height - GAP));
    let left = rect.left;
    if (vw > 0) left = Math.max(GAP, Math.min(left, vw - own.width - GAP));
    setImportant(host, { top: `${Math.round(top)}px`, left: `${Math.round(left)}px` });
  }

  function show(mark: Element): void {
    if (destroyed) return;
    const id = mark.getAttribute('data-kanbao-id');
    const content = id === null ? null : lookup(id);
    if (!content) return;
    const target = ensureHost();
    if (current !== mark) fill(target, content);
    current = mark;
    setImportant(host!, { display: 'block' });
    place(mark);
  }

  function hide(): void {
    current = null;
    if (host) setImportant(host, { display: 'none' });
  }

  const handler = {
    handleEvent(e: Event): void {
      try {
        switch (e.type) {
          case 'mouseover':
          case 'focusin': {
            const mark = markOf(e.target);
            if (mark) show(mark);
            break;
          }
          case 'mouseout': {
            // Moving between nested marks is handled by the next mouseover.
            if (markOf(e.target) && !markOf((e as MouseEvent).relatedTarget)) hide();
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
      host?.remove();
      host = null;
      box = null;
      current = null;
    },
  };
}
