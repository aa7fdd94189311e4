import { groupMatchPatterns, HOST_MATCHES, hostPattern, hostUnder, siteKey, siteOf } from '../sites';
import { ACCESS_GROUPS, type AccessGroup, type Settings } from './document';
import { annotationEnabled } from './site-rules';

/**
 * Which hosts each access group asks the browser for, and the edits that switch groups and
 * "always on this site" on and off. The browser grants permissions per installation while the
 * settings sync, so glue code always asks the browser as well (see lib/settings).
 */

/** The one pattern behind "any page that reads as a Chinese news article". */
export const ANY_PAGE = '*://*/*';

const BUILT_IN_HOSTS = HOST_MATCHES.map((p) => patternHost(p)).filter((h): h is string => h !== null);

/** The host of a `*://*.host/*` or `*://host/*` pattern, or null for any other shape. */
function patternHost(pattern: string): string | null {
  return /^\*:\/\/(?:\*\.)?([^/*]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

/**
 * The origins a group needs: the registry's hosts of the group. Hosts the manifest already grants
 * (the built-in outlets) are left out: asking for them again would be a no-op, and removing them
 * would fail.
 */
export function accessPatterns(group: AccessGroup): string[] {
  if (group === 'any') return [ANY_PAGE];
  const out = groupMatchPatterns(group).filter((p) => {
    const h = patternHost(p);
    return h === null || !BUILT_IN_HOSTS.some((b) => hostUnder(h, b));
  });
  return [...new Set(out)].sort();
}

/** Switches a group in the settings (the permission is the caller's to ask for or remove). */
export function setGroup(s: Settings, group: AccessGroup, on: boolean): Settings {
  const has = s.sites.groups.includes(group);
  if (has === on) return s;
  const next = on ? [...s.sites.groups, group] : s.sites.groups.filter((g) => g !== group);
  return { ...s, sites: { ...s.sites, groups: ACCESS_GROUPS.filter((g) => next.includes(g)) } };
}

/**
 * Whether the reader's choices cover this host for reading its pages on load: a built-in outlet, a
 * group switched on that holds it ("any page" holds every host), or a user site kept on. The
 * detector asks this as well as the browser: the background replaces its registration a moment
 * after a group is switched off, and a page that loads in that moment is left alone too.
 */
export function chosenHere(s: Settings, hostname: string): boolean {
  const h = siteKey(hostname);
  if (siteOf(h)) return true;
  for (const g of s.sites.groups) {
    if (g === 'any') return true;
    for (const p of accessPatterns(g)) {
      const ph = patternHost(p);
      if (ph !== null && hostUnder(h, ph)) return true;
    }
  }
  return s.sites.user.some((u) => u.enabled && hostUnder(h, u.host));
}

/**
 * Whether a page of this host that loads now is read on load: its site switched on and covered
 * by the reader's choices. The detector asks it before loading the annotator, the background
 * before starting jieba for an address that looks like an article.
 */
export function readsOnLoad(s: Settings, hostname: string): boolean {
  return annotationEnabled(s, hostname) && chosenHere(s, hostname);
}

/** Every pattern the settings ask the browser for: the groups switched on and the user sites. */
export function wantedPatterns(s: Settings): Set<string> {
  const out = new Set<string>();
  for (const g of s.sites.groups) for (const p of accessPatterns(g)) out.add(p);
  for (const u of s.sites.user) out.add(hostPattern(u.host));
  return out;
}

/**
 * The origins that can be given back once `s` (the settings after a group or site was switched
 * off) no longer needs `patterns`: those no remaining group or user site still asks for.
 */
export function releasable(s: Settings, patterns: readonly string[]): string[] {
  const still = wantedPatterns(s);
  return patterns.filter((p) => !still.has(p));
}

/**
 * Groups that a grant of `added` origins switches on: those not yet on whose every origin was
 * just granted. A grant from the browser's own menu ("on all sites") thus shows in Kanbao too,
 * and a grant whose asking popup closed before it could save still takes effect.
 */
export function groupsGranted(s: Settings, added: readonly string[]): AccessGroup[] {
  const got = new Set(added);
  return ACCESS_GROUPS.filter((g) => {
    if (s.sites.groups.includes(g)) return false;
    const need = accessPatterns(g);
    return need.length > 0 && need.every((p) => got.has(p));
  });
}

/** The host key a single-origin grant (`*://*.example.com/*`) stands for, when it is not a group's or built in. */
export function grantedSite(pattern: string): string | null {
  if (!/^\*:\/\/\*\.[^/*]+\/\*$/.test(pattern)) return null;
  const h = patternHost(pattern);
  if (h === null || siteOf(h)) return null;
  if (ACCESS_GROUPS.some((g) => accessPatterns(g).includes(pattern))) return null;
  return siteKey(h);
}

/** The user site that covers this host ("always on this site"), if any. */
export function userSiteOf(s: Settings, hostname: string): Settings['sites']['user'][number] | null {
  const h = siteKey(hostname);
  return s.sites.user.find((u) => hostUnder(h, u.host)) ?? null;
}
