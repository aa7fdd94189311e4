// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defaultSettings, setLibraryPaused, setRecordingEnabled } from '@/lib/core/settings';
import type { LibraryArticle } from '@/lib/core/library';
import { PageController } from '@/lib/dom/page-controller';
import { parseBackgroundMessage, type LibraryRequest } from '@/lib/messaging';
import { saveSettings } from '@/lib/settings';
import { libraryRecorder, recordMessage } from '@/entrypoints/news.content/library-record';

/**
 * Recording into the library, end to end inside one process: the annotator's message from the
 * seed article, the background's checks (private window, pause, site switch) and its write. The
 * IndexedDB library and jieba are replaced by spies: what reaches them is what is asserted.
 */
const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';

const fake = vi.hoisted(() => ({
  recorded: [] as unknown[],
  known: new Set<string>(),
  analyze: vi.fn(async (_msg: unknown) => ({
    keywords: [{ word: '公安', score: 1, count: 3, firstOffset: 0 }],
    people: { people: [], organisations: [], places: [] },
    summary: [],
    timing: { ms: 1, cold: false },
  })),
  recordFromDocument: vi.fn((doc: { url: string | null; keywords: unknown[] }, now: number) => ({ id: `key:${doc.url}`, url: doc.url, keywords: doc.keywords, firstRead: now })),
}));
vi.mock('@/lib/library', () => ({
  openLibrary: async () => ({
    recordArticle: async (a: LibraryArticle) => {
      fake.recorded.push(a);
      fake.known.add(a.url);
      return a;
    },
    isRecorded: async (url: string) => fake.known.has(url),
  }),
}));
vi.mock('@/entrypoints/background/analyze', async (orig) => ({ ...(await orig<object>()), analyze: fake.analyze }));
// The menus and registrations the background installs at start are another test's subject.
vi.mock('@/entrypoints/background/controls', async (orig) => ({ ...(await orig<object>()), installControls: vi.fn() }));
vi.mock('@/lib/core/library', async (orig) => ({ ...(await orig<object>()), recordFromDocument: fake.recordFromDocument }));

const { answerLibrary, libraryAddress, libraryStatus, openLibraryPage, recordArticle } = await import('@/entrypoints/background/library');

type Listener = (raw: unknown, sender: Record<string, unknown>) => unknown;

/** Starts the background entrypoint and returns its runtime.onMessage listener. */
async function backgroundListener(): Promise<Listener> {
  const bg = (await import('@/entrypoints/background/index')).default as unknown as { main: () => unknown };
  const listeners: Listener[] = [];
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => void listeners.push(l)) as never);
  // The fake browser has no runtime.onConnect (the conversion Port's listener).
  const connect = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
  bg.main();
  spy.mockRestore();
  connect.mockRestore();
  expect(listeners).toHaveLength(1);
  return listeners[0]!;
}

let controller: PageController;
beforeAll(async () => {
  const html = readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html', 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  controller = new PageController(doc, SEED_URL);
  await controller.annotate();
});
beforeEach(() => {
  fake.recorded.length = 0;
  fake.known.clear();
  fake.analyze.mockClear();
  fake.recordFromDocument.mockClear();
});
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const recordOf = () => {
  const r = recordMessage(controller, SEED_URL, defaultSettings(), false);
  if (!('msg' in r)) throw new Error(`skipped: ${r.skip}`);
  return r.msg;
};

describe('the annotator\'s message', () => {
  it('carries the article and its spans, never the page, and passes the background\'s validation unchanged', () => {
    const msg = recordOf();
    expect(msg.doc.article.title).toContain('大湖之南');
    expect(msg.doc.figures.length).toBe(controller.state().counts.figure);
    expect(msg.doc.programs.length).toBe(controller.state().counts.program);
    expect(JSON.stringify(msg)).not.toMatch(/<(?:div|p|script|html)\b/i);
    // The message as it crosses the process boundary (a JSON copy) parses to the same document.
    expect(parseBackgroundMessage(JSON.parse(JSON.stringify(msg)))).toEqual(JSON.parse(JSON.stringify(msg)));
  });
  it('is not built in a private window, while paused, on a site switched off, or for a forced page', () => {
    expect(recordMessage(controller, SEED_URL, defaultSettings(), true)).toEqual({ skip: 'private' });
    expect(recordMessage(controller, SEED_URL, setLibraryPaused(defaultSettings(), true), false)).toEqual({ skip: 'paused' });
    expect(recordMessage(controller, SEED_URL, setRecordingEnabled(defaultSettings(), 'people.com.cn', false), false)).toEqual({ skip: 'site-off' });
    expect(recordMessage(controller, 'file:///tmp/a.html', defaultSettings(), false)).toEqual({ skip: 'not-web' });
    const forced = Object.create(controller, { page: { value: { ...controller.page, signals: [...controller.page.signals, 'forced'] } } }) as PageController;
    expect(recordMessage(forced, SEED_URL, defaultSettings(), false)).toEqual({ skip: 'forced' });
  });
  it('is sent once per page, without waiting for the answer', () => {
    const sent: LibraryRequest[] = [];
    let settle: (v: unknown) => void = () => {};
    const send = (m: LibraryRequest) => {
      sent.push(m);
      return new Promise((r) => (settle = r));
    };
    const record = libraryRecorder(send, () => false);
    expect(record(controller, SEED_URL, defaultSettings())).toBe('sent');
    // The reply has not come yet; a re-annotation (after a conversion) sends nothing more.
    expect(record(controller, SEED_URL, defaultSettings())).toBe('done');
    settle({ recorded: true });
    expect(sent).toHaveLength(1);
    expect(performance.getEntriesByName('kanbao:record').length).toBeGreaterThan(0);
  });
  it('a private window sends nothing, and a pause at load does not use up the page\'s one record', () => {
    const sent: LibraryRequest[] = [];
    const send = async (m: LibraryRequest) => void sent.push(m);
    expect(libraryRecorder(send, () => true)(controller, SEED_URL, defaultSettings())).toBe('private');
    const record = libraryRecorder(send, () => false);
    expect(record(controller, SEED_URL, setLibraryPaused(defaultSettings(), true))).toBe('paused');
    expect(sent).toEqual([]);
    expect(record(controller, SEED_URL, defaultSettings())).toBe('sent');
    expect(sent).toHaveLength(1);
  });
});

describe('the background', () => {
  const contentScript = { contentScript: true, ownPage: false, incognito: false };

  it('records: jieba\'s fields added to the document, then the record written', async () => {
    const reply = await recordArticle(recordOf(), contentScript, 1_700_000_000_000);
    expect(reply).toEqual({ recorded: true, id: `key:${SEED_URL}` });
    expect(fake.analyze).toHaveBeenCalledTimes(1);
    expect(fake.analyze.mock.calls[0]![0]).toMatchObject({ type: 'kanbao/analyze', known: ['王雲娜', '孫超'] });
    const doc = fake.recordFromDocument.mock.calls[0]![0] as unknown as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['input', 'url', 'page', 'article', 'figures', 'dates', 'programs', 'keywords', 'people', 'summary']);
    expect(doc.keywords).toEqual([{ word: '公安', score: 1, count: 3, firstOffset: 0 }]);
    expect(fake.recordFromDocument.mock.calls[0]![1]).toBe(1_700_000_000_000);
    expect(fake.recorded).toHaveLength(1);
  });
  it('records of a very long page what jieba analyses: its first part and the figures, dates and programs in it', async () => {
    const { MAX_ANALYSED_CHARS } = await import('@/entrypoints/background/analyze');
    const msg = recordOf();
    const { text } = msg.doc.article;
    const copies = Math.ceil((2 * MAX_ANALYSED_CHARS) / (text.length + 1)) + 1;
    const shifted = <T extends { start: number; end: number }>(xs: T[]) =>
      Array.from({ length: copies }, (_, k) => xs.map((x) => ({ ...x, start: x.start + k * (text.length + 1), end: x.end + k * (text.length + 1) }))).flat();
    const long = {
      ...msg,
      doc: {
        ...msg.doc,
        article: { ...msg.doc.article, text: Array.from({ length: copies }, () => text).join('\n') },
        figures: shifted(msg.doc.figures), dates: shifted(msg.doc.dates), programs: shifted(msg.doc.programs),
      },
    };
    expect(await recordArticle(long, contentScript)).toMatchObject({ recorded: true });
    // jieba gets the whole text, as from the sidebar, so both find the one analysis.
    expect((fake.analyze.mock.calls[0]![0] as { text: string }).text).toBe(long.doc.article.text);
    const doc = fake.recordFromDocument.mock.calls[0]![0] as unknown as typeof long.doc;
    expect(doc.article.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(doc.article.text.length).toBeGreaterThan(MAX_ANALYSED_CHARS / 2);
    expect(long.doc.article.text.startsWith(doc.article.text)).toBe(true);
    for (const kind of ['figures', 'dates', 'programs'] as const) {
      const kept = long.doc[kind].filter((x) => x.end <= doc.article.text.length);
      expect(doc[kind]).toEqual(kept);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(long.doc[kind].length);
    }
  });
  it('records a page of ordinary length whole', async () => {
    const msg = recordOf();
    await recordArticle(msg, contentScript);
    const doc = fake.recordFromDocument.mock.calls[0]![0] as unknown as typeof msg.doc;
    expect(doc.article.text).toBe(msg.doc.article.text);
    expect(doc.figures).toEqual(msg.doc.figures);
  });
  it('still records when jieba fails, with empty analysis fields', async () => {
    fake.analyze.mockResolvedValueOnce({ error: 'no wasm' } as never);
    expect(await recordArticle(recordOf(), contentScript)).toMatchObject({ recorded: true });
    expect((fake.recordFromDocument.mock.calls[0]![0] as { keywords: unknown[] }).keywords).toEqual([]);
  });
  it('refuses a record from a private tab, while paused, and on a site switched off, writing nothing', async () => {
    expect(await recordArticle(recordOf(), { incognito: true })).toEqual({ recorded: false, reason: 'private' });
    await saveSettings(setLibraryPaused(defaultSettings(), true));
    expect(await recordArticle(recordOf(), contentScript)).toEqual({ recorded: false, reason: 'paused' });
    await saveSettings(setRecordingEnabled(defaultSettings(), 'hn.people.com.cn', false));
    expect(await recordArticle(recordOf(), contentScript)).toEqual({ recorded: false, reason: 'site-off' });
    expect(fake.recorded).toEqual([]);
    expect(fake.analyze).not.toHaveBeenCalled();
  });
  it('answers the popup whether a page was recorded and what would keep it out', async () => {
    expect(await libraryStatus(SEED_URL)).toEqual({ recorded: false, paused: false, siteOff: false });
    await recordArticle(recordOf(), contentScript);
    expect(await libraryStatus(SEED_URL)).toEqual({ recorded: true, paused: false, siteOff: false });
    await saveSettings(setRecordingEnabled(defaultSettings(), 'people.com.cn', false));
    expect(await libraryStatus(SEED_URL)).toEqual({ recorded: true, paused: false, siteOff: true });
    await saveSettings(setLibraryPaused(defaultSettings(), true));
    expect(await libraryStatus(SEED_URL)).toEqual({ recorded: true, paused: true, siteOff: false });
  });
  it('takes records from content scripts only and the status from extension pages only', async () => {
    const status = { type: 'kanbao/library/status', url: SEED_URL } as const;
    expect(answerLibrary(recordOf(), { contentScript: false, ownPage: true, incognito: false })).toBeUndefined();
    expect(answerLibrary(status, contentScript)).toBeUndefined();
    await expect(answerLibrary(status, { contentScript: false, ownPage: true, incognito: false })).resolves.toMatchObject({ recorded: false });
  });
  it('addresses the library page at a view and a key', () => {
    expect(libraryAddress()).toMatch(/\/library\.html$/);
    const url = new URL(libraryAddress('program', '“一项目、一领导、一警官”工作责任机制'));
    expect(url.pathname).toBe('/library.html');
    const params = new URLSearchParams(url.hash.slice(1));
    expect(params.get('view')).toBe('program');
    expect(params.get('key')).toBe('“一项目、一领导、一警官”工作责任机制');
  });
  it('opens the library in a new tab, or brings the open one forward', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const listener = await backgroundListener();
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    await listener({ type: 'kanbao/library/open' }, popup);
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ url: libraryAddress() });
    // Open already: the same tab comes forward at the view asked for.
    const updated = vi.spyOn(fakeBrowser.tabs, 'update');
    await listener({ type: 'kanbao/library/open', view: 'person', key: '王一鷗' }, popup);
    expect(created).toHaveBeenCalledTimes(1);
    expect(updated.mock.calls[0]![1]).toEqual({ active: true, url: libraryAddress('person', '王一鷗') });
  });
});

describe('opening the library from a page', () => {
  it('opens beside the tab that asked, and from a private window in a normal one', async () => {
    const normal = (await fakeBrowser.windows.create({}))!;
    const reader = await fakeBrowser.tabs.create({ url: SEED_URL, windowId: normal.id });
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await openLibraryPage('program', '双循环', reader.id);
    expect(created.mock.calls[0]![0]).toEqual({ url: libraryAddress('program', '双循环'), windowId: normal.id, index: reader.index + 1 });
    // The private tab: the library tab just opened is found and brought forward instead…
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...reader, incognito: true } as never);
    await openLibraryPage(undefined, undefined, reader.id);
    expect(update).toHaveBeenCalledTimes(1);
    // …and with none open, a tab in the normal window, never the private one.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 99, incognito: true }, { id: normal.id, incognito: false }] as never);
    await openLibraryPage(undefined, undefined, reader.id);
    expect(created.mock.calls[1]![0]).toEqual({ url: libraryAddress(), windowId: normal.id });
  });
});

describe('the background router and private windows', () => {
  let listener: Listener;
  beforeAll(async () => {
    listener = await backgroundListener();
  });
  const tab = (incognito: boolean) => ({ id: fakeBrowser.runtime.id, tab: { id: 7, url: SEED_URL, incognito }, frameId: 0, url: SEED_URL });

  it('a content script in a private tab is refused, whatever it claims', async () => {
    const msg = JSON.parse(JSON.stringify(recordOf()));
    expect(await listener(msg, tab(true))).toEqual({ recorded: false, reason: 'private' });
    expect(fake.recorded).toEqual([]);
    expect(await listener(msg, tab(false))).toMatchObject({ recorded: true });
    expect(fake.recorded).toHaveLength(1);
  });
  it('another extension, a web page or a malformed record gets no answer', () => {
    const msg = JSON.parse(JSON.stringify(recordOf()));
    expect(listener(msg, { ...tab(false), id: 'other-extension' })).toBeUndefined();
    expect(listener(msg, { tab: { id: 7 }, url: 'http://evil.example/' })).toBeUndefined();
    expect(listener({ ...msg, doc: { ...msg.doc, url: 'javascript:1' } }, tab(false))).toBeUndefined();
    expect(listener({ type: 'kanbao/library/status', url: SEED_URL }, tab(false))).toBeUndefined();
    expect(fake.recorded).toEqual([]);
  });
});

describe('the annotator (entrypoints/news.content) on the seed page', () => {
  it('sends one record after the page is annotated, and the badge after it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    const sent: { type: string; annotated: boolean }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
      sent.push({ type: m.type, annotated: document.documentElement.hasAttribute('data-kanbao-annotated') });
      return undefined;
    }) as never);
    // The seed page in happy-dom's document at its address (no HTML parsing of page text by our code).
    const parsed = new DOMParser().parseFromString(readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html', 'utf8'), 'text/html');
    document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
    document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
    (globalThis as { happyDOM?: { setURL(u: string): void } }).happyDOM?.setURL(SEED_URL);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(() => undefined);
    const annotator = (await import('@/entrypoints/news.content/index')).default as unknown as { main: (ctx: unknown) => unknown };
    annotator.main(new ContentScriptContext('news'));
    for (let i = 0; i < 500 && !sent.some((m) => m.type === 'kanbao/badge'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(sent.filter((m) => m.type.startsWith('kanbao/library/') || m.type === 'kanbao/badge')).toEqual([
      { type: 'kanbao/library/record', annotated: true },
      { type: 'kanbao/badge', annotated: true },
    ]);
  }, 30_000);
});
