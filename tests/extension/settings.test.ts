import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { automaticTarget, defaultSettings, type Settings } from '@/lib/core/settings';
import {
  LEGACY_KEYS, SETTINGS_KEY, SYNC_FAILED_KEY, chunkString, lastScriptChoice, loadSettings, openLiveSettings, reassemble,
  rememberScriptChoice, saveSettings, scriptChoiceBySite, sidebarOpenOn, sidebarWidth, updateSettings, watchSettings,
} from '@/lib/settings';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const withOverrides = (n: number): Settings => ({
  ...defaultSettings(),
  overrides: Array.from({ length: n }, (_, i) => ({ from: `中华人民共和国国务院第${i}号令`, to: `中華人民共和國國務院第${i}號令` })),
});

/** Chrome's sync quota per item: the UTF-8 JSON of the value plus the key. */
const itemBytes = (key: string, value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8') + key.length;

describe('the settings store', () => {
  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null, source: 'default', syncFailed: false });
  });

  it('saves to sync and reads back from it, with a local copy and no copies of single settings', async () => {
    const s: Settings = { ...defaultSettings(), sidebar: { autoOpen: true, mode: 'overlay' } };
    expect(await saveSettings(s)).toEqual({ area: 'sync' });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('sync');
    expect(loaded.settings).toEqual(s);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local[SETTINGS_KEY]).toEqual({ version: 2, ...s });
    // The sidebar reads settings.sidebar: nothing is mirrored into the keys it once read.
    expect(local[LEGACY_KEYS.sidebarMode]).toBeUndefined();
    expect(local[LEGACY_KEYS.sidebarAutoOpen]).toBeUndefined();
  });

  it('splits a large document into chunks that each fit sync\'s 8 KB item quota', async () => {
    const s = withOverrides(400);
    await saveSettings(s);
    const sync = await fakeBrowser.storage.sync.get(null);
    const chunks = Object.keys(sync).filter((k) => k.startsWith('settings.'));
    expect(chunks.length).toBeGreaterThan(3);
    for (const [k, v] of Object.entries(sync)) expect(itemBytes(k, v), k).toBeLessThanOrEqual(8192);
    expect((await loadSettings()).settings).toEqual(s);
    // Shrinking it removes the chunks it no longer needs.
    await saveSettings(defaultSettings());
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['settings', 'settings.0']);
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });

  it('keeps the settings on this device when sync refuses them, and reads the local copy until sync takes them again', async () => {
    await saveSettings(defaultSettings());
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const big = withOverrides(3);
    expect(await saveSettings(big)).toEqual({ area: 'local' });
    expect((await fakeBrowser.storage.local.get(SYNC_FAILED_KEY))[SYNC_FAILED_KEY]).toBe(true);
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ settings: big, source: 'local', syncFailed: true });
    set.mockRestore();
    expect(await saveSettings(big)).toEqual({ area: 'sync' });
    expect(await loadSettings()).toMatchObject({ source: 'sync', syncFailed: false });
  });

  it('falls back to local storage when sync is unavailable (Firefox with sync disabled)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
    const s = { ...defaultSettings(), overrides: [{ from: '台湾', to: '臺灣' }] };
    expect(await saveSettings(s)).toEqual({ area: 'local' });
    expect(await loadSettings()).toMatchObject({ settings: s, source: 'local', syncFailed: true });
  });

  it('reads the local copy when the synced chunks are torn', async () => {
    const s = withOverrides(400);
    await saveSettings(s);
    await fakeBrowser.storage.sync.remove('settings.1');
    expect(await loadSettings()).toMatchObject({ settings: s, source: 'local' });
  });

  it('migrates the version-1 items (0.1) on first read, and drops them on save', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_KEYS.autoConvertBySite]: { 'hn.people.com.cn': 'simplified' },
      [LEGACY_KEYS.quoteStyle]: 'corner',
      [LEGACY_KEYS.sidebarMode]: 'overlay',
      [LEGACY_KEYS.sidebarAutoOpen]: true,
    });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('legacy');
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.settings.conversion.rules).toEqual({ 'hn.people.com.cn': 'simplified' });
    expect(loaded.settings.conversion.quotes).toBe('corner');
    expect(loaded.settings.sidebar).toEqual({ autoOpen: true, mode: 'overlay' });
    await saveSettings(loaded.settings);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local[LEGACY_KEYS.autoConvertBySite]).toBeUndefined();
    expect(local[LEGACY_KEYS.quoteStyle]).toBeUndefined();
    expect(local[LEGACY_KEYS.sidebarMode]).toBeUndefined();
    expect(local[LEGACY_KEYS.sidebarAutoOpen]).toBeUndefined();
    expect(await loadSettings()).toMatchObject({ source: 'sync', settings: loaded.settings });
  });

  it('repairs a damaged stored document field by field', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, sidebar: { mode: 'sideways', autoOpen: true } } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = await loadSettings();
    expect(loaded.settings.sidebar).toEqual({ mode: 'reflow', autoOpen: true });
    expect(loaded.problems).toEqual([{ path: 'sidebar.mode', expected: 'reflow or overlay' }]);
  });

  it('updates in one step and tells watchers', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    const r = await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, defaultTarget: 'simplified' } }));
    expect(r.area).toBe('sync');
    expect((await loadSettings()).settings.conversion.defaultTarget).toBe('simplified');
    expect(seen).toHaveBeenCalled();
    stop();
    seen.mockClear();
    await updateSettings((s) => s);
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('chunks', () => {
  it('never splits a surrogate pair, and joins back to the original', () => {
    const s = `a${'𠮷'.repeat(5)}b`;
    for (const size of [1, 2, 3, 4]) {
      const parts = chunkString(s, size);
      expect(parts.join('')).toBe(s);
      for (const p of parts) expect(p.length > 0 && !/[\ud800-\udbff]$/.test(p)).toBe(true);
    }
    expect(chunkString('')).toEqual([]);
  });
  it('reassembles only a complete set', () => {
    expect(reassemble({ settings: { chunks: 2 }, 'settings.0': '{"a"', 'settings.1': ':1}' })).toEqual({ a: 1 });
    expect(reassemble({ settings: { chunks: 2 }, 'settings.0': '{"a"' })).toBeUndefined();
    expect(reassemble({ settings: { chunks: 1 }, 'settings.0': '{"a"' })).toBeUndefined();
    expect(reassemble({ settings: 'x' })).toBeUndefined();
    expect(reassemble({})).toBeUndefined();
  });
});

describe('settings kept live for a page', () => {
  it('gives the page its automatic target: rule, else last choice, else default', async () => {
    const site = 'hn.people.com.cn';
    const target = async () => automaticTarget((await openLiveSettings()).current, site, await lastScriptChoice(site), ['zh-HK']);
    expect(await target()).toBeNull();
    await saveSettings({ ...defaultSettings(), conversion: { ...defaultSettings().conversion, defaultTarget: 'traditional' } });
    expect(await target()).toBe('hongkong');
    await rememberScriptChoice(site, 'simplified');
    expect(await target()).toBe('simplified');
    await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, rules: { 'people.com.cn': 'original' } } }));
    expect(await target()).toBe('original');
  });

  it('reads the store once, then follows changes without reading it per use', async () => {
    const live = await openLiveSettings();
    expect(live.current.conversion.quotes).toBeNull();
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    for (let i = 0; i < 5; i++) expect(live.current.conversion.quotes).toBeNull();
    expect(reads).not.toHaveBeenCalled();
    const seen = vi.fn();
    live.subscribe(seen);
    await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, quotes: 'corner' } }));
    await vi.waitFor(() => expect(live.current.conversion.quotes).toBe('corner'));
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ conversion: expect.objectContaining({ quotes: 'corner' }) }));
    live.close();
    seen.mockClear();
    await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, quotes: 'curly' } }));
    await new Promise((r) => setTimeout(r, 0));
    expect(live.current.conversion.quotes).toBe('corner');
    expect(seen).not.toHaveBeenCalled();
  });

  it('stands in the defaults when storage cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    expect((await openLiveSettings()).current).toEqual(defaultSettings());
  });
});

describe('per-site state on this device', () => {
  it('keeps the last script choice per site under the key 0.1 used, and ignores damaged entries', async () => {
    await fakeBrowser.storage.local.set({ scriptChoiceBySite: { 'people.com.cn': 'taiwan', 'news.cn': 'klingon', 'gov.cn': 7 } });
    expect(await lastScriptChoice('people.com.cn')).toBe('taiwan');
    expect(await lastScriptChoice('news.cn')).toBeNull();
    expect(await lastScriptChoice('gov.cn')).toBeNull();
    expect(await lastScriptChoice('constructor')).toBeNull();
    await rememberScriptChoice('news.cn', 'simplified');
    expect((await fakeBrowser.storage.local.get('scriptChoiceBySite')).scriptChoiceBySite).toMatchObject({ 'people.com.cn': 'taiwan', 'news.cn': 'simplified' });
    expect(await scriptChoiceBySite.getValue()).toMatchObject({ 'news.cn': 'simplified' });
  });

  it('keeps the sidebar width and its open state per host under the keys 0.1 used', async () => {
    await fakeBrowser.storage.local.set({ sidebarWidth: 520, 'sidebarOpen:www.news.cn': true });
    expect(await sidebarWidth.getValue()).toBe(520);
    expect(await sidebarOpenOn('www.news.cn').getValue()).toBe(true);
    expect(await sidebarOpenOn('hn.people.com.cn').getValue()).toBeNull();
  });
});

/** What a browser that ran Kanbao 0.1 holds in local storage: WXT items, each with its version record. */
const STORE_V1 = {
  autoConvertBySite: { 'people.com.cn': 'taiwan', 'hn.people.com.cn': 'original', 'example.org': 'hongkong' },
  'autoConvertBySite$': { v: 1 },
  quoteStyle: 'corner',
  'quoteStyle$': { v: 1 },
  sidebarMode: 'overlay',
  'sidebarMode$': { v: 1 },
  sidebarAutoOpen: true,
  'sidebarAutoOpen$': { v: 1 },
  scriptChoiceBySite: { 'people.com.cn': 'hongkong', 'news.cn': 'simplified' },
  sidebarWidth: 480,
  'sidebarWidth$': { v: 1 },
  'sidebarOpen:politics.people.com.cn': true,
  'sidebarOpen:www.news.cn': false,
};

/** A version-2 document as saveSettings wrote it: every part away from its default. */
const DOC_V2: Settings & { version: number } = {
  version: 2,
  sites: { disabled: ['cctv.com'], user: [{ host: 'news.example.org', enabled: true }], off: ['hn.people.com.cn'], groups: ['government'] },
  highlights: { shown: { figure: true, date: false, program: true }, colours: { figure: '#d97706', date: null, program: '#2563eb' } },
  conversion: { defaultTarget: 'traditional', traditional: 'hongkong', quotes: 'curly', rules: { 'gov.cn': 'simplified', 'people.com.cn': 'taiwan' } },
  sidebar: { autoOpen: true, mode: 'overlay' },
  overrides: [{ from: '台湾', to: '臺灣' }, { from: '软件', to: '軟體' }],
  library: { paused: true, offHosts: ['gov.cn'] },
};

describe('stored settings of every earlier version', () => {
  it('version 1 (0.1\'s separate items): nothing lost, in the document or in the per-site state', async () => {
    await fakeBrowser.storage.local.set(STORE_V1);
    const loaded = await loadSettings();
    expect(loaded).toMatchObject({ source: 'legacy', migratedFrom: 1, problems: [] });
    const expected: Settings = {
      ...defaultSettings(),
      conversion: { ...defaultSettings().conversion, quotes: 'corner', rules: { 'example.org': 'hongkong', 'hn.people.com.cn': 'original', 'people.com.cn': 'taiwan' } },
      sidebar: { mode: 'overlay', autoOpen: true },
    };
    expect(loaded.settings).toEqual(expected);
    // The first save writes the document and drops the items (and WXT's records of them)…
    await saveSettings(loaded.settings);
    const local = await fakeBrowser.storage.local.get(null);
    for (const key of Object.values(LEGACY_KEYS)) {
      expect(local[key], key).toBeUndefined();
      expect(local[`${key}$`], `${key}$`).toBeUndefined();
    }
    expect(await loadSettings()).toMatchObject({ source: 'sync', migratedFrom: null, settings: expected });
    // …and the state that was never a setting stays where it was.
    expect(await lastScriptChoice('people.com.cn')).toBe('hongkong');
    expect(await lastScriptChoice('news.cn')).toBe('simplified');
    expect(await sidebarWidth.getValue()).toBe(480);
    expect(await sidebarOpenOn('politics.people.com.cn').getValue()).toBe(true);
    expect(await sidebarOpenOn('www.news.cn').getValue()).toBe(false);
  });

  it('version 2 with its mirrored sidebar keys: the document wins, and saving tidies the copies away', async () => {
    // 2's saves copied the sidebar settings into standalone keys; a stale copy must not matter.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: DOC_V2, sidebarMode: 'reflow', sidebarAutoOpen: false });
    const { version: _, ...settings } = DOC_V2;
    expect(await loadSettings()).toMatchObject({ source: 'local', migratedFrom: null, problems: [], settings });
    await saveSettings(settings);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.sidebarMode).toBeUndefined();
    expect(local.sidebarAutoOpen).toBeUndefined();
    expect(await loadSettings()).toMatchObject({ source: 'sync', settings });
  });

  it('version 2 synced from another computer in chunks reads whole', async () => {
    const json = JSON.stringify(DOC_V2);
    const half = Math.ceil(json.length / 2);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, chunks: 2 }, 'settings.0': json.slice(0, half), 'settings.1': json.slice(half) });
    const { version: _, ...settings } = DOC_V2;
    expect(await loadSettings()).toMatchObject({ source: 'sync', migratedFrom: null, problems: [], settings });
  });
});

describe('watching', () => {
  it('hears a change to the version-1 items, which are the settings while no document exists', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.local.set({ sidebarMode: 'overlay' });
    expect(seen).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ sidebarWidth: 300, scriptChoiceBySite: {} });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
  });
});
