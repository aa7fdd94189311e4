// `npm run bench`: how long Kanbao's work takes in real Chromium with the built extension.
// Prints one table. Each time is also given as a ratio to its floor: a bare TreeWalker pass that
// only reads the same text, which no annotator can beat. Numbers, not pass/fail: speed goals
// live here, never in timed unit tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, poll, ROOT } from '../tests/e2e/harness.mjs';
import { loadRoutes, startServer, URLS } from './serve.mjs';
import { addConversionRoutes, measureConversion } from './bench-convert.mjs';
import { gzipSync } from 'node:zlib';

const SEED_LOADS = Number(process.env.KANBAO_BENCH_LOADS ?? 20);
const BIG_LOADS = Number(process.env.KANBAO_BENCH_BIG_LOADS ?? 5);
const BIG_COPIES = 40;
const BIG_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290099.html';

/** The seed page with its article body repeated 40 times (about 200,000 characters of text). */
function buildBigPage() {
  const html = readFileSync(path.join(ROOT, 'tests/fixtures/corpus/pages/people_hn_big5_seed.html'), 'utf8');
  const open = html.indexOf('<div class="rm_txt_con');
  const bodyStart = html.indexOf('>', open) + 1;
  const editAt = html.indexOf('<div class="edit', bodyStart);
  if (open < 0 || editAt < 0) throw new Error('bench: seed template changed; cannot find .rm_txt_con and .edit');
  const body = html.slice(bodyStart, editAt);
  const big = html.slice(0, bodyStart) + body.repeat(BIG_COPIES) + html.slice(editAt);
  const dir = path.join(ROOT, '.tmp/bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'seed-x40.html');
  writeFileSync(file, big);
  return file;
}

// Installed before any page script: records every long task (> 50 ms) on the main thread, which
// the content script shares with the page.
function installLongTaskObserver() {
  window.__kanbaoLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kanbaoLongTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

function readMeasures() {
  const one = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null;
  const body = document.querySelector('.rm_txt_con') ?? document.body;
  // The floor: visit every text node of the article body once and read its data.
  // Timers in a page are coarse (0.1 ms), so the pass is repeated and the time divided.
  const REPEAT = 50;
  const floor = () => {
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < REPEAT; i++) {
      const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = w.nextNode(); node; node = w.nextNode()) n += node.data.length;
    }
    return { ms: (performance.now() - t0) / REPEAT, chars: n / REPEAT };
  };
  floor(); // warm up
  const runs = Array.from({ length: 5 }, floor);
  const floorMs = Math.min(...runs.map((r) => r.ms));
  return {
    detect: one('kanbao:detect'),
    read: one('kanbao:read'),
    extract: one('kanbao:extract'),
    label: one('kanbao:label'),
    annotate: one('kanbao:annotate'),
    work: one('kanbao:annotate-work'),
    longest: Math.max(0, ...(window.__kanbaoLongTasks ?? [])),
    floor: floorMs,
    chars: runs[0].chars,
    marks: document.querySelectorAll('kanbao-mark').length,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(b, url, loads) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const page = await b.newPage();
    await page.addInitScript(installLongTaskObserver);
    await page.goto(url);
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
      timeout: 30_000, message: `annotation of ${url}`,
    });
    rows.push(await page.evaluate(readMeasures));
    await page.close();
  }
  return {
    detect: median(rows.map((r) => r.detect)),
    read: median(rows.map((r) => r.read)),
    extract: median(rows.map((r) => r.extract)),
    label: median(rows.map((r) => r.label)),
    annotate: median(rows.map((r) => r.annotate)),
    work: median(rows.map((r) => r.work)),
    longest: Math.max(...rows.map((r) => r.longest)),
    floor: median(rows.map((r) => r.floor)),
    chars: rows[0].chars,
    marks: rows[0].marks,
  };
}

/** The detector's own measure on a page that is not an article (it writes nothing else). */
async function detectOnly(b, url, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const page = await b.newPage();
    await page.goto(url);
    const entry = await poll(() => page.evaluate(() => {
      const d = performance.getEntriesByName('kanbao:detect').at(-1)?.duration;
      return d === undefined ? false : { d };
    }), { message: `kanbao:detect on ${url}` });
    times.push(entry.d);
    await page.close();
  }
  return median(times);
}

const routes = loadRoutes();
const bigFile = buildBigPage();
const u = new URL(BIG_URL);
routes.set(u.host + u.pathname, { url: BIG_URL, file: bigFile, encoding: 'utf-8', contentType: 'text/html; charset=utf-8' });
const conversionUrls = addConversionRoutes(routes, URLS.seed);
const srv = await startServer({ routes });
const b = await launchChromium({ port: srv.port });
try {
  const version = await b.context.browser()?.version?.() ?? 'unknown';
  const seed = await measure(b, URLS.seed, SEED_LOADS);
  const big = await measure(b, BIG_URL, BIG_LOADS);
  const nonArticle = await detectOnly(b, URLS.list, SEED_LOADS);
  const conversion = await measureConversion(b, conversionUrls);
  const gz = (file) => `${(gzipSync(readFileSync(path.join(ROOT, '.output/chrome-mv3', file))).length / 1024).toFixed(1)} kB gzip`;
  const f = (ms) => (ms == null ? '-' : `${ms.toFixed(1)} ms`);
  const ratio = (a, floor) => (a == null || !floor ? '-' : `${(a / floor).toFixed(0)}×`);
  const f3 = (ms) => `${ms.toFixed(3)} ms`;
  const rows = [
    ['seed page: detect (median)', f(seed.detect), '', '', ''],
    ['seed page: read the article (median)', f(seed.read), '', '', ''],
    [`seed page: annotate (median of ${SEED_LOADS})`, f(seed.annotate), f3(seed.floor), ratio(seed.annotate, seed.floor), '≤ 15 ms'],
    ['seed page: annotate, main-thread work only (median)', f(seed.work), f3(seed.floor), ratio(seed.work, seed.floor), ''],
    ['seed page: extract / label (median)', `${f(seed.extract)} / ${f(seed.label)}`, '', '', ''],
    ['seed page: longest main-thread task', f(seed.longest || 0), '', '', '≤ 50 ms'],
    [`${BIG_COPIES}× seed, ${big.chars.toLocaleString('en')} chars: annotate (median of ${BIG_LOADS})`, f(big.annotate), f3(big.floor), ratio(big.annotate, big.floor), '≤ 250 ms'],
    [`${BIG_COPIES}× seed: annotate, main-thread work only`, f(big.work), f3(big.floor), ratio(big.work, big.floor), ''],
    [`${BIG_COPIES}× seed: read / extract / label (median)`, `${f(big.read)} / ${f(big.extract)} / ${f(big.label)}`, '', '', ''],
    [`${BIG_COPIES}× seed: longest main-thread task`, f(big.longest || 0), '', '', '≤ 50 ms'],
    ['non-article page (channel list): detect (median)', f(nonArticle), '', '', '≤ 2 ms'],
    ['content script on every page (detect.js)', gz('content-scripts/detect.js'), '', '', '≤ 60 kB'],
    ['annotator, articles only (news.js)', gz('content-scripts/news.js'), '', '', ''],
    ...conversion,
  ];
  const head = ['measure', 'time', 'floor (TreeWalker read)', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nKanbao benchmark — Chromium ${version}, ${new Date().toISOString().slice(0, 10)}; seed ${seed.chars} chars, ${seed.marks} marks; big page ${big.marks} marks`);
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('Long tasks are those over 50 ms (PerformanceObserver "longtask"); "0.0 ms" means none.');
} finally {
  await b.close();
  await srv.close();
}
