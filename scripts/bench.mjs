// `npm run bench`: what Kanbao costs in real Chromium with the built extension, measured in one
// run, printed as one table and written with its explanations to docs/benchmark.md (the page is
// made by bench-report.mjs, so the published numbers are always a whole run). Every row has a ratio to its
// floor (the least any implementation could cost: reading the same text, the page's own work,
// the page without Kanbao) or to its peer (opencc-js's HTMLConverter); the footnotes say which.
// Numbers, not pass/fail: speed goals live here, never in timed unit tests.
//
// Environment (all optional):
//   KANBAO_BENCH_RUNS   how many times the goal rows are measured within this one invocation
//                       (default 5). Each run measures them the same way, each ratio against its
//                       peer or floor of the same run; the "Goals" table gives min / median / max of
//                       each goal over the runs and in how many runs it was met. The other rows
//                       (traces of loads, detector, sizes, memory, library) are measured once.
//   KANBAO_BENCH_ONLY   a comma list of row groups to measure, the rest skipped: convert (seed and
//                       1 MB conversion against HTMLConverter), undo (1 MB undo and its longest own
//                       task), annotate (seed page, and HTMLConverter's seed conversion as its peer),
//                       jieba, big (the 200,000-character page), memory, detect (non-article page,
//                       script sizes), library. E.g. KANBAO_BENCH_ONLY=convert,undo KANBAO_BENCH_RUNS=3.
//                       A partial run prints its tables but does not write docs/benchmark.md.
//   KANBAO_BENCH_LOADS  seed-page loads per run (default 10), and KANBAO_BENCH_BIG_LOADS
//                       200,000-character page loads per run (default 3): they trade time for steadier
//                       medians; the other counts scale from them.
//   KANBAO_OUTPUT_DIR   the built extension to measure (else .output/).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, OUTPUT_DIR, ROOT } from '../tests/e2e/harness.mjs';
import { loadRoutes, startServer, URLS } from './serve.mjs';
import { addConversionRoutes, measureConversion } from './bench-convert.mjs';
import { benchReport } from './bench-report.mjs';
import { measureJieba } from './bench-jieba.mjs';
import { measureLibrary } from './bench-library.mjs';
import { measureMemory } from './bench-memory.mjs';
import { measureNonArticle, measureNoopContentScript } from './bench-nonarticle.mjs';
import { loadTasks, startTrace } from './bench-trace.mjs';
import { addRoute, buildRepeatedPage, fmtBytes, fmtMs, fmtTask, median, medianRow, PLAIN_HOST, ratio, SEED_FILE, waitAnnotated } from './bench-util.mjs';

const started = Date.now();
// Other work on the machine slows every row, so the page records the load the run met: the
// 1-minute load average, sampled every 5 s (a run on a quiet 2-core machine stays near 1).
const loadAverages = [os.loadavg()[0]];
const loadSampler = setInterval(() => loadAverages.push(os.loadavg()[0]), 5000);
loadSampler.unref();
const RUNS = Math.max(1, Number(process.env.KANBAO_BENCH_RUNS ?? 5));
const SEED_LOADS = Math.max(1, Number(process.env.KANBAO_BENCH_LOADS ?? 10));
const BIG_LOADS = Math.max(1, Number(process.env.KANBAO_BENCH_BIG_LOADS ?? 3));
const TRACED = Math.max(1, Math.round(SEED_LOADS / 2)); // traced loads for the longest task
const BIG_TRACED = BIG_LOADS;
const BIG_COPIES = 40;
const BIG_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290099.html';
const PLAIN = { seed: `http://${PLAIN_HOST}/mem-seed.html`, big: `http://${PLAIN_HOST}/mem-big.html` };
const GROUPS = ['convert', 'undo', 'annotate', 'jieba', 'big', 'memory', 'detect', 'library'];
const ONLY = onlyGroups(process.env.KANBAO_BENCH_ONLY);
const wants = (group) => ONLY === null || ONLY.has(group);

/** KANBAO_BENCH_ONLY as a set of groups (null: every group); an unknown name stops the run. */
function onlyGroups(value) {
  if (!value?.trim()) return null;
  const names = value.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = names.filter((x) => !GROUPS.includes(x));
  if (unknown.length) throw new Error(`KANBAO_BENCH_ONLY: unknown ${unknown.join(', ')} (known: ${GROUPS.join(', ')})`);
  return new Set(names);
}

/** In the page: Kanbao's measures, and the floor, a bare TreeWalker pass reading the same text. */
function readMeasures(scope) {
  const one = (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null;
  const root = (scope === 'article' && document.querySelector('.rm_txt_con')) || document.body;
  // Visit every text node once and read its data. Timers in a page are coarse (0.1 ms), so the
  // pass is repeated and the time divided; the best of five is the floor.
  const REPEAT = 50;
  const pass = () => {
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < REPEAT; i++) {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = w.nextNode(); node; node = w.nextNode()) n += node.data.length;
    }
    return { ms: (performance.now() - t0) / REPEAT, chars: n / REPEAT };
  };
  pass(); // warm up
  const runs = Array.from({ length: 5 }, pass);
  return {
    detect: one('kanbao:detect'),
    read: one('kanbao:read'),
    extract: one('kanbao:extract'),
    label: one('kanbao:label'),
    annotate: one('kanbao:annotate'),
    work: one('kanbao:annotate-work'),
    floor: Math.min(...runs.map((r) => r.ms)),
    chars: runs[0].chars,
    marks: document.querySelectorAll('kanbao-mark').length,
  };
}

/** `loads` fresh loads of an article: Kanbao's measures (medians) and the floor. */
async function measureArticle(b, url, loads) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const page = await b.newPage();
    await page.goto(url);
    await waitAnnotated(page, url);
    rows.push(await page.evaluate(readMeasures, 'article'));
    await page.close();
  }
  const m = (k) => median(rows.map((r) => r[k]));
  return {
    detect: m('detect'), read: m('read'), extract: m('extract'), label: m('label'),
    annotate: m('annotate'), work: m('work'), floor: m('floor'), chars: rows[0].chars, marks: rows[0].marks,
  };
}

/** Traced loads: Kanbao's longest main-thread task and the page's own (medians over loads). */
async function measureTasks(b, url, loads) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const page = await b.newPage();
    const trace = await startTrace(page);
    await page.goto(url);
    await waitAnnotated(page, url);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const r = loadTasks(await trace.stop(), url);
    if (!r) throw new Error(`bench: no Kanbao script in the trace of ${url}`);
    rows.push(r);
    await page.close();
  }
  return {
    kanbao: medianRow(rows.map((r) => r.kanbao), 'ms'),
    page: medianRow(rows.map((r) => r.page), 'ms'),
    worst: Math.max(...rows.map((r) => r.kanbao.ms)),
  };
}

/** The browser's own name for itself, e.g. "Chrome/156.0.8078.108" (Browser.getVersion). */
async function browserVersion(b) {
  const page = await b.newPage();
  const cdp = await page.context().newCDPSession(page);
  const v = await cdp.send('Browser.getVersion');
  await page.close();
  return { product: v.product, userAgent: v.userAgent };
}

// ---- The run ------------------------------------------------------------------------------------

/**
 * The goals: each a ratio (or a time) per run, read from that run's numbers; `group` is the
 * KANBAO_BENCH_ONLY group that measures it. `value(run)` is null when the run did not measure it.
 */
const GOALS = [
  { group: 'convert', goal: 'convert the seed page → Taiwan, against HTMLConverter', target: '≤ 0.8×', limit: 0.8, unit: '×', value: (r) => div(r.conversion?.convertSeed, r.conversion?.peerSeed) },
  { group: 'convert', goal: 'convert the 1 MB page → Taiwan, against HTMLConverter', target: '≤ 0.8×', limit: 0.8, unit: '×', value: (r) => div(r.conversion?.convertMb, r.conversion?.peerMb) },
  { group: 'undo', goal: 'undo the 1 MB page (Original), against HTMLConverter', target: '≤ 2×', limit: 2, unit: '×', value: (r) => div(r.conversion?.undoMb, r.conversion?.peerUndoMb) },
  { group: 'undo', goal: "undo the 1 MB page: Kanbao's own longest task (rendering taken out)", target: '≤ 50 ms', limit: 50, unit: 'ms', value: (r) => r.conversion?.undoMbOwn ?? null },
  { group: 'annotate', goal: "annotate the seed page, against HTMLConverter's conversion of it", target: '≤ 1.0×', limit: 1, unit: '×', value: (r) => div(r.seed?.annotate, r.conversion?.peerSeed) },
  { group: 'jieba', goal: "jieba's first answer on an article, against its warm answer", target: '≤ 5×', limit: 5, unit: '×', value: (r) => div(r.jieba?.first, r.jieba?.warm) },
  { group: 'big', goal: 'annotate the 200,000-character page', target: '≤ 250 ms', limit: 250, unit: 'ms', value: (r) => r.big?.annotate ?? null },
];
const div = (a, b) => (a == null || b == null || !(b > 0) ? null : a / b);
const fmtGoal = (x, unit) => (x == null ? '-' : unit === 'ms' ? fmtMs(x) : ratio(x, 1));

/** The Goals table's rows: per goal measured, min / median / max over the runs and how many met it. */
function goalRows(runs) {
  const out = [];
  for (const g of GOALS) {
    if (!wants(g.group)) continue;
    // A run that could not measure the goal (a conversion that timed out) shows "-" and did not meet it.
    const each = runs.map(g.value);
    const xs = each.filter((x) => x != null);
    const met = xs.filter((x) => x <= g.limit).length;
    const spread = xs.length ? `${fmtGoal(Math.min(...xs), g.unit)} / ${fmtGoal(median(xs), g.unit)} / ${fmtGoal(Math.max(...xs), g.unit)}` : '-';
    out.push([g.goal, g.target, spread, `${met} of ${runs.length}`, each.map((x) => fmtGoal(x, g.unit)).join(', ')]);
  }
  return out;
}

const routes = loadRoutes();
const bigFile = buildRepeatedPage(BIG_COPIES, 'seed-x40.html');
addRoute(routes, BIG_URL, bigFile);
addRoute(routes, PLAIN.seed, SEED_FILE);
addRoute(routes, PLAIN.big, bigFile);
const conversionUrls = addConversionRoutes(routes, URLS.seed);
const srv = await startServer({ routes });
let noop = null;
if (wants('detect')) {
  console.error('bench: a no-op content script, in a browser of its own');
  noop = await measureNoopContentScript(srv.port, URLS.list, { traced: TRACED }).catch(async (e) => {
    await srv.close();
    throw e;
  });
}
const b = await launchChromium({ port: srv.port });
const rows = [];
const runs = [];
let head;
let details = '';
try {
  const version = await browserVersion(b);
  const step = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const walk = (ms) => `walk ${fmtMs(ms)}`;
  const own = (t) => `page's own ${fmtTask(t)}`;
  for (let i = 0; i < RUNS; i++) {
    // The first run measures every row of the table; later runs only the goals' rows.
    const first = i === 0;
    const at = `run ${i + 1} of ${RUNS}`;
    const run = {};
    if (wants('annotate')) {
      step(`${at}: seed page`);
      run.seed = await measureArticle(b, URLS.seed, SEED_LOADS);
      if (first) run.seedTasks = await measureTasks(b, URLS.seed, TRACED);
    }
    if (wants('big')) {
      step(`${at}: 200,000-character page`);
      run.big = await measureArticle(b, BIG_URL, BIG_LOADS);
      if (first) run.bigTasks = await measureTasks(b, BIG_URL, BIG_TRACED);
    }
    if (wants('convert') || wants('undo') || wants('annotate')) {
      step(`${at}: conversion`);
      const convert = wants('convert');
      const undo = wants('undo');
      const c = await measureConversion(b, conversionUrls, {
        loads: Math.max(1, Math.round(SEED_LOADS / 2)), mbLoads: BIG_LOADS,
        traced: Math.max(1, Math.round(SEED_LOADS / 5)), mbTraced: Math.max(1, Math.round(BIG_LOADS / 1.5)),
        parts: {
          seed: convert, seedPeer: convert || wants('annotate'), mb: convert || undo, mbPeer: convert || undo,
          seedTraced: convert && first, mbTraced: undo, mbPeerTraced: (convert || undo) && first,
        },
        log: (what) => step(`${at}: conversion, ${what}`),
      });
      run.conversion = c.goals;
      run.conversionRows = c.rows;
    }
    if (wants('jieba')) {
      step(`${at}: jieba`);
      const j = await measureJieba(b, URLS.seed, { colds: 2, warms: 5 });
      run.jieba = j.goals;
      run.jiebaRows = j.rows;
    }
    runs.push(run);
    const g = goalRows([run]);
    if (g.length) console.error(g.map((r) => `  ${r[0]}: ${r[4]} (${r[1]})`).join('\n'));
  }
  const r1 = runs[0];
  let list = null;
  let memory = [];
  let library = null;
  if (wants('detect')) {
    step('non-article page');
    list = await measureNonArticle(b, URLS.list, { loads: SEED_LOADS * 2, traced: TRACED });
  }
  if (wants('memory')) {
    step('memory');
    const memLoads = Math.max(1, Math.min(3, BIG_LOADS));
    memory = [
      ...await measureMemory(b, 'seed', { plainUrl: PLAIN.seed, kanbaoUrl: URLS.seed, loads: memLoads }),
      ...await measureMemory(b, `${BIG_COPIES}× seed`, { plainUrl: PLAIN.big, kanbaoUrl: BIG_URL, loads: memLoads }),
    ];
  }
  if (wants('library')) {
    step('library (10,000 generated articles, a browser of its own)');
    library = await measureLibrary({ articles: Number(process.env.KANBAO_BENCH_LIBRARY ?? 10_000) });
  }

  const ext = (file) => gzipSync(readFileSync(path.join(OUTPUT_DIR, 'chrome-mv3', file))).length;
  const seedHtml = gzipSync(readFileSync(SEED_FILE)).length;
  const { seed, seedTasks, big, bigTasks } = r1;
  const bigLabel = big ? `${BIG_COPIES}× seed (${big.chars.toLocaleString('en')} chars)` : '';
  if (seed) {
    rows.push(
      [`seed: annotate (median of ${SEED_LOADS} loads)`, fmtMs(seed.annotate), walk(seed.floor), ratio(seed.annotate, seed.floor), '≤ 15 ms'],
      ['seed: annotate, main-thread work only', fmtMs(seed.work), walk(seed.floor), ratio(seed.work, seed.floor), ''],
      [`seed: longest main-thread task, load → annotated (median of ${TRACED} traced)`, fmtTask(seedTasks.kanbao), own(seedTasks.page), ratio(seedTasks.kanbao.ms, seedTasks.page.ms), '≤ 50 ms'],
    );
    if (r1.conversion?.peerSeed != null) {
      rows.push(['seed: annotate, against HTMLConverter converting the seed page', fmtMs(seed.annotate), `HTMLConverter ${fmtMs(r1.conversion.peerSeed)}`, ratio(seed.annotate, r1.conversion.peerSeed), '≤ 1.0×']);
    }
  }
  if (big) {
    rows.push(
      [`${bigLabel}: annotate (median of ${BIG_LOADS})`, fmtMs(big.annotate), walk(big.floor), ratio(big.annotate, big.floor), '≤ 250 ms'],
      [`${BIG_COPIES}× seed: annotate, main-thread work only`, fmtMs(big.work), walk(big.floor), ratio(big.work, big.floor), ''],
      [`${BIG_COPIES}× seed: longest main-thread task, load → annotated (median of ${BIG_TRACED} traced)`, fmtTask(bigTasks.kanbao), own(bigTasks.page), ratio(bigTasks.kanbao.ms, bigTasks.page.ms), '≤ 50 ms'],
    );
  }
  if (list) {
    rows.push(
      [`non-article page (channel list): detect (median of ${SEED_LOADS * 2})`, fmtMs(list.detect), walk(list.floor), ratio(list.detect, list.floor), '≤ 2 ms'],
      [`non-article page: detect.js on the main thread, compile + run (median of ${TRACED} traced)`, fmtMs(list.script), `no-op content script ${fmtMs(noop)}`, ratio(list.script, noop), ''],
      ['content script on every page (detect.js), gzip', fmtBytes(ext('content-scripts/detect.js')), `seed HTML ${fmtBytes(seedHtml)}`, ratio(ext('content-scripts/detect.js'), seedHtml), '≤ 60 kB'],
      ['annotator, injected into articles only (news.js), gzip', fmtBytes(ext('content-scripts/news.js')), `seed HTML ${fmtBytes(seedHtml)}`, ratio(ext('content-scripts/news.js'), seedHtml), ''],
    );
  }
  rows.push(...(r1.conversionRows ?? []), ...(r1.jiebaRows ?? []), ...memory, ...(library?.rows ?? []));
  const date = new Date().toISOString().slice(0, 10);
  const chromium = version.product.replace(/^(Headless)?Chrome\//, '');
  // The header names the date and the browser exactly as the browser reports itself.
  const cores = os.cpus().length;
  head = (wall) => `Measured ${date} in Chromium ${chromium}, headless (the browser reports ${version.product}), ` +
    `on ${cores} CPU cores (1-minute load average ${Math.min(...loadAverages).toFixed(1)}–${Math.max(...loadAverages).toFixed(1)} during the run); ` +
    `${RUNS} run${RUNS === 1 ? '' : 's'} of the goals' rows in one invocation of ${wall} s.` +
    (ONLY ? ` Only: ${[...ONLY].join(', ')}.` : '') +
    // A load above the core count means other work shared the CPU: every timing is inflated.
    (Math.max(...loadAverages) > cores
      ? ' **The machine was busy during this run** (load above its cores): the timings are inflated; run `npm run bench` again on a quiet machine before comparing them.'
      : '');
  const parts = [];
  if (seed) {
    parts.push(`the seed has ${seed.chars.toLocaleString('en')} characters of article text and gets ${seed.marks} marks` +
      (big ? `; ${BIG_COPIES}× seed gets ${big.marks.toLocaleString('en')}` : '') + '.');
    parts.push(`Medians before annotating: seed detect ${fmtMs(seed.detect)}, read ${fmtMs(seed.read)}` + (big ? `; ${BIG_COPIES}× seed read ${fmtMs(big.read)}` : '') + '.');
    parts.push(`Inside annotate: seed extract ${fmtMs(seed.extract)}, label ${fmtMs(seed.label)}` + (big ? `; ${BIG_COPIES}× seed extract ${fmtMs(big.extract)}, label ${fmtMs(big.label)}` : '') + '.');
    parts.push(`Worst longest task while annotating: seed ${fmtMs(seedTasks.worst)}` + (big ? `, ${BIG_COPIES}× seed ${fmtMs(bigTasks.worst)}` : '') + '.');
  }
  if (library) parts.push(library.details);
  details = parts.length ? `Details (run 1): ${parts.join(' ')}` : '';
} finally {
  await b.close();
  await srv.close();
}

const FOOTNOTES = [
  'Floors and peers:',
  '- walk: a bare TreeWalker pass in the page reading every text node of the article body (on the non-article page: of the whole body); best of 5 × 50 passes. No annotator can read less. The channel list page is a small fixture (tests/fixtures/e2e/people_hn_list_356883.html), so its walk is tiny: there the no-op content script is the fairer floor.',
  "- no-op content script: a content script that only sets one attribute, at the same run_at, in a throwaway extension in a browser of its own; main-thread time (EvaluateScript: compile + run) from a trace, like detect.js's.",
  "- page's own: on the same traced load, the page's longest main-thread task from the document's commit until Kanbao's detector starts (parsing, style, layout, paint). Kanbao's longest task counts every task from the detector's start until the marks are in (plus 100 ms of the style and layout they cause).",
  "- HTMLConverter: opencc-js HTMLConverter repairing the same page the same way (Traditional → Simplified → Traditional), on a host Kanbao does not run on, dictionaries built first. Its longest task, like Kanbao's, comes from traced runs and includes the rendering each change causes.",
  "- Longest tasks: from a trace of the page's main thread (every task, not only those over 50 ms), with the part spent on style, layout and paint (“rendering”); medians over traced loads, which are apart from the timed ones (tracing slows the page).",
  "- seed HTML: the seed article's own HTML, gzip, for scale.",
  "- jieba cold: the first request after the background started (wasm fetch and compile, dictionary, analysis; the worker is stopped before each cold start and woken first, so its own start-up is not counted), against a warm request. jieba first answer on an article: the worker stopped, a fresh load of the seed page (its detector wakes the background, which starts jieba), and the request sent the moment the page is annotated: what a reader who opens the sidebar at once meets. jieba warm: later requests, against the round trip of the same text to the background with nothing analysed (messaging alone). Every request sends a text of its own (the seed text with its paragraphs rotated: same characters, same length), so the background's memo of recent analyses never answers: the rows time jieba. All timed in the content script, request to reply.",
  "- library: measured in a page of a local origin in Chromium (its IndexedDB on disk), not in the extension's library page: the same library code (lib/library, bundled with esbuild), without the page's rendering. Floors: the same rows read straight from the object store by key, with no index and no library code (open + first page: in a fresh page, including opening the database). The size is the database's folder on disk after a browser restart, beside the records as UTF-8 JSON. KANBAO_BENCH_LIBRARY sets the number of articles (default 10,000).",
  "- memory: without = the same HTML on a host Kanbao does not match (no content script); with = on its news host once annotated, sidebar closed. After a full GC (DevTools protocol). The V8 heap is the page's isolate, which in Chromium also holds the content scripts' isolated world: it counts the page and both Kanbao scripts. Blink heap: DOM and other C++ objects; DOM nodes: live nodes in the page's renderer.",
];
const RATIOS = 'Ratios are value / floor or peer (memory: with / without). Timings are medians over the loads given, from run 1 (the Goals table above has every run); each load starts the annotator afresh (first use: table builds, cold code).';

const wall = ((Date.now() - started) / 1000).toFixed(0);
const goals = goalRows(runs);
const { section, page } = benchReport({ head: head(wall), goals, runs: RUNS, rows, details, footnotes: FOOTNOTES, ratios: RATIOS });
console.log(`\n${section}`);
if (ONLY) {
  console.log('(a partial run, KANBAO_BENCH_ONLY: docs/benchmark.md is left as it was)');
} else {
  const OUT = path.join(ROOT, 'docs/benchmark.md');
  writeFileSync(OUT, page);
  console.log(`(written with its explanations to ${path.relative(ROOT, OUT)})`);
}
