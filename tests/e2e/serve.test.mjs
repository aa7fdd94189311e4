// The fixture server on its own (no browser): routing by Host + path, proxy form, charsets, refusals and
// the request log the network-audit tests rely on. Run: node --test tests/e2e/serve.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, loadRoutes, URLS, CORPUS_DIR, ROOT } from '../../scripts/serve.mjs';

let srv;
before(async () => {
  srv = await startServer();
});
after(() => srv?.close());

/** Raw request: `target` is the request-target (absolute URI for proxy form), `host` the Host header. */
function request({ method = 'GET', target, host }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: srv.port, method, path: target, headers: host ? { host } : {}, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('route table: every corpus page with a URL, plus the e2e pages', () => {
  const routes = loadRoutes();
  const expected = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8'));
  const extra = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/e2e/routes.json'), 'utf8'));
  assert.equal(routes.size, expected.filter((e) => e.url).length + extra.length); // gov_01 has no URL
  assert.ok(routes.has('news.southcn.com/node_2a1b3c4d5e/7f8e9d0c1b.shtml'), 'the constructed provincial article');
  assert.ok(routes.has('hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html'));
  assert.ok(routes.has('hn.people.com.cn/GB/356883/index.html'));
  assert.ok(routes.has('en.people.cn/n3/2022/1123/c90000-10175286.html'));
});

test('proxy form (absolute URI) and Host-header form serve the same bytes', async () => {
  const a = await request({ target: URLS.seed });
  const u = new URL(URLS.seed);
  const b = await request({ target: u.pathname, host: `${u.host}:${srv.port}` });
  assert.equal(a.status, 200);
  assert.equal(a.type, 'text/html; charset=utf-8');
  assert.ok(a.body.equals(b.body));
  assert.ok(a.body.toString('utf8').includes('守護萬家燈火'));
});

test('charsets: GBK page says gbk; UTF-8 pages declaring gb2312 say utf-8 in the header', async () => {
  const gbk = await request({ target: 'http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm' });
  assert.equal(gbk.status, 200);
  assert.equal(gbk.type, 'text/html; charset=gbk');
  assert.ok(new TextDecoder('gbk').decode(gbk.body).includes('话剧《约定无期限》河北各市巡演结束'));
  // https:// real URL, asked for over http (scheme is ignored)
  const youth = await request({ target: 'http://news.youth.cn/gn/202405/t20240513_15249693.htm' });
  assert.equal(youth.type, 'text/html; charset=utf-8');
  assert.match(youth.body.toString('utf8'), /charset=gb2312/i);
});

test('unknown host or path: 404; HEAD has no body; POST is refused', async () => {
  assert.equal((await request({ target: 'http://example.com/' })).status, 404);
  assert.equal((await request({ target: 'http://hn.people.com.cn/nope.html' })).status, 404);
  const head = await request({ method: 'HEAD', target: URLS.list });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await request({ method: 'POST', target: URLS.list })).status, 405);
});

test('CONNECT is refused (405) and recorded', async () => {
  const status = await new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: srv.port, method: 'CONNECT', path: 'www.news.cn:443', agent: false });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode);
    });
    req.on('response', (res) => resolve(res.statusCode));
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 405);
  assert.ok(srv.requests.some((r) => r.kind === 'connect' && r.host === 'www.news.cn'));
});

test('a TLS handshake on the plain-HTTP port is recorded by its SNI and dropped', async () => {
  await new Promise((resolve) => {
    const s = tls.connect({ host: '127.0.0.1', port: srv.port, servername: 'static.example.org', rejectUnauthorized: false });
    s.on('error', () => resolve());
    s.on('close', () => resolve());
  });
  assert.ok(srv.requests.some((r) => r.kind === 'tls' && r.host === 'static.example.org'));
});

test('garbage is answered 400 and recorded', async () => {
  await new Promise((resolve) => {
    const s = net.connect(srv.port, '127.0.0.1', () => s.write('HELLO\r\n\r\n'));
    s.on('data', () => {});
    s.on('close', resolve);
    s.on('error', resolve);
  });
  assert.ok(srv.requests.some((r) => r.kind === 'bad'));
});

test('every request is recorded with kind, host, path and status', async () => {
  srv.clearRequests();
  await request({ target: URLS.english });
  await request({ target: '/GB/356883/index.html', host: 'hn.people.com.cn' });
  assert.deepEqual(
    srv.requests.map((r) => [r.kind, r.method, r.host, r.path, r.status]),
    [
      ['proxy', 'GET', 'en.people.cn', '/n3/2022/1123/c90000-10175286.html', 200],
      ['direct', 'GET', 'hn.people.com.cn', '/GB/356883/index.html', 200],
    ],
  );
  assert.equal(srv.requestsFor('HN.people.com.cn:80').length, 1);
});
