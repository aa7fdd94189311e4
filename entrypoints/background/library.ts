import { recordFromDocument } from '@/lib/core/library';
import { recordingBlock } from '@/lib/core/settings';
import { buildDocument } from '@/lib/core/sidebar';
import { openLibrary, type Library } from '@/lib/library';
import type { LibraryRequest, LibraryStatus, LibraryView, RecordDocument, RecordReply } from '@/lib/messaging';
import { getSettings } from '@/lib/settings';
import { afterReaders, analysedPart, analyze } from './analyze';

/**
 * The library's side of the background: it records the articles the annotator sends (after
 * running jieba's analysis here, so the page pays for one message only), answers the popup's
 * "was this page recorded?", and opens library.html. The library lives in the extension's own
 * IndexedDB, which the library page reads directly.
 */

type Record_ = Extract<LibraryRequest, { type: 'kanbao/library/record' }>;

/** Who sent a library message, as far as the background can tell. */
export interface LibrarySender {
  /** The sender is one of our content scripts (in a web page's tab), not an extension page. */
  contentScript: boolean;
  /** The sender is one of our extension pages (popup, options, library). */
  ownPage: boolean;
  /** The sender's tab is in a private (incognito) window. */
  incognito: boolean;
}

let opened: Promise<Library> | null = null;
/** One database connection for the background's life; a failed open is tried again next time. */
function library(): Promise<Library> {
  opened ??= openLibrary().catch((e: unknown) => {
    opened = null;
    throw e;
  });
  return opened;
}

/** jieba's `known` names: the byline's, within the analyzer's bounds. */
const knownNames = (authors: string[]) => authors.filter((a) => a.length <= 20).slice(0, 100);

/**
 * What a record keeps of a very long page: the part jieba analyses (analysedPart) and the figures,
 * dates and programs found in it. Everything past it would cost the background long uninterrupted
 * tasks (the 1 MB page: 10,000 figures, each with its sentence and what it measures, then a
 * 1.7 MB record to store: 0.3–1 s), during which a conversion the reader asked for waits; and a
 * record whose people come from the first part only would not describe the rest anyway.
 */
function recordedPart(doc: RecordDocument): RecordDocument {
  const text = analysedPart(doc.article.text);
  if (text.length === doc.article.text.length) return doc;
  const within = <T extends { end: number }>(xs: readonly T[]): T[] => xs.filter((x) => x.end <= text.length);
  return { ...doc, article: { ...doc.article, text }, figures: within(doc.figures), dates: within(doc.dates), programs: within(doc.programs) };
}

/**
 * Records one annotated article. Refused in a private window (whatever the content script
 * thought), while paused, and on a site switched off; the settings are read at the time of the
 * record, so a switch made a moment ago holds.
 */
export async function recordArticle(msg: Record_, sender: Pick<LibrarySender, 'incognito'>, now: number = Date.now()): Promise<RecordReply> {
  if (sender.incognito) return { recorded: false, reason: 'private' };
  const doc = recordedPart(msg.doc);
  const block = recordingBlock(await getSettings(), new URL(doc.url).hostname);
  if (block) return { recorded: false, reason: block };
  try {
    // Nobody waits for the record: a reader's own request, and jieba's start, go first.
    await afterReaders();
    // The whole text, as the sidebar sends it, so that both find the one analysis in the memo
    // (jieba reads the same first part of it either way).
    const reply = await analyze({ type: 'kanbao/analyze', text: msg.doc.article.text, known: knownNames(doc.article.authors) }, 'record');
    // Without jieba the record still keeps every figure, date and program; people and keywords stay empty.
    const analysis = 'error' in reply ? null : reply;
    const full = buildDocument({
      input: doc.input, url: doc.url, page: doc.page, article: doc.article,
      extraction: { figures: doc.figures, dates: doc.dates, programs: doc.programs }, analysis,
    });
    const stored = await (await library()).recordArticle(recordFromDocument(full, now));
    return { recorded: true, id: stored.id };
  } catch (e) {
    console.warn('[kanbao] library record failed', e);
    return { recorded: false, reason: 'error' };
  }
}

/** Whether this page is in the library, and what would keep it out. */
export async function libraryStatus(url: string): Promise<LibraryStatus> {
  const block = recordingBlock(await getSettings(), new URL(url).hostname);
  const recorded = await (await library()).isRecorded(url).catch(() => false);
  return { recorded, paused: block === 'paused', siteOff: block === 'site-off' };
}

/** The library page's own address (typed loosely: the page is another entrypoint's). */
const libraryPage = (): string => (browser.runtime.getURL as (path: string) => string)('/library.html');

/** `library.html#view=program&key=…`, the address the library page reads its view from. */
export function libraryAddress(view?: LibraryView, key?: string): string {
  const base = libraryPage();
  if (!view) return base;
  const params = new URLSearchParams({ view });
  if (key) params.set('key', key);
  return `${base}#${params.toString()}`;
}

/** Brings an open library tab forward at the view asked for, or opens one beside the sender's tab. */
export async function openLibraryPage(view?: LibraryView, key?: string, besideTab?: number): Promise<{ ok: true }> {
  const url = libraryAddress(view, key);
  const base = libraryPage();
  // The extension sees the addresses of its own pages without the tabs permission.
  const tabs = await browser.tabs.query({}).catch(() => []);
  const open = tabs.find((tab) => tab.url?.startsWith(base) && !tab.incognito);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(view ? { url } : {}) });
    if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => {});
    return { ok: true };
  }
  const beside = besideTab === undefined ? undefined : await browser.tabs.get(besideTab).catch(() => undefined);
  if (beside && !beside.incognito) {
    await browser.tabs.create({ url, windowId: beside.windowId, index: beside.index + 1 });
    return { ok: true };
  }
  // From a private window the library opens in a normal one: an extension page in a private
  // window gets a private, empty storage of its own, and the library is not private.
  const windows = beside?.incognito ? await browser.windows.getAll({ windowTypes: ['normal'] }).catch(() => []) : null;
  if (windows === null) await browser.tabs.create({ url });
  else {
    const normal = windows.find((w) => !w.incognito && w.id !== undefined);
    if (normal) await browser.tabs.create({ url, windowId: normal.id });
    else await browser.windows.create({ url, incognito: false });
  }
  return { ok: true };
}

/**
 * Answers a parsed library message, or returns undefined (no answer) when this sender may not
 * send it: records come from our content scripts only, the status from our own pages (the
 * popup), the library opens for either.
 */
export function answerLibrary(msg: LibraryRequest, sender: LibrarySender, tabId?: number): Promise<unknown> | undefined {
  switch (msg.type) {
    case 'kanbao/library/record':
      return sender.contentScript ? recordArticle(msg, sender) : undefined;
    case 'kanbao/library/status':
      return sender.ownPage ? libraryStatus(msg.url) : undefined;
    case 'kanbao/library/open':
      return sender.contentScript || sender.ownPage ? openLibraryPage(msg.view, msg.key, sender.contentScript ? tabId : undefined) : undefined;
  }
}
