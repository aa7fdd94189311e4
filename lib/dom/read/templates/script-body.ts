import { unescapeJsString } from './cctv';

/**
 * An article body that only exists inside a JavaScript string until the page's script writes it
 * (news.cctv.com's `var contentdate = '<p>…</p>'`, and other CMSs that fill an empty container
 * from a variable). A static read (the command line, a saved page) sees an empty container; the
 * string is parsed into an inert document instead, whose paragraphs are not in the live page.
 */

/** A quoted string literal of at least 200 characters, assigned or passed: `= '…'`, `("…")`. */
const LITERAL = /[=(:,]\s*(['"])((?:\\[\s\S]|(?!\1)[^\\\n]){200,})\1/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Markup of paragraphs, written plainly or as a JavaScript escape (`<p`, `\u003cp`). */
const PARAGRAPH_MARKUP = /<(?:p|br|div)\b|\\u003c(?:p|br|div)\b/i;

/** Script text scanned per page at most: a page with megabytes of inline script stays cheap. */
const MAX_SCRIPT = 2_000_000;

/** The longest paragraph-markup string literal in the page's scripts, with its CJK count. */
export function scriptBodyHtml(doc: Document): { html: string; cjk: number } | null {
  let best: { html: string; cjk: number } | null = null;
  let budget = MAX_SCRIPT;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.hasAttribute('src')) continue;
    const code = script.textContent ?? '';
    budget -= code.length;
    if (budget < 0) break;
    if (!PARAGRAPH_MARKUP.test(code)) continue;
    for (const m of code.matchAll(LITERAL)) {
      const raw = m[2]!;
      if (!PARAGRAPH_MARKUP.test(raw)) continue;
      const html = unescapeJsString(raw);
      const cjk = html.match(CJK)?.length ?? 0;
      if (!best || cjk > best.cjk) best = { html, cjk };
    }
  }
  return best;
}

/** The string's markup parsed into an inert document (no script runs, nothing loads). */
export function parseInert(doc: Document, html: string): Element | null {
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  const inert = new Parser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  return inert.querySelector('body');
}
