import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/core/settings';
import { loadSettings, saveSettings, watchSettings, type SaveResult } from '@/lib/settings';

export interface SettingsBinding {
  /** Null until the first read. */
  settings: Settings | null;
  /** True when the settings live on this device only (no sync, or sync refused them). */
  localOnly: boolean;
  /** Shows `next` at once and stores it. */
  save: (next: Settings) => Promise<SaveResult>;
}

/**
 * The one hook the popup and the options page bind to the stored settings through: read on
 * mount, saved on change, read again when storage changes elsewhere (another tab, or sync from
 * another computer). While a save is on its way, storage events are not read
 * back, so quick edits never flicker through older values.
 */
export function useSettings(): SettingsBinding {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [localOnly, setLocalOnly] = useState(false);
  const pending = useRef(0);
  const live = useRef(true);

  const reload = useCallback(() => {
    if (pending.current > 0) return;
    loadSettings().then((r) => {
      if (!live.current || pending.current > 0) return;
      setSettings(r.settings);
      setLocalOnly(r.syncFailed);
    }, (e: unknown) => console.warn('[kanbao] settings unavailable', e));
  }, []);

  useEffect(() => {
    live.current = true;
    reload();
    const stop = watchSettings(reload);
    return () => {
      live.current = false;
      stop();
    };
  }, [reload]);

  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    pending.current++;
    try {
      const result = await saveSettings(next);
      if (live.current) setLocalOnly(result.area === 'local');
      return result;
    } finally {
      pending.current--;
    }
  }, []);

  return { settings, localOnly, save };
}
