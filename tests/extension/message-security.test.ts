// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONVERT_PORT, parseBackgroundMessage, parseMessage } from '@/lib/messaging';
import { defaultSettings } from '@/lib/core/settings';
import { saveSettings } from '@/lib/settings';

/**
 * Every runtime message is validated and its sender checked — on the real
 * listeners, not only on the parsers. The background entrypoint and both content scripts are run
 * against WXT's fake browser; their `runtime.onMessage` listeners are captured and called
 * directly with fuzzed messages (arbitrary JSON, arbitrary structured-clone values, valid
 * messages with one field broken) and every kind of sender:
 *
 *  - a listener acts (returns a reply, calls an engine, touches the page) only when the sender is
 *    our own extension (`sender.id === runtime.id`; for the background, also a content script:
 *    `sender.tab` set) AND the message parses; otherwise it returns undefined and does nothing;
 *  - the background hands its engines exactly what `parseBackgroundMessage` returned;
 *  - `parseMessage` / `parseBackgroundMessage` never throw and return null or a well-formed
 *    message (checked against the schema below, built independently of lib/messaging.ts).
 */

const RUNS = 1000;
const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const OWN = () => fakeBrowser.runtime.id;

// ---- the engines behind the background router, replaced by spies ----------------------------
const engines = vi.hoisted(() => ({
  convertTexts: vi.fn(async () => ({ texts: [] as string[] })),
  analyze: vi.fn(async () => ({ error: 'test' })),
  warmJieba: vi.fn(),
  setBadge: vi.fn(async () => undefined),
  injectAnnotator: vi.fn(async () => undefined),
  installControls: vi.fn(),
}));
vi.mock('@/entrypoints/background/convert', async (orig) => ({ ...(await orig<object>()), convertTexts: engines.convertTexts }));
vi.mock('@/entrypoints/background/analyze', async (orig) => ({ ...(await orig<object>()), analyze: engines.analyze, warmJieba: engines.warmJieba }));
vi.mock('@/entrypoints/background/badge', async (orig) => ({ ...(await orig<object>()), setBadge: engines.setBadge }));
vi.mock('@/entrypoints/background/inject', async (orig) => ({ ...(await orig<object>()), injectAnnotator: engines.injectAnnotator }));
vi.mock('@/entrypoints/background/controls', async (orig) => ({ ...(await orig<object>()), installControls: engines.installControls }));

type Listener = (raw: unknown, sender: Record<string, unknown>, sendResponse?: (x: unknown) => void) => unknown;

type ConnectListener = (port: unknown) => void;

/** Runs `start` and returns the runtime.onMessage listeners it added (its runtime.onConnect ones go to `connects`). */
async function listenersOf(start: () => unknown, connects: ConnectListener[] = []): Promise<Listener[]> {
  const added: Listener[] = [];
  const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => {
    added.push(l);
  }) as never);
  const connectSpy = vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((l: ConnectListener) => {
    connects.push(l);
  }) as never);
  try {
    await start();
  } finally {
    spy.mockRestore();
    connectSpy.mockRestore();
  }
  return added;
}

// ---- senders ------------------------------------------------------------------------------------
type Sender = { id?: string; [k: string]: unknown };
const senders = {
  contentScript: () => ({ id: OWN(), tab: { id: 7, url: SEED_URL }, frameId: 0, url: SEED_URL, origin: 'http://hn.people.com.cn' }),
  subframe: () => ({ id: OWN(), tab: { id: 7, url: SEED_URL }, frameId: 3, url: SEED_URL }),
  ownPage: () => ({ id: OWN(), url: `chrome-extension://${OWN()}/popup.html` }),
  otherExtension: () => ({ id: 'evil-extension-id', tab: { id: 7, url: SEED_URL }, frameId: 0, url: SEED_URL }),
  webPage: () => ({ tab: { id: 7, url: SEED_URL }, frameId: 0, url: 'http://evil.example/', origin: 'http://evil.example' }),
  empty: () => ({}),
  idLookalike: () => ({ id: `${OWN()} `, tab: { id: 7 } }),
} satisfies Record<string, () => Sender>;
type SenderName = keyof typeof senders;
const senderOf = (name: SenderName): Sender => senders[name]();
const senderName = fc.constantFrom(...(Object.keys(senders) as SenderName[]));

// ---- messages -----------------------------------------------------------------------------------
const KNOWN_TYPES = [
  'kanbao/state', 'kanbao/highlights', 'kanbao/convert', 'kanbao/rescan', 'kanbao/sidebar', 'kanbao/annotate-page',
  'kanbao/clear', 'kanbao/annotate-selection', 'kanbao/convert-text', 'kanbao/analyze', 'kanbao/badge', 'kanbao/inject', 'kanbao/warm', 'kanbao/',
  'kanbao/STATE', 'kanbao/state ', 'state', 'KANBAO/state', '__proto__', 'constructor',
];
const field = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('simplified', 'taiwan', 'hongkong', 'original', 'twp', 'corner', 'curly', true, false, 0, -1, 1.5, 1e6, NaN, null, undefined),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('figure', 'date', 'program', 'colour', '__proto__', 'toString'), fc.oneof(fc.boolean(), fc.jsonValue())),
);
/** Valid messages of every type, then the same with one field replaced by anything. */
const valid = fc.oneof(
  fc.constant({ type: 'kanbao/state' }),
  fc.constant({ type: 'kanbao/rescan' }),
  fc.constant({ type: 'kanbao/clear' }),
  fc.record({ type: fc.constant('kanbao/highlights'), kinds: fc.record({ figure: fc.boolean(), date: fc.boolean(), program: fc.boolean() }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('kanbao/convert'), to: fc.constantFrom('simplified', 'taiwan', 'hongkong', 'original') }),
  fc.record({ type: fc.constant('kanbao/sidebar'), open: fc.boolean() }),
  fc.record({ type: fc.constant('kanbao/convert-text'), texts: fc.array(fc.string(), { maxLength: 5 }), to: fc.constantFrom('simplified', 'taiwan', 'hongkong') }),
  fc.record({ type: fc.constant('kanbao/analyze'), text: fc.string(), known: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }) }),
  fc.record({ type: fc.constant('kanbao/badge'), count: fc.nat(999_999) }),
  fc.constant({ type: 'kanbao/inject' }),
  fc.constant({ type: 'kanbao/warm' }),
  fc.record({ type: fc.constant('kanbao/extract'), text: fc.string(), published: fc.option(fc.string({ maxLength: 30 }), { nil: null }) }),
);
const broken = fc.tuple(valid, fc.constantFrom('type', 'kinds', 'to', 'open', 'texts', 'text', 'known', 'count', 'quotes', 'extra'), field)
  .map(([m, k, v]) => ({ ...m, [k]: v }));
const typed = fc.record({ type: fc.constantFrom(...KNOWN_TYPES) }).chain((base) =>
  fc.dictionary(fc.constantFrom('kinds', 'to', 'open', 'texts', 'text', 'known', 'count', 'quotes'), field, { maxKeys: 3 }).map((rest) => ({ ...rest, ...base })));
/** Values a structured clone (Firefox) or JSON (Chrome) can deliver, and worse. */
const weird = fc.anything({
  withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
  withObjectString: true, withTypedArray: true, withSparseArray: true, maxDepth: 3,
});
const message = fc.oneof(valid, broken, typed, fc.jsonValue(), weird);

// ---- an independent schema of well-formed messages ------------------------------------------------
const TARGETS = ['simplified', 'taiwan', 'hongkong', 'original'];
const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
const onlyKeys = (m: Record<string, unknown>, keys: string[]) => Object.keys(m).every((k) => keys.includes(k));

function wellFormedRequest(m: unknown): boolean {
  if (!isPlain(m) || typeof m.type !== 'string' || !m.type.startsWith('kanbao/')) return false;
  switch (m.type) {
    case 'kanbao/state':
    case 'kanbao/rescan':
    case 'kanbao/annotate-page':
    case 'kanbao/clear':
      return onlyKeys(m, ['type']);
    case 'kanbao/highlights':
      return onlyKeys(m, ['type', 'kinds']) && isPlain(m.kinds) &&
        Object.entries(m.kinds).every(([k, v]) => ['figure', 'date', 'program'].includes(k) && typeof v === 'boolean');
    case 'kanbao/convert':
      return onlyKeys(m, ['type', 'to']) && TARGETS.includes(m.to as string);
    case 'kanbao/sidebar':
      return onlyKeys(m, ['type', 'open']) && typeof m.open === 'boolean';
    case 'kanbao/annotate-selection':
      return onlyKeys(m, ['type', 'text']) && typeof m.text === 'string' && m.text.trim() !== '';
    default:
      // A type added later: still a plain, JSON-safe object of ours.
      return JSON.stringify(m) !== undefined && ['convert-text', 'analyze', 'badge', 'inject', 'extract'].every((t) => m.type !== `kanbao/${t}`);
  }
}

function wellFormedBackground(m: unknown): boolean {
  if (!isPlain(m) || typeof m.type !== 'string' || !m.type.startsWith('kanbao/')) return false;
  switch (m.type) {
    case 'kanbao/convert-text':
      return onlyKeys(m, ['type', 'texts', 'to', 'quotes']) && Array.isArray(m.texts) && m.texts.every((t) => typeof t === 'string') &&
        ['simplified', 'taiwan', 'hongkong'].includes(m.to as string) && [null, undefined, 'corner', 'curly'].includes(m.quotes as string);
    case 'kanbao/analyze':
      return onlyKeys(m, ['type', 'text', 'known']) && typeof m.text === 'string' && Array.isArray(m.known) &&
        m.known.every((k) => typeof k === 'string');
    case 'kanbao/badge':
      return onlyKeys(m, ['type', 'count']) && Number.isInteger(m.count) && (m.count as number) >= 0;
    case 'kanbao/inject':
    case 'kanbao/warm':
      return onlyKeys(m, ['type']);
    case 'kanbao/extract':
      return onlyKeys(m, ['type', 'text', 'published', 'useBy']) && typeof m.text === 'string' && (m.published === null || typeof m.published === 'string') &&
        (m.useBy === undefined || (typeof m.useBy === 'number' && Number.isFinite(m.useBy) && m.useBy > 0));
    default:
      return JSON.stringify(m) !== undefined && ['state', 'highlights', 'convert', 'sidebar', 'rescan'].every((t) => m.type !== `kanbao/${t}`);
  }
}

describe('parsers: any input → null or a well-formed message, never a throw', () => {
  it(`parseMessage (${RUNS} runs of arbitrary values)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(message, (raw) => {
        const m = parseMessage(raw);
        if (m === null) return;
        accepted++;
        expect(wellFormedRequest(m), JSON.stringify(m)).toBe(true);
        // The result is built from the input's own fields, never the input object itself.
        expect(m).not.toBe(raw);
        expect((m as { type: string }).type).toBe((raw as { type: string }).type);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it(`parseBackgroundMessage (${RUNS} runs of arbitrary values)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(message, (raw) => {
        const m = parseBackgroundMessage(raw);
        if (m === null) return;
        accepted++;
        expect(wellFormedBackground(m), JSON.stringify(m)).toBe(true);
        expect(m).not.toBe(raw);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });

  it('an own __proto__ key or a getter that changes its answer never yields a malformed message', () => {
    const proto = JSON.parse('{"__proto__": {"type": "kanbao/state"}, "kinds": {"__proto__": {"figure": true}}}');
    expect(parseMessage(proto)).toBeNull();
    let reads = 0;
    const getter = { get type() { reads++; return reads === 1 ? 'kanbao/convert' : 'kanbao/state'; }, to: 'simplified' };
    const m = parseMessage(getter);
    if (m) expect(wellFormedRequest(m)).toBe(true);
  });
});

describe('background router (entrypoints/background/index.ts)', () => {
  let listener: Listener;
  const connects: ConnectListener[] = [];

  beforeAll(async () => {
    const bg = (await import('@/entrypoints/background/index')).default as unknown as { main: () => unknown };
    const ls = await listenersOf(() => bg.main(), connects);
    expect(ls).toHaveLength(1);
    listener = ls[0]!;
    expect(connects).toHaveLength(1);
  });

  /** A Port as the background sees one: what it posts, whether it was closed, and its message listeners. */
  const fakePort = (name: string, sender: Sender) => {
    const posted: unknown[] = [];
    const listeners: ((m: unknown) => void)[] = [];
    const port = {
      name, sender, disconnected: false, posted,
      postMessage: (m: unknown) => posted.push(m),
      disconnect() {
        port.disconnected = true;
      },
      onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
      send: (m: unknown) => listeners.forEach((l) => l(m)),
    };
    return port;
  };

  it('the conversion Port: only our content scripts are answered, every batch is checked like the message', async () => {
    for (const name of Object.keys(senders) as SenderName[]) {
      reset();
      const port = fakePort(CONVERT_PORT, senderOf(name));
      connects[0]!(port);
      const ours = name === 'contentScript' || name === 'subframe';
      expect(port.disconnected, name).toBe(!ours);
      port.send({ type: 'kanbao/convert-text', id: 1, texts: ['台湾'], to: 'taiwan', quotes: null });
      await settle();
      if (!ours) {
        expect(called(), name).toEqual([]);
        expect(port.posted, name).toEqual([]);
        continue;
      }
      // The engine gets the message without its id; the answer carries the id back.
      expect(engines.convertTexts).toHaveBeenCalledWith({ type: 'kanbao/convert-text', texts: ['台湾'], to: 'taiwan', quotes: null });
      expect(port.posted).toEqual([{ type: 'kanbao/converted', id: 1, texts: [] }]);
      reset();
      // Malformed: with an id, answered with an error (the page stops waiting); without one, ignored.
      port.send({ type: 'kanbao/convert-text', id: 2, texts: [3], to: 'taiwan' });
      port.send({ type: 'kanbao/convert-text', id: 3, texts: ['台湾'], to: 'original' });
      port.send({ type: 'kanbao/convert-text', texts: ['台湾'], to: 'taiwan' });
      port.send({ type: 'kanbao/convert-text', id: -1, texts: ['台湾'], to: 'taiwan' });
      port.send({ type: 'kanbao/analyze', id: 4, text: '台湾', known: [] });
      await settle();
      expect(called()).toEqual([]);
      expect(port.posted.slice(1)).toEqual([
        { type: 'kanbao/converted', id: 2, error: true },
        { type: 'kanbao/converted', id: 3, error: true },
        { type: 'kanbao/converted', id: 4, error: true },
      ]);
    }
    // Another Port name is not ours to answer (and not closed: it may be someone else's listener's).
    const other = fakePort('kanbao/other', senders.contentScript());
    connects[0]!(other);
    other.send({ type: 'kanbao/convert-text', id: 1, texts: ['台湾'], to: 'taiwan', quotes: null });
    await settle();
    expect(other.posted).toEqual([]);
    expect(other.disconnected).toBe(false);
  });

  const called = () => Object.entries(engines).filter(([k, f]) => k !== 'installControls' && f.mock.calls.length > 0);
  const reset = () => Object.values(engines).forEach((f) => f.mockClear());

  it('answers our own content script only', async () => {
    for (const name of Object.keys(senders) as SenderName[]) {
      const sender = () => senderOf(name);
      reset();
      const r = listener({ type: 'kanbao/badge', count: 3 }, sender());
      if (name === 'contentScript' || name === 'subframe') {
        expect(r, name).toBeInstanceOf(Promise);
        await r;
        expect(engines.setBadge).toHaveBeenCalledWith(7, 3);
      } else {
        expect(r, name).toBeUndefined();
        expect(called(), name).toEqual([]);
      }
    }
  });

  it('injects into the frame that asked, never a frame the message names', async () => {
    reset();
    await listener({ type: 'kanbao/inject', tabId: 99, frameId: 42 }, senders.subframe());
    expect(engines.injectAnnotator).toHaveBeenCalledWith(7, 3);
    // A recognised article starts jieba, so the sidebar's first analysis finds it loaded.
    expect(engines.warmJieba).toHaveBeenCalledTimes(1);
  });

  /** Lets the background's settings read settle. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it('a probable article only starts jieba: nothing is injected, whatever the message names', async () => {
    reset();
    expect(await listener({ type: 'kanbao/warm', tabId: 99, frameId: 42 }, senders.contentScript())).toEqual({ ok: true });
    await settle();
    expect(engines.warmJieba).toHaveBeenCalledTimes(1);
    expect(called().map(([k]) => k)).toEqual(['warmJieba']);
  });

  it('kanbao/warm from a site switched off starts nothing (the sender\'s address decides, not the message)', async () => {
    const s = defaultSettings();
    await saveSettings({ ...s, sites: { ...s.sites, off: ['hn.people.com.cn'] } });
    try {
      reset();
      await listener({ type: 'kanbao/warm', url: 'http://www.news.cn/' }, senders.contentScript());
      await settle();
      expect(called()).toEqual([]);
    } finally {
      await saveSettings(defaultSettings());
    }
  });

  it(`fuzz: acts iff sender is ours and the message parses, and hands the engines the parsed message (${RUNS} runs)`, async () => {
    let acted = 0;
    await fc.assert(
      fc.asyncProperty(message, senderName, async (raw, name) => {
        reset();
        const sender = senderOf(name);
        const parsed = parseBackgroundMessage(raw);
        const ours = name === 'contentScript' || name === 'subframe';
        let r: unknown;
        expect(() => (r = listener(raw, sender))).not.toThrow();
        if (!ours || parsed === null) {
          expect(r).toBeUndefined();
          expect(called()).toEqual([]);
          return;
        }
        acted++;
        expect(r).toBeInstanceOf(Promise);
        await (r as Promise<unknown>).catch(() => undefined);
        const calls = called();
        // An injection also starts jieba (warmJieba); every other message reaches one engine at most.
        expect(calls.filter(([k]) => k !== 'warmJieba').length).toBeLessThanOrEqual(1);
        if (engines.warmJieba.mock.calls.length > 0) expect(['kanbao/inject', 'kanbao/warm']).toContain(parsed.type);
        if (parsed.type === 'kanbao/warm') {
          // It starts jieba after a settings read (perhaps later than the reply) and nothing else;
          // the read settles here, so that its call is not taken for the next message's.
          await settle();
          expect(called().map(([k]) => k).every((k) => k === 'warmJieba')).toBe(true);
        }
        if (parsed.type === 'kanbao/convert-text') expect(engines.convertTexts).toHaveBeenCalledWith(parsed);
        if (parsed.type === 'kanbao/analyze') expect(engines.analyze).toHaveBeenCalledWith(parsed);
        if (parsed.type === 'kanbao/badge') expect(engines.setBadge).toHaveBeenCalledWith(7, parsed.count);
      }),
      { numRuns: RUNS },
    );
    expect(acted).toBeGreaterThan(RUNS / 50);
  }, 120_000);
});

describe('content scripts (entrypoints/detect.content.ts, entrypoints/news.content/index.ts)', () => {
  const seed = readFileSync('tests/fixtures/corpus/pages/people_hn_big5_seed.html', 'utf8');
  let detect: Listener[];
  let news: Listener[];

  /** Puts a parsed page into happy-dom's document (no HTML parsing of page text by our code). */
  const load = (html: string) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.head.replaceChildren(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
    document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
    (globalThis as { happyDOM?: { setURL(u: string): void } }).happyDOM?.setURL(SEED_URL);
  };

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The fake browser has no i18n of its own.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
    // The detector on a page of ours that is not an article (no Chinese text).
    load('<html><head><title>Not an article</title></head><body><p>English only.</p></body></html>');
    const det = (await import('@/entrypoints/detect.content')).default as unknown as { main: (ctx: unknown) => unknown };
    detect = await listenersOf(() => det.main(new ContentScriptContext('detect')));
    expect(detect.length).toBeGreaterThanOrEqual(1);
    // The annotator on the seed article.
    load(seed);
    const ann = (await import('@/entrypoints/news.content/index')).default as unknown as { main: (ctx: unknown) => unknown };
    news = await listenersOf(() => ann.main(new ContentScriptContext('news')));
    expect(news.length).toBeGreaterThanOrEqual(1);
    // Let the annotator finish its own work on the page first.
    for (let i = 0; i < 500 && !document.documentElement.hasAttribute('data-kanbao-annotated'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(document.documentElement.hasAttribute('data-kanbao-annotated')).toBe(true);
  }, 30_000);
  afterAll(() => vi.restoreAllMocks());

  it('the detector answers kanbao/state to our extension only, and nothing else to anyone', async () => {
    const l = detect[0]!;
    // The annotator's flag makes the detector step aside; test it as the page before injection.
    const flag = globalThis.__kanbaoAnnotator;
    globalThis.__kanbaoAnnotator = undefined;
    try {
      for (const name of Object.keys(senders) as SenderName[]) {
        const sender = () => senderOf(name);
        const ours = sender().id === OWN();
        const r = l({ type: 'kanbao/state' }, sender());
        if (ours) expect(await r, name).toMatchObject({ isArticle: false });
        else expect(r, name).toBeUndefined();
        expect(l({ type: 'kanbao/convert', to: 'simplified' }, sender()), name).toBeUndefined();
      }
    } finally {
      globalThis.__kanbaoAnnotator = flag;
    }
  });

  it('the annotator answers our extension only', async () => {
    const l = news[news.length - 1]!;
    for (const name of Object.keys(senders) as SenderName[]) {
      const sender = () => senderOf(name);
      const r = l({ type: 'kanbao/state' }, sender());
      if (sender().id === OWN()) expect(await r, name).toMatchObject({ isArticle: true, site: 'people.com.cn' });
      else expect(r, name).toBeUndefined();
    }
  });

  it(`fuzz: from anyone but our extension, or malformed, nothing happens to the page (${RUNS} runs)`, async () => {
    const l = news[news.length - 1]!;
    const before = document.documentElement.outerHTML;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(message, senderName, async (raw, name) => {
        const sender = senderOf(name);
        const parsed = parseMessage(raw);
        // Messages that would change the page (convert, sidebar, highlights, annotate-…) are sent
        // from foreign senders only: from ours they are meant to act.
        const ours = sender.id === OWN();
        if (ours && parsed && parsed.type !== 'kanbao/state') return;
        let r: unknown;
        expect(() => (r = l(raw, sender))).not.toThrow();
        if (!ours || parsed === null) {
          expect(r).toBeUndefined();
        } else {
          answered++;
          expect(await r).toMatchObject({ isArticle: true });
        }
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBeGreaterThan(0);
  }, 120_000);
});
