import { defaultSettings, type Settings } from '@/lib/core/settings';
import { getSettings, SYNC_FAILED_KEY } from './document-store';
import { LEGACY_KEYS } from './legacy';
import { CHUNK_PREFIX, SETTINGS_KEY } from './sync-chunks';

/** The keys whose change can change what loadSettings reads (the legacy items while no document exists). */
const SETTINGS_KEYS = new Set<string>([SETTINGS_KEY, SYNC_FAILED_KEY, ...Object.values(LEGACY_KEYS)]);

/** Calls `listener` after any change to the stored settings (this device, or synced from another). */
export function watchSettings(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    if (Object.keys(changes).some((k) => SETTINGS_KEYS.has(k) || k.startsWith(CHUNK_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The settings as last read, kept current; for code that reads them often (every conversion batch). */
export interface LiveSettings {
  readonly current: Settings;
  /** Calls `listener` with the new settings after each change; returns the function that stops it. */
  subscribe(listener: (s: Settings) => void): () => void;
  /** Stops watching storage. */
  close(): void;
}

/**
 * Reads the settings once and then follows storage change events, so a page reads the whole
 * document (all of local and sync storage) when it opens and again only when it changes. A read
 * overtaken by a newer change is dropped, so the last change always wins. If storage cannot be
 * read the defaults stand in, as they would for a reader who never changed a setting.
 */
export async function openLiveSettings(): Promise<LiveSettings> {
  const listeners = new Set<(s: Settings) => void>();
  let current = defaultSettings();
  let reads = 0;
  const read = async () => {
    const mine = ++reads;
    const s = await getSettings().catch((e: unknown) => {
      console.warn('[kanbao] settings unavailable, using the defaults', e);
      return null;
    });
    if (mine !== reads || !s) return false;
    current = s;
    return true;
  };
  let latest: Promise<boolean> = Promise.resolve(false);
  // Watch before the first read, so a change made while it runs is not missed.
  const stop = watchSettings(() => {
    const next = (latest = read());
    void next.then((fresh) => {
      if (fresh) for (const l of listeners) l(current);
    });
  });
  latest = read();
  // Until the newest read is in (a change may have overtaken the first).
  for (let seen = latest; ; seen = latest) {
    await seen;
    if (seen === latest) break;
  }
  return {
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      stop();
      listeners.clear();
    },
  };
}
