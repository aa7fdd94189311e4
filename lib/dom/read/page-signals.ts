import type { DomSignals } from '../../core/article';

/**
 * DOM glue for detection: reads the raw facts of templates.md §3 Step B into a plain record.
 * Only querySelector / getAttribute / textContent / childNodes, so it behaves the same in
 * browsers, happy-dom and linkedom (no innerText, no layout). It is cheap by construction:
 * metas, a handful of selectors, the body container's text once, and a bounded walk for the
 * script sample when there is no container. It never modifies the document.
 */

/** people.com.cn body containers: rm_txt (people_n1_02), 2016wb (people_n1_01), articleCont (people_n1_03), `.text_c`/paper [X]. */
export const PD_BODY = ['.rm_txt_con', '#rm_txt_zw', '#rwb_zw', '.box_con', '.artDet', '.show_text', '#ozoom'] as const;
/** Peer outlets' body containers, one per corpus template (templates.md §2). */
export const PEER_BODY = [
  '#p-detail', // xinhua xl2019 (xinhua_01/05/07)
  '#detailContent', // news.cn 2024 (xinhua_02/03)
  '#detail', // news.cn 2021 (xinhua_04)
  '.u-mainText', // gmw
  '.TRS_Editor', // youth.cn
  '.left_zw', // chinanews
  '#Content', // chinadaily
  '#text_area', // cctv (empty until its script runs)
  '#UCAP-CONTENT', // gov.cn
  '.pages_content', // gov.cn policy [X]
  '.detil-new-cont', // kepu.gov.cn
] as const;
const BODY_ALL = [...PD_BODY, ...PEER_BODY].join(',');

/** Most specific first: in 2016wb `div.path` also holds the logo links (people_n1_01:60–63). */
const BREADCRUMB = ['#rwb_navpath', '.subNav', '.path', '.route'] as const;
/** People's editor elements; `(责编：…)` is searched here and in the body's tail. */
const EDITOR = '.edit, .editor';
/** Date + source lines, one selector per template (see templates.md §1–2 for each). */
const INFO = [
  '.channel .col-1-1', // rm_txt
  '.box01', // 2016wb
  '.artOri', // articleCont
  '.sec', // paper.people.com.cn [X]
  '.h-info', // xl2019
  '.header-cont', // news.cn 2021 (date split over spans)
  '.info', // news.cn regional, cctv (source)
  '.info1', // cctv (date)
  '.m-con-info', // gmw
  '.pwz', // youth gn
  '.page_title', // youth gj
  '.left-t', // chinanews
  '.fenx', // chinadaily
  '.detil-new-title', // kepu
  '.pages-date', // gov.cn [X]
].join(',');

const MAX_INFO_ELEMENTS = 6;
const MAX_PIECE = 400;
const SAMPLE = 3000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function readMetas(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name]'))) {
    const name = (m.getAttribute('name') ?? '').trim().toLowerCase();
    if (name && !(name in metas)) metas[name] = m.getAttribute('content') ?? '';
  }
  return metas;
}

function readCanonical(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = clean(og || link);
  return /^https?:\/\//i.test(url) ? url : null;
}

function readBreadcrumb(doc: Document): string | null {
  for (const sel of BREADCRUMB) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    // The first link with text is the site name (人民网 → www.people.com.cn, templates.md §1.4).
    const link = Array.from(el.querySelectorAll('a')).find((a) => clean(a.textContent) !== '');
    return clean(link?.textContent ?? el.textContent).slice(0, 40);
  }
  return null;
}

function findBody(doc: Document): { el: Element; selector: string; peoplesDaily: boolean } | null {
  const el = doc.querySelector(BODY_ALL);
  if (!el) return null;
  const pd = PD_BODY.find((s) => el.matches(s));
  if (pd) return { el, selector: pd, peoplesDaily: true };
  return { el, selector: PEER_BODY.find((s) => el.matches(s)) ?? 'unknown', peoplesDaily: false };
}

/** Up to `limit` characters of visible text from `root`, stopping early: never the whole page. */
export function textSample(root: Node | null, limit: number): string {
  if (!root) return '';
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType === 1 && SKIP.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.replace(/\s+/g, ' ').slice(0, limit);
}

/**
 * The first `n` or more characters of `el.textContent` (every text node, scripts' too, in tree
 * order), or the last `n` or more when `fromEnd`; `whole` when that is all of it.
 */
export function rawTextEnd(el: Element, n: number, fromEnd = false): { text: string; whole: boolean } {
  const pieces: string[] = [];
  let length = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      pieces.push(data);
      length += data.length;
      if (length >= n && stack.length > 0) {
        return { text: fromEnd ? pieces.reverse().join('') : pieces.join(''), whole: false };
      }
      continue;
    }
    if (fromEnd) for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { text: fromEnd ? pieces.reverse().join('') : pieces.join(''), whole: true };
}

/**
 * What detection reads of the body container's text: its first SAMPLE and last MAX_PIECE
 * characters after `clean`, and whether it has at least 50. A long body is not read whole: the
 * clean of a prefix is a prefix of the clean of the whole text (and the same for suffixes), so
 * reading from each end until enough clean text is there gives the same strings (a 1 MiB page
 * spent tens of milliseconds on its whole textContent here).
 */
function bodyEnds(el: Element | undefined): { head: string; tail: string; long: boolean } {
  if (!el) return { head: '', tail: '', long: false };
  let head = '';
  for (let n = 4 * SAMPLE; ; n *= 4) {
    const raw = rawTextEnd(el, n);
    head = clean(raw.text);
    if (raw.whole) return { head, tail: head.slice(-MAX_PIECE), long: head.length >= 50 };
    if (head.length >= SAMPLE) break;
  }
  let tail = '';
  for (let n = 4 * MAX_PIECE; ; n *= 4) {
    const raw = rawTextEnd(el, n, true);
    tail = clean(raw.text);
    if (raw.whole || tail.length >= MAX_PIECE) break;
  }
  return { head: head.slice(0, SAMPLE), tail: tail.slice(-MAX_PIECE), long: true };
}

export function readPageSignals(doc: Document): DomSignals {
  const title = clean(doc.querySelector('title')?.textContent);
  const body = findBody(doc);
  const bodyText = bodyEnds(body?.el);

  const editorText = Array.from(doc.querySelectorAll(EDITOR))
    .slice(0, 3)
    .map((el) => clean(el.textContent).slice(0, MAX_PIECE))
    .concat(bodyText.tail)
    .join('\n');
  const infoText = Array.from(doc.querySelectorAll(INFO))
    .slice(0, MAX_INFO_ELEMENTS)
    .map((el) => clean(el.textContent).slice(0, MAX_PIECE))
    .join('\n');

  // cctv_01's #text_area is empty in static HTML: fall back to a bounded walk of the page.
  // querySelector, not doc.body: linkedom's body getter inserts a <body> into a head-less fragment
  // (the English negative page is one), and detection must never change the page.
  const main = bodyText.long ? bodyText.head : textSample(doc.querySelector('body') ?? doc.documentElement, SAMPLE);

  return {
    title,
    metas: readMetas(doc),
    canonicalUrl: readCanonical(doc),
    breadcrumb: readBreadcrumb(doc),
    body: body ? { selector: body.selector, peoplesDaily: body.peoplesDaily } : null,
    editorText,
    infoText,
    sample: `${title} ${main.slice(0, SAMPLE)}`,
  };
}
