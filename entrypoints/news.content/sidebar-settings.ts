import type { SidebarLayout } from '@/lib/core/settings';
import { DEFAULT_SIDEBAR_WIDTH, getSettings, sidebarOpenOn, sidebarWidth } from '@/lib/settings';

/**
 * What the sidebar needs to know: the reader's preferences, from the settings document's
 * `sidebar` part (the options page writes them there), and what this device remembers (its width,
 * and whether it was open per site), as storage items declared in lib/settings.
 */
export type SidebarMode = SidebarLayout;

/** `mode` — `reflow` (default): the page narrows beside the sidebar; `overlay`: it covers the page.
 * `autoOpen`: open by itself on recognised articles (sites with no remembered choice). */
export interface SidebarPrefs {
  mode: SidebarMode;
  autoOpen: boolean;
}

/**
 * The preferences as stored now, read at each opening rather than taken from the page's live
 * copy: a change the options page has just saved applies at once, without waiting for the
 * storage event to be read back.
 */
export async function loadSidebarPrefs(): Promise<SidebarPrefs> {
  const { mode, autoOpen } = (await getSettings()).sidebar;
  return { mode, autoOpen };
}

export { sidebarOpenOn, sidebarWidth };

export const DEFAULT_WIDTH = DEFAULT_SIDEBAR_WIDTH;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 900;

/** The width to use: a stored number within the limits and the window, else the default. */
export function readWidth(v: unknown, viewport: number): number {
  const w = typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_WIDTH;
  return Math.round(Math.max(MIN_WIDTH, Math.min(w, MAX_WIDTH, Math.max(MIN_WIDTH, viewport - 200))));
}
