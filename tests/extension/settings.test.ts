import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '@/lib/core/settings/schema';
import {
  LEGACY_KEYS, SETTINGS_KEY, SYNC_FAILED_KEY, autoConvertBySite, chunkString, loadSettings, quoteStyle, reassemble,
  saveSettings, scriptChoiceBySite, updateSettings, watchSettings,
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

  it('saves to sync and reads back from it, with a local copy and the sidebar items mirrored', async () => {
    const s: Settings = { ...defaultSettings(), sidebar: { autoOpen: true, mode: 'overlay' } };
    expect(await saveSettings(s)).toEqual({ area: 'sync' });
    const loaded = await loadSettings();
    expect(loaded.source).toBe('sync');
    expect(loaded.settings).toEqual(s);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local[SETTINGS_KEY]).toEqual({ version: 2, ...s });
    expect(local[LEGACY_KEYS.sidebarMode]).toBe('overlay');
    expect(local[LEGACY_KEYS.sidebarAutoOpen]).toBe(true);
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

  it('migrates the version-1 items (0.1) on first read, and drops the old conversion items on save', async () => {
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
    expect(local[LEGACY_KEYS.sidebarMode]).toBe('overlay'); // still read by the sidebar
    expect((await loadSettings()).source).toBe('sync');
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

describe('what the conversion code reads', () => {
  it('gives the page its automatic target: rule, else last choice, else default', async () => {
    vi.stubGlobal('location', { hostname: 'hn.people.com.cn' });
    vi.stubGlobal('navigator', { languages: ['zh-HK'] });
    expect(await autoConvertBySite.getValue()).toEqual({});
    await saveSettings({ ...defaultSettings(), conversion: { ...defaultSettings().conversion, defaultTarget: 'traditional' } });
    expect(await autoConvertBySite.getValue()).toEqual({ 'hn.people.com.cn': 'hongkong' });
    await scriptChoiceBySite.setValue({ 'hn.people.com.cn': 'simplified' });
    expect(await autoConvertBySite.getValue()).toEqual({ 'hn.people.com.cn': 'simplified' });
    await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, rules: { 'people.com.cn': 'original' } } }));
    expect(await autoConvertBySite.getValue()).toEqual({ 'hn.people.com.cn': 'original' });
  });
  it('gives the quote style', async () => {
    expect(await quoteStyle.getValue()).toBeNull();
    await updateSettings((s) => ({ ...s, conversion: { ...s.conversion, quotes: 'corner' } }));
    expect(await quoteStyle.getValue()).toBe('corner');
  });
});
