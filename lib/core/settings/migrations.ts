import { SETTINGS_VERSION } from './document';
import type { Obj } from './field-reader';

/**
 * Each migration is keyed by the version it produces, as WXT's storage items key theirs:
 * `MIGRATIONS[2]` takes a version-1 document to version 2. None validates: the current reader
 * does that once, at the end, so a bad old value is reported against the field it became.
 *
 * Version 1 is what Kanbao 0.1 kept as separate storage items (the conversion rules and quote
 * style, the sidebar's layout and auto-open switch), gathered into one object:
 * `{ version: 1, autoConvertBySite, quoteStyle, sidebarMode, sidebarAutoOpen }`.
 */
const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  2: (v1) => ({
    version: 2,
    conversion: {
      ...(v1.quoteStyle !== undefined ? { quotes: v1.quoteStyle } : {}),
      ...(v1.autoConvertBySite !== undefined ? { rules: v1.autoConvertBySite } : {}),
    },
    sidebar: {
      ...(v1.sidebarMode !== undefined ? { mode: v1.sidebarMode } : {}),
      ...(v1.sidebarAutoOpen !== undefined ? { autoOpen: v1.sidebarAutoOpen } : {}),
    },
  }),
};

/** A version number a document may carry: a whole number from 1 up. */
export const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Runs the migrations from `version` up to the current one. */
export function migrate(x: Obj, version: number): Obj {
  let doc = x;
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration to settings version ${v}`);
    doc = step(doc);
  }
  return doc;
}
