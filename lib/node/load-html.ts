import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/**
 * Node-only: reads a saved page the way a browser would have decoded it. Saved fixtures often
 * declare GB2312 but are stored as UTF-8, so the meta tag is never trusted: strict UTF-8 first,
 * then GB18030 (a superset of GBK and GB2312).
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function loadHtmlFile(path: string): { doc: Document; html: string; encoding: string } {
  const { html, encoding } = decodeHtml(readFileSync(path));
  return { doc: parseDocument(html), html, encoding };
}
