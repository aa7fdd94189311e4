import type { SiteId } from '../types';
import { hostUnder, siteKey } from './hosts';
import { SITES } from './sites';

/** A domain and the outlet its pages belong to. */
export type HostSuffix = readonly [domain: string, site: SiteId];

const OUTLET_HOSTS: readonly HostSuffix[] = SITES.flatMap((s) => s.hosts.map((h): HostSuffix => [h, s.id]));

/**
 * The outlet a host belongs to, or null: the most specific domain that covers it wins. `aliases`
 * adds domains the caller also names (article URLs name People's alias domain and its English
 * edition, which the content script never runs on); without them only the built-in outlets count.
 */
export function siteOf(hostname: string, aliases: readonly HostSuffix[] = []): SiteId | null {
  const h = siteKey(hostname);
  let best: HostSuffix | null = null;
  for (const list of [aliases, OUTLET_HOSTS]) {
    for (const entry of list) if (hostUnder(h, entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? null;
}
