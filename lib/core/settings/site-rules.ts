import { hostUnder, siteKey, siteOf } from '../sites';
import type { Script } from '../types';
import type { Settings, Target, TraditionalVariant } from './document';

/**
 * What the settings mean for one page: whether Kanbao runs on its host, and what script the page
 * converts to when it loads. Hosts are matched by domain, the most specific entry first.
 */

/** Whether Kanbao annotates pages of this host: not switched off per host, outlet or user site. */
export function annotationEnabled(s: Settings, hostname: string): boolean {
  const h = siteKey(hostname);
  if (s.sites.off.some((o) => hostUnder(h, o))) return false;
  const site = siteOf(h);
  if (site) return !s.sites.disabled.includes(site);
  const user = s.sites.user.find((u) => hostUnder(h, u.host));
  return user ? user.enabled : true;
}

/** The most specific rule for a host (`hn.people.com.cn` before `people.com.cn`), or null. */
export function ruleFor(s: Settings, hostname: string): Target | null {
  const h = siteKey(hostname);
  let best: string | null = null;
  for (const k of Object.keys(s.conversion.rules)) if (hostUnder(h, k) && (!best || k.length > best.length)) best = k;
  return best ? s.conversion.rules[best]! : null;
}

/** Taiwan or Hong Kong for `traditional`, from the setting or else the browser languages. */
export function traditionalFor(variant: TraditionalVariant, languages: readonly string[]): 'taiwan' | 'hongkong' {
  if (variant !== 'auto') return variant;
  for (const lang of languages) {
    const l = lang.toLowerCase().replace(/_/g, '-');
    if (/^zh-(?:hant-)?(?:hk|mo)\b/.test(l)) return 'hongkong';
    if (l.startsWith('zh')) return 'taiwan';
  }
  return 'taiwan';
}

/**
 * The targets a reader of a page in `script` most likely asks for, the likeliest first (a
 * conversion is prepared for them ahead of the request): the Traditional of the reader's settings
 * and languages, what the Traditional button and shortcut convert to (on a Simplified page the
 * only change of script, on a Traditional page the repair of a machine-converted one), and on a
 * page in Traditional, Simplified as well.
 */
export function likelyTargets(script: Script, s: Settings, languages: readonly string[]): Exclude<Target, 'original'>[] {
  const traditional = traditionalFor(s.conversion.traditional, languages);
  return script === 'traditional' || script === 'mixed' ? [traditional, 'simplified'] : [traditional];
}

/** The default target as a concrete script target, or null for "leave pages as they come". */
export function defaultTargetFor(s: Settings, languages: readonly string[]): Exclude<Target, 'original'> | null {
  const d = s.conversion.defaultTarget;
  return d === 'original' ? null : d === 'simplified' ? 'simplified' : traditionalFor(s.conversion.traditional, languages);
}

/**
 * What a recognised page converts to when it loads: the site's rule, else the reader's last
 * choice on the site, else the default target; null (or `original`) leaves it as it came.
 */
export function automaticTarget(s: Settings, hostname: string, lastChoice: Target | null, languages: readonly string[]): Target | null {
  return ruleFor(s, hostname) ?? lastChoice ?? defaultTargetFor(s, languages);
}

/** Why an article on this host would not be recorded into the library, or null when it would be. */
export type RecordingBlock = 'paused' | 'site-off';

export function recordingBlock(s: Settings, hostname: string): RecordingBlock | null {
  if (s.library.paused) return 'paused';
  const h = siteKey(hostname);
  return s.library.offHosts.some((o) => hostUnder(h, o)) ? 'site-off' : null;
}
