// A small loopback server for the hostile pages: the same two ways in as scripts/serve.mjs
// (Chromium maps every host to it with --host-resolver-rules: origin-form requests with a Host
// header; Firefox uses it as its proxy: absolute-form requests), plus per-page response headers
// (the strict CSP page needs a real header, which scripts/serve.mjs cannot send). Only
// hn.people.com.cn pages are served; everything else is a 404, CONNECT is refused, a TLS hello is
// recorded by its SNI and dropped. Every request is kept in `requests`.
import { createServer } from 'node:http';
import { sniFromClientHello, normHost } from '../../../scripts/serve.mjs';

export async function startHostileServer(pages) {
  const byKey = new Map(Object.values(pages).map((p) => {
    const u = new URL(p.url);
    return [normHost(u.host) + u.pathname, { ...p, body: Buffer.from(p.html, 'utf8') }];
  }));
  const requests = [];
  const record = (r) => {
    const e = { time: Date.now(), ...r };
    requests.push(e);
    return e;
  };

  const server = createServer((req, res) => {
    const proxied = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.url ?? '');
    let u;
    try {
      u = proxied ? new URL(req.url) : new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid.invalid'}`);
    } catch {
      record({ kind: 'bad', method: req.method, host: '', url: req.url, status: 400 });
      res.writeHead(400, { Connection: 'close' }).end();
      return;
    }
    const host = normHost(u.host);
    const entry = record({ kind: proxied ? 'proxy' : 'direct', method: req.method, host, url: `${u.protocol}//${u.host}${u.pathname}${u.search}`, status: 0 });
    const page = req.method === 'GET' || req.method === 'HEAD' ? byKey.get(host + u.pathname) : undefined;
    if (!page) {
      entry.status = 404;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found\n');
      return;
    }
    entry.status = 200;
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': page.body.length,
      ...page.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  });
  server.on('connect', (req, socket) => {
    record({ kind: 'connect', method: 'CONNECT', host: normHost(req.url), url: `connect://${req.url}`, status: 405 });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('clientError', (err, socket) => {
    const raw = err.rawPacket;
    if (raw && raw[0] === 0x16) {
      const sni = sniFromClientHello(raw);
      record({ kind: 'tls', method: 'TLS', host: sni ? normHost(sni) : '', url: sni ? `https://${sni}/` : 'https://?/', status: 0 });
    }
    socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: server.address().port,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
