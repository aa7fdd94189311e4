// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGlossary, type GlossaryCard, type GlossaryEntry } from '@/lib/core/glossary';
import { PageController } from '@/lib/dom/page-controller';
import {
  MAX_GLOSSARY_NAME, MAX_GLOSSARY_NAMES, parseBackgroundMessage, parseGlossaryReply, type ConvertTarget, type GlossaryRequest,
} from '@/lib/messaging';
import { answerGlossary } from '@/entrypoints/background/glossary';
import { followGlossary, glossedAnnotation, namesToAsk, scriptShown } from '@/entrypoints/news.content/glossary';
import { defaultSettings } from '@/lib/core/settings';
import type { LiveSettings } from '@/lib/settings';

// Constructed entries in the shared format (their facts are not under test here, only the plumbing).
const ENTRY = (name: string, forms: string[], items: string[][], zh: string): GlossaryEntry => ({
  name, forms, enumerates: items.length > 0, items, gloss: { zh, en: `English gloss of ${name}` }, since: 2016,
  firstStated: { title: `首次提出${name}的讲话`, date: '2016-01-29' },
  sources: [{ url: 'http://example.org/', title: 't', read: '2026-12-07', supports: 'all' }],
});
const GLOSSARY = createGlossary([
  ENTRY('四个意识', ['四個意識'], [['政治意识', '大局意识', '核心意识', '看齐意识']], '要求党员增强的四种意识。'),
  ENTRY('一网通办', ['一網通辦'], [], '一个网上门户办理政务服务。'),
]);

/** A stand-in for the background's converter: a few Simplified characters to Traditional, and a mark of the target. */
const TABLE: Record<string, string> = { 个: '個', 识: '識', 齐: '齊', 种: '種', 员: '員', 强: '強', 网: '網', 门: '門', 务: '務', 办: '辦', 讲: '講', 话: '話', 党: '黨' };
const fakeConvert = vi.fn(async (texts: string[], to: ConvertTarget) => texts.map((s) => [...s].map((c) => TABLE[c] ?? c).join('') + (to === 'hongkong' ? '〔港〕' : '')));

afterEach(() => {
  fakeConvert.mockClear();
  vi.restoreAllMocks();
});

describe('kanbao/glossary: the message and its reply are validated', () => {
  const ok = (m: object) => parseBackgroundMessage({ type: 'kanbao/glossary', ...m });

  it('accepts names and the script the reader sees, rebuilt field by field', () => {
    for (const script of ['simplified', 'taiwan', 'hongkong'] as const) {
      const raw = { type: 'kanbao/glossary', names: ['四个意识', '“一网通办”'], script, extra: 1 };
      const m = parseBackgroundMessage(raw);
      expect(m).toEqual({ type: 'kanbao/glossary', names: ['四个意识', '“一网通办”'], script });
      expect((m as GlossaryRequest).names).not.toBe(raw.names);
    }
    expect(ok({ names: [], script: 'simplified' })).not.toBeNull();
  });

  it('refuses a bad script, names that are not strings, too many names or too long a name', () => {
    expect(ok({ names: ['四个意识'], script: 'original' })).toBeNull();
    expect(ok({ names: ['四个意识'], script: 'traditional' })).toBeNull();
    expect(ok({ names: ['四个意识'] })).toBeNull();
    expect(ok({ names: '四个意识', script: 'simplified' })).toBeNull();
    expect(ok({ names: ['四个意识', 4], script: 'simplified' })).toBeNull();
    expect(ok({ names: [null], script: 'simplified' })).toBeNull();
    expect(ok({ names: Array(MAX_GLOSSARY_NAMES).fill('四'), script: 'simplified' })).not.toBeNull();
    expect(ok({ names: Array(MAX_GLOSSARY_NAMES + 1).fill('四'), script: 'simplified' })).toBeNull();
    expect(ok({ names: ['四'.repeat(MAX_GLOSSARY_NAME)], script: 'simplified' })).not.toBeNull();
    expect(ok({ names: ['四'.repeat(MAX_GLOSSARY_NAME + 1)], script: 'simplified' })).toBeNull();
  });

  it('reads a reply only when it has one card or null per name, each well formed', () => {
    const card: GlossaryCard = { name: '四个意识', items: [['a', 'b']], gloss: { zh: '甲', en: 'A' }, since: 2016, source: { title: 'T', date: '2016' } };
    expect(parseGlossaryReply({ cards: [card, null] }, 2)).toEqual({ cards: [card, null] });
    expect(parseGlossaryReply({ cards: [{ ...card, note: 'n', extra: 1 }] }, 1)).toEqual({ cards: [{ ...card, note: 'n' }] });
    expect(parseGlossaryReply({ cards: [card] }, 2)).toBeNull();
    expect(parseGlossaryReply({ cards: [{ ...card, since: '2016' }] }, 1)).toBeNull();
    expect(parseGlossaryReply({ cards: [{ ...card, items: ['a'] }] }, 1)).toBeNull();
    expect(parseGlossaryReply({ cards: [{ ...card, gloss: { zh: '甲' } }] }, 1)).toBeNull();
    expect(parseGlossaryReply({ cards: [{ ...card, source: null }] }, 1)).toBeNull();
    expect(parseGlossaryReply(undefined, 0)).toBeNull();
    // The glossary's own (Simplified) cards beside converted ones: one per name too, each well formed.
    expect(parseGlossaryReply({ cards: [card, null], sources: [card, null] }, 2)).toEqual({ cards: [card, null], sources: [card, null] });
    expect(parseGlossaryReply({ cards: [card, null], sources: [card] }, 2)).toBeNull();
    expect(parseGlossaryReply({ cards: [card], sources: [{ ...card, since: '2016' }] }, 1)).toBeNull();
  });
});

describe('the background handler', () => {
  it('answers one card or null per name, in order, from any written form; Simplified needs no converter', async () => {
    const r = await answerGlossary({ type: 'kanbao/glossary', names: ['“四个意识”', '夜潇湘', '一網通辦'], script: 'simplified' }, fakeConvert, GLOSSARY);
    expect(r.cards.map((c) => c?.name ?? null)).toEqual(['四个意识', null, '一网通办']);
    expect(r.cards[0]!.items).toEqual([['政治意识', '大局意识', '核心意识', '看齐意识']]);
    expect(r.cards[0]!.source).toEqual({ title: '首次提出四个意识的讲话', date: '2016-01-29' });
    expect(fakeConvert).not.toHaveBeenCalled();
  });

  it('a Traditional view gets the card converted in one batch; the English gloss stays as written', async () => {
    const r = await answerGlossary({ type: 'kanbao/glossary', names: ['四個意識', '一网通办', '夜潇湘'], script: 'taiwan' }, fakeConvert, GLOSSARY);
    expect(fakeConvert).toHaveBeenCalledTimes(1);
    expect(fakeConvert.mock.calls[0]![1]).toBe('taiwan');
    const [four, portal, none] = r.cards;
    expect(four!.name).toBe('四個意識');
    expect(four!.items).toEqual([['政治意識', '大局意識', '核心意識', '看齊意識']]);
    expect(four!.gloss).toEqual({ zh: '要求黨員增強的四種意識。', en: 'English gloss of 四个意识' });
    expect(four!.source).toEqual({ title: '首次提出四個意識的講話', date: '2016-01-29' });
    expect(four!.since).toBe(2016);
    expect(portal!.name).toBe('一網通辦');
    expect(portal!.items).toEqual([]);
    expect(none).toBeNull();
    // Beside them, the cards as the glossary writes them, for the JSON export (as the command line gives them).
    expect(r.sources!.map((c) => c?.name ?? null)).toEqual(['四个意识', '一网通办', null]);
    expect(r.sources![0]!.items).toEqual([['政治意识', '大局意识', '核心意识', '看齐意识']]);
    const hk = await answerGlossary({ type: 'kanbao/glossary', names: ['四个意识'], script: 'hongkong' }, fakeConvert, GLOSSARY);
    expect(hk.cards[0]!.name).toBe('四個意識〔港〕');
  });

  it('asks no conversion when nothing is known, and fails when the converter miscounts', async () => {
    const none = await answerGlossary({ type: 'kanbao/glossary', names: ['夜潇湘'], script: 'taiwan' }, fakeConvert, GLOSSARY);
    expect(none).toEqual({ cards: [null] });
    expect(fakeConvert).not.toHaveBeenCalled();
    await expect(answerGlossary({ type: 'kanbao/glossary', names: ['四个意识'], script: 'taiwan' }, async () => ['x'], GLOSSARY)).rejects.toThrow(/strings/);
  });

  it('the shipped glossary knows a formulation of the corpus (xinhua_05: 四个意识)', async () => {
    const r = await answerGlossary({ type: 'kanbao/glossary', names: ['“四个意识”'], script: 'simplified' }, fakeConvert);
    expect(r.cards[0]?.name).toBe('四个意识');
    expect(r.cards[0]!.items[0]).toHaveLength(4);
  });
});

describe('the background router hands kanbao/glossary to the handler', () => {
  let listener: (raw: unknown, sender: Record<string, unknown>) => unknown;
  beforeAll(async () => {
    const added: typeof listener[] = [];
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: typeof listener) => void added.push(l)) as never);
    // The fake browser has no runtime.onConnect (the conversion Port's listener).
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    const controls = await import('@/entrypoints/background/controls');
    vi.spyOn(controls, 'installControls').mockImplementation(() => undefined as never);
    const bg = (await import('@/entrypoints/background/index')).default as unknown as { main: () => unknown };
    try {
      bg.main();
    } finally {
      spy.mockRestore();
    }
    listener = added[0]!;
  });

  it('answers our content script with the cards, and nobody else', async () => {
    const tab = { id: 7, url: 'http://www.news.cn/x/c.html' };
    const msg = { type: 'kanbao/glossary', names: ['四个意识', '夜潇湘'], script: 'simplified' };
    const r = (await listener(msg, { id: fakeBrowser.runtime.id, tab, frameId: 0 })) as { cards: (GlossaryCard | null)[] };
    expect(r.cards.map((c) => c?.name ?? null)).toEqual(['四个意识', null]);
    expect(listener(msg, { id: 'other', tab, frameId: 0 })).toBeUndefined();
    expect(listener({ ...msg, script: 'original' }, { id: fakeBrowser.runtime.id, tab, frameId: 0 })).toBeUndefined();
  });
});

describe('the annotator asks once per annotation and script, and never waits for it', () => {
  const live = { current: defaultSettings(), close: () => {} } as unknown as LiveSettings;

  it('the script the reader sees: the conversion, else the article in the reader\'s Traditional', () => {
    expect(scriptShown('original', 'simplified', 'auto', ['zh-CN'])).toBe('simplified');
    expect(scriptShown('original', 'traditional', 'auto', ['zh-HK'])).toBe('hongkong');
    expect(scriptShown('original', 'traditional', 'auto', ['en-US'])).toBe('taiwan');
    expect(scriptShown('original', 'mixed', 'hongkong', [])).toBe('hongkong');
    expect(scriptShown('simplified', 'traditional', 'auto', ['zh-TW'])).toBe('simplified');
    expect(scriptShown('taiwan', 'simplified', 'auto', [])).toBe('taiwan');
  });

  it('asks with each name once, leaving out names no entry could have', () => {
    const p = (name: string) => ({ text: name, start: 0, end: name.length, kind: 'numbered' as const, name });
    expect(namesToAsk([p('四个意识'), p('六稳'), p('四个意识'), p('《' + '长'.repeat(MAX_GLOSSARY_NAME) + '》')])).toEqual(['四个意识', '六稳']);
  });

  function page(text: string, script: 'simplified' | 'traditional' = 'simplified') {
    document.body.replaceChildren();
    document.title = '';
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    const c = new PageController(document, 'http://www.news.cn/politics/20240509/abc/c.html', {}, {
      page: { isArticle: true, site: 'news.cn', peoplesDaily: false, template: 'test', confidence: 1, signals: [] },
      read: {
        article: {
          title: 't', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [], printEdition: null,
          script, text, paragraphs: [{ start: 0, end: text.length, caption: false }],
        },
        template: 'test', blocks: [p],
      },
    });
    return c;
  }

  it('after the annotation lands: one request, the cards reach the tooltip lookup and the sidebar\'s spans', async () => {
    const c = page('增强“四个意识”，做好“六稳”工作。');
    const sent: GlossaryRequest[] = [];
    let answer!: (x: unknown) => void;
    const send = vi.fn((m: GlossaryRequest) => (sent.push(m), new Promise((r) => (answer = r))));
    const stop = followGlossary(c, live, send, ['zh-CN']);
    expect(send).not.toHaveBeenCalled(); // nothing marked yet
    await c.annotate();
    expect(c.annotation).not.toBeNull(); // annotated without waiting for the glossary
    expect(sent).toEqual([{ type: 'kanbao/glossary', names: ['“四个意识”', '“六稳”'], script: 'simplified' }]);
    const card = { name: '四个意识', items: [['政治意识', '大局意识', '核心意识', '看齐意识']], gloss: { zh: '甲', en: 'A' }, since: 2016, source: { title: 'T', date: '2016' } };
    answer({ cards: [card, null] });
    await vi.waitFor(() => expect(c.glossary.size).toBe(1));
    expect(c.glossary.get('“四个意识”')).toEqual(card);
    // The sidebar's view of the annotation: the span carries its card, as in --json.
    const glossed = glossedAnnotation(c);
    const a = glossed()!;
    expect(a.extraction.programs.find((p) => p.name === '“四个意识”')).toMatchObject({ glossary: card });
    expect(a.extraction.programs.find((p) => p.name === '“六稳”')).not.toHaveProperty('glossary');
    expect(glossed()).toBe(a); // the same object until something changes
    // Changes that are not a new annotation or script ask nothing.
    c.setKinds({ figure: false });
    c.report({ sidebarOpen: true });
    expect(send).toHaveBeenCalledTimes(1);
    // A conversion asks again, in the new script.
    c.report({ converted: 'taiwan' });
    expect(sent.at(-1)).toMatchObject({ script: 'taiwan' });
    expect(send).toHaveBeenCalledTimes(2);
    // Converted cards are shown; the JSON export's annotation keeps the glossary's own.
    const shownCard = { ...card, name: '四個意識' };
    answer({ cards: [shownCard, null], sources: [card, null] });
    await vi.waitFor(() => expect(c.glossary.get('“四个意识”')).toEqual(shownCard));
    expect(glossed()!.extraction.programs.find((p) => p.name === '“四个意识”')).toMatchObject({ glossary: shownCard });
    expect(glossedAnnotation(c, 'sources')()!.extraction.programs.find((p) => p.name === '“四个意识”')).toMatchObject({ glossary: card });
    stop();
    c.clear();
  });

  it('a late answer for an older script is dropped; a malformed one changes nothing', async () => {
    const c = page('增強「四個意識」。', 'traditional');
    const answers: ((x: unknown) => void)[] = [];
    const send = vi.fn((_m: GlossaryRequest) => new Promise((r) => answers.push(r)));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = followGlossary(c, live, send, ['zh-TW']);
    await c.annotate();
    expect(send.mock.calls[0]![0].script).toBe('taiwan');
    c.report({ converted: 'simplified' });
    expect(send.mock.calls[1]![0].script).toBe('simplified');
    const card = (name: string) => ({ name, items: [], gloss: { zh: name, en: 'A' }, since: 2016, source: { title: 'T', date: '2016' } });
    answers[1]!({ cards: [card('四个意识')] });
    await vi.waitFor(() => expect(c.glossary.size).toBe(1));
    answers[0]!({ cards: [card('四個意識')] });
    await new Promise((r) => setTimeout(r, 0));
    expect([...c.glossary.values()][0]!.name).toBe('四个意识');
    c.report({ converted: 'taiwan' });
    answers[2]!({ cards: 'nonsense' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect([...c.glossary.values()][0]!.name).toBe('四个意识');
    stop();
    c.clear();
  });

  it('a page without programs never asks', async () => {
    const c = page('全年增长5.2%。');
    const send = vi.fn(async () => ({ cards: [] }));
    const stop = followGlossary(c, live, send, []);
    await c.annotate();
    expect(c.annotation!.extraction.programs).toEqual([]);
    expect(send).not.toHaveBeenCalled();
    stop();
    c.clear();
  });
});
