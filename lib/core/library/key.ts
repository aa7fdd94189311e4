import { siteKey, webUrl } from '../sites';

/**
 * Query parameters that say how a reader arrived, not what they read: campaign tags, share and
 * click ids, app-share markers. An article read from a share link and from the site is one entry.
 */
const TRACKING = new Set([
  'from', 'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'spm', 'scm', 'share', 'share_token', 'sharer',
  'shareid', 'share_from', 'sharefrom', 'isappinstalled', 'scene', 'clicktime', 'enterid', 'ivk_sa',
  'wfr', 'timestamp', 'ts', 'ref', 'referrer', 'source', 'src', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi',
  'igshid', 'vd_source', 'toutiao_source', 'channel', 'entry', 'tt_from', 'app', 'appid',
]);

const isTracking = (name: string) => {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING.has(n);
};

/**
 * The Traditional edition's path prefix. People's Daily serves each article in Simplified at
 * `/n2/…` and in Traditional at `/BIG5/n2/…`: one article, two scripts.
 */
const BIG5_PREFIX = /^\/big5(?=\/)/i;

/**
 * The canonical key of an article URL: host (lower case, no `www.`) + path + the query without
 * tracking parameters (sorted), with no scheme, port or fragment. http and https, `#section`,
 * `?utm_source=…` and the `/BIG5/` edition all give the same key. A string that is not an
 * http(s) URL is its own key (trimmed), so a text read from a file still has one.
 */
export function articleKey(url: string): string {
  const u = webUrl(url);
  if (!u) return url.trim();
  const host = siteKey(u.hostname);
  let path = u.pathname.replace(BIG5_PREFIX, '');
  // `/a/b/` and `/a/b` are the same page on every outlet we read; the root stays `/`.
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params = [...u.searchParams].filter(([k]) => !isTracking(k));
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path || '/'}${query}`;
}
