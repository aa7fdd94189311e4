import { storage } from 'wxt/utils/storage';

/**
 * The sidebar's settings and per-site memory, declared once (EXAMPLES habit 9). The options page
 * (a later issue) binds to the same items.
 */
export type SidebarMode = 'reflow' | 'overlay';

/** `reflow` (default): the page narrows beside the sidebar; `overlay`: the sidebar covers it. */
export const sidebarMode = storage.defineItem<SidebarMode>('local:sidebarMode', { fallback: 'reflow', version: 1 });

/** Open the sidebar by itself on recognised articles (sites with no remembered choice). */
export const sidebarAutoOpen = storage.defineItem<boolean>('local:sidebarAutoOpen', { fallback: false, version: 1 });

export const DEFAULT_WIDTH = 400;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 900;
export const sidebarWidth = storage.defineItem<number>('local:sidebarWidth', { fallback: DEFAULT_WIDTH, version: 1 });

/** Open or closed as the reader left it, per site (hostname); null when never chosen there. */
export const sidebarOpenOn = (hostname: string) => storage.defineItem<boolean>(`local:sidebarOpen:${hostname}`);

export function readMode(v: unknown): SidebarMode {
  return v === 'overlay' ? 'overlay' : 'reflow';
}

/** The width to use: a stored number within the limits and the window, else the default. */
export function readWidth(v: unknown, viewport: number): number {
  const w = typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_WIDTH;
  return Math.round(Math.max(MIN_WIDTH, Math.min(w, MAX_WIDTH, Math.max(MIN_WIDTH, viewport - 200))));
}
