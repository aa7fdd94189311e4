// Jieba in the background. The wasm ships as a file (not inlined into background.js),
// compiles in the extension's context under its CSP, and `kanbao/analyze` from the seed page's content
// script answers with the same keywords, people and summary as the command line, cold then warm.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHROME_EXT, FIREFOX_EXT } from '../harness.mjs';

const WASM = 'jieba_rs_wasm_bg.wasm';
const SEED_TEXT = 'tests/fixtures/seed/people-hn-big5-2023-02-03.txt';
/** WXT's web-ext lint limit is 4 MB per file; jieba inlined made background.js 5.4 MB. */
const MAX_BACKGROUND_BYTES = 2_000_000;

/** In an extension context: fetch the shipped wasm and compile it (the CSP must allow 'wasm-unsafe-eval'). */
const compileShippedWasm = async (file) => {
  const url = (globalThis.browser ?? globalThis.chrome).runtime.getURL(file);
  const t0 = performance.now();
  const res = await fetch(url);
  const bytes = await res.arrayBuffer();
  const t1 = performance.now();
  try {
    const module = await WebAssembly.compile(bytes);
    return { ok: true, status: res.status, type: res.headers.get('content-type'), bytes: bytes.byteLength,
      exports: WebAssembly.Module.exports(module).map((e) => e.name), fetchMs: t1 - t0, compileMs: performance.now() - t1 };
  } catch (err) {
    return { ok: false, status: res.status, bytes: bytes.byteLength, error: String(err?.message ?? err) };
  }
};

export function define(ctx) {
  const { test, assert, T, open, tabOf, URLS, ROOT } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs

  test('jieba: the wasm ships as a file, background.js stays small, and it compiles in the extension', T, async (t) => {
    const extDir = b().extensionBase.startsWith('chrome-extension:') ? CHROME_EXT : FIREFOX_EXT;
    const shipped = path.join(extDir, WASM);
    assert.ok(existsSync(shipped), `${shipped} exists`);
    const source = path.join(ROOT, 'node_modules/jieba-wasm/pkg/web', WASM);
    assert.equal(statSync(shipped).size, statSync(source).size, 'the shipped wasm is jieba-wasm\'s');
    const background = readFileSync(path.join(extDir, 'background.js'), 'latin1');
    assert.ok(background.length < MAX_BACKGROUND_BYTES, `background.js is ${background.length} bytes`);
    // `\0asm` in base64: an inlined wasm would start with it.
    assert.ok(!background.includes('AGFzbQ'), 'no base64 wasm inlined in background.js');

    const m = await b().runtimeManifest();
    const csp = typeof m.content_security_policy === 'string' ? m.content_security_policy : m.content_security_policy?.extension_pages;
    assert.match(String(csp), /'wasm-unsafe-eval'/, 'extension CSP allows WebAssembly');

    const r = await b().evaluateInExtension(compileShippedWasm, WASM);
    assert.equal(r.ok, true, `WebAssembly.compile in the extension: ${r.error ?? 'ok'}`);
    assert.equal(r.status, 200);
    assert.equal(r.bytes, statSync(source).size);
    assert.ok(r.exports.includes('memory') && r.exports.length > 5, `wasm exports: ${r.exports.join(', ')}`);
    t.diagnostic(`wasm in the extension context: fetch ${r.fetchMs.toFixed(0)} ms, compile ${r.compileMs.toFixed(0)} ms, ` +
      `content-type ${r.type}`);
  });

  test('jieba: kanbao/analyze from the seed page\'s content script equals the command line, cold then warm', T, async (t) => {
    const page = await open(URLS.seed);
    const tabId = await tabOf(URLS.seed);
    const text = readFileSync(path.join(ROOT, SEED_TEXT), 'utf8');
    const msg = { type: 'kanbao/analyze', text, known: [] };

    const first = await b().sendFromContent(page, tabId, msg);
    assert.ok(first && !first.error, `first reply: ${first?.error ?? JSON.stringify(first)?.slice(0, 200)}`);
    // The background keeps its last few analyses by text: the warm request sends a text of its own
    // (one more newline at the end, which changes no keyword, person or offset), so that jieba runs again.
    const second = await b().sendFromContent(page, tabId, { ...msg, text: `${text}\n` });
    assert.ok(second && !second.error, `second reply: ${second?.error ?? 'none'}`);
    // Another suite may have woken jieba already; the second call is warm whatever happened before.
    assert.equal(second.timing.cold, false, 'jieba is initialised once');
    assert.equal(typeof first.timing.ms, 'number');
    t.diagnostic(`jieba in the background: first call ${first.timing.ms} ms (${first.timing.cold ? 'cold' : 'warm'}), ` +
      `second ${second.timing.ms} ms (warm); ${text.length} characters`);

    // The shapes the sidebar and the --json document rely on.
    assert.equal(first.summary.length, 3);
    for (const s of first.summary) assert.equal(text.slice(s.start, s.end), s.text);
    const wang = first.people.people.find((p) => p.name === '王一鷗');
    assert.equal(wang?.title, '湖南省副省長、省公安廳廳長');
    assert.ok(first.keywords.length > 0 && first.keywords.length <= 10);

    // Same wasm, same core: the browser's analysis equals the command line's (jieba's Node build).
    const cli = spawnSync('npx', ['tsx', 'scripts/annotate.ts', '--json', SEED_TEXT], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const doc = JSON.parse(cli.stdout);
    assert.equal(doc.article.text, text);
    assert.deepEqual(doc.article.authors, msg.known);
    const { timing: _timing, ...analysis } = first;
    assert.deepEqual(analysis, { keywords: doc.keywords, people: doc.people, summary: doc.summary });
    assert.deepEqual({ ...second, timing: null }, { ...first, timing: null }, 'warm reply equals cold reply');
  });

  test('jieba: a malformed kanbao/analyze gets no analysis', T, async () => {
    const page = await open(URLS.seed);
    const tabId = await tabOf(URLS.seed);
    // `known` must be a list of short strings: the background ignores the message (no listener answers).
    const reply = await b().sendFromContent(page, tabId, { type: 'kanbao/analyze', text: '湖南', known: 'x' })
      .catch((err) => ({ rejected: String(err?.message ?? err) }));
    assert.ok(reply === undefined || reply === null || 'rejected' in reply, `reply: ${JSON.stringify(reply)}`);
  });
}
