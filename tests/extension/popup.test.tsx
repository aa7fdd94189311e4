// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupModel } from '@/components/popup/PopupView';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { queryActiveTabState } from '@/entrypoints/popup/tab-state';
import { defaultSettings, setSiteEnabled } from '@/lib/core/settings';
import type { Request, StateReply } from '@/lib/messaging';
import { getSettings, saveSettings } from '@/lib/settings';
import { SEED_URL, en, fakeI18n, fakeWindows, seedReply as reply } from './helpers';

const model = (over: Partial<PopupModel> = {}): PopupModel => ({
  state: { status: 'ready', reply },
  outlet: "人民网 People's Daily",
  host: 'hn.people.com.cn',
  web: true,
  site: { enabled: true, rule: null },
  busy: false,
  error: null,
  ...over,
});

beforeEach(async () => {
  await fakeWindows();
  fakeI18n();
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('PopupView', () => {
  it('shows a recognised article: outlet, site, title, script, counts per kind', () => {
    render(<PopupView t={en} model={model()} />);
    expect(screen.getByTestId('state').dataset.article).toBe('true');
    expect(screen.getByTestId('state').textContent).toBe('Article recognised');
    expect(screen.getByTestId('outlet').textContent).toBe("人民网 People's Daily");
    expect(screen.getByTestId('site').textContent).toBe('people.com.cn');
    expect(screen.getByTestId('title').textContent).toBe(reply.title);
    expect(screen.getByTestId('script').textContent).toBe('Written in Traditional · Shown as: Original');
    const counts = [...document.querySelectorAll('[data-count]')].map((e) => [e.getAttribute('data-count'), e.textContent]);
    expect(counts).toEqual([['figure', '60'], ['date', '10'], ['program', '48']]);
  });

  it('offers 简 · 繁 台 · 繁 港 · 原文, marks the current script and reports the chosen target', () => {
    const chosen: string[] = [];
    render(<PopupView t={en} model={model({ state: { status: 'ready', reply: { ...reply, converted: 'taiwan', repaired: 95 } } })} onConvert={(to) => chosen.push(to)} />);
    const buttons = [...screen.getByTestId('convert').querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['简', '繁 台', '繁 港', '原文']);
    // The accessible name starts with the visible text (WCAG 2.5.3), then says what it means.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['简 — Simplified', '繁 台 — Traditional (Taiwan)', '繁 港 — Traditional (Hong Kong)', '原文 — Original']);
    expect(buttons.find((b) => b.dataset.to === 'taiwan')!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('repaired').textContent).toBe('95 characters repaired');
    fireEvent.click(buttons[0]!);
    fireEvent.click(buttons[3]!);
    expect(chosen).toEqual(['simplified', 'original']);
  });

  it('switches highlight kinds, opens the sidebar, and changes the site settings', () => {
    const calls: unknown[] = [];
    render(
      <PopupView
        t={en}
        model={model({ site: { enabled: true, rule: 'hongkong' } })}
        onKind={(k, on) => calls.push(['kind', k, on])}
        onSidebar={(open) => calls.push(['sidebar', open])}
        onSiteEnabled={(on) => calls.push(['site', on])}
        onRule={(r) => calls.push(['rule', r])}
        onOptions={() => calls.push(['options'])}
      />,
    );
    const figure = document.querySelector<HTMLInputElement>('input[data-kind=figure]')!;
    expect(figure.checked).toBe(true);
    expect(figure.getAttribute('role')).toBe('switch');
    fireEvent.click(figure);
    const sidebar = screen.getByTestId('sidebar');
    expect(sidebar.textContent).toBe('Open the sidebar');
    fireEvent.click(sidebar);
    expect(screen.getByText('On hn.people.com.cn')).toBeTruthy();
    fireEvent.click(screen.getByTestId('site-enabled'));
    const rule = screen.getByTestId('site-rule') as HTMLSelectElement;
    expect(rule.value).toBe('hongkong');
    fireEvent.change(rule, { target: { value: 'simplified' } });
    fireEvent.change(rule, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('options'));
    expect(calls).toEqual([
      ['kind', 'figure', false], ['sidebar', true], ['site', false], ['rule', 'simplified'], ['rule', null], ['options'],
    ]);
  });

  it('says when the sidebar is open', () => {
    render(<PopupView t={en} model={model({ state: { status: 'ready', reply: { ...reply, sidebarOpen: true } } })} />);
    expect(screen.getByTestId('sidebar').textContent).toBe('Close the sidebar');
    expect(screen.getByTestId('sidebar').getAttribute('aria-pressed')).toBe('true');
  });

  it('offers "Annotate this page" on a page that is not an article', () => {
    const calls: string[] = [];
    const notArticle: StateReply = { ...reply, isArticle: false, title: null, page: { ...reply.page, isArticle: false } };
    render(<PopupView t={en} model={model({ state: { status: 'ready', reply: notArticle } })} onAnnotatePage={() => calls.push('annotate')} />);
    expect(screen.getByTestId('state').textContent).toBe('Not an article');
    expect(screen.queryByTestId('convert')).toBeNull();
    fireEvent.click(screen.getByTestId('annotate-page'));
    expect(calls).toEqual(['annotate']);
  });

  it('offers it too where no content script answers, but not on browser pages', () => {
    render(<PopupView t={en} model={model({ state: { status: 'unavailable' }, host: 'example.org', site: null })} />);
    expect(screen.getByTestId('state').textContent).toMatch(/Not a news page/);
    expect(screen.getByTestId('annotate-page')).toBeTruthy();
    cleanup();
    render(<PopupView t={en} model={model({ state: { status: 'unavailable' }, host: null, web: false, site: null })} />);
    expect(screen.getByTestId('state').textContent).toBe('Kanbao cannot run on this page.');
    expect(screen.queryByTestId('annotate-page')).toBeNull();
  });

  it('says when Kanbao is off on the site, and shows no page controls', () => {
    render(<PopupView t={en} model={model({ site: { enabled: false, rule: null } })} />);
    expect(screen.getByTestId('state').textContent).toBe('Kanbao is off on this site.');
    expect(screen.queryByTestId('convert')).toBeNull();
    expect(screen.queryByTestId('annotate-page')).toBeNull();
    expect((screen.getByTestId('site-enabled') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('site-rule') as HTMLSelectElement).disabled).toBe(true);
  });

  it('marks forced pages, and shows errors as alerts', () => {
    const forced: StateReply = { ...reply, page: { ...reply.page, signals: ['dom:weak', 'forced'] } };
    render(<PopupView t={en} model={model({ state: { status: 'ready', reply: forced }, error: 'Could not annotate this page: no' })} />);
    expect(screen.getByTestId('state').textContent).toBe('Annotated on request');
    expect(screen.getByRole('alert').textContent).toBe('Could not annotate this page: no');
  });

  it('is usable from the keyboard: every control is a native, focusable element with a name', () => {
    render(<PopupView t={en} model={model()} />);
    const controls = [...document.querySelectorAll('button, input, select')];
    expect(controls.length).toBe(1 + 3 + 4 + 1 + 1 + 2); // options, kinds, convert, sidebar, clear, site switch + rule
    for (const c of controls) {
      expect(c.getAttribute('tabindex')).toBeNull();
      expect((c as HTMLButtonElement).disabled).toBe(false);
      const name = c.getAttribute('aria-label') ?? c.closest('label')?.textContent ?? c.textContent;
      expect(name?.trim(), c.outerHTML.slice(0, 60)).toBeTruthy();
    }
  });

  it('speaks Traditional Chinese when given its strings', async () => {
    const { translatorFor } = await import('@/lib/i18n/t');
    const { messages } = await import('./helpers');
    render(<PopupView t={translatorFor(messages('zh_TW'))} model={model()} />);
    expect(screen.getByTestId('state').textContent).toBe('已識別為文章');
    expect(screen.getByTestId('sidebar').textContent).toBe('開啟側欄');
  });
});

describe('queryActiveTabState', () => {
  it('asks the active tab with a kanbao/state message', async () => {
    const tab = await fakeBrowser.tabs.create({ url: SEED_URL, active: true });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    await expect(queryActiveTabState()).resolves.toEqual({ status: 'ready', reply });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'kanbao/state' });
  });
  it('reports unavailable when no content script answers', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(queryActiveTabState()).resolves.toEqual({ status: 'unavailable' });
  });
});

describe('PopupApp (with the fake browser)', () => {
  /** A tab whose content script answers like the annotator, recording what it was sent. */
  async function seedTab(initial: StateReply = reply) {
    const tab = await fakeBrowser.tabs.create({ url: SEED_URL, active: true });
    let state = initial;
    const sent: Request[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: Request) => {
      sent.push(msg);
      if (msg.type === 'kanbao/convert') state = { ...state, converted: msg.to };
      if (msg.type === 'kanbao/highlights') state = { ...state, kinds: { ...state.kinds, ...msg.kinds } };
      if (msg.type === 'kanbao/sidebar') state = { ...state, sidebarOpen: msg.open };
      if (msg.type === 'kanbao/clear') state = { ...state, annotated: false, converted: 'original', sidebarOpen: false };
      if (msg.type === 'kanbao/annotate-page') state = { ...state, annotated: true };
      return state;
    }) as never);
    return { tab, sent };
  }

  it('shows the tab state and sends each button press to the tab', async () => {
    const { sent } = await seedTab();
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('state').dataset.article).toBe('true'));
    expect(screen.getByTestId('outlet').textContent).toBe("人民网 People's Daily");
    fireEvent.click(screen.getByRole('button', { name: '简 — Simplified' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '简 — Simplified' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(document.querySelector('input[data-kind=figure]')!);
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[data-kind=figure]')!.checked).toBe(false));
    fireEvent.click(screen.getByTestId('sidebar'));
    await waitFor(() => expect(screen.getByTestId('sidebar').textContent).toBe('Close the sidebar'));
    expect(sent).toEqual([
      { type: 'kanbao/state' },
      { type: 'kanbao/convert', to: 'simplified' },
      { type: 'kanbao/highlights', kinds: { figure: false } },
      { type: 'kanbao/sidebar', open: true },
    ]);
  });

  it('restores the page with kanbao/clear, then offers to annotate it again', async () => {
    const { sent } = await seedTab({ ...reply, converted: 'taiwan', sidebarOpen: true });
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('clear').textContent).toBe('Restore the page as it loaded'));
    expect(screen.queryByTestId('reannotate')).toBeNull();
    fireEvent.click(screen.getByTestId('clear'));
    await waitFor(() => expect(screen.getByTestId('reannotate').textContent).toBe('Annotate again'));
    expect(screen.getByRole('button', { name: '原文 — Original' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('reannotate'));
    await waitFor(() => expect(screen.getByTestId('clear')).toBeTruthy());
    expect(sent.slice(1)).toEqual([{ type: 'kanbao/clear' }, { type: 'kanbao/annotate-page' }]);
  });

  it('turns annotation off on the site: stores it and reloads the tab', async () => {
    const { tab } = await seedTab();
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockImplementation((async () => {
      await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab as never);
    }) as never);
    render(<PopupApp />);
    await waitFor(() => expect((screen.getByTestId('site-enabled') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByTestId('site-enabled'));
    await waitFor(() => expect(reload).toHaveBeenCalledWith(tab.id));
    await waitFor(async () => expect((await getSettings()).sites.off).toEqual(['hn.people.com.cn']));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('Kanbao is off on this site.'));
  });

  it('shows the switch off for a site switched off before, and its rule', async () => {
    await saveSettings({ ...setSiteEnabled(defaultSettings(), 'hn.people.com.cn', false) });
    await seedTab();
    render(<PopupApp />);
    await waitFor(() => expect((screen.getByTestId('site-enabled') as HTMLInputElement).checked).toBe(false));
  });

  it('sets automatic conversion for the site and converts at once', async () => {
    const { sent } = await seedTab();
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('site-rule')).toBeTruthy());
    fireEvent.change(screen.getByTestId('site-rule'), { target: { value: 'hongkong' } });
    await waitFor(async () => expect((await getSettings()).conversion.rules).toEqual({ 'hn.people.com.cn': 'hongkong' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'kanbao/convert', to: 'hongkong' }));
  });

  it('annotates a page that is not recognised: loads the annotator, then asks it to read the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/news/1.html', active: true });
    const forced: StateReply = { ...reply, site: null, page: { ...reply.page, site: null, signals: ['dom:weak', 'forced'] } };
    const sent: Request[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: Request) => {
      sent.push(msg);
      if (msg.type === 'kanbao/annotate-page') return forced;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('annotate-page')).toBeTruthy());
    fireEvent.click(screen.getByTestId('annotate-page'));
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('Annotated on request'));
    expect(exec).toHaveBeenCalledWith({ target: { tabId: tab.id, frameIds: [0] }, files: ['/content-scripts/news.js'] });
    expect(sent.at(-1)).toEqual({ type: 'kanbao/annotate-page' });
    expect(screen.getByTestId('convert')).toBeTruthy();
  });

  it('says why a page could not be annotated', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('annotate-page')).toBeTruthy());
    fireEvent.click(screen.getByTestId('annotate-page'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not annotate this page: Cannot access contents of the page'));
  });

  it('opens the options page', async () => {
    await seedTab();
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<PopupApp />);
    fireEvent.click(screen.getByTestId('options'));
    expect(open).toHaveBeenCalled();
    expect(close).toHaveBeenCalled();
  });
});
