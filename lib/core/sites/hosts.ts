/**
 * Host names as Kanbao keys them. One key for every per-site setting and memory (the off list,
 * conversion rules, the last script choice): lower case, no trailing dot, no `www.`, so
 * `WWW.People.com.cn.` and `people.com.cn` are one site.
 */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Whether `host` is `domain` or one of its subdomains (both already keys). */
export function hostUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The longest host name DNS allows. */
export const MAX_HOST_LENGTH = 253;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A valid host key: lower-case ASCII labels (IDN in punycode), a dot, a letter in the last label. */
export function isHost(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > MAX_HOST_LENGTH || x.startsWith('www.')) return false;
  const labels = x.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1]!);
}

/**
 * What a reader typed (`https://www.Example.com/news/1.html`, `*.example.com`, `例子.中国`) as a
 * host key, or null. Uses the URL parser for IDN (punycode) and case.
 */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let hostname: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    hostname = u.hostname;
  } catch {
    return null;
  }
  const host = siteKey(hostname);
  return isHost(host) ? host : null;
}

/** A web page's address parsed, or null for one that is not http(s) (a browser page, a file) or not a URL. */
export function webUrl(url: string): URL | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The key of a web page's host, or null for an address that is not http(s) (a browser page). */
export function siteKeyOfUrl(url: string): string | null {
  const u = webUrl(url);
  return u ? siteKey(u.hostname) : null;
}

/** The match pattern that grants (and runs Kanbao on) a host and its subdomains. */
export function hostPattern(host: string): string {
  return `*://*.${host}/*`;
}
