// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibrarySection } from '@/components/options/LibrarySection';
import { SidebarView } from '@/components/sidebar/SidebarView';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { defaultSettings, setRecordingEnabled, type Settings } from '@/lib/core/settings';
import type { SidebarModel } from '@/lib/core/sidebar';
import { getSettings, saveSettings } from '@/lib/settings';
import { en, fakeI18n } from './helpers';

/** The library's controls outside the popup: the options page's Library section and the sidebar's link. */
beforeEach(() => fakeI18n());
afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function section(settings: Settings) {
  const changes: Settings[] = [];
  const opened: number[] = [];
  render(<LibrarySection t={en} settings={settings} onChange={(s) => changes.push(s)} onOpenLibrary={() => opened.push(1)} />);
  return { changes, opened };
}

describe('the options page\'s Library section', () => {
  it('pauses recording', () => {
    const { changes } = section(defaultSettings());
    const pause = screen.getByRole('switch', { name: 'Pause recording' }) as HTMLInputElement;
    expect(pause.checked).toBe(false);
    fireEvent.click(pause);
    expect(changes.map((s) => s.library)).toEqual([{ paused: true, offHosts: [] }]);
  });
  it('lists the sites switched off, and records one again', () => {
    const { changes } = section(setRecordingEnabled(setRecordingEnabled(defaultSettings(), 'gov.cn', false), 'news.cn', false));
    expect([...document.querySelectorAll('[data-host]')].map((li) => li.getAttribute('data-host'))).toEqual(['gov.cn', 'news.cn']);
    fireEvent.click(screen.getByRole('button', { name: 'Record again: gov.cn' }));
    expect(changes.map((s) => s.library.offHosts)).toEqual([['news.cn']]);
  });
  it('says when no site is switched off', () => {
    section(defaultSettings());
    expect(screen.getByTestId('library-off-none').textContent).toBe('None: articles on every site are recorded.');
  });
  it('switches a typed site off, in host form, and refuses what is no host', () => {
    const { changes } = section(defaultSettings());
    const form = screen.getByTestId('library-add');
    const input = form.querySelector('input')!;
    fireEvent.input(input, { target: { value: 'not a host' } });
    fireEvent.submit(form);
    expect(screen.getByRole('alert').textContent).toBe('Enter a host name such as example.com.');
    expect(changes).toEqual([]);
    fireEvent.input(input, { target: { value: 'https://www.Example.com/news/' } });
    fireEvent.submit(form);
    expect(changes.map((s) => s.library.offHosts)).toEqual([['example.com']]);
  });
  it('opens the library', () => {
    const { opened } = section(defaultSettings());
    fireEvent.click(screen.getByRole('button', { name: 'Open the library' }));
    expect(opened).toEqual([1]);
  });
  it('in the options page: saves the pause, and asks the background to open the library', async () => {
    await saveSettings(defaultSettings());
    // The fake browser has neither commands nor permission events of its own.
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([] as never);
    for (const ev of ['onAdded', 'onRemoved'] as const) {
      vi.spyOn(fakeBrowser.permissions[ev], 'addListener').mockImplementation(() => {});
      vi.spyOn(fakeBrowser.permissions[ev], 'removeListener').mockImplementation(() => {});
    }
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    render(<OptionsApp browserName="chrome" />);
    await waitFor(() => expect(screen.getByTestId('library-paused')).toBeTruthy());
    fireEvent.click(screen.getByTestId('library-paused'));
    await waitFor(async () => expect((await getSettings()).library.paused).toBe(true));
    fireEvent.click(screen.getByTestId('open-library'));
    expect(send).toHaveBeenCalledWith({ type: 'kanbao/library/open' });
  });
});

describe('the sidebar\'s "Open in library"', () => {
  const model = {
    article: { title: '標題', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [], printEdition: null, outlet: null },
    figures: [], programs: [], analysis: null,
  } as unknown as SidebarModel;
  const props = { analysis: { state: 'ready' as const }, t: en, width: 400, onActivate: vi.fn(), onClose: vi.fn(), onResize: vi.fn(), onExport: vi.fn() };

  it('is shown on an article when the library can be opened, and asks for it', () => {
    const open = vi.fn();
    render(<SidebarView {...props} model={model} onOpenLibrary={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in library' }));
    expect(open).toHaveBeenCalledTimes(1);
  });
  it('is absent without a library, and on a page that is not an article', () => {
    render(<SidebarView {...props} model={model} />);
    expect(screen.queryByTestId('open-in-library')).toBeNull();
    cleanup();
    render(<SidebarView {...props} model={null} onOpenLibrary={vi.fn()} />);
    expect(screen.queryByTestId('open-in-library')).toBeNull();
  });
});
