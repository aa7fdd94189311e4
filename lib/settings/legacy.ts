/**
 * Version 1 of the settings: the separate local items Kanbao 0.1 kept, which lib/core/settings
 * migrates once gathered into one object. They are read only while no settings document is
 * stored, and removed by the first save.
 */
export const LEGACY_KEYS = {
  autoConvertBySite: 'autoConvertBySite',
  quoteStyle: 'quoteStyle',
  sidebarMode: 'sidebarMode',
  sidebarAutoOpen: 'sidebarAutoOpen',
} as const;

/** The items and the version records WXT's storage kept beside them (`key$`). */
export const LEGACY_ITEMS: readonly string[] = Object.values(LEGACY_KEYS).flatMap((k) => [k, `${k}$`]);

/** Version 1: the legacy items gathered into one object, or null when none is stored. */
export function legacyDocument(local: Record<string, unknown>): Record<string, unknown> | null {
  const doc: Record<string, unknown> = { version: 1 };
  let any = false;
  for (const key of Object.values(LEGACY_KEYS)) {
    if (local[key] !== undefined) {
      doc[key] = local[key];
      any = true;
    }
  }
  return any ? doc : null;
}
