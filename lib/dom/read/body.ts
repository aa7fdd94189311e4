import { bylineNames, closingCreditAuthors, creditLineAuthors, datelineAuthors, isCaptionText, isEditorLine, isNoiseLine, isPrintLine, isTitleRepeat, parseCredits, parsePrintEdition, pushUnique } from '../../core/article';
import { runSteps } from '../schedule';
import { collapse, isAllBold, isAllItalic, isAllLink, isCentered } from './text';
import { scanRuns } from './runs';
import { scanBody } from './walk';

/**
 * Reads the paragraphs of a body container. Template-independent: the rules look at text (and a
 * little markup), so the generic fallback and pages whose class names changed get the same
 * treatment. Nothing here modifies the document.
 */

// CCTV marks captions `p.photo_alt_20190808`; other CMSs use caption-ish class names.
const CAPTION_CLASS = /photo_alt|pic_?(?:txt|desc|title|info)|img_?(?:desc|txt|title)|caption/i;

export interface BodyBlock {
  el: Element;
  text: string;
  caption: boolean;
}

export interface BodyRead {
  blocks: BodyBlock[];
  authors: string[];
  editors: string[];
  printEdition: string | null;
}

type Kind = 'body' | 'caption' | 'drop';

interface Item {
  el: Element;
  text: string;
  kind: Kind;
  /** The paragraph is its element's whole text, so the element's markup speaks for it. */
  whole: boolean;
}

/** A paragraph to read: an element, and its text when it is only part of the element's text. */
export interface BodyUnit {
  el: Element;
  text: string | null;
  /** False when `text` is only part of the element's text (text split by `<br>`). */
  whole?: boolean;
}

/** The `<p>` blocks of the body in page order, outside pagers, share boxes and editor lines. */
export function paragraphElements(root: Element): Element[] {
  return runSteps(scanBody(root)).paragraphs;
}

function isCaptionBlock(el: Element, text: string): boolean {
  if (CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return true;
  if (isCaptionText(text)) return true;
  return text.length <= 400 && isAllItalic(el);
}

/**
 * A `<p>` is read whole, unless a script or style sits inside it (a page's inline style block or
 * a tracking script in the article's first paragraph): then the text around it, as runs, so the
 * code never reads as article text.
 */
function paragraphUnits(el: Element): BodyUnit[] {
  if (!el.querySelector('script, style')) return [{ el, text: null }];
  return scanRuns(el).runs.map((r) => ({ el: r.el, text: r.text, whole: false }));
}

/** Paragraphs classified between two yields. */
const STEP = 100;

export function readBody(root: Element, title: string): BodyRead {
  return runSteps(readBodySteps(root, title));
}

/** readBody as small steps (see read-walk.ts): one walk of the container, then one pass per paragraph. */
export function* readBodySteps(
  root: Element,
  title: string,
  units: readonly BodyUnit[] | null = null,
): Generator<void, BodyRead, void> {
  const authors: string[] = [];
  const editors: string[] = [];
  let printEdition: string | null = null;

  const scan = yield* scanBody(root);
  const items: Item[] = [];
  // Text runs (the generic reader's paragraphs outside `<p>`) arrive with their text; `<p>`
  // paragraphs are read whole from their element.
  const sources: readonly BodyUnit[] = units ?? scan.paragraphs.flatMap(paragraphUnits);
  for (const [i, unit] of sources.entries()) {
    if (i % STEP === STEP - 1) yield;
    const el = unit.el;
    const text = (unit.text ?? scan.paragraphText.get(el) ?? el.textContent ?? '').trim();
    if (!text) continue;
    let kind: Kind = 'body';
    // A run shares its element with other runs: whether it is all link text was decided by the
    // run reader, which counted link text per run.
    if (isNoiseLine(text) || (!units && text.length <= 80 && isAllLink(el))) kind = 'drop';
    else if (isPrintLine(text)) {
      printEdition ??= parsePrintEdition(text);
      kind = 'drop';
    } else if (isEditorLine(text)) {
      // A run is not an element of its own, so the editor scan below never sees it.
      if (units) pushUnique(editors, parseCredits(collapse(text)).editors);
      kind = 'drop';
    }
    else if (unit.whole === false ? isCaptionText(text) : isCaptionBlock(el, text)) kind = 'caption';
    items.push({ el, text, kind, whole: unit.whole !== false });
  }

  // Editor lines anywhere in the container, in page order: `<div class="edit">(责编：…)</div>`
  // (people.com.cn), the in-body （编辑：…） then 【责任编辑：…】 (chinadaily).
  // Only elements with at most SHORT characters of text (longer ones are containers, not lines)
  // that may hold an editor line at all.
  for (const [i, short] of scan.short.entries()) {
    if (i % STEP === STEP - 1) yield;
    const text = collapse(short.text);
    if (text && text.length <= 80 && isEditorLine(text)) pushUnique(editors, parseCredits(text).editors);
  }

  const bodyItems = () => items.filter((i) => i.kind === 'body');

  // Header material repeated at the top: the headline (seed, kepu, gov_01), a byline line
  // (seed: 人民日報客戶端湖南頻道 王雲娜 孫超), and a print headline block of centered bold lines
  // under a repeated headline (kepu: 引题/主题/副题).
  let opened = false;
  for (const item of bodyItems()) {
    if (title && isTitleRepeat(item.text, title)) {
      item.kind = 'drop';
      opened = true;
      continue;
    }
    const names = bylineNames(item.text);
    if (names) {
      pushUnique(authors, names);
      item.kind = 'drop';
      opened = true;
      continue;
    }
    if (opened && item.whole && !/[。！？]/.test(item.text) && isCentered(item.el) && isAllBold(item.el)) {
      item.kind = 'drop';
      continue;
    }
    break;
  }

  // Credit lines closing the article: the seed's 總策劃/文字作者/…/投稿郵箱 run, chinanews'
  // (作者：…), youth_01's byline 中青报·中青网记者 魏其濛 来源：中国青年报.
  const trailer: string[][] = [];
  for (const item of bodyItems().reverse()) {
    const names = creditLineAuthors(item.text) ?? bylineNames(item.text);
    if (!names) break;
    // A run's closing credit line (`作者：王明　编辑：李华`) is not an element the editor scan sees.
    if (units) pushUnique(editors, parseCredits(collapse(item.text)).editors);
    trailer.unshift(names);
    item.kind = 'drop';
  }

  const body = bodyItems();
  const firstBody = body[0];
  const lastBody = body[body.length - 1];
  if (firstBody) pushUnique(authors, datelineAuthors(firstBody.text));
  if (lastBody) pushUnique(authors, closingCreditAuthors(lastBody.text));
  for (const names of trailer) pushUnique(authors, names);

  const blocks = items
    .filter((i) => i.kind !== 'drop')
    .map((i) => ({ el: i.el, text: i.text, caption: i.kind === 'caption' }));
  return { blocks, authors, editors, printEdition };
}
