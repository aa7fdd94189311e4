// Conversion part of `npm run bench` (issue 4): converting the seed page and a page with 1 MB of
// text to Traditional (Taiwan) in real Chromium, the longest main-thread task meanwhile, undo, and
// the ratio to opencc-js's own HTMLConverter doing the same work (Traditional → Simplified →
// Traditional, to repair) on the same page. Both converters are warmed up first: the numbers are
// steady-state, the first conversion's dictionary build is reported apart.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { poll, ROOT } from '../tests/e2e/harness.mjs';

const SEED_FILE = path.join(ROOT, 'tests/fixtures/corpus/pages/people_hn_big5_seed.html');
export const MB_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290098.html';
/** The same pages on a host outside the extension's matches, for opencc-js alone. */
const PEER_HOST = 'opencc.bench.invalid';

/** The seed page with its body repeated until the page holds about 1 MB of text. */
export function buildMegabytePage() {
  const html = readFileSync(SEED_FILE, 'utf8');
  const open = html.indexOf('<div class="rm_txt_con');
  const bodyStart = html.indexOf('>', open) + 1;
  const editAt = html.indexOf('<div class="edit', bodyStart);
  const body = html.slice(bodyStart, editAt);
  const copies = Math.ceil(1_000_000 / 5_000);
  const file = path.join(ROOT, '.tmp/bench/seed-1mb.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html.slice(0, bodyStart) + body.repeat(copies) + html.slice(editAt));
  return file;
}

export function addConversionRoutes(routes, seedUrl) {
  const mbFile = buildMegabytePage();
  const add = (url, file) => {
    const u = new URL(url);
    routes.set(u.host + u.pathname, { url, file, encoding: 'utf-8', contentType: 'text/html; charset=utf-8' });
  };
  add(MB_URL, mbFile);
  add(`http://${PEER_HOST}/seed.html`, SEED_FILE);
  add(`http://${PEER_HOST}/seed-1mb.html`, mbFile);
  return { seedPeer: `http://${PEER_HOST}/seed.html`, mbPeer: `http://${PEER_HOST}/seed-1mb.html`, seed: seedUrl, mb: MB_URL };
}

function installLongTaskObserver() {
  window.__kanbaoLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__kanbaoLongTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

const lastConvert = () => performance.getEntriesByName('kanbao:convert').at(-1)?.duration ?? null;

async function kanbaoOnce(b, url) {
  const page = await b.newPage();
  await page.addInitScript(installLongTaskObserver);
  await page.goto(url);
  await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
    timeout: 120_000, message: `annotation of ${url}`,
  });
  const tabId = await b.tabIdFor(url);
  await page.evaluate(() => { window.__kanbaoLongTasks.length = 0; });
  // Long-task entries are delivered asynchronously: give the observer a moment before reading.
  const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const longestTask = () => page.evaluate(() => Math.max(0, ...window.__kanbaoLongTasks));
  await b.send(tabId, { type: 'kanbao/convert', to: 'taiwan' });
  const convert = await page.evaluate(lastConvert);
  await settle();
  const longest = await longestTask();
  await page.evaluate(() => { window.__kanbaoLongTasks.length = 0; });
  await b.send(tabId, { type: 'kanbao/convert', to: 'original' });
  const undo = await page.evaluate(lastConvert);
  await settle();
  const undoLongest = await longestTask();
  await page.close();
  return { convert, undo, longest, undoLongest };
}

async function openccOnce(b, url) {
  const page = await b.newPage();
  await page.goto(url);
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/opencc-js/dist/umd/full.js') });
  const r = await page.evaluate(() => {
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const repair = (s) => toTw(toCn(s));
    repair('預熱字典'); // build the dictionaries before timing, as Kanbao's background is warm
    document.documentElement.lang = 'zh-TW';
    const h = OpenCC.HTMLConverter(repair, document.documentElement, 'zh-TW', 'zh-TW');
    const t0 = performance.now();
    h.convert();
    const t1 = performance.now();
    h.restore();
    return { convert: t1 - t0, undo: performance.now() - t1 };
  });
  await page.close();
  return r;
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, c) => a - c);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** Rows for the bench table: [measure, time, floor/peer, ratio, target]. */
export async function measureConversion(b, urls, { loads = 5, mbLoads = 2 } = {}) {
  await kanbaoOnce(b, urls.seed); // warm-up: the background builds its converters here
  const seed = [];
  for (let i = 0; i < loads; i++) seed.push(await kanbaoOnce(b, urls.seed));
  const seedPeer = [];
  for (let i = 0; i < loads; i++) seedPeer.push(await openccOnce(b, urls.seedPeer));
  const mb = [];
  for (let i = 0; i < mbLoads; i++) mb.push(await kanbaoOnce(b, urls.mb));
  const mbPeer = [];
  for (let i = 0; i < mbLoads; i++) mbPeer.push(await openccOnce(b, urls.mbPeer));
  const f = (ms) => (ms == null ? '-' : `${ms.toFixed(1)} ms`);
  const ratio = (a, c) => (a == null || !c ? '-' : `${(a / c).toFixed(2)}`);
  const m = (rows, k) => median(rows.map((r) => r[k]));
  return [
    ['convert seed → Taiwan (repair), warm', f(m(seed, 'convert')), `HTMLConverter ${f(m(seedPeer, 'convert'))}`, ratio(m(seed, 'convert'), m(seedPeer, 'convert')), '≤ 1.0'],
    ['convert seed: longest main-thread task', f(Math.max(...seed.map((r) => r.longest))), '', '', '≤ 50 ms'],
    ['undo seed (Original)', f(m(seed, 'undo')), `HTMLConverter ${f(m(seedPeer, 'undo'))}`, ratio(m(seed, 'undo'), m(seedPeer, 'undo')), ''],
    ['convert 1 MB page → Taiwan, warm', f(m(mb, 'convert')), `HTMLConverter ${f(m(mbPeer, 'convert'))}`, ratio(m(mb, 'convert'), m(mbPeer, 'convert')), '≤ 1.0'],
    ['convert 1 MB page: longest main-thread task', f(Math.max(...mb.map((r) => r.longest))), '', '', '≤ 50 ms'],
    ['undo 1 MB page (Original)', f(m(mb, 'undo')), `HTMLConverter ${f(m(mbPeer, 'undo'))}`, ratio(m(mb, 'undo'), m(mbPeer, 'undo')), ''],
    ['undo 1 MB page: longest main-thread task', f(Math.max(...mb.map((r) => r.undoLongest))), '', '', '≤ 50 ms'],
  ];
}
