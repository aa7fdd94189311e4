import { createWalker, type Walker } from './walk';

export { walk } from './walk';

/**
 * Which parts of a page script conversion may touch, and the walk that finds them.
 *
 * Converted: body text nodes (including text inside <kanbao-mark> highlights, which wrap page
 * text), the <title> text, the attributes below, and `zh-*` `lang` attributes. Never touched:
 * what a user types or a program reads (form fields, contenteditable, code, pre, kbd, samp),
 * what is not text (script, style, template), and Kanbao's own UI hosts, which render their
 * own text in the chosen script.
 */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

export type Unit = { kind: 'text'; node: Text } | { kind: 'attr'; el: Element; name: string };

const ELEMENT_NODE = 1;

/** Neither the text nor the attributes inside these are converted. */
const OPAQUE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'iframe',
  'object',
  'kanbao-sidebar',
  'kanbao-tooltip',
]);

/** Form fields: their value is the user's, but placeholder, title and aria-label are labels. */
const FIELDS = new Set(['input', 'textarea', 'select']);

const ZH_LANG = /^zh(?:-|$)/i;

type ElementRole = 'normal' | 'field' | 'opaque';

function roleOf(el: Element): ElementRole {
  const name = el.localName.toLowerCase();
  if (OPAQUE.has(name)) return 'opaque';
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return 'opaque';
  return FIELDS.has(name) ? 'field' : 'normal';
}

export function isZhLang(value: string | null): boolean {
  return value !== null && ZH_LANG.test(value.trim());
}

function pushAttributes(el: Element, each: (unit: Unit) => void): void {
  if (el.attributes.length === 0) return;
  for (const name of CONVERTED_ATTRIBUTES) if (el.hasAttribute(name)) each({ kind: 'attr', el, name });
  if (isZhLang(el.getAttribute('lang'))) each({ kind: 'attr', el, name: 'lang' });
}

/** Everything convertible in the subtree of `root` (root included), handed to `each` as walked. */
export function unitWalker(root: Node, each: (unit: Unit) => void): Walker {
  return createWalker(
    root,
    (node) => each({ kind: 'text', node }),
    (el) => {
      const role = roleOf(el);
      if (role !== 'opaque') pushAttributes(el, each);
      return role === 'normal';
    },
  );
}

/** The <title> elements of <head> (document.title's text) and <body>: the full-page roots. */
export function pageRoots(doc: Document): Node[] {
  const roots: Node[] = doc.head ? Array.from(doc.head.getElementsByTagName('title')) : [];
  roots.push(doc.body ?? doc.documentElement);
  return roots;
}

/** What an element's ancestry (itself included) says about the nodes under it. */
interface Ancestry {
  /** It or an ancestor is skipped (opaque, a form field): nothing under it converts. */
  skipped: boolean;
  /** It or an ancestor is <body> or a <title>. */
  inside: boolean;
}

/** Answers for nodes reported by one mutation batch (see scopeCheck). */
export interface ScopeCheck {
  /**
   * Whether a node lies where conversion applies: connected, inside <body> or a head <title>, and
   * not inside a skipped element.
   */
  node(node: Node): boolean;
  /** Whether one attribute of `el` is converted (for attribute mutations). */
  attribute(el: Element, name: string): boolean;
}

/**
 * Scope answers for one batch of mutations, taken while the DOM stands still. Each element's
 * ancestry is worked out once and kept: a batch names its nodes one by one, and asking each
 * of them the whole way up costs nodes × depth. A page nested 5,000 deep with a few thousand
 * changed nodes under the bottom would hold its thread for many seconds.
 */
export function scopeCheck(doc: Document): ScopeCheck {
  const body = doc.body ?? doc.documentElement;
  const known = new Map<Element, Ancestry>();
  const NONE: Ancestry = { skipped: false, inside: false };
  const ancestry = (el: Element | null): Ancestry => {
    if (!el) return NONE;
    const hit = known.get(el);
    if (hit) return hit;
    // Up to the first element already known (or the top), then back down filling in each one.
    const path: Element[] = [];
    let above = NONE;
    for (let top: Element | null = el; top; top = top.parentElement) {
      const seen = known.get(top);
      if (seen) {
        above = seen;
        break;
      }
      path.push(top);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      above = {
        skipped: above.skipped || roleOf(e) !== 'normal',
        inside: above.inside || e === body || e.localName.toLowerCase() === 'title',
      };
      known.set(e, above);
    }
    return above;
  };
  const node = (n: Node): boolean => {
    if (!n.isConnected || n.ownerDocument !== doc) return false;
    const up = ancestry(n.parentElement);
    if (up.skipped) return false;
    return up.inside || n === body || (n.nodeType === ELEMENT_NODE && (n as Element).localName.toLowerCase() === 'title');
  };
  return {
    node,
    attribute(el, name) {
      if (!node(el) || roleOf(el) === 'opaque') return false;
      if (name === 'lang') return isZhLang(el.getAttribute('lang'));
      return (CONVERTED_ATTRIBUTES as readonly string[]).includes(name) && el.hasAttribute(name);
    },
  };
}
