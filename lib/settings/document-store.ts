import { type Problem, readStoredSettings, type Settings, toStored } from '@/lib/core/settings';
import { legacyDocument, LEGACY_ITEMS } from './legacy';
import { CHUNK_PREFIX, reassemble, SETTINGS_KEY, toChunks } from './sync-chunks';

/**
 * Where Kanbao keeps its preferences: one versioned document (shape, checks and migrations in
 * lib/core/settings) in `storage.sync`, so it follows the reader to a new computer, with a full
 * copy in `storage.local` that is used when sync is unavailable, refuses the write (its per-item
 * and total quotas) or holds nothing yet. Everything that reads a preference reads this
 * document; nothing is copied out of it into other keys.
 */
/** Set in local storage while the synced copy is behind the local one (sync refused a write). */
export const SYNC_FAILED_KEY = 'settingsSyncFailed';

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

/** Reads the settings alone. */
export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

export interface SaveResult {
  /** `local` when sync refused the document (too large for its quota, or unavailable). */
  area: 'sync' | 'local';
}

export async function saveSettings(s: Settings): Promise<SaveResult> {
  const doc = toStored(s);
  // The local copy first: it can always be written. The version-1 items it replaces go with it.
  await browser.storage.local.set({ [SETTINGS_KEY]: doc });
  await browser.storage.local.remove([...LEGACY_ITEMS]);
  const sync = await syncArea();
  if (!sync) return { area: 'local' };
  const bag = toChunks(doc);
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
