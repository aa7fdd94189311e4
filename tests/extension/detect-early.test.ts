// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defaultSettings } from '@/lib/core/settings';
import { saveSettings } from '@/lib/settings';

/**
 * The detector runs before the page is parsed: an address the URL rules call an article asks the
 * background to start jieba at once (`kanbao/warm`; the background checks the site's switch, see
 * tests/extension/message-security.test.ts), and the page is read
 * only once the document says it is parsed, then exactly as before (attributes, `kanbao/inject`).
 * Run against WXT's fake browser with the document's state held at `loading` by the test.
 */

const ARTICLE_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const LIST_URL = 'http://hn.people.com.cn/GB/356883/index.html';
const seed = readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html', 'utf8');

let state: DocumentReadyState = 'loading';
const sent: unknown[] = [];

/** Puts a parsed page into happy-dom's document (no HTML parsing of page text by our code). */
function load(html: string, url: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  document.documentElement.removeAttribute('data-kanbao');
  document.documentElement.removeAttribute('data-kanbao-site');
  (globalThis as { happyDOM?: { setURL(u: string): void } }).happyDOM?.setURL(url);
}

async function startDetector(): Promise<void> {
  const det = (await import('@/entrypoints/detect.content')).default as unknown as { main: (ctx: unknown) => unknown };
  await det.main(new ContentScriptContext('detect'));
}

/** Lets the settings read, the message and the task after DOMContentLoaded run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** The document becomes parsed and the browser fires DOMContentLoaded. */
async function finishParsing(): Promise<void> {
  state = 'interactive';
  document.dispatchEvent(new Event('DOMContentLoaded'));
  await settle();
}

const types = () => sent.map((m) => (m as { type?: unknown }).type);

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  state = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
    sent.push(m);
    return { ok: true };
  }) as never);
});
afterEach(() => vi.restoreAllMocks());

describe('the detector at document_start', () => {
  it('an article address starts jieba before the page is read, then detects it as before', async () => {
    load('<html><head></head><body></body></html>', ARTICLE_URL);
    await startDetector();
    await settle();
    // Nothing of the page was read or written yet: only the warm-up went out.
    expect(sent).toEqual([{ type: 'kanbao/warm' }]);
    expect(document.documentElement.hasAttribute('data-kanbao')).toBe(false);
    // The page parses; the detector reads it once the document says so.
    load(seed, ARTICLE_URL);
    await finishParsing();
    expect(types()).toEqual(['kanbao/warm', 'kanbao/inject']);
    expect(document.documentElement.getAttribute('data-kanbao')).toBe('article');
    expect(document.documentElement.getAttribute('data-kanbao-site')).toBe('people.com.cn');
    expect(performance.getEntriesByName('kanbao:detect').length).toBeGreaterThan(0);
  });

  it('a DOMContentLoaded the page dispatches while still loading is not believed', async () => {
    load('<html><head></head><body></body></html>', ARTICLE_URL);
    await startDetector();
    load(seed, ARTICLE_URL);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    expect(types()).toEqual(['kanbao/warm']);
    expect(document.documentElement.hasAttribute('data-kanbao')).toBe(false);
    await finishParsing();
    expect(types()).toEqual(['kanbao/warm', 'kanbao/inject']);
  });

  it('an address the page changed while parsing is read again: the early verdict is not reused', async () => {
    load('<html><head></head><body></body></html>', ARTICLE_URL);
    await startDetector();
    await settle();
    // The page moves itself to a list address (history.replaceState) before it is parsed.
    load(seed, LIST_URL);
    await finishParsing();
    expect(types()).toEqual(['kanbao/warm']);
    expect(document.documentElement.hasAttribute('data-kanbao')).toBe(false);
  });

  it('a list address sends nothing and writes nothing', async () => {
    load('<html><head></head><body></body></html>', LIST_URL);
    await startDetector();
    await settle();
    await finishParsing();
    expect(sent).toEqual([]);
    expect(document.documentElement.hasAttribute('data-kanbao')).toBe(false);
  });

  it('a site switched off gets no annotator (its warm-up is the background\'s to refuse)', async () => {
    const s = defaultSettings();
    await saveSettings({ ...s, sites: { ...s.sites, off: ['hn.people.com.cn'] } });
    load('<html><head></head><body></body></html>', ARTICLE_URL);
    await startDetector();
    await settle();
    load(seed, ARTICLE_URL);
    await finishParsing();
    expect(sent).toEqual([{ type: 'kanbao/warm' }]);
    expect(document.documentElement.hasAttribute('data-kanbao')).toBe(false);
  });

  it('injected into a page already parsed (at idle), it detects at once', async () => {
    state = 'complete';
    load(seed, ARTICLE_URL);
    await startDetector();
    await settle();
    expect(types()).toEqual(['kanbao/warm', 'kanbao/inject']);
    expect(document.documentElement.getAttribute('data-kanbao')).toBe('article');
  });
});
