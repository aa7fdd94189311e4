/**
 * Which addresses stay on this machine. Names are judged as written, never resolved: resolving
 * one would already be a request off the machine.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  return /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Schemes that reach a host over the network; data:, blob:, file: and about: do not. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** The URL's host if fetching it would leave the machine, else null. */
export function offMachineHost(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null; // not a URL any client could fetch
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return null;
  return isLoopbackHost(parsed.hostname) ? null : parsed.hostname;
}
