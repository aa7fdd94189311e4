import { hostUnder, normaliseHost, siteKey, siteOf } from '../sites';
import { LIMITS, type Settings, type Target } from './document';

/**
 * The popup's and the options page's changes, as pure functions from one document to the next
 * (the caller saves the result), and the checks on what a reader typed before it becomes one.
 */

/**
 * Switches annotation on a host on or off. Off: the host joins the off list. On: every reason it
 * was off goes (off-list entries covering it, its outlet's switch, its user site's switch).
 */
export function setSiteEnabled(s: Settings, hostname: string, on: boolean): Settings {
  const h = siteKey(hostname);
  const sites = { ...s.sites };
  if (on) {
    sites.off = sites.off.filter((o) => !hostUnder(h, o));
    const site = siteOf(h);
    if (site) sites.disabled = sites.disabled.filter((d) => d !== site);
    sites.user = sites.user.map((u) => (hostUnder(h, u.host) ? { ...u, enabled: true } : u));
  } else if (!sites.off.includes(h)) {
    sites.off = [...sites.off, h].sort();
  }
  return { ...s, sites };
}

/** Sets (or with null removes) the rule for exactly this host. */
export function setRule(s: Settings, hostname: string, target: Target | null): Settings {
  const rules = { ...s.conversion.rules };
  const h = siteKey(hostname);
  if (target) rules[h] = target;
  else delete rules[h];
  const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...s, conversion: { ...s.conversion, rules: sorted } };
}

export type AddSiteError = 'invalid' | 'builtin' | 'exists';

/** Checks what a reader typed as a new user site: the host key, or why it cannot be added. */
export function checkNewSite(s: Settings, input: string): { host: string } | { error: AddSiteError } {
  const host = normaliseHost(input);
  if (!host) return { error: 'invalid' };
  if (siteOf(host)) return { error: 'builtin' };
  if (s.sites.user.some((u) => u.host === host)) return { error: 'exists' };
  return { host };
}

export function addUserSite(s: Settings, host: string): Settings {
  if (s.sites.user.some((u) => u.host === host)) return s;
  return { ...s, sites: { ...s.sites, user: [...s.sites.user, { host, enabled: true }] } };
}

export function removeUserSite(s: Settings, host: string): Settings {
  return { ...s, sites: { ...s.sites, user: s.sites.user.filter((u) => u.host !== host) } };
}

export type OverrideError = 'empty' | 'exists' | 'long';

export function checkOverride(s: Settings, from: string, to: string): OverrideError | null {
  if (!from.trim()) return 'empty';
  if (from.length > LIMITS.phrase || to.length > LIMITS.phrase) return 'long';
  if (s.overrides.some((o) => o.from === from)) return 'exists';
  return null;
}

/**
 * Switches recording into the library on a host. Off: the host joins the library's off list. On:
 * every entry covering it goes, so a page recorded again is never still blocked by a parent domain.
 */
export function setRecordingEnabled(s: Settings, hostname: string, on: boolean): Settings {
  const h = siteKey(hostname);
  const list = s.library.offHosts;
  const offHosts = on ? list.filter((o) => !hostUnder(h, o)) : list.includes(h) ? list : [...list, h].sort();
  return { ...s, library: { ...s.library, offHosts } };
}

/** Pauses (or resumes) recording everywhere; the per-site list is kept for when it resumes. */
export function setLibraryPaused(s: Settings, paused: boolean): Settings {
  return { ...s, library: { ...s.library, paused } };
}
