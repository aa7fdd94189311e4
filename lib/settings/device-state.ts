import { storage } from 'wxt/utils/storage';
import { SCRIPT_TARGETS, type ScriptTarget } from '@/lib/core/types';

/**
 * What Kanbao remembers on this device, per site: state rather than preference, so it is kept in
 * local storage, never synced or exported. Declared once here as WXT storage items, under the
 * keys Kanbao 0.1 used, so what a reader's browser already holds is read as before.
 *
 * The detector every page loads reaches lib/settings for the settings document alone, and the
 * bundler leaves these items, and WXT's storage module, out of that script.
 */

/** The reader's last script choice per site (`siteKey` form), restored when they come back. */
export const scriptChoiceBySite = storage.defineItem<Record<string, unknown>>('local:scriptChoiceBySite', { fallback: {}, version: 1 });

const isTarget = (v: unknown): v is ScriptTarget => (SCRIPT_TARGETS as readonly unknown[]).includes(v);

/** The last script chosen on a site, or null; a damaged entry counts as no choice. */
export async function lastScriptChoice(site: string): Promise<ScriptTarget | null> {
  const all = await scriptChoiceBySite.getValue();
  const v = typeof all === 'object' && all !== null && !Array.isArray(all) && Object.hasOwn(all, site) ? all[site] : null;
  return isTarget(v) ? v : null;
}

/** Remembers a script choice for a site, keeping the other sites' choices. */
export async function rememberScriptChoice(site: string, target: ScriptTarget): Promise<void> {
  const all = await scriptChoiceBySite.getValue();
  const kept = typeof all === 'object' && all !== null && !Array.isArray(all) ? all : {};
  await scriptChoiceBySite.setValue({ ...kept, [site]: target });
}

export const DEFAULT_SIDEBAR_WIDTH = 400;

/** The sidebar's width in CSS pixels, as the reader last dragged it (any site). */
export const sidebarWidth = storage.defineItem<number>('local:sidebarWidth', { fallback: DEFAULT_SIDEBAR_WIDTH, version: 1 });

/** Open or closed as the reader left it, per host name as the page gives it; null when never chosen there. */
export const sidebarOpenOn = (hostname: string) => storage.defineItem<boolean>(`local:sidebarOpen:${hostname}`);
