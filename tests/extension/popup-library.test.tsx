// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordState } from '@/components/popup/LibraryLine';
import { PopupView, type PopupModel } from '@/components/popup/PopupView';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { defaultSettings, setRecordingEnabled } from '@/lib/core/settings';
import type { LibraryStatus } from '@/lib/messaging';
import { getSettings, saveSettings } from '@/lib/settings';
import { SEED_URL, en, fakeI18n, fakeWindows, seedReply as reply } from './helpers';

/** The popup's library line: recorded or why not, "Open library", and "Record this site". */
const model = (over: Partial<PopupModel> = {}): PopupModel => ({
  state: { status: 'ready', reply },
  outlet: null,
  host: 'hn.people.com.cn',
  web: true,
  site: { enabled: true, rule: null },
  busy: false,
  error: null,
  library: { state: 'recorded', siteOn: true },
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

describe('the library line (PopupView)', () => {
  it('says whether the page was recorded, or why not', () => {
    const lines: Record<string, string> = {
      recorded: 'Recorded in your library',
      pending: 'Not recorded yet',
      paused: 'Not recorded: paused',
      'site-off': 'Not recorded: switched off on this site',
      private: 'Not recorded: private window',
    };
    for (const [state, text] of Object.entries(lines)) {
      render(<PopupView t={en} model={model({ library: { state: state as never, siteOn: true } })} />);
      expect(screen.getByTestId('library-state').textContent).toBe(text);
      expect(screen.getByTestId('library-state').dataset.state).toBe(state);
      cleanup();
    }
  });
  it('offers "Open library" everywhere, but no record line on a page that is not an article', () => {
    render(<PopupView t={en} model={model({ state: { status: 'ready', reply: { ...reply, isArticle: false } } })} />);
    expect(screen.queryByTestId('library-state')).toBeNull();
    expect(screen.getByTestId('open-library').textContent).toBe('Open library');
  });
  it('reports the buttons and the switch, as native controls with names', () => {
    const opened: number[] = [];
    const site: boolean[] = [];
    render(<PopupView t={en} model={model()} onOpenLibrary={() => opened.push(1)} onRecordSite={(on) => site.push(on)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    const sw = screen.getByRole('switch', { name: 'Record this site' }) as HTMLInputElement;
    expect(sw.checked).toBe(true);
    fireEvent.click(sw);
    expect(opened).toEqual([1]);
    expect(site).toEqual([false]);
  });
  it('chooses the reason in order: private window, recorded, paused, site switched off, not yet', () => {
    expect(recordState({ recorded: true, paused: false, siteOff: false }, true)).toBe('private');
    expect(recordState({ recorded: true, paused: true, siteOff: true }, false)).toBe('recorded');
    expect(recordState({ recorded: false, paused: true, siteOff: true }, false)).toBe('paused');
    expect(recordState({ recorded: false, paused: false, siteOff: true }, false)).toBe('site-off');
    expect(recordState({ recorded: false, paused: false, siteOff: false }, false)).toBe('pending');
  });
});

describe('the library line (PopupApp with the fake browser)', () => {
  /** The seed article in the active tab, and a background that answers the library's status. */
  async function seed(answers: LibraryStatus[], incognito = false) {
    const tab = await fakeBrowser.tabs.create({ url: SEED_URL, active: true });
    if (incognito) {
      const get = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
      vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: object) => (await get(q as never)).map((t) => ({ ...t, incognito: true }))) as never);
    }
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    const asked: unknown[] = [];
    let i = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { type: string }) => {
      asked.push(msg);
      if (msg.type === 'kanbao/library/status') return answers[Math.min(i++, answers.length - 1)];
      return { ok: true };
    }) as never);
    return { tab, asked };
  }

  it('asks the background about this page until the record has landed', async () => {
    const { asked } = await seed([
      { recorded: false, paused: false, siteOff: false },
      { recorded: true, paused: false, siteOff: false },
    ]);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('library-state').dataset.state).toBe('recorded'));
    expect(asked).toContainEqual({ type: 'kanbao/library/status', url: SEED_URL });
  });
  it('says a private window is never recorded', async () => {
    await seed([{ recorded: false, paused: false, siteOff: false }], true);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('library-state').dataset.state).toBe('private'));
  });
  it('switches recording off on this site and says so', async () => {
    let off = false;
    await seed([]);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => ({ recorded: false, paused: false, siteOff: off })) as never);
    render(<PopupApp />);
    await waitFor(() => expect((screen.getByTestId('record-site') as HTMLInputElement).checked).toBe(true));
    off = true;
    fireEvent.click(screen.getByTestId('record-site'));
    await waitFor(async () => expect((await getSettings()).library.offHosts).toEqual(['hn.people.com.cn']));
    await waitFor(() => expect((screen.getByTestId('record-site') as HTMLInputElement).checked).toBe(false));
    await waitFor(() => expect(screen.getByTestId('library-state').dataset.state).toBe('site-off'));
  });
  it('shows the switch off for a site switched off before (by its domain), and switches it back on', async () => {
    await saveSettings(setRecordingEnabled(defaultSettings(), 'people.com.cn', false));
    await seed([{ recorded: false, paused: false, siteOff: true }]);
    render(<PopupApp />);
    await waitFor(() => expect((screen.getByTestId('record-site') as HTMLInputElement).checked).toBe(false));
    fireEvent.click(screen.getByTestId('record-site'));
    await waitFor(async () => expect((await getSettings()).library.offHosts).toEqual([]));
  });
  it('says nothing about the library for a page read only on request (never recorded), and does not ask', async () => {
    const { asked } = await seed([{ recorded: false, paused: false, siteOff: false }]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ...reply, page: { ...reply.page, signals: [...reply.page.signals, 'forced'] } } as never);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('Annotated on request'));
    expect(screen.queryByTestId('library-state')).toBeNull();
    expect(asked.filter((m) => (m as { type: string }).type === 'kanbao/library/status')).toEqual([]);
  });
  it('opens the library through the background and closes the popup', async () => {
    const { asked } = await seed([{ recorded: true, paused: false, siteOff: false }]);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('library-state').dataset.state).toBe('recorded'));
    fireEvent.click(screen.getByTestId('open-library'));
    expect(asked).toContainEqual({ type: 'kanbao/library/open' });
    expect(close).toHaveBeenCalled();
  });
});
