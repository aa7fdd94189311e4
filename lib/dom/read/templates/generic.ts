import { parseDateline, parseSource } from '../../../core/article';
import { densestContainerSteps } from '../density';
import { linearizeSteps, metaWindows } from '../meta-window';
import { bestContainer, rankContainers, runsIn, scanRuns, scanRunsSteps, type TextRun } from '../runs';
import { parseInert, scriptBodyHtml } from './script-body';
import { collapse, metaContent, pageTitle, trimmed, within } from '../text';
import { layout, type Layout } from './types';

/**
 * The fallback for layouts no template knows (xinhua_06's 2012 tables, renamed classes, the
 * field's provincial and government sites): the body is the densest `<p>` container, or the best
 * container of text runs when the prose is not in `<p>`s (see locateBody), the title the last
 * `<h1>` before it that agrees with the page's head title (else a heading or element named a
 * title, else og:title or the `<title>` head), and the metadata comes from the lines between the
 * title and the body and right after the body, read by the same regexes as the templates' lines.
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

/** A headline candidate agrees with the page's head title when one holds the other (spaces aside). */
function agrees(candidate: string, head: string): boolean {
  const c = candidate.replace(/\s+/g, '');
  const h = head.replace(/\s+/g, '');
  if (c.length < 4 || h.length < 4) return false;
  return h.includes(c) || c.includes(h);
}

/**
 * Where the body is and what its paragraphs are. Pages built of `<p>` paragraphs keep the `<p>`
 * density reader's container; when the prose of the page is not in `<p>`s (text split by `<br>`,
 * `<div>` paragraphs, table cells) or that container is mostly script, the text-run reader's
 * container wins and its runs are the paragraphs; when the page has no prose at all but a script
 * holds the article's markup in a string, that string is read, inert.
 */
function* locateBody(doc: Document): Generator<void, { body: Element; units: (TextRun & { whole: boolean })[] | null; live: boolean } | null, void> {
  const pBody = yield* densestContainerSteps(doc);
  const scan = yield* scanRunsSteps(doc);
  const ranked = rankContainers(scan.runs);
  const loose = bestContainer(scan.runs);
  const pScore = pBody ? (ranked.find((c) => c.el === pBody)?.score ?? 0) : 0;
  const best = Math.max(pScore, loose?.score ?? 0);
  const script = best < SCRIPT_BODY_BELOW ? scriptBodyHtml(doc) : null;
  if (script && script.cjk >= 2 * best + 50) {
    const inert = parseInert(doc, script.html);
    if (inert) return { body: inert, units: runsIn(scanRuns(inert).runs, inert).filter(keepRun), live: false };
  }
  if (pBody && (!loose || loose.el === pBody || pScore >= P_KEEPS * loose.score)) return { body: pBody, units: null, live: true };
  if (loose) return { body: loose.el, units: runsIn(scan.runs, loose.el).filter(keepRun), live: true };
  return pBody ? { body: pBody, units: null, live: true } : null;
}

/** With the body outside the page (a script string), the lines after the headline hold its metadata. */
function afterTitle(text: string, titleEnd: number | undefined): { head: string; tail: string } {
  return { head: titleEnd === undefined ? '' : text.slice(titleEnd, titleEnd + 400), tail: '' };
}

/** Headings, and elements whose class or id names them a title (`div.title`, `.article-title`). */
const HEADLINE_CANDIDATES = 'h1, h2, h3, [class*="title"], [class*="Title"], [id*="title"], [id*="Title"]';
/** A metadata line (`来源：… 时间：…`) is never the headline, whatever its class says. */
const META_LINE = /(?:[来來]源|[时時]间|作者|发布|發佈|浏览|瀏覽|编辑|編輯)\s*[:：]/;
/** How close (characters of page text) an element named a title must end before the body. */
const NEAR_BODY = 300;
/** A short line that labels a publication time. */
const LABELLED_TIME = /^(?:发布|發佈|发表|發表|更新)?(?:时间|時間|日期)\s*[:：]\s*\d{4}/;

/** A short line that is a dateline or a credit line, not a paragraph. */
function isMetaLine(text: string): boolean {
  if (text.length > 80 || /[。！？]/.test(text)) return false;
  return parseDateline(text) !== null || /[来來]源|作者|[编編]辑|[记記]者|通讯员|通訊員/.test(text);
}

/** The `<p>` container stays the body while its prose is at least this share of the best container's. */
const P_KEEPS = 0.6;
/** Below this much prose in the page's own markup, a script string holding the body is looked for. */
const SCRIPT_BODY_BELOW = 200;

/** Runs that are all link text (menus, related links inside the container) are not paragraphs. */
const keepRun = (r: TextRun) => r.linkCjk === 0 || r.cjk >= 2 * r.linkCjk;

/** The generic reader as small steps: the two whole-page walks yield as they go. */
export function* readGenericSteps(doc: Document): Generator<void, Layout | null, void> {
  // The whole document, not doc.body: people_n1_02 has an `<img>` before `<body>`, and linkedom
  // then makes an empty body of its own and puts the page in a second one outside it.
  const located = yield* locateBody(doc);
  if (!located) return null;
  const { body, units, live } = located;
  // The headline is the last <h1> before the first paragraph; it may sit inside the container
  // (en.people.cn keeps h1, origin line and paragraphs in one div).
  // With runs, the first paragraph is the first run that is neither a heading nor a metadata line
  // (a run container may hold the headline and the dateline above the text).
  const firstRun = units?.find((u) => !/^H[1-6]$/.test(u.el.tagName.toUpperCase()) && !isMetaLine(u.text)) ?? units?.[0];
  const firstP = firstRun?.el ?? Array.from(body.children).find((c) => c.tagName.toUpperCase() === 'P') ?? body;
  const heads = Array.from(doc.querySelectorAll(HEADLINE_CANDIDATES)).filter((h) => {
    const t = trimmed(h);
    return t.length >= 4 && t.length <= 120;
  });
  const h1s = heads.filter((h) => h.tagName.toUpperCase() === 'H1');
  const page = yield* linearizeSteps(doc, live ? [body, firstP, ...heads] : heads);
  const textStart = live ? (page.start.get(firstP) ?? 0) : page.text.length;
  const isBefore = (h: Element) => (page.end.get(h) ?? Infinity) <= textStart;
  const before = h1s.filter(isBefore);
  const headTitle = titleFromHead(doc);
  let titleEl = before[before.length - 1] ?? h1s.find((h) => !within(h, body)) ?? null;
  // A site logo or channel name in an <h1> (government portals) is not the headline: when the
  // <h1> disagrees with the page's head title, the nearest heading (or element named a title)
  // before the body that agrees with it is the headline.
  if (!titleEl || !agrees(trimmed(titleEl), headTitle)) {
    const agreeing = heads.filter((h) => isBefore(h) && agrees(trimmed(h), headTitle));
    titleEl = agreeing[agreeing.length - 1] ?? titleEl;
  }
  // No <h1> at all: an element named a title right above the body (`div.rumor-title`), when the
  // head title names only the site.
  if (!titleEl) {
    const near = heads.filter((h) => isBefore(h) && textStart - (page.end.get(h) ?? 0) <= NEAR_BODY && !/。$/.test(trimmed(h)) && !META_LINE.test(trimmed(h)));
    titleEl = near[near.length - 1] ?? null;
  }
  const title = titleEl ? collapse(trimmed(titleEl)) : headTitle;
  const windows = live ? metaWindows(page, firstP, body, titleEl, title) : afterTitle(page.text, titleEl ? page.end.get(titleEl) : undefined);
  const tail = windows.tail;
  let head = windows.head;
  let paragraphs = units;
  if (paragraphs && live) {
    // A run container may hold the headline and the lines under it: the paragraphs start after
    // the headline (runs come in page order), and the dateline, 来源 and 作者 lines before the
    // first paragraph are metadata.
    const at = titleEl ? paragraphs.findIndex((u) => u.el === titleEl || titleEl.contains(u.el)) : -1;
    if (at >= 0) paragraphs = paragraphs.slice(at + 1);
    else paragraphs = [...paragraphs];
    const lead: string[] = [];
    while (paragraphs.length > 0 && isMetaLine(paragraphs[0]!.text)) lead.push(paragraphs.shift()!.text);
    if (lead.length > 0) head = `${head}\n${lead.join('\n')}`;
  }
  let published: string | null = null;
  if (!parseDateline(head)) {
    for (const name of PUBLISHED_META) {
      published = parseDateline(metaContent(doc, name));
      if (published) break;
    }
    // Some pages show the time only below the article, labelled (`时间：2019-09-24 17:08`).
    published ??= parseDateline(tail.split('\n').find((l) => LABELLED_TIME.test(l.trim())));
  }
  // Only short lines can be credit lines; the text after a body is often a list of related
  // stories whose summaries start with datelines naming other reporters (people_n1_02).
  const lines = `${head}\n${tail}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l.length <= 80 && !/[。？！]/.test(l));
  // Many CMSs mark their metadata with the ids of Baidu's news-sitemap convention (`#source_baidu`,
  // `#pubtime_baidu`, `#editor_baidu`; youth.cn, chinanews and southcn use them): their text is
  // the field alone, so it is preferred to a line that may run on into a byline. Not
  // `#author_baidu`, which some pages fill with the editor.
  const baiduSource = trimmed(doc.querySelector('#source_baidu'));
  const baiduEditor = trimmed(doc.querySelector('#editor_baidu'));
  if (!parseDateline(head) && !published) published = parseDateline(trimmed(doc.querySelector('#pubtime_baidu')));
  return layout({
    template: 'generic',
    title,
    titleEl,
    body,
    dateText: head,
    published,
    live,
    units: paragraphs,
    sourceText: (parseSource(baiduSource) ? baiduSource : null) ?? lines.find((l) => /[来來]源/.test(l)) ?? null,
    editorTexts: baiduEditor ? [...lines, baiduEditor] : lines,
  });
}
