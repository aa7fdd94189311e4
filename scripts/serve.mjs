// Local fixture server for the end-to-end tests and the demo.
//
// Serves the saved corpus pages under their REAL URLs, keyed by Host header + path, so the browser
// sees http://hn.people.com.cn/BIG5/n2/... and the content script's `matches` apply for real.
// Two ways in:
//   - Chromium maps hosts to this server with --host-resolver-rules (origin-form requests + Host header);
//   - Firefox uses it as its HTTP proxy (absolute-URI requests: `GET http://host/path HTTP/1.1`).
// Unknown hosts/paths get 404. CONNECT (HTTPS through the proxy) is refused with 405, and a TLS
// ClientHello arriving on this plain-HTTP port is recorded by its SNI and dropped: nothing is ever
// tunnelled anywhere. Every request is recorded in `requests` for network-audit tests.
//
// Scheme is ignored when matching: pages whose real URL is https:// (gmw, youth, cctv, chinadaily)
// are served when asked for over http:// on the same host + path.
//
// CLI: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--quiet]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/corpus');
export const E2E_FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/e2e');

/** Well-known pages the tests and the demo use. */
export const URLS = {
  seed: 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html',
  peer: 'http://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html',
  english: 'http://en.people.cn/n3/2022/1123/c90000-10175286.html',
  list: 'http://hn.people.com.cn/GB/356883/index.html',
};

const TYPES = {
  '.html': 'text/html', '.htm': 'text/html', '.shtml': 'text/html', '.css': 'text/css',
  '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.ico': 'image/x-icon',
};
const TEXT = new Set(['text/html', 'text/css', 'text/javascript', 'application/json', 'text/plain', 'image/svg+xml']);

/** `Host` header or URL host → lookup form: lower case, no port, no trailing dot. */
export function normHost(h) {
  if (!h) return '';
  let host = String(h).trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1); // IPv6 literal
  host = host.replace(/:\d+$/, '');
  return host.replace(/\.$/, '');
}

function contentTypeFor(file, encoding) {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (!TEXT.has(type)) return type;
  // The header wins over a page's own <meta charset>: youth_01 and the PD pages declare gb2312 but
  // are stored as UTF-8, so they must be served with charset=utf-8. xinhua_06 is real GBK bytes.
  const enc = String(encoding || 'utf-8').toLowerCase();
  return `${type}; charset=${enc === 'gbk' || enc === 'gb2312' || enc === 'gb18030' ? 'gbk' : enc}`;
}

/**
 * Route table: `host + path(+search)` → { file, url, encoding, contentType }.
 * Built from tests/fixtures/corpus/expected.json (pages/<file>) plus tests/fixtures/e2e/routes.json
 * (files next to it). Entries without a URL (gov_01) are not served.
 */
export function loadRoutes({ corpusDir = CORPUS_DIR, extraDir = E2E_FIXTURES_DIR } = {}) {
  const routes = new Map();
  const add = (entry, baseDir, origin) => {
    if (!entry.url) return;
    const u = new URL(entry.url);
    const file = path.join(baseDir, entry.file);
    if (!existsSync(file)) throw new Error(`serve: ${origin} lists ${entry.file} but ${file} does not exist`);
    const key = normHost(u.host) + u.pathname + u.search;
    if (routes.has(key)) throw new Error(`serve: duplicate route ${key} (${origin})`);
    routes.set(key, {
      url: entry.url, file, encoding: entry.encoding ?? 'utf-8',
      contentType: entry.contentType ?? contentTypeFor(file, entry.encoding),
    });
  };
  const expected = JSON.parse(readFileSync(path.join(corpusDir, 'expected.json'), 'utf8'));
  for (const e of expected) add(e, path.join(corpusDir, 'pages'), 'expected.json');
  const extra = path.join(extraDir, 'routes.json');
  if (existsSync(extra)) for (const e of JSON.parse(readFileSync(extra, 'utf8'))) add(e, extraDir, 'e2e/routes.json');
  return routes;
}

/** Server name from a TLS ClientHello (first packet), or null. */
export function sniFromClientHello(buf) {
  try {
    if (!buf || buf.length < 43 || buf[0] !== 0x16 || buf[5] !== 0x01) return null;
    let p = 43; // record header 5 + handshake header 4 + version 2 + random 32
    p += 1 + buf[p]; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]; // compression methods
    const end = p + 2 + buf.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end && p + 4 <= buf.length) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      p += 4;
      if (type === 0) {
        // server_name: list length (2), name type (1) = 0 host_name, name length (2), name
        const nameLen = buf.readUInt16BE(p + 3);
        return buf.subarray(p + 5, p + 5 + nameLen).toString('ascii');
      }
      p += len;
    }
  } catch {
    /* truncated or not a ClientHello */
  }
  return null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Starts the server. Returns { port, origin, routes, requests, clearRequests(), requestsFor(host), close() }.
 * `routes` maps host + path (+ query) to { url, file, contentType } as loadRoutes makes them; a route
 * may instead carry its `body` (a Buffer) and extra response `headers` (tests/e2e/hostile's pages).
 * `requests` entries: { time, kind: 'direct'|'proxy'|'connect'|'tls'|'bad', method, host, path, url,
 * status, userAgent, referer }.
 */
export async function startServer({ port = 0, host = '127.0.0.1', routes = loadRoutes(), log = null } = {}) {
  const requests = [];
  const record = (r, { logNow = true } = {}) => {
    const entry = { time: Date.now(), ...r };
    requests.push(entry);
    if (log && logNow) log(entry);
    return entry;
  };

  const server = createServer((req, res) => {
    // Absolute-form (proxy) or origin-form with a Host header.
    const proxied = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.url ?? '');
    let u;
    try {
      u = proxied ? new URL(req.url) : new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid.invalid'}`);
    } catch {
      record({ kind: 'bad', method: req.method, host: '', path: req.url, url: req.url, status: 400 });
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end('bad request\n');
      return;
    }
    const h = normHost(u.host);
    const entry = record({
      kind: proxied ? 'proxy' : 'direct', method: req.method, host: h, path: u.pathname + u.search,
      url: `${u.protocol}//${u.host}${u.pathname}${u.search}`, status: 0,
      userAgent: req.headers['user-agent'] ?? null, referer: req.headers.referer ?? null,
    }, { logNow: false });
    const send = (status, headers, body) => {
      entry.status = status;
      if (log) log(entry);
      res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': body.length, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }, Buffer.from('method not allowed\n'));
      return;
    }
    const route = routes.get(h + u.pathname + u.search) ?? routes.get(h + u.pathname);
    if (route) {
      let body = route.body;
      try {
        body ??= readFileSync(route.file);
      } catch (err) {
        send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from(`cannot read ${route.file}: ${err.message}\n`));
        return;
      }
      send(200, { 'Content-Type': route.contentType, ...route.headers }, body);
      return;
    }
    if (!proxied && LOOPBACK.has(h) && u.pathname === '/') {
      const list = [...routes.values()].map((r) => `${r.url}\t${r.file ? path.relative(ROOT, r.file) : '(in memory)'}\t${r.contentType}`);
      send(200, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from(`Kanbao fixture server: ${routes.size} routes\n${list.join('\n')}\n`));
      return;
    }
    send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('not found\n'));
  });

  // HTTPS through the proxy: refuse, never tunnel.
  server.on('connect', (req, socket) => {
    record({ kind: 'connect', method: 'CONNECT', host: normHost(req.url), path: '', url: `connect://${req.url}`, status: 405 });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  // A TLS handshake on this plain-HTTP port (an https:// URL mapped here by Chromium's resolver
  // rules) fails to parse as HTTP: record its SNI host and drop the connection.
  server.on('clientError', (err, socket) => {
    const raw = err.rawPacket;
    if (raw && raw[0] === 0x16) {
      const sni = sniFromClientHello(raw);
      record({ kind: 'tls', method: 'TLS', host: sni ? normHost(sni) : '', path: '', url: sni ? `https://${sni}/` : 'https://?/', status: 0 });
      socket.destroy();
      return;
    }
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    record({ kind: 'bad', method: '', host: '', path: '', url: '', status: 400, error: err.code });
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    origin: `http://${host}:${actualPort}`,
    routes,
    requests,
    clearRequests: () => void requests.splice(0),
    requestsFor: (hostName) => requests.filter((r) => r.host === normHost(hostName)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---- CLI -------------------------------------------------------------------------------------
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
  };
  const quiet = args.includes('--quiet');
  const port = Number(opt('--port', '8080'));
  const host = opt('--host', '127.0.0.1');
  const srv = await startServer({
    port, host,
    log: quiet ? null : (r) => console.log(`${new Date(r.time).toISOString()} ${r.kind.padEnd(7)} ${r.status || '-'} ${r.method} ${r.url}`),
  });
  console.log(`Kanbao fixture server on ${srv.origin} (${srv.routes.size} routes):`);
  for (const r of srv.routes.values()) console.log(`  ${r.url}  →  ${path.relative(ROOT, r.file)}  [${r.contentType}]`);
  console.log(`\nChromium: --host-resolver-rules="MAP *.people.com.cn 127.0.0.1:${srv.port}, ..."`);
  console.log(`Firefox:  HTTP proxy 127.0.0.1:${srv.port}   curl: curl -x http://127.0.0.1:${srv.port} ${URLS.seed}`);
  const stop = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
