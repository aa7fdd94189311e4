import type { GenericRecord } from '../../core/article';
import { bestContainer, isProse, scanRuns, type TextRun } from './runs';
import { scriptBodyHtml } from './templates';

/**
 * DOM glue for the generic detector: the page's text runs, its best text container and the
 * lines around it, read into the plain record lib/core/article/generic-signals.ts weighs. One
 * walk of the page, bounded (`LIMIT` elements), that never modifies it.
 */

/** Elements walked at most: a huge portal page is judged by its first part. */
const LIMIT = 60_000;
/** A run this long or shorter is a line (credit, dateline, list item, furniture). */
const SHORT_BODY = 40;
const SHORT_PAGE = 30;
const AROUND = 8;
const MAX_SHORT = 400;
const LONG = 50;
const SENTENCE_END = /[。！？!?」”]$|[。！？]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Below this much prose in the page's markup, a script string holding the body is looked for. */
const SCRIPT_BODY_BELOW = 200;

function readMetas(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property], meta[itemprop]'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (name && !(name in metas)) metas[name] = (m.getAttribute('content') ?? '').slice(0, 200);
  }
  return metas;
}

const clip = (s: string, n: number) => s.replace(/\s+/g, ' ').slice(0, n);

export function readGenericSignals(doc: Document): GenericRecord {
  const runs: TextRun[] = scanRuns(doc, LIMIT).runs;
  const best = bestContainer(runs);
  let bodyCjk = 0;
  let bodyLinkCjk = 0;
  let longParagraphs = 0;
  const bodyShort: string[] = [];
  let first = -1;
  let last = -1;
  let pageCjk = 0;
  let pageLinkCjk = 0;
  const pageShort: string[] = [];
  for (const [i, r] of runs.entries()) {
    pageCjk += r.cjk + r.linkCjk;
    pageLinkCjk += r.linkCjk;
    if (r.text.length <= SHORT_PAGE && pageShort.length < MAX_SHORT) pageShort.push(clip(r.text, SHORT_PAGE));
    if (!best || (r.el !== best.el && !best.el.contains(r.el))) continue;
    if (first < 0) first = i;
    last = i;
    bodyLinkCjk += r.linkCjk;
    if (isProse(r)) bodyCjk += r.cjk;
    if (r.cjk >= LONG && SENTENCE_END.test(r.text)) longParagraphs++;
    if (r.text.length <= SHORT_BODY && bodyShort.length < MAX_SHORT) bodyShort.push(clip(r.text, SHORT_BODY));
  }
  let around = first < 0 ? [] : [...runs.slice(Math.max(0, first - AROUND), first), ...runs.slice(last + 1, last + 1 + AROUND)]
    .map((r) => clip(r.text, 160));
  // Little prose in the markup, but a script string holding paragraphs (the body a script writes
  // into an empty container): that string is the body, and the page's short lines are its lines.
  if (bodyCjk < SCRIPT_BODY_BELOW) {
    const script = scriptBodyHtml(doc);
    if (script && script.cjk >= 2 * bodyCjk + 50) {
      const paragraphs = script.html.split(/<(?:p|br|div)\b[^>]*>/i).map((t) => t.replace(/<[^>]*>/g, '').trim());
      bodyCjk = script.cjk;
      bodyLinkCjk = 0;
      longParagraphs = paragraphs.filter((t) => (t.match(CJK) ?? []).length >= LONG && SENTENCE_END.test(t)).length;
      around = runs.filter((r) => r.text.length <= 120).slice(0, 60).map((r) => clip(r.text, 120));
    }
  }
  return {
    bodyCjk,
    bodyLinkCjk,
    longParagraphs,
    bodyShort,
    around,
    pageShort,
    pageCjk,
    pageLinkCjk,
    metas: readMetas(doc),
    title: clip(doc.querySelector('title')?.textContent ?? '', 200),
  };
}
