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

/**
 * Whether a node reported by a mutation lies where conversion applies: connected, inside
 * <body> or a head <title>, and not inside a skipped element.
 */
export function inScope(node: Node, doc: Document): boolean {
  if (!node.isConnected || node.ownerDocument !== doc) return false;
  const body = doc.body ?? doc.documentElement;
  let inside = node === body;
  for (let p = node.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
    const el = p as Element;
    if (roleOf(el) !== 'normal') return false;
    if (el === body || el.localName.toLowerCase() === 'title') inside = true;
  }
  return inside || (node.nodeType === ELEMENT_NODE && (node as Element).localName.toLowerCase() === 'title');
}

/** Whether one attribute of `el` is converted (for attribute mutations). */
export function attributeInScope(el: Element, name: string, doc: Document): boolean {
  if (!inScope(el, doc) || roleOf(el) === 'opaque') return false;
  if (name === 'lang') return isZhLang(el.getAttribute('lang'));
  return (CONVERTED_ATTRIBUTES as readonly string[]).includes(name) && el.hasAttribute(name);
}
