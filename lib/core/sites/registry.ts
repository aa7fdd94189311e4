import { CENTRAL, GOVERNMENT, LOCAL, type Outlet } from './field';
import { hostPattern, hostUnder, siteKey } from './hosts';
import { SITES } from './sites';

/** The permission groups a user switches on: national media, local media, government portals. */
export type FieldGroup = 'central' | 'local' | 'government';

/** Every outlet of the field, built-in ones included, in id order. */
export const OUTLETS: readonly Outlet[] = [...CENTRAL, ...LOCAL, ...GOVERNMENT].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BY_HOST: readonly (readonly [host: string, outlet: Outlet])[] = OUTLETS.flatMap((o) => o.hosts.map((h) => [h, o] as const));

/**
 * The outlet a host belongs to, or null. The most specific host wins, so an e-paper host
 * (`sz.nxnews.net`) names its paper rather than the portal above it, and `m.`/`wap.` hosts fall
 * under their outlet by suffix.
 */
export function outletOf(hostname: string): Outlet | null {
  const h = siteKey(hostname);
  let best: readonly [string, Outlet] | null = null;
  for (const entry of BY_HOST) if (hostUnder(h, entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? null;
}

/** The outlet with this id, or null. */
export function outletById(id: string): Outlet | null {
  return OUTLETS.find((o) => o.id === id) ?? null;
}

/**
 * Which permission group an outlet falls in: government portals; local media (every outlet that
 * serves one province, e-papers included); the rest, national media and theory journals, central.
 */
export function groupOf(outlet: Outlet): FieldGroup {
  if (outlet.kind === 'government') return 'government';
  return outlet.province === null ? 'central' : 'local';
}

const BUILT_IN_HOSTS: readonly string[] = SITES.flatMap((s) => s.hosts);

/**
 * The match patterns (`*://*.<host>/*`) that grant a group's outlets beyond the built-in ones.
 * A host the manifest already grants (one under a built-in host, e.g. `ccdi.gov.cn` under
 * `gov.cn`) or that another host of the group covers is left out: the pattern would add nothing.
 */
export function groupMatchPatterns(group: FieldGroup): string[] {
  const hosts = OUTLETS.filter((o) => !o.builtIn && groupOf(o) === group).flatMap((o) => o.hosts);
  const kept = hosts.filter(
    (h) => !BUILT_IN_HOSTS.some((b) => hostUnder(h, b)) && !hosts.some((other) => other !== h && hostUnder(h, other)),
  );
  return [...new Set(kept)].sort().map(hostPattern);
}
