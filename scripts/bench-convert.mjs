// Conversion part of `npm run bench`: converting the seed page and a page with 1 MB of
// text to Traditional (Taiwan) in real Chromium, undo, the longest main-thread task meanwhile, and
// the ratio to opencc-js's own HTMLConverter doing the same work (Traditional → Simplified →
// Traditional, to repair) on the same page. Both converters are warmed up first: the numbers are
// steady-state. Longest tasks come from separate traced loads (tracing slows the page a little),
// for both, with the page's rendering after each change (style, layout, paint) counted.
import path from 'node:path';
import { ROOT } from '../tests/e2e/harness.mjs';
import { startTrace, longestTaskAround } from './bench-trace.mjs';
import { addRoute, buildRepeatedPage, fmtMs, fmtTask, median, medianRow, PLAIN_HOST, ratio, SEED_FILE, waitAnnotated } from './bench-util.mjs';

export const MB_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290098.html';

/** The seed page with its body repeated until the page holds about 1 MB of text. */
export const buildMegabytePage = () => buildRepeatedPage(Math.ceil(1_000_000 / 5_000), 'seed-1mb.html');

/** Routes for the 1 MB page, on a news host and (for opencc-js alone) on a host Kanbao does not match. */
export function addConversionRoutes(routes, seedUrl) {
  const mbFile = buildMegabytePage();
  const urls = { seed: seedUrl, mb: MB_URL, seedPeer: `http://${PLAIN_HOST}/seed.html`, mbPeer: `http://${PLAIN_HOST}/seed-1mb.html` };
  addRoute(routes, urls.mb, mbFile);
  addRoute(routes, urls.seedPeer, SEED_FILE);
  addRoute(routes, urls.mbPeer, mbFile);
  return urls;
}

const lastConvert = () => performance.getEntriesByName('kanbao:convert').at(-1)?.duration ?? null;

/**
 * How long one conversion or undo may take before the bench gives up on that load (its values are
 * then missing, and the goal counts as not met in that run): a conversion that hangs must not hold
 * the whole bench. Minutes, far above any time worth measuring.
 */
const STEP_TIMEOUT_MS = Number(process.env.KANBAO_BENCH_STEP_TIMEOUT ?? 60_000);
const timedOut = Symbol('timed out');

/** One load: convert to Taiwan, then back to Original. Traced: the longest task of each instead. */
async function kanbaoOnce(b, url, { traced = false } = {}) {
  const page = await b.newPage();
  await page.goto(url);
  await waitAnnotated(page, url);
  const tabId = await b.tabIdFor(url);
  const step = async (to) => {
    const trace = traced ? await startTrace(page) : null;
    let timer;
    const sent = b.send(tabId, { type: 'kanbao/convert', to });
    sent.catch(() => {});
    const done = await Promise.race([sent, new Promise((r) => { timer = setTimeout(() => r(timedOut), STEP_TIMEOUT_MS); })]);
    clearTimeout(timer);
    if (done === timedOut) {
      console.error(`bench: kanbao/convert to ${to} on ${url} took over ${STEP_TIMEOUT_MS / 1000} s; this load is left out`);
      await trace?.stop().catch(() => {});
      throw timedOut;
    }
    const ms = await page.evaluate(lastConvert);
    if (!trace) return ms;
    // The refresh after a length change and the rendering happen after the reply: let them run.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    return longestTaskAround(await trace.stop(), 'kanbao:convert');
  };
  try {
    const convert = await step('taiwan');
    const undo = await step('original');
    return { convert, undo };
  } catch (e) {
    if (e !== timedOut) throw e;
    return { convert: null, undo: null, timedOut: true };
  } finally {
    await page.close();
  }
}

/**
 * One load on a host Kanbao does not run on: opencc-js alone. Traced: the longest task while it
 * converts and restores, the page's rendering after each included (as for Kanbao).
 */
async function openccOnce(b, url, { traced = false } = {}) {
  const page = await b.newPage();
  await page.goto(url);
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/opencc-js/dist/umd/full.js') });
  await page.evaluate(() => {
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const repair = (s) => toTw(toCn(s));
    repair('預熱字典'); // build the dictionaries before timing, as Kanbao's background is warm
    document.documentElement.lang = 'zh-TW';
    window.__opencc = OpenCC.HTMLConverter(repair, document.documentElement, 'zh-TW', 'zh-TW');
  });
  const trace = traced ? await startTrace(page) : null;
  const settle = () => (traced ? page.evaluate(() => new Promise((r) => setTimeout(r, 300))) : null);
  const run = (method) => page.evaluate((m) => {
    const t0 = performance.now();
    window.__opencc[m]();
    return performance.measure('opencc:run', { start: t0 }).duration;
  }, method);
  const convert = await run('convert');
  await settle();
  const undo = await run('restore');
  await settle();
  const longest = trace ? longestTaskAround(await trace.stop(), 'opencc:run') : null;
  await page.close();
  return { convert, undo, longest };
}

async function repeat(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/**
 * One run of the conversion measures. `parts` says which loads to make (each part costs loads):
 * `seed` (Kanbao's seed conversion), `seedPeer` (HTMLConverter's: the peer of the seed conversion
 * and of the seed annotation), `mb` and `mbPeer` (the 1 MB page, converted and undone), `mbTraced`
 * (traced 1 MB loads: the longest tasks of convert and of undo), `seedTraced` (traced seed loads,
 * Kanbao's and the peer's) and `mbPeerTraced`. Returns the raw numbers (`goals`) and, for the parts
 * made, the table's rows.
 */
export async function measureConversion(b, urls, { loads = 5, mbLoads = 2, traced = 2, mbTraced = 1, parts = {}, log = () => {} } = {}) {
  const p = { seed: true, seedPeer: true, mb: true, mbPeer: true, seedTraced: true, mbTraced: true, mbPeerTraced: true, ...parts };
  const part = async (on, what, n, fn) => {
    if (!on) return null;
    log(`${what} × ${n}`);
    return repeat(n, fn);
  };
  if (p.seed || p.mb || p.seedTraced || p.mbTraced) await kanbaoOnce(b, urls.seed); // warm-up: the background builds its converters here
  const seed = await part(p.seed, 'seed, Kanbao', loads, () => kanbaoOnce(b, urls.seed));
  const seedTasks = await part(p.seedTraced, 'seed, Kanbao, traced', traced, () => kanbaoOnce(b, urls.seed, { traced: true }));
  const seedPeer = await part(p.seedPeer, 'seed, HTMLConverter', loads, () => openccOnce(b, urls.seedPeer));
  const seedPeerTasks = await part(p.seedTraced, 'seed, HTMLConverter, traced', traced, () => openccOnce(b, urls.seedPeer, { traced: true }));
  const mb = await part(p.mb, '1 MB, Kanbao', mbLoads, () => kanbaoOnce(b, urls.mb));
  const mbTasks = await part(p.mbTraced, '1 MB, Kanbao, traced', mbTraced, () => kanbaoOnce(b, urls.mb, { traced: true }));
  const mbPeer = await part(p.mbPeer, '1 MB, HTMLConverter', mbLoads, () => openccOnce(b, urls.mbPeer));
  const mbPeerTasks = await part(p.mbPeerTraced, '1 MB, HTMLConverter, traced', mbTraced, () => openccOnce(b, urls.mbPeer, { traced: true }));
  const m = (rows, k) => (rows ? median(rows.map((r) => r[k])) : null);
  const peer = (ms) => `HTMLConverter ${fmtMs(ms)}`;
  // Loads whose conversion or undo took longer than STEP_TIMEOUT_MS: left out of the medians, said in the row.
  const lost = (rows) => {
    const n = rows?.filter((r) => r.timedOut).length ?? 0;
    return n ? `; ${n} timed out after ${STEP_TIMEOUT_MS / 1000} s` : '';
  };
  const longestRow = (label, rows, n, peerRows) => {
    const task = medianRow(rows.filter((r) => r.convert && r.undo).map((r) => (r.convert.ms >= r.undo.ms ? r.convert : r.undo)), 'ms');
    const peerTask = peerRows ? medianRow(peerRows.map((r) => r.longest), 'ms') : null;
    return [`${label}: longest main-thread task, convert or undo (median of ${n} traced)`, fmtTask(task), `HTMLConverter ${fmtTask(peerTask)}`, ratio(task?.ms, peerTask?.ms), '≤ 50 ms'];
  };
  // Kanbao's own part of undo's longest task: of every task while the page is restored, the
  // longest once the browser's style, layout and paint are taken out (a page whose text changes
  // is laid out again, whoever changes it).
  const undoOwn = mbTasks ? median(mbTasks.map((r) => r.undo?.own)) : null;
  const goals = {
    convertSeed: m(seed, 'convert'), peerSeed: m(seedPeer, 'convert'),
    convertMb: m(mb, 'convert'), undoMb: m(mb, 'undo'), peerMb: m(mbPeer, 'convert'), peerUndoMb: m(mbPeer, 'undo'), undoMbOwn: undoOwn,
  };
  const rows = [];
  if (seed && seedPeer) {
    rows.push(
      [`convert seed → Taiwan (with repair), warm (median of ${loads}${lost(seed)})`, fmtMs(goals.convertSeed), peer(goals.peerSeed), ratio(goals.convertSeed, goals.peerSeed), '≤ 0.8×'],
      [`undo seed (Original) (median of ${loads})`, fmtMs(m(seed, 'undo')), peer(m(seedPeer, 'undo')), ratio(m(seed, 'undo'), m(seedPeer, 'undo')), ''],
    );
  }
  if (seedTasks) rows.push(longestRow('seed', seedTasks, traced, seedPeerTasks));
  if (mb && mbPeer) {
    rows.push(
      [`convert 1 MB page → Taiwan, warm (median of ${mbLoads}${lost(mb)})`, fmtMs(goals.convertMb), peer(goals.peerMb), ratio(goals.convertMb, goals.peerMb), '≤ 0.8×'],
      [`undo 1 MB page (Original) (median of ${mbLoads}${lost(mb)})`, fmtMs(goals.undoMb), peer(goals.peerUndoMb), ratio(goals.undoMb, goals.peerUndoMb), '≤ 2×'],
    );
  }
  if (mbTasks) {
    rows.push(longestRow('1 MB page', mbTasks, mbTraced, mbPeerTasks));
    rows.push([`1 MB page: undo, Kanbao's own longest task (rendering taken out; median of ${mbTraced} traced${lost(mbTasks)})`, fmtMs(undoOwn), '', '', '≤ 50 ms']);
  }
  return { rows, goals };
}
