// The hostile pages on the fixture server (scripts/serve.mjs): the same loopback server and the
// same two ways in (Chromium maps every host to it with --host-resolver-rules; Firefox uses it as
// its proxy), with the pages served from memory and each page's own response headers (the strict
// CSP page needs a real header). Only these pages are routes; every other request is recorded
// and refused (404, CONNECT 405, a TLS hello recorded by its SNI and dropped).
import { normHost, startServer } from '../../../scripts/serve.mjs';

export function startHostileServer(pages) {
  const routes = new Map(Object.values(pages).map((p) => {
    const u = new URL(p.url);
    return [normHost(u.host) + u.pathname, {
      url: p.url, body: Buffer.from(p.html, 'utf8'), contentType: 'text/html; charset=utf-8', headers: p.headers,
    }];
  }));
  return startServer({ routes });
}
