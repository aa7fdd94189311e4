import { parseDateline } from '../../../core/article';
import { densestContainerSteps } from '../density';
import { linearizeSteps, metaWindows } from '../meta-window';
import { collapse, metaContent, pageTitle, trimmed, within } from '../text';
import { layout, type Layout } from './types';

/**
 * The fallback for layouts no template knows (xinhua_06's 2012 tables, renamed classes): the body
 * is the densest `<p>` container, the title the last `<h1>` before it (else og:title or the
 * `<title>` head), and the metadata comes from the lines between the title and the body and
 * right after the body, read by the same regexes as the templates' lines.
 */

const TITLE_SPLIT = /\s*(?:--|_|\s[-|–—]\s)\s*/;
// `…交通-新华网`, `…座谈会-中国科普网`: a short site name glued on with a bare hyphen or bar.
const SITE_SUFFIX = /\s*[-|｜]\s*[^-|｜]{1,12}(?:网|網|频道|頻道|报|報|客户端|客戶端)(?:\([^)]*\))?$/;

/** The headline from `og:title` or the `<title>`, without the channel and site names. */
export function titleFromHead(doc: Document): string {
  const og = metaContent(doc, 'og:title');
  const full = collapse(og ?? pageTitle(doc));
  // `headline--channel--人民网`, `headline_新闻频道_央视网`: the headline is the first part.
  const head = full.split(TITLE_SPLIT)[0] ?? full;
  return head.replace(SITE_SUFFIX, '');
}

const PUBLISHED_META = ['firstpublishedtime', 'article:published_time', 'publishdate', 'pubdate', 'PubDate'];

/** The generic reader as small steps: the two whole-page walks yield as they go. */
export function* readGenericSteps(doc: Document): Generator<void, Layout | null, void> {
  // The whole document, not doc.body: people_n1_02 has an `<img>` before `<body>`, and linkedom
  // then makes an empty body of its own and puts the page in a second one outside it.
  const body = yield* densestContainerSteps(doc);
  if (!body) return null;
  // The headline is the last <h1> before the first paragraph; it may sit inside the container
  // (en.people.cn keeps h1, origin line and paragraphs in one div).
  const firstP = Array.from(body.children).find((c) => c.tagName.toUpperCase() === 'P') ?? body;
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => {
    const t = trimmed(h);
    return t.length >= 4 && t.length <= 120;
  });
  const page = yield* linearizeSteps(doc, [body, firstP, ...h1s]);
  const textStart = page.start.get(firstP) ?? 0;
  const before = h1s.filter((h) => (page.end.get(h) ?? Infinity) <= textStart);
  const titleEl = before[before.length - 1] ?? h1s.find((h) => !within(h, body)) ?? null;
  const title = titleEl ? collapse(trimmed(titleEl)) : titleFromHead(doc);
  const { head, tail } = metaWindows(page, firstP, body, titleEl, title);
  let published: string | null = null;
  if (!parseDateline(head)) {
    for (const name of PUBLISHED_META) {
      published = parseDateline(metaContent(doc, name));
      if (published) break;
    }
  }
  // Only short lines can be credit lines; the text after a body is often a list of related
  // stories whose summaries start with datelines naming other reporters (people_n1_02).
  const lines = `${head}\n${tail}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l.length <= 80 && !/[。？！]/.test(l));
  return layout({
    template: 'generic',
    title,
    titleEl,
    body,
    dateText: head,
    published,
    sourceText: lines.find((l) => /[来來]源/.test(l)) ?? null,
    editorTexts: lines,
  });
}
