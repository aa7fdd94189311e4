import { runSteps } from '../schedule';
import { NOISE_CONTAINERS } from './noise';

/**
 * Text runs: the paragraphs of a page whatever its markup. A run is the inline content of one
 * block element between two separators: a `<br>`, a block child, a script or style. A `<p>` is
 * one run; a `<div>` of text split by `<br>` (thepaper, many government portals) is several; a
 * `<td>` of a 2000s table layout is one or several. Each run keeps the block element it lives in
 * (`el`), and its text is a contiguous stretch of that element's `textContent`, trimmed, so the
 * highlighter finds it there (it locates a paragraph inside its block's text) and marks the live
 * page's own nodes.
 *
 * Script, style and form text never enters a run: it separates runs instead, so a page whose
 * article container also holds a script never reads the script as a paragraph.
 */

export interface TextRun {
  /** The block element whose inline content holds the run. */
  el: Element;
  /** Trimmed; a substring of `el.textContent`. */
  text: string;
  /** CJK characters outside links. */
  cjk: number;
  /** CJK characters inside links. */
  linkCjk: number;
}

export interface RunScan {
  runs: TextRun[];
  /** Elements visited, for callers that bound the work. */
  visited: number;
  /** True when the walk stopped at `limit` elements. */
  truncated: boolean;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY',
  'HTML', 'CAPTION', 'SUMMARY',
]);
/** Elements whose text is never shown as prose: they end a run and are not entered. */
const SEPARATE = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'IFRAME',
  'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'HEAD', 'TITLE', 'INPUT', 'LABEL',
]);
const BREAK = new Set(['BR', 'HR']);
/**
 * Page furniture by class or id: a class token (or the id) that is one of these words, or starts
 * or ends with one joined by `-` or `_` (`nav`, `top-nav`, `breadcrumb`, `footer_link`,
 * `share-bar`): menus, breadcrumbs, footers, share and comment boxes, related-story and ranking
 * lists, copyright blocks and disclaimers, named in English or in pinyin (`tuijian` recommended,
 * `xiangguan` related, `fenxiang` share, `pinglun` comments, `daohang` navigation, `shenming`
 * disclaimer). A word in the middle of a token is not furniture: `js_img_share_area` is an
 * article box that lets readers share a picture.
 */
const FURNITURE_WORDS =
  'nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|topbar|sidebar|share|bdshare|comments?|related|recommend|hot|rank|ranking|copyright|login|search|toolbar|advert|ads?|banner|weixin|qrcode|ewm|disclaimer|tuijian|xiangguan|xgxw|remen|paihang|fenxiang|pinglun|daohang|shenming';
const FURNITURE_TOKEN = new RegExp(`^(?:${FURNITURE_WORDS})\\d*(?:[-_].*)?$|^.*[-_](?:${FURNITURE_WORDS})\\d*$`, 'i');

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const cjkOf = (s: string) => s.match(CJK)?.length ?? 0;

const tagOf = (el: Element) => el.tagName.toUpperCase();
const PAGE_LEVEL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Furniture that is never article text (names and the reader's own noise list). */
export function isFurniture(el: Element, noise?: ReadonlySet<Element>): boolean {
  const tag = tagOf(el);
  // Not <header>, nor boxes named so: an article's own header holds its dateline and 来源 line,
  // which detection reads from the runs around the body. Footers go: a site footer's copyright
  // lines outweigh a short article.
  if (tag === 'NAV' || tag === 'MENU' || tag === 'ASIDE' || tag === 'FOOTER') return true;
  // The page's own classes (`<body class="…_login">`, a theme on `<html>`) describe the page.
  if (PAGE_LEVEL.has(tag)) return false;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  const named = name !== '' && name.split(/\s+/).some((token) => FURNITURE_TOKEN.test(token));
  // A name is a hint, not proof: a box named `post_header` may wrap the whole page (163.com),
  // so one that holds paragraphs is not furniture.
  if (named) return el.getElementsByTagName('p').length < MANY_PARAGRAPHS;
  return noise ? noise.has(el) : el.matches(NOISE_CONTAINERS);
}

/** Paragraphs that make a box named like furniture a holder of text after all. */
const MANY_PARAGRAPHS = 5;

/** Nodes visited between two yields. */
const STEP = 400;

interface Open {
  el: Element;
  parts: string[];
  cjk: number;
  linkCjk: number;
}

/**
 * The text runs under `root`, in page order, outside furniture and hidden elements. The walk is
 * iterative (pages nest thousands deep) and visits each node once; it stops after `limit`
 * elements (detection bounds its work on unknown pages; the reader does not).
 */
export function* scanRunsSteps(root: Element | Document, limit = Infinity): Generator<void, RunScan, void> {
  const runs: TextRun[] = [];
  let visited = 0;
  let truncated = false;
  const close = (open: Open) => {
    const raw = open.parts.join('');
    const text = raw.trim();
    if (text) runs.push({ el: open.el, text, cjk: open.cjk, linkCjk: open.linkCjk });
    open.parts = [];
    open.cjk = 0;
    open.linkCjk = 0;
  };
  interface Frame {
    next: ChildNode | null;
    /** The block this frame's inline content belongs to. */
    block: Open;
    /** Inside a link. */
    link: boolean;
    /** This frame is a block's own frame: closing it closes the block's run. */
    owns: boolean;
  }
  const top0 = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  // The reader's noise containers, listed once by the browser: asking every block to match the
  // selector list was most of the walk's time.
  const noise = new Set(Array.from(root.querySelectorAll(NOISE_CONTAINERS)));
  const rootOpen: Open = { el: top0, parts: [], cjk: 0, linkCjk: 0 };
  // The root's own children from `childNodes`: linkedom's Document has no working sibling chain
  // at the top level, and a page with markup before `<body>` may have content outside `<html>`.
  const kids = Array.from(root.childNodes);
  let kid = 0;
  const stack: Frame[] = [{ next: kids[0] ?? null, block: rootOpen, link: false, owns: true }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.owns) close(top.block);
      continue;
    }
    top.next = stack.length === 1 ? (kids[++kid] ?? null) : child.nextSibling;
    if (++visited % STEP === 0) yield;
    if (visited > limit) {
      truncated = true;
      break;
    }
    if (child.nodeType === 3 || child.nodeType === 4) {
      const data = (child as CharacterData).data;
      top.block.parts.push(data);
      const n = cjkOf(data);
      if (top.link) top.block.linkCjk += n;
      else top.block.cjk += n;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = tagOf(el);
    if (SEPARATE.has(tag) || BREAK.has(tag)) {
      close(top.block);
      continue;
    }
    if (hidden(el)) {
      // Hidden text is not shown, and it is not part of the shown paragraph around it.
      close(top.block);
      continue;
    }
    if (BLOCK.has(tag)) {
      close(top.block);
      if (isFurniture(el, noise)) continue;
      const open: Open = { el, parts: [], cjk: 0, linkCjk: 0 };
      stack.push({ next: el.firstChild, block: open, link: top.link || tag === 'A', owns: true });
      continue;
    }
    stack.push({ next: el.firstChild, block: top.block, link: top.link || tag === 'A', owns: false });
  }
  if (truncated) for (const frame of stack) if (frame.owns) close(frame.block);
  return { runs, visited, truncated };
}

export function scanRuns(root: Element | Document, limit = Infinity): RunScan {
  return runSteps(scanRunsSteps(root, limit));
}

/** A run that counts as prose: enough CJK outside links, and not mostly link text. */
export function isProse(run: TextRun): boolean {
  return run.cjk >= 10 && run.cjk >= 2 * run.linkCjk;
}

const LEAF = new Set(['P', 'DIV', 'LI', 'DD', 'DT', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'FIGCAPTION']);

/**
 * The container a run votes for: its own block when that block holds several runs (text split by
 * `<br>`, a `<td>` of paragraphs), else the block's parent (a `<p>` votes for the element holding
 * the paragraphs, as the `<p>` density reader does).
 */
function voteFor(run: TextRun, runsIn: Map<Element, number>): Element {
  const el = run.el;
  if ((runsIn.get(el) ?? 0) >= 2 || !LEAF.has(tagOf(el))) return el;
  return el.parentElement ?? el;
}

export interface Container {
  el: Element;
  /** CJK characters of prose runs voting for it. */
  score: number;
}

/** Every container's score from the runs' votes (prose runs only), best first. */
export function rankContainers(runs: readonly TextRun[]): Container[] {
  const runsIn = new Map<Element, number>();
  for (const r of runs) runsIn.set(r.el, (runsIn.get(r.el) ?? 0) + 1);
  const scores = new Map<Element, number>();
  for (const r of runs) {
    if (!isProse(r)) continue;
    const c = voteFor(r, runsIn);
    scores.set(c, (scores.get(c) ?? 0) + r.cjk);
  }
  return Array.from(scores, ([el, score]) => ({ el, score })).sort((a, b) => b.score - a.score);
}

/**
 * The article's container: the best-scored one, widened to an ancestor when the article is split
 * over sibling blocks (a page's first paragraphs in one `<div>`, the rest in the next): the
 * nearest ancestor whose prose is at most 1.6 times the container's, counted over runs inside it.
 */
export function bestContainer(runs: readonly TextRun[]): Container | null {
  const ranked = rankContainers(runs);
  const top = ranked[0];
  if (!top) return null;
  let best = top;
  // Widen at most three levels, and only while the wider box adds prose from other containers
  // that also scored (a second half of the article), not from lists around it.
  let el = top.el.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const inside = ranked.filter((c) => c.el !== best.el && el!.contains(c.el) && !best.el.contains(c.el));
    const extra = inside.reduce((s, c) => s + c.score, 0);
    const prose = proseIn(runs, el);
    // The extra prose must be substantial (a second half), and the box must not be mostly other
    // text (lists of headlines around the article).
    if (extra >= 0.25 * best.score && prose <= 1.6 * (best.score + extra) && inside.every((c) => c.score >= 40)) {
      best = { el, score: best.score + extra };
    }
  }
  return best;
}

/** CJK characters of all prose runs inside `el`. */
export function proseIn(runs: readonly TextRun[], el: Element): number {
  let n = 0;
  for (const r of runs) if (isProse(r) && el.contains(r.el)) n += r.cjk;
  return n;
}

/**
 * Lists inside `el` that are lists of headlines (related stories under an article): a `<ul>`,
 * `<ol>` or `<dl>` whose runs hold at least a third as much link text as prose.
 */
function headlineLists(runs: readonly TextRun[], el: Element): Element[] {
  const lists = new Set(Array.from(el.querySelectorAll('ul, ol, dl')));
  if (lists.size === 0) return [];
  // Each run counts toward every list it sits in: one walk up from the run, not a pass over all
  // runs per list.
  const totals = new Map<Element, { prose: number; links: number }>();
  for (const r of runs) {
    for (let a: Element | null = r.el; a && a !== el; a = a.parentElement) {
      if (!lists.has(a)) continue;
      const t = totals.get(a) ?? { prose: 0, links: 0 };
      t.prose += r.cjk;
      t.links += r.linkCjk;
      totals.set(a, t);
    }
  }
  const out: Element[] = [];
  // Document order, outermost first: a list inside one already dropped needs no entry.
  for (const list of lists) {
    if (out.some((o) => o.contains(list))) continue;
    const t = totals.get(list);
    if (t && t.links > 0 && t.links * 3 >= t.prose) out.push(list);
  }
  return out;
}

/**
 * The runs inside `el` (itself included), outside lists of headlines, in page order, each marked `whole` when it is all of
 * its element's text (then the element's markup, a caption class or centred bold, speaks for it).
 */
export function runsIn(runs: readonly TextRun[], el: Element): (TextRun & { whole: boolean })[] {
  const within = runs.filter((r) => r.el === el || el.contains(r.el));
  const lists = headlineLists(within, el);
  const inside = lists.length === 0 ? within : within.filter((r) => !lists.some((l) => l.contains(r.el)));
  const count = new Map<Element, number>();
  for (const r of inside) count.set(r.el, (count.get(r.el) ?? 0) + 1);
  return inside.map((r) => ({ ...r, whole: count.get(r.el) === 1 && (r.el.textContent ?? '').trim() === r.text }));
}
