import {
  accessPatterns, ACCESS_GROUPS, addUserSite, annotationEnabled, grantedSite, groupsGranted, hostPattern, releasable, removeUserSite,
  setGroup, type AccessGroup, type Settings,
} from '@/lib/core/settings';
import { loadSettings, saveSettings, updateSettings } from './document-store';

/**
 * The host permissions behind the access groups and the reader's own sites. The settings say what
 * the reader switched on (and sync); the browser says what this installation was granted. Kanbao
 * reads a site only where both agree.
 */

const contains = (origins: string[]) =>
  origins.length === 0 ? Promise.resolve(true) : browser.permissions.contains({ origins }).catch(() => false);

/** Whether this browser granted each group's origins (a group that needs none counts as granted). */
export async function groupAccess(): Promise<Record<AccessGroup, boolean>> {
  const entries = await Promise.all(ACCESS_GROUPS.map(async (g) => [g, await contains(accessPatterns(g))] as const));
  return Object.fromEntries(entries) as Record<AccessGroup, boolean>;
}

/** Whether this browser granted a user site's origin. */
export const siteAccess = (host: string): Promise<boolean> => contains([hostPattern(host)]);

/**
 * Match patterns the detector is registered on beyond the built-in outlets: groups switched on
 * and granted, and user sites switched on and granted.
 */
export async function grantedPatterns(s: Settings): Promise<string[]> {
  const out = new Set<string>();
  for (const g of s.sites.groups) {
    const origins = accessPatterns(g);
    if (await contains(origins)) for (const o of origins) out.add(o);
  }
  for (const site of s.sites.user) {
    if (!site.enabled || !annotationEnabled(s, site.host)) continue;
    if (await siteAccess(site.host)) out.add(hostPattern(site.host));
  }
  return [...out].sort();
}

/**
 * Asks for the origins and, once granted, saves `change`. The request is made before anything
 * is awaited: browsers grant only within the click that asked. Resolves false when refused.
 */
function requestThen(origins: string[], change: (s: Settings) => Settings): Promise<boolean> {
  const asked = origins.length === 0 ? Promise.resolve(true) : browser.permissions.request({ origins });
  return asked.then(async (ok) => {
    if (ok) await updateSettings(change);
    return ok;
  });
}

/** Saves `change`, then gives back the origins nothing else still asks for. */
async function saveThenRelease(origins: string[], change: (s: Settings) => Settings): Promise<void> {
  const { settings } = await updateSettings(change);
  const free = releasable(settings, origins);
  if (free.length) await browser.permissions.remove({ origins: free }).catch(() => false);
}

/** Switches an access group on (asking for its hosts; call it from the click) or off (giving them back). */
export function switchGroup(group: AccessGroup, on: boolean): Promise<boolean> {
  const origins = accessPatterns(group);
  if (on) return requestThen(origins, (s) => setGroup(s, group, true));
  return saveThenRelease(origins, (s) => setGroup(s, group, false)).then(() => true);
}

/** "Always on this site": the host becomes a user site with its origin granted, or stops being one. */
export function switchSite(host: string, on: boolean): Promise<boolean> {
  const origins = [hostPattern(host)];
  if (on) {
    return requestThen(origins, (s) => {
      const next = addUserSite(s, host);
      return { ...next, sites: { ...next.sites, user: next.sites.user.map((u) => (u.host === host ? { ...u, enabled: true } : u)) } };
    });
  }
  return saveThenRelease(origins, (s) => removeUserSite(s, host)).then(() => true);
}

/**
 * The settings after the browser granted `added` origins, whoever asked: a group whose origins all
 * arrived is switched on, a single site's origin becomes a user site. Returns null when nothing changes.
 */
export function afterGrant(s: Settings, added: readonly string[]): Settings | null {
  let next = s;
  for (const g of groupsGranted(s, added)) next = setGroup(next, g, true);
  for (const o of added) {
    const host = grantedSite(o);
    if (host && !next.sites.user.some((u) => u.host === host)) next = addUserSite(next, host);
  }
  return next === s ? null : next;
}

/**
 * The settings after the browser took origins back (the reader revoked them in the browser's own
 * page, or Kanbao gave them back): a group switched on whose origins are no longer all granted is
 * switched off, so the switches show what runs. User sites stay listed, marked as needing access.
 */
export async function afterRevoke(s: Settings): Promise<Settings | null> {
  let next = s;
  for (const g of s.sites.groups) if (!(await contains(accessPatterns(g)))) next = setGroup(next, g, false);
  return next === s ? null : next;
}

/**
 * Brings the stored settings in line after a permission change (the background listens for
 * both); resolves whether anything was saved. Nothing is written when nothing changes.
 */
export async function followPermissions(added: readonly string[] | null): Promise<boolean> {
  const { settings } = await loadSettings();
  const next = added ? afterGrant(settings, added) : await afterRevoke(settings);
  if (!next) return false;
  await saveSettings(next);
  return true;
}
