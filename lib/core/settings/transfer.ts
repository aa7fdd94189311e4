import { MAX_FILE_CHARS, SETTINGS_FORMAT, SETTINGS_VERSION, type Settings, type SettingsFile } from './document';
import { isObj, type Problem } from './field-reader';
import { isVersion, migrate } from './migrations';
import { readDocument } from './read-document';

/**
 * The settings as a file a reader keeps or moves to another browser. Reading one is strict,
 * unlike reading storage: the reader chose this file, so a bad value is shown to them rather
 * than quietly replaced by a default.
 */
export function exportSettings(s: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: SETTINGS_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'bad-version' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; problems: Problem[] };

export type ImportResult =
  | { ok: true; settings: Settings; migratedFrom: number | null; ignored: string[] }
  | { ok: false; error: ImportError };

/**
 * An exported file's text → settings, or why not. Strict: one bad value refuses the file, so an
 * import either replaces every setting or changes nothing. Keys this version does not know are
 * ignored and listed.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: { code: 'too-large' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isObj(raw) || raw.format !== SETTINGS_FORMAT) return { ok: false, error: { code: 'foreign' } };
  for (const k of Object.keys(raw)) if (!['format', 'version', 'exportedAt', 'settings'].includes(k)) return { ok: false, error: { code: 'foreign' } };
  if (!isVersion(raw.version)) return { ok: false, error: { code: 'bad-version' } };
  if (raw.version > SETTINGS_VERSION) return { ok: false, error: { code: 'newer', version: raw.version } };
  if (!isObj(raw.settings)) return { ok: false, error: { code: 'invalid', problems: [{ path: 'settings', expected: 'an object' }] } };
  const { settings, problems, unknown } = readDocument(migrate({ ...raw.settings, version: raw.version }, raw.version));
  if (problems.length > 0) return { ok: false, error: { code: 'invalid', problems } };
  return { ok: true, settings, migratedFrom: raw.version < SETTINGS_VERSION ? raw.version : null, ignored: [...unknown].sort() };
}
