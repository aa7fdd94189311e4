// Cost on a page that is not an article, for `npm run bench`. Two views:
// - the detector's own measure (`kanbao:detect`, what main() does), against reading the page's
//   text (a bare TreeWalker pass over the body);
// - the whole content script on the main thread (compile and run, from a trace), against a
//   content script that does nothing, loaded by a throwaway extension in a browser of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, poll, ROOT } from '../tests/e2e/harness.mjs';
import { contentScriptMs, startTrace } from './bench-trace.mjs';
import { median } from './bench-util.mjs';

/** In the page: the detector's measure and the time to read every text node of the body. */
function readDetect() {
  const REPEAT = 50;
  const pass = () => {
    const t0 = performance.now();
    for (let i = 0; i < REPEAT; i++) {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = w.nextNode(); node; node = w.nextNode()) void node.data.length;
    }
    return (performance.now() - t0) / REPEAT;
  };
  pass();
  return {
    detect: performance.getEntriesByName('kanbao:detect').at(-1)?.duration ?? null,
    annotated: document.documentElement.hasAttribute('data-kanbao'),
    floor: Math.min(...Array.from({ length: 5 }, pass)),
  };
}

/** Loads `url` traced and returns the content scripts' main-thread time once `ready(page)` holds. */
async function tracedLoad(b, url, ready) {
  const page = await b.newPage();
  const trace = await startTrace(page);
  await page.goto(url);
  await poll(() => ready(page), { message: `content script on ${url}` });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const ms = contentScriptMs(await trace.stop());
  await page.close();
  return ms;
}

const detected = (page) => page.evaluate(() => performance.getEntriesByName('kanbao:detect').length > 0);

/** Kanbao on the non-article `url`: `loads` plain loads, `traced` traced ones. */
export async function measureNonArticle(b, url, { loads = 20, traced = 5 } = {}) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const page = await b.newPage();
    await page.goto(url);
    await poll(() => detected(page), { message: `kanbao:detect on ${url}` });
    const r = await page.evaluate(readDetect);
    if (r.annotated) throw new Error(`bench: ${url} was taken for an article`);
    rows.push(r);
    await page.close();
  }
  const script = [];
  for (let i = 0; i < traced; i++) script.push(await tracedLoad(b, url, detected));
  return { detect: median(rows.map((r) => r.detect)), floor: median(rows.map((r) => r.floor)), script: median(script) };
}

/**
 * The floor: a content script that does nothing but set one attribute (so the bench knows it ran),
 * at the same run_at, in its own extension and browser, on the same page. Returns its median main-thread time over `traced` loads.
 */
export async function measureNoopContentScript(port, url, { traced = 5 } = {}) {
  const dir = path.join(ROOT, '.tmp/bench/noop-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'bench no-op', version: '1',
    background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: [`*://${new URL(url).host}/*`], js: ['noop.js'], run_at: 'document_idle' }],
  }, null, 2));
  writeFileSync(path.join(dir, 'noop.js'), 'document.documentElement.setAttribute("data-bench-noop", "");\n');
  writeFileSync(path.join(dir, 'sw.js'), '// The harness waits for an extension service worker.\n');
  const b = await launchChromium({ port, extensionPath: dir });
  try {
    const ran = (page) => page.evaluate(() => document.documentElement.hasAttribute('data-bench-noop'));
    const ms = [];
    for (let i = 0; i < traced; i++) ms.push(await tracedLoad(b, url, ran));
    return median(ms);
  } finally {
    await b.close();
  }
}
