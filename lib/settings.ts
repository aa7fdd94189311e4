import { automaticTarget, defaultSettings, type Problem, readStoredSettings, type Settings, siteKey, toStored } from './core/settings';
import type { QuoteStyle, ScriptTarget } from './messaging';

/**
 * Where Kanbao keeps its preferences (issue 6 item 2): one versioned document (shape, checks
 * and migrations in lib/core/settings) in `storage.sync`, so it follows the reader to
 * a new computer, with a full copy in `storage.local` that is used when sync is unavailable,
 * refuses the write (its per-item and total quotas) or holds nothing yet.
 *
 * Sync allows 8 KB per item, and a document with many overrides in Chinese is larger, so it is
 * written as a header plus string chunks, all in one `set` (one write operation of the 120 a
 * minute sync allows).
 *
 * Per-site memory that is state rather than preference (the last script choice per site, the
 * sidebar's width and open state) stays in local storage.
 */
export const SETTINGS_KEY = 'settings';
const CHUNK_PREFIX = 'settings.';
/** Set in local storage while the synced copy is behind the local one (sync refused a write). */
export const SYNC_FAILED_KEY = 'settingsSyncFailed';
/** UTF-16 units per chunk: ≤ 3 bytes each in the quota's UTF-8 JSON, so under 8,192 with the key. */
const CHUNK_UNITS = 2400;

/**
 * The keys the sidebar (entrypoints/news.content/sidebar-settings.ts) reads; every save mirrors
 * the sidebar preferences into them, and version 1 of the settings was these items.
 */
export const LEGACY_KEYS = {
  autoConvertBySite: 'autoConvertBySite',
  quoteStyle: 'quoteStyle',
  sidebarMode: 'sidebarMode',
  sidebarAutoOpen: 'sidebarAutoOpen',
} as const;

type Bag = Record<string, unknown>;
/** What Kanbao uses of a storage area (local and sync differ only in their quota constants). */
interface Area {
  get(keys?: string | string[] | null): Promise<Bag>;
  set(items: Bag): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** `storage.sync` if this browser has it and it answers (Firefox can disable it), else null. */
async function syncArea(): Promise<Area | null> {
  const sync = browser.storage?.sync as unknown as Area | undefined;
  if (!sync) return null;
  try {
    await sync.get(SETTINGS_KEY);
    return sync;
  } catch {
    return null;
  }
}

/** Splits a string into chunks, never between the two halves of a surrogate pair. */
export function chunkString(s: string, size = CHUNK_UNITS): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let end = Math.min(i + size, s.length);
    const last = s.charCodeAt(end - 1);
    // A high surrogate at the cut: cut before it, or (in a one-unit chunk) after its pair.
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > i ? -1 : 1;
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** The document a sync area holds (header + chunks), or undefined when absent or torn. */
export function reassemble(bag: Bag): unknown {
  const head = bag[SETTINGS_KEY] as { chunks?: unknown } | undefined;
  if (!head || typeof head !== 'object' || typeof head.chunks !== 'number' || !Number.isInteger(head.chunks)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < head.chunks; i++) {
    const part = bag[`${CHUNK_PREFIX}${i}`];
    if (typeof part !== 'string') return undefined;
    parts.push(part);
  }
  try {
    return JSON.parse(parts.join(''));
  } catch {
    return undefined;
  }
}

/** Version 1: the separate items Kanbao 0.1 stored, gathered into one object (or null if none). */
function legacyDocument(local: Bag): Bag | null {
  const doc: Bag = { version: 1 };
  let any = false;
  for (const key of Object.values(LEGACY_KEYS)) {
    if (local[key] !== undefined) {
      doc[key] = local[key];
      any = true;
    }
  }
  return any ? doc : null;
}

export interface LoadedSettings {
  settings: Settings;
  /** Where the document came from: sync, the local copy, the version-1 items, or nothing stored. */
  source: 'sync' | 'local' | 'legacy' | 'default';
  problems: Problem[];
  migratedFrom: number | null;
  /** True while sync is unavailable or behind (the local copy is the one in use). */
  syncFailed: boolean;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const local = (await browser.storage.local.get(null)) as Bag;
  const syncFailed = local[SYNC_FAILED_KEY] === true;
  const sync = await syncArea();
  let raw: unknown;
  let source: LoadedSettings['source'] = 'default';
  if (sync && !syncFailed) {
    raw = reassemble((await sync.get(null)) as Bag);
    if (raw !== undefined) source = 'sync';
  }
  if (raw === undefined && local[SETTINGS_KEY] !== undefined) {
    raw = local[SETTINGS_KEY];
    source = 'local';
  }
  if (raw === undefined) {
    raw = legacyDocument(local) ?? undefined;
    if (raw !== undefined) source = 'legacy';
  }
  const read = readStoredSettings(raw);
  if (read.problems.length) console.warn('[kanbao] settings: kept defaults for', read.problems);
  return { ...read, source, syncFailed: syncFailed || !sync };
}

/** Reads the settings alone (content scripts and the background). */
export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

export interface SaveResult {
  /** `local` when sync refused the document (too large for its quota, or unavailable). */
  area: 'sync' | 'local';
}

export async function saveSettings(s: Settings): Promise<SaveResult> {
  const doc = toStored(s);
  // The local copy first: it can always be written, and the sidebar reads its two items from here.
  await browser.storage.local.set({
    [SETTINGS_KEY]: doc,
    [LEGACY_KEYS.sidebarMode]: s.sidebar.mode,
    [LEGACY_KEYS.sidebarAutoOpen]: s.sidebar.autoOpen,
  });
  await browser.storage.local.remove([LEGACY_KEYS.autoConvertBySite, `${LEGACY_KEYS.autoConvertBySite}$`, LEGACY_KEYS.quoteStyle, `${LEGACY_KEYS.quoteStyle}$`]);
  const sync = await syncArea();
  if (!sync) return { area: 'local' };
  const chunks = chunkString(JSON.stringify(doc));
  const bag: Bag = { [SETTINGS_KEY]: { version: doc.version, chunks: chunks.length } };
  chunks.forEach((c, i) => (bag[`${CHUNK_PREFIX}${i}`] = c));
  try {
    const before = Object.keys((await sync.get(null)) as Bag);
    await sync.set(bag);
    const stale = before.filter((k) => k.startsWith(CHUNK_PREFIX) && !(k in bag));
    if (stale.length) await sync.remove(stale);
    await browser.storage.local.remove(SYNC_FAILED_KEY);
    return { area: 'sync' };
  } catch (e) {
    console.warn('[kanbao] settings kept on this device only:', e);
    await browser.storage.local.set({ [SYNC_FAILED_KEY]: true });
    return { area: 'local' };
  }
}

/** Reads, changes and saves in one step. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<{ settings: Settings } & SaveResult> {
  const next = change((await loadSettings()).settings);
  return { settings: next, ...(await saveSettings(next)) };
}

/** Calls `listener` after any change to the stored settings (this device, or synced from another). */
export function watchSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    if (Object.keys(changes).some((k) => k === SETTINGS_KEY || k.startsWith(CHUNK_PREFIX) || k === SYNC_FAILED_KEY)) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export { defaultSettings };

// ---- Per-site memory and the views issue 4's conversion code reads ------------------------------

const SCRIPT_CHOICE_KEY = 'scriptChoiceBySite';
const isTarget = (v: unknown): v is ScriptTarget => v === 'simplified' || v === 'taiwan' || v === 'hongkong' || v === 'original';

/**
 * The reader's last script choice per site, restored when they come back (state, not a
 * preference: local, not exported). Same key and shape as the WXT item 0.1 declared, read
 * without WXT's storage module so the detector every page loads stays small.
 */
export const scriptChoiceBySite = {
  async getValue(): Promise<Record<string, ScriptTarget>> {
    const v = (await browser.storage.local.get(SCRIPT_CHOICE_KEY))[SCRIPT_CHOICE_KEY];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter(([, t]) => isTarget(t))) as Record<string, ScriptTarget>;
  },
  async setValue(value: Record<string, ScriptTarget>): Promise<void> {
    await browser.storage.local.set({ [SCRIPT_CHOICE_KEY]: value });
  },
};

/**
 * Automatic conversion, as entrypoints/news.content/conversion.ts (issue 4) reads it:
 * `(await autoConvertBySite.getValue())[siteKey(location.hostname)] ?? lastChoice`. The answer is
 * computed for the page this runs in (a content script) by `automaticTarget`: the most specific
 * site rule, else the reader's last choice there, else the default target. A rule of `original`
 * is kept, and means "never convert here".
 */
export const autoConvertBySite = {
  async getValue(): Promise<Record<string, ScriptTarget>> {
    const hostname = globalThis.location?.hostname ?? '';
    if (!hostname) return {};
    const [settings, choices] = await Promise.all([getSettings(), scriptChoiceBySite.getValue()]);
    const key = siteKey(hostname);
    const target = automaticTarget(settings, hostname, choices[key] ?? null, globalThis.navigator?.languages ?? []);
    return target ? { [key]: target } : {};
  },
};

/** “” ⇄ 「」 when converting (null: leave quotes alone), from the settings document. */
export const quoteStyle = {
  async getValue(): Promise<QuoteStyle> {
    return (await getSettings()).conversion.quotes;
  },
};

/** Settings as a fresh default document: the options page's "reset". */
export function freshSettings(): Settings {
  return defaultSettings();
}
