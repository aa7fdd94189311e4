import { collapse, textOrNull, trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * news.cctv.com 2019 article template (cctv_01_partial; templates.md §2.9): `#title_area h1`,
 * `h2#subtitle`, `.info` “来源：央视新闻  |  2026年06月25日 15:18:53”, `.zebian` editors.
 * The saved page's `#text_area` is empty: a script (arti_api_2026.js) fills it from the JS string
 * `var contentdate = '<p>…</p>'`. A content script that runs after load sees the filled
 * `#text_area`; a static read parses the string into an inert document instead, whose
 * paragraphs are not in the live page (blocks are null for them).
 */

const CONTENT_VAR = /var\s+contentdate\s*=\s*(['"])((?:\\[\s\S]|(?!\1)[^\\])*)\1/;

/** Undoes JavaScript string-literal escapes (`\'`, `\"`, `\\`, `\n`, `\uXXXX`, `\xXX`, `\/`). */
export function unescapeJsString(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

/** The body parsed from `contentdate` into an inert document, or null. */
function scriptBody(doc: Document): Element | null {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const m = CONTENT_VAR.exec(script.textContent ?? '');
    if (!m) continue;
    const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
    if (!Parser) return null;
    // DOMParser documents are inert: no script runs and nothing loads.
    const html = `<!DOCTYPE html><html><head></head><body>${unescapeJsString(m[2]!)}</body></html>`;
    return new Parser().parseFromString(html, 'text/html').body;
  }
  return null;
}

export const cctv: Template = {
  id: 'cctv',
  read(doc) {
    const area = doc.querySelector('#title_area');
    const h1 = area?.querySelector('h1');
    const textArea = doc.querySelector('#text_area');
    if (!area || !h1 || !textArea) return null;
    const filled = Array.from(textArea.querySelectorAll('p')).some((p) => trimmed(p));
    const body = filled ? textArea : scriptBody(doc);
    if (!body) return null;
    const info = collapse(trimmed(area.querySelector('.info')));
    return layout({
      template: 'cctv',
      title: trimmed(h1),
      titleEl: h1,
      subtitle: textOrNull(area.querySelector('#subtitle')),
      body,
      live: filled,
      dateText: info,
      sourceText: info,
      editorTexts: [collapse(trimmed(doc.querySelector('.zebian')))].filter(Boolean),
    });
  },
};
