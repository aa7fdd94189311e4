// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsView, type OptionsModel } from '@/components/options/OptionsView';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { SETTINGS_FORMAT, defaultSettings, exportSettings, type Settings } from '@/lib/core/settings';
import { LEGACY_KEYS, getSettings, loadSettings, saveSettings } from '@/lib/settings';
import { SITES } from '@/lib/core/sites/sites';
import { en, fakeI18n } from './helpers';

const FULL: Settings = {
  sites: { disabled: ['gov.cn'], user: [{ host: 'example.com', enabled: true }], off: ['hn.people.com.cn'], groups: ['central'] },
  highlights: { shown: { figure: true, date: false, program: true }, colours: { figure: '#ff0000', date: null, program: null } },
  conversion: { defaultTarget: 'simplified', traditional: 'hongkong', quotes: 'corner', rules: { 'news.cn': 'taiwan' } },
  sidebar: { autoOpen: true, mode: 'overlay' },
  overrides: [{ from: '台湾', to: '臺灣' }],
  library: { paused: false, offHosts: ['example.com'] },
};

/** Grants (or not) host permissions in the fake browser, which has no permissions API of its own. */
function fakePermissions(grant: boolean | ((origins: string[]) => boolean) = true) {
  const granted = new Set<string>();
  const decide = typeof grant === 'function' ? grant : () => grant;
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins?: string[] }) => {
    const ok = decide(p.origins ?? []);
    if (ok) for (const o of p.origins ?? []) granted.add(o);
    return ok;
  }) as never);
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => granted.has(o))) as never);
  for (const ev of ['onAdded', 'onRemoved'] as const) {
    vi.spyOn(fakeBrowser.permissions[ev], 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions[ev], 'removeListener').mockImplementation(() => {});
  }
  return { request, remove, granted };
}

function fakeCommands() {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'toggle-sidebar', description: 'Open or close the Kanbao sidebar', shortcut: 'Alt+Shift+S' },
    { name: 'toggle-highlights', description: 'Show or hide Kanbao highlights', shortcut: '' },
  ] as never);
}

/** Picks a file in the import control. */
function importFile(text: string, name = 'kanbao-settings.json') {
  const input = screen.getByTestId('import') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const ready = () => waitFor(() => expect(document.querySelector('main')!.dataset.ready).toBe('true'));
const status = () => screen.getByTestId('status').textContent;
const alertText = () => screen.getByTestId('alert').textContent;

beforeEach(() => {
  fakeI18n();
  fakeCommands();
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('OptionsView', () => {
  const model = (over: Partial<OptionsModel> = {}): OptionsModel => ({
    settings: FULL, localOnly: false, granted: { 'example.com': true }, commands: [], browser: 'chrome', autoTraditional: 'taiwan', status: null, ...over,
  });
  const noop = { onChange: () => {}, onAddSite: () => {}, onRemoveSite: () => {}, onAllowSite: () => {}, onExport: () => {}, onImport: () => {}, onShortcuts: () => {} };

  it('shows every setting as it is stored', () => {
    render(<OptionsView t={en} model={model()} actions={noop} />);
    const builtIn = [...document.querySelectorAll<HTMLInputElement>('[data-testid=builtin-sites] input')];
    expect(builtIn.map((i) => i.dataset.site)).toEqual(SITES.map((s) => s.id));
    expect(builtIn.filter((i) => !i.checked).map((i) => i.dataset.site)).toEqual(['gov.cn']);
    expect(screen.getByTestId('off-hosts').textContent).toContain('hn.people.com.cn');
    expect(screen.getByTestId('user-sites').textContent).toContain('example.com');
    expect((screen.getByTestId('show-date') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('colour-figure') as HTMLInputElement).value).toBe('#ff0000');
    expect((screen.getByTestId('colour-date') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('default-target') as HTMLSelectElement).value).toBe('simplified');
    expect((screen.getByTestId('traditional') as HTMLSelectElement).value).toBe('hongkong');
    expect((screen.getByTestId('quotes') as HTMLSelectElement).value).toBe('corner');
    expect(screen.getByTestId('rules').textContent).toContain('news.cn');
    expect((screen.getByTestId('auto-open') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('mode-overlay') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('overrides').textContent).toContain('臺灣');
    expect(screen.getByTestId('storage').textContent).toMatch(/sync storage/);
  });

  it('names the browser-language choice of Traditional', () => {
    render(<OptionsView t={en} model={model({ autoTraditional: 'hongkong' })} actions={noop} />);
    const auto = [...(screen.getByTestId('traditional') as HTMLSelectElement).options].find((o) => o.value === 'auto')!;
    expect(auto.textContent).toBe('Follow the browser language (now: Traditional (Hong Kong))');
  });

  it('checks a new site and a new override before handing them on', () => {
    const added: string[] = [];
    render(<OptionsView t={en} model={model()} actions={{ ...noop, onAddSite: (h) => added.push(h) }} />);
    const siteInput = screen.getByTestId('add-site').querySelector('input')!;
    for (const [typed, error] of [
      ['not a site', '“not a site” is not a site address such as example.com.'],
      ['https://www.people.com.cn/', 'people.com.cn is already built in.'],
      ['EXAMPLE.com', 'example.com is already in your list.'],
    ]) {
      fireEvent.input(siteInput, { target: { value: typed } });
      fireEvent.submit(screen.getByTestId('add-site'));
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(error);
    }
    fireEvent.input(siteInput, { target: { value: 'https://www.Example.org/news' } });
    fireEvent.submit(screen.getByTestId('add-site'));
    expect(added).toEqual(['example.org']);
  });

  it('lists the shortcuts with the browser\'s keys, and the way to change them', () => {
    const calls: string[] = [];
    const commands = [
      { name: 'toggle-sidebar', description: 'Open or close the Kanbao sidebar', shortcut: 'Alt+Shift+S' },
      { name: 'toggle-highlights', description: 'Show or hide Kanbao highlights', shortcut: '' },
    ];
    render(<OptionsView t={en} model={model({ commands, browser: 'firefox' })} actions={{ ...noop, onShortcuts: () => calls.push('open') }} />);
    const rows = [...screen.getByTestId('commands').querySelectorAll('tr')].map((r) => r.textContent);
    expect(rows).toEqual(['Open or close the Kanbao sidebarAlt+Shift+S', 'Show or hide Kanbao highlightsnot set']);
    expect(screen.getByText(/about:addons/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('change-shortcuts'));
    expect(calls).toEqual(['open']);
  });

  it('is usable from the keyboard: native controls, each with a name', () => {
    render(<OptionsView t={en} model={model()} actions={noop} />);
    for (const c of document.querySelectorAll('button, input, select, a')) {
      expect(c.getAttribute('tabindex')).toBeNull();
      const name = c.getAttribute('aria-label') ?? c.closest('label')?.textContent ?? c.textContent;
      expect(name?.trim(), c.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});

describe('OptionsApp (with the fake browser)', () => {
  it('saves each change to storage, where a fresh page reads it back (round trip)', async () => {
    fakePermissions();
    render(<OptionsApp />);
    await ready();
    fireEvent.click(document.querySelector('[data-site="gov.cn"]')!);
    await waitFor(() => expect(status()).toBe('Saved.'));
    fireEvent.change(screen.getByTestId('default-target'), { target: { value: 'traditional' } });
    fireEvent.click(screen.getByTestId('mode-overlay'));
    fireEvent.click(screen.getByTestId('show-program'));
    fireEvent.click(screen.getByTestId('own-colour-date'));
    const form = screen.getByTestId('add-override');
    const [from, to] = [...form.querySelectorAll('input')];
    fireEvent.input(from!, { target: { value: '台湾' } });
    fireEvent.input(to!, { target: { value: '臺灣' } });
    fireEvent.submit(form);
    const rule = screen.getByTestId('add-rule');
    fireEvent.input(rule.querySelector('input')!, { target: { value: 'www.news.cn' } });
    fireEvent.change(rule.querySelector('select')!, { target: { value: 'hongkong' } });
    fireEvent.submit(rule);
    const expected: Settings = {
      ...defaultSettings(),
      sites: { disabled: ['gov.cn'], user: [], off: [], groups: [] },
      highlights: { shown: { figure: true, date: true, program: false }, colours: { figure: null, date: '#0284c7', program: null } },
      conversion: { ...defaultSettings().conversion, defaultTarget: 'traditional', rules: { 'news.cn': 'hongkong' } },
      sidebar: { autoOpen: false, mode: 'overlay' },
      overrides: [{ from: '台湾', to: '臺灣' }],
    };
    await waitFor(async () => expect(await getSettings()).toEqual(expected));
    // The sidebar reads the layout from the document (checked above): no copy in a key of its own.
    expect((await fakeBrowser.storage.local.get(LEGACY_KEYS.sidebarMode))[LEGACY_KEYS.sidebarMode]).toBeUndefined();
    cleanup();
    render(<OptionsApp />);
    await ready();
    expect((document.querySelector('[data-site="gov.cn"]') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('mode-overlay') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('rules').textContent).toContain('news.cn');
  });

  it('exports every setting, and the file imports back on a fresh browser', async () => {
    await saveSettings(FULL);
    fakePermissions();
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:kanbao'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<OptionsApp />);
    await ready();
    fireEvent.click(screen.getByTestId('export'));
    expect(clicks[0]).toMatch(/^kanbao-settings-\d{4}-\d\d-\d\d\.json$/);
    expect(status()).toBe(`Settings saved to ${clicks[0]}.`);
    const text = await blob!.text();
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FORMAT, version: 2, settings: FULL });

    cleanup();
    fakeBrowser.reset();
    fakeI18n();
    fakeCommands();
    fakePermissions();
    render(<OptionsApp />);
    await ready();
    importFile(text);
    await waitFor(() => expect(status()).toBe('Settings imported.'));
    expect(await getSettings()).toEqual(FULL);
    // The imported site has no permission on this browser yet: the page offers to ask for it.
    await waitFor(() => expect(screen.getByTestId('allow').textContent).toBe('Allow access to example.com'));
  });

  for (const [name, text, message] of [
    ['not JSON', '{"format": "kanbao-settings", ', 'This file is not valid JSON. Nothing was changed.'],
    ['foreign', JSON.stringify({ version: 1, rules: [] }), 'This is not a Kanbao settings file. Nothing was changed.'],
    ['from a newer Kanbao', JSON.stringify({ format: SETTINGS_FORMAT, version: 9, settings: {} }),
      'This file comes from a newer Kanbao (settings version 9). Update Kanbao to import it. Nothing was changed.'],
    ['with a bad value', JSON.stringify({ format: SETTINGS_FORMAT, version: 2, settings: { ...FULL, sidebar: { mode: 'wide', autoOpen: true } } }),
      'This settings file has 1 bad value(s), the first at “sidebar.mode”. Nothing was changed.'],
    ['with no version', JSON.stringify({ format: SETTINGS_FORMAT, settings: {} }), 'This settings file has no valid version number. Nothing was changed.'],
  ] as const) {
    it(`refuses a file ${name} with a clear message and changes nothing`, async () => {
      await saveSettings(FULL);
      fakePermissions();
      const before = { local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) };
      render(<OptionsApp />);
      await ready();
      importFile(text);
      await waitFor(() => expect(alertText()).toBe(message));
      expect({ local: await fakeBrowser.storage.local.get(null), sync: await fakeBrowser.storage.sync.get(null) }).toEqual(before);
      expect((screen.getByTestId('mode-overlay') as HTMLInputElement).checked).toBe(true);
    });
  }

  it('imports a version-1 file through its migration, and says so', async () => {
    fakePermissions();
    render(<OptionsApp />);
    await ready();
    importFile(JSON.stringify({ format: SETTINGS_FORMAT, version: 1, settings: { autoConvertBySite: { 'news.cn': 'simplified' }, quoteStyle: 'curly' } }));
    await waitFor(() => expect(status()).toBe('Settings imported (updated from settings version 1).'));
    const s = await getSettings();
    expect(s.conversion.rules).toEqual({ 'news.cn': 'simplified' });
    expect(s.conversion.quotes).toBe('curly');
  });

  it('shows the settings an older version stored, migrated (0.1\'s separate items)', async () => {
    fakePermissions();
    await fakeBrowser.storage.local.set({
      [LEGACY_KEYS.autoConvertBySite]: { 'hn.people.com.cn': 'taiwan' },
      [LEGACY_KEYS.sidebarMode]: 'overlay',
      [LEGACY_KEYS.sidebarAutoOpen]: true,
    });
    render(<OptionsApp />);
    await ready();
    expect((screen.getByTestId('mode-overlay') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('auto-open') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('rules').textContent).toContain('hn.people.com.cn');
    // The first change writes the current version; the old conversion item is gone.
    fireEvent.click(screen.getByTestId('auto-open'));
    await waitFor(async () => expect((await loadSettings()).source).toBe('sync'));
    expect((await fakeBrowser.storage.local.get(LEGACY_KEYS.autoConvertBySite))[LEGACY_KEYS.autoConvertBySite]).toBeUndefined();
    expect((await getSettings()).conversion.rules).toEqual({ 'hn.people.com.cn': 'taiwan' });
  });

  it('adds a site only when the browser grants its permission, and gives the permission back on removal', async () => {
    const perms = fakePermissions((origins) => !origins.includes('*://*.denied.org/*'));
    render(<OptionsApp />);
    await ready();
    const form = screen.getByTestId('add-site');
    fireEvent.input(form.querySelector('input')!, { target: { value: 'denied.org' } });
    fireEvent.submit(form);
    await waitFor(() => expect(alertText()).toBe('Access to denied.org was not allowed, so the site was not added.'));
    expect((await getSettings()).sites.user).toEqual([]);

    fireEvent.input(form.querySelector('input')!, { target: { value: 'https://news.example.org/a.html' } });
    fireEvent.submit(form);
    await waitFor(async () => expect((await getSettings()).sites.user).toEqual([{ host: 'news.example.org', enabled: true }]));
    expect(perms.request).toHaveBeenLastCalledWith({ origins: ['*://*.news.example.org/*'] });
    expect(perms.granted.has('*://*.news.example.org/*')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example.org' }));
    await waitFor(() => expect(perms.remove).toHaveBeenCalledWith({ origins: ['*://*.news.example.org/*'] }));
    expect((await getSettings()).sites.user).toEqual([]);
  });

  it('turns a host switched off from the popup back on', async () => {
    await saveSettings({ ...defaultSettings(), sites: { disabled: [], user: [], off: ['hn.people.com.cn'], groups: [] } });
    fakePermissions();
    render(<OptionsApp />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Turn hn.people.com.cn back on' }));
    await waitFor(async () => expect((await getSettings()).sites.off).toEqual([]));
  });

  it('opens Chrome\'s shortcut page, or Firefox\'s shortcut settings', async () => {
    fakePermissions();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<OptionsApp browserName="chrome" />);
    await ready();
    await waitFor(() => expect(screen.getByTestId('commands').textContent).toContain('Alt+Shift+S'));
    fireEvent.click(screen.getByTestId('change-shortcuts'));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    cleanup();
    const open = vi.fn(async () => {});
    (fakeBrowser.commands as unknown as { openShortcutSettings: () => Promise<void> }).openShortcutSettings = open;
    render(<OptionsApp browserName="firefox" />);
    await ready();
    fireEvent.click(screen.getByTestId('change-shortcuts'));
    expect(open).toHaveBeenCalled();
    delete (fakeBrowser.commands as unknown as { openShortcutSettings?: unknown }).openShortcutSettings;
  });

  it('says when settings stay on this device', async () => {
    fakePermissions();
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled'));
    render(<OptionsApp />);
    await ready();
    await waitFor(() => expect(screen.getByTestId('storage').textContent).toBe('Settings are kept on this device.'));
    fireEvent.click(screen.getByTestId('auto-open'));
    await waitFor(() => expect(status()).toMatch(/^Saved on this device only/));
    expect(exportSettings(await getSettings())).toContain('"autoOpen": true');
  });
});
