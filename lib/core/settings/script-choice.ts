import type { ConvertTarget } from '../types';

/**
 * Which Traditional variant a reader wants when they just say "Traditional": Hong Kong for
 * zh-HK and zh-MO browsers, Taiwan otherwise (the People's Daily BIG5 edition is closest to it).
 */
export function defaultTraditional(languages: readonly string[]): Extract<ConvertTarget, 'taiwan' | 'hongkong'> {
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (/^zh-(hk|mo)\b|^zh-hant-(hk|mo)\b/.test(l)) return 'hongkong';
    if (l.startsWith('zh')) return 'taiwan';
  }
  return 'taiwan';
}

/** A page's host as the per-site settings key it: no `www.`, lower case. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}
