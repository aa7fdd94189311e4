import { defaultSettings, SETTINGS_VERSION, type Settings, type StoredSettings } from './document';
import { isObj, type Problem } from './field-reader';
import { isVersion, migrate } from './migrations';
import { readDocument } from './read-document';

/**
 * Stored settings (storage, or the legacy items gathered as version 1) as a current document.
 * Lenient: bad fields keep their defaults and are listed in `problems`; nothing throws.
 */
export function readStoredSettings(raw: unknown): { settings: Settings; problems: Problem[]; migratedFrom: number | null } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [], migratedFrom: null };
  if (!isObj(raw)) return { settings: defaultSettings(), problems: [{ path: '', expected: 'an object' }], migratedFrom: null };
  const version = isVersion(raw.version) ? raw.version : SETTINGS_VERSION;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Kanbao (another device): read what this version understands.
    const { settings, problems } = readDocument(raw);
    return { settings, problems, migratedFrom: null };
  }
  const { settings, problems } = readDocument(migrate(raw, version));
  return { settings, problems, migratedFrom: version < SETTINGS_VERSION ? version : null };
}

export function toStored(s: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...s };
}
