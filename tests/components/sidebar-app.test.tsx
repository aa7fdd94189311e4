// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { SidebarApp, type OpenSession, type SidebarAppProps } from '@/components/sidebar/SidebarApp';
import type { SelectionResult, SidebarServices } from '@/components/sidebar/services';
import { STATUS_MS } from '@/components/sidebar/use-status';
import type { Analysis } from '@/lib/core/analysis';
import { buildAnnotations, extractAll, type Extraction } from '@/lib/core/extract';
import type { Article, PageInfo, ScriptTarget } from '@/lib/core/types';
import { translatorFor } from '@/lib/i18n';
import EN from '@/public/_locales/en/messages.json';

// The container: SidebarApp holds the sidebar's state and reaches the page only through the
// services it is given; here they are fakes that record what it asked.
const t = translatorFor(EN);
const TEXT = '全省刑事警情同比下降61.6%，推行“一件事一次办”。\n全年新增1.3万余家企业，“一件事一次办”覆盖全省。';
const ARTICLE: Article = {
  title: '大湖之南', kicker: null, subtitle: null, published: '2023-02-03T10:44+08:00', source: '人民日报客户端', authors: ['王云娜'],
  editors: [], printEdition: null, script: 'simplified', text: TEXT,
  paragraphs: [{ start: 0, end: TEXT.indexOf('\n'), caption: false }, { start: TEXT.indexOf('\n') + 1, end: TEXT.length, caption: false }],
};
const INFO: PageInfo = { isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt', confidence: 0.9, signals: ['url'] };
const ANALYSIS: Analysis = {
  keywords: [{ word: '一件事', start: 20, end: 23, score: 1, count: 2 }] as unknown as Analysis['keywords'],
  people: { people: [], organisations: [], places: [] },
  summary: [],
};

function fakePage(article: Article | null = ARTICLE) {
  const extraction: Extraction = extractAll(TEXT, { published: ARTICLE.published });
  const listeners = new Set<() => void>();
  const state = {
    annotation: null as { extraction: Extraction; items: ReturnType<typeof buildAnnotations> } | null,
    converted: 'original' as ScriptTarget,
  };
  const changed = () => act(() => listeners.forEach((l) => l()));
  return {
    state,
    annotate: () => {
      state.annotation = { extraction, items: buildAnnotations(TEXT, extraction) };
      changed();
    },
    convert: (to: ScriptTarget) => {
      state.converted = to;
      changed();
    },
    page: {
      article, info: INFO, url: 'http://hn.people.com.cn/n2/2023/0203/c356883-40290005.html',
      annotation: () => state.annotation,
      converted: () => state.converted,
      onChange: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
    },
    listeners,
  };
}

function setup(opts: { article?: Article | null; analyze?: SidebarServices['analyze']; openOnReplay?: boolean; preselected?: string } = {}) {
  const fake = fakePage(opts.article === undefined ? ARTICLE : opts.article);
  const keyListeners = new Set<(e: KeyboardEvent) => void>();
  const selectionListeners = new Set<(r: SelectionResult) => void>();
  // A result published before the sidebar subscribed.
  let latest: SelectionResult | null = opts.preselected ? { text: opts.preselected, extraction: extractAll(opts.preselected) } : null;
  const services = {
    page: fake.page,
    goTo: vi.fn(),
    listenPageKeys: vi.fn((l: (e: KeyboardEvent) => void) => {
      keyListeners.add(l);
      return () => keyListeners.delete(l);
    }),
    analyze: vi.fn(opts.analyze ?? (async () => ANALYSIS)),
    // A stand-in converter that marks what it converted.
    convertTexts: vi.fn(async (texts: string[]) => texts.map((s) => s.replace('大湖', '大湖〔繁〕'))),
    copy: vi.fn(async (_text: string) => true),
    download: vi.fn((ext: string, _mime: string, _text: string) => `kanbao-page.${ext}`),
    place: vi.fn(),
    unplace: vi.fn(),
    fitWidth: vi.fn((w: number) => Math.min(Math.max(w, 280), 600)),
    saveWidth: vi.fn(),
    selections: vi.fn((l: (r: SelectionResult) => void) => {
      selectionListeners.add(l);
      if (latest) l(latest);
      return () => selectionListeners.delete(l);
    }),
    dismissSelection: vi.fn((r: SelectionResult) => {
      if (latest === r) latest = null;
    }),
  } satisfies SidebarServices;
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const props = (session: OpenSession | null): SidebarAppProps => ({
    services, t, session, minWidth: 280, maxWidth: 900, openOnReplay: opts.openOnReplay, onOpen, onClose,
  });
  const view = render(<SidebarApp {...props(null)} />);
  const show = (session: OpenSession | null) => view.rerender(<SidebarApp {...props(session)} />);
  const select = (text: string, published: string | null = null) => {
    latest = { text, extraction: extractAll(text, { published }) };
    act(() => selectionListeners.forEach((l) => l(latest!)));
  };
  const pressOnMark = (id: string, key: string) => {
    const mark = document.createElement('kanbao-mark');
    mark.setAttribute('data-kanbao-id', id);
    document.body.append(mark);
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    Object.defineProperty(e, 'target', { value: mark });
    act(() => keyListeners.forEach((l) => l(e)));
    mark.remove();
    return e;
  };
  return { ...fake, services, onOpen, onClose, show, select, pressOnMark, keyListeners, view };
}

const session = (over: Partial<OpenSession> = {}): OpenSession => ({ width: 400, focus: false, ...over });
const settle = () => act(async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
});
const section = (id: string) => document.querySelector<HTMLElement>(`[data-section="${id}"]`);
const title = () => section('article')?.querySelector('.kb-title')?.textContent ?? null;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SidebarApp: opening and closing', () => {
  it('renders nothing while closed, the view while open, and places and frees the page with it', async () => {
    const s = setup();
    expect(document.querySelector('aside')).toBeNull();
    expect(s.services.place).not.toHaveBeenCalled();
    s.show(session({ width: 420 }));
    expect(screen.getByRole('complementary', { name: 'Kanbao article summary' })).toBeTruthy();
    expect(s.services.place).toHaveBeenLastCalledWith(420);
    expect(s.services.listenPageKeys).toHaveBeenCalledTimes(1);
    expect(s.keyListeners.size).toBe(1);
    s.show(null);
    expect(document.querySelector('aside')).toBeNull();
    expect(s.services.unplace).toHaveBeenCalledTimes(1);
    expect(s.keyListeners.size).toBe(0);
  });

  it('an explicit opening moves the keyboard to the heading; an automatic one does not', () => {
    const s = setup();
    s.show(session({ focus: false }));
    expect(document.activeElement?.localName).not.toBe('h1');
    s.show(null);
    s.show(session({ focus: true }));
    expect(document.activeElement?.localName).toBe('h1');
  });

  it('the close button asks the content script to close it', () => {
    const s = setup();
    s.show(session());
    fireEvent.click(screen.getByRole('button', { name: 'Close the sidebar' }));
    expect(s.onClose).toHaveBeenCalledTimes(1);
  });
});

describe('SidebarApp: the model', () => {
  it('follows the annotation as the page reports it', () => {
    const s = setup();
    s.show(session());
    expect(section('figures')!.querySelector('.kb-count')!.textContent).toBe('0');
    s.annotate();
    expect(Number(section('figures')!.querySelector('.kb-count')!.textContent)).toBe(s.state.annotation!.extraction.figures.length);
    expect(s.state.annotation!.extraction.figures.length).toBeGreaterThan(0);
  });

  it('is converted when the page script changes, and shown as written again for Original', async () => {
    const s = setup();
    s.show(session());
    await settle(); // jieba's answer, which rebuilds the model
    expect(title()).toBe('大湖之南');
    s.convert('taiwan');
    await settle();
    expect(title()).toBe('大湖〔繁〕之南');
    expect(s.services.convertTexts).toHaveBeenCalledWith(expect.arrayContaining(['大湖之南']), 'taiwan');
    s.convert('original');
    expect(title()).toBe('大湖之南');
  });

  it('keeps its conversion through a closing: no second request on reopening', async () => {
    const s = setup();
    s.show(session());
    await settle();
    s.convert('taiwan');
    await settle();
    s.show(null);
    s.show(session());
    await settle();
    expect(title()).toBe('大湖〔繁〕之南');
    expect(s.services.convertTexts).toHaveBeenCalledTimes(1);
  });

  it('is not built while closed', () => {
    const s = setup();
    s.annotate();
    s.convert('taiwan');
    expect(s.services.convertTexts).not.toHaveBeenCalled();
  });
});

describe('SidebarApp: jieba', () => {
  it('asks once, at the first opening, with the text and the authors; the answer outlasts a closing', async () => {
    const s = setup();
    expect(s.services.analyze).not.toHaveBeenCalled();
    s.show(session());
    await settle();
    expect(s.services.analyze).toHaveBeenCalledWith(TEXT, ['王云娜']);
    expect(section('keywords')!.querySelector('.kb-count')!.textContent).toBe('1');
    s.show(null);
    s.show(session());
    await settle();
    expect(s.services.analyze).toHaveBeenCalledTimes(1);
    expect(section('keywords')!.querySelector('.kb-count')!.textContent).toBe('1');
  });

  it('shows a failure, and asks again at the next opening', async () => {
    let answer: unknown = { error: 'jieba could not start' };
    const s = setup({ analyze: async () => answer });
    s.show(session());
    await settle();
    expect(within(section('keywords')!).getByRole('alert').textContent).toContain('jieba could not start');
    answer = ANALYSIS;
    s.show(null);
    s.show(session());
    await settle();
    expect(s.services.analyze).toHaveBeenCalledTimes(2);
    expect(section('keywords')!.querySelector('.kb-count')!.textContent).toBe('1');
  });

  it('takes only a whole analysis: anything else is an error, and so is a rejection', async () => {
    const bad = setup({ analyze: async () => ({ keywords: 'no' }) });
    bad.show(session());
    await settle();
    expect(within(section('keywords')!).getByRole('alert').textContent).toContain('no answer');
    cleanup();
    const thrown = setup({ analyze: async () => Promise.reject(new Error('port closed')) });
    thrown.show(session());
    await settle();
    expect(within(section('keywords')!).getByRole('alert').textContent).toContain('port closed');
  });

  it('is never asked on a page that is not an article', async () => {
    const s = setup({ article: null });
    s.show(session());
    await settle();
    expect(s.services.analyze).not.toHaveBeenCalled();
  });
});

describe('SidebarApp: going to items and keys on marks', () => {
  it('an item goes to its place through goTo, with the model as read, and becomes the current item', () => {
    const s = setup();
    s.annotate();
    s.show(session());
    const first = section('figures')!.querySelector<HTMLButtonElement>('button[data-item]')!;
    fireEvent.click(first);
    expect(s.services.goTo).toHaveBeenCalledTimes(1);
    const [id, model] = s.services.goTo.mock.calls[0]!;
    expect(id).toBe(first.dataset.id);
    expect(model.article.title).toBe('大湖之南');
    expect(first.getAttribute('aria-current')).toBe('true');
  });

  it('n and p on a mark go on through its kind; Escape returns to its item', () => {
    const s = setup();
    s.annotate();
    s.show(session());
    const figures = s.state.annotation!.items.filter((i) => i.kind === 'figure').map((i) => i.id);
    expect(figures.length).toBeGreaterThan(1);
    const n = s.pressOnMark(figures[0]!, 'n');
    expect(n.defaultPrevented).toBe(true);
    expect(s.services.goTo).toHaveBeenLastCalledWith(figures[1], expect.anything());
    s.pressOnMark(figures[0]!, 'p');
    expect(s.services.goTo).toHaveBeenLastCalledWith(figures.at(-1), expect.anything());
    s.pressOnMark(figures[1]!, 'Escape');
    expect((document.activeElement as HTMLElement).dataset.id).toBe(figures[1]);
    // Another key, or a modifier, is left to the page.
    expect(s.pressOnMark(figures[0]!, 'x').defaultPrevented).toBe(false);
  });
});

describe('SidebarApp: width', () => {
  beforeEach(() => vi.useFakeTimers());

  it('a resize is fitted, placed at once and remembered once the reader stops', () => {
    const s = setup();
    s.show(session({ width: 400 }));
    const handle = screen.getByRole('separator', { name: 'Resize the sidebar' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(s.services.place).toHaveBeenLastCalledWith(416);
    fireEvent.keyDown(handle, { key: 'End' });
    // fitWidth (the window) wins over the handle's own limit.
    expect(s.services.place).toHaveBeenLastCalledWith(600);
    expect(handle.getAttribute('aria-valuenow')).toBe('600');
    expect(s.services.saveWidth).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(300));
    expect(s.services.saveWidth).toHaveBeenCalledTimes(1);
    expect(s.services.saveWidth).toHaveBeenCalledWith(600);
  });

  it('an opening takes the session width, not the last resize, and saves nothing', () => {
    const s = setup();
    s.show(session({ width: 400 }));
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'ArrowLeft' });
    act(() => void vi.advanceTimersByTime(300));
    s.show(null);
    s.show(session({ width: 350 }));
    expect(s.services.place).toHaveBeenLastCalledWith(350);
    expect(screen.getByRole('separator').getAttribute('aria-valuenow')).toBe('350');
    act(() => void vi.advanceTimersByTime(1000));
    expect(s.services.saveWidth).toHaveBeenCalledTimes(1);
  });
});

describe('SidebarApp: exports', () => {
  it('Markdown goes to the clipboard and the status says so, then clears', async () => {
    vi.useFakeTimers();
    const s = setup();
    s.annotate();
    s.show(session());
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await settle();
    expect(s.services.copy.mock.calls[0]![0]).toMatch(/^# 大湖之南\n/);
    expect(document.querySelector('.kb-status')!.textContent).toBe('Markdown copied to the clipboard');
    act(() => void vi.advanceTimersByTime(STATUS_MS));
    expect(document.querySelector('.kb-status')!.textContent).toBe('');
  });

  it('a refused clipboard says so', async () => {
    const s = setup();
    s.services.copy.mockResolvedValue(false);
    s.show(session());
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await settle();
    expect(document.querySelector('.kb-status')!.textContent).toBe('Could not copy to the clipboard');
  });

  it('CSV (with a byte-order mark) and JSON (the command line document) are downloaded under the page name', async () => {
    const s = setup();
    s.annotate();
    s.show(session());
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [ext, mime, csv] = s.services.download.mock.calls[0]!;
    expect([ext, mime]).toEqual(['csv', 'text/csv;charset=utf-8']);
    expect(csv.startsWith('\ufeffid,text,value,kind,')).toBe(true);
    expect(document.querySelector('.kb-status')!.textContent).toBe('kanbao-page.csv downloaded');
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const [jsonExt, jsonMime, json] = s.services.download.mock.calls[1]!;
    expect([jsonExt, jsonMime]).toEqual(['json', 'application/json']);
    const doc = JSON.parse(json);
    expect(doc.url).toBe(s.page.url);
    expect(doc.page).toEqual(INFO);
    expect(doc.figures).toHaveLength(s.state.annotation!.extraction.figures.length);
    expect(doc.keywords.map((k: { word: string }) => k.word)).toEqual(['一件事']);
  });
});

describe('SidebarApp: the selection', () => {
  it('subscribes as it is created, so a result published right after is seen', () => {
    const s = setup();
    expect(s.services.selections).toHaveBeenCalledTimes(1);
    s.select('增长3.5个百分点');
    expect(s.onOpen).toHaveBeenCalledTimes(1);
    s.show(session());
    expect(document.querySelector('[data-section]')!.getAttribute('data-section')).toBe('selection');
  });

  it('the result already published is shown but does not open the sidebar by itself', () => {
    const s = setup({ preselected: '增长3.5个百分点' });
    expect(s.onOpen).not.toHaveBeenCalled();
    s.show(session());
    expect(section('selection')!.querySelector('.kb-selection-text')!.textContent).toBe('增长3.5个百分点');
  });

  it('the replaced sidebar was open: the result it hands over opens this one', () => {
    const s = setup({ preselected: '增长3.5个百分点', openOnReplay: true });
    expect(s.onOpen).toHaveBeenCalledTimes(1);
  });

  it('clearing dismisses the result for good; without an article it also closes the sidebar', () => {
    const s = setup({ article: null });
    s.select('增长3.5个百分点');
    s.show(session());
    expect(section('selection')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(s.services.dismissSelection).toHaveBeenCalledTimes(1);
    expect(section('selection')).toBeNull();
    expect(s.onClose).toHaveBeenCalledTimes(1);
  });

  it('clearing with an article keeps the sidebar open', () => {
    const s = setup();
    s.select('增长3.5个百分点');
    s.show(session());
    fireEvent.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(section('selection')).toBeNull();
    expect(s.onClose).not.toHaveBeenCalled();
    expect(section('article')).toBeTruthy();
  });
});
