// The library's rows of `npm run bench`: a generated library of 10,000 articles (fixed seed) in
// Chromium's own IndexedDB on disk, in a page of a local origin (the library code bundled with
// esbuild, the same modules the extension's library page and background use). Each time stands
// beside its floor measured in the same run: the same rows read straight from the object store
// by key, no index, no library code, nothing rendered. Runs alone too:
// `node scripts/bench-library.mjs [articles]`.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_BIN, ROOT } from '../tests/e2e/harness.mjs';
import { fmtBytes, fmtMs, median, ratio, SEED_FILE } from './bench-util.mjs';

const SEED = 20240501;
const DB = 'kanbao-library-bench';
const COLD_LOADS = 7;
const SEARCH_REPEATS = 7;
const IDLE_MS = 10_000;
const PAUSE_MS = 500;

async function bundle(contents, { external = [] } = {}) {
  const { build } = await import('esbuild');
  const r = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true, minify: true, format: 'iife', platform: 'browser', write: false, external, logLevel: 'silent',
  });
  return r.outputFiles[0].text;
}

/** Texts the templates come from: the annotation gold texts (plain text) and the seed page's paragraphs. */
function templateTexts() {
  const dir = path.join(ROOT, 'tests/fixtures/gold');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  // The seed's article text without its markup: the paragraphs of its body.
  const html = readFileSync(SEED_FILE, 'utf8');
  const body = html.slice(html.indexOf('<div class="rm_txt_con'), html.indexOf('<div class="edit'));
  texts.push(body.replace(/<\/p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/\n\s*\n+/g, '\n').trim());
  return texts;
}

/** Bytes of every file under a folder: the database as it lies on disk. */
function diskBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return n;
}

function listFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) console.error(`  ${path.join(e.parentPath ?? e.path, e.name).slice(dir.length)} ${statSync(path.join(e.parentPath ?? e.path, e.name)).size}`);
  }
}

/** What Dexie adds to a bundle: the library's code gzip'd with and without it. */
async function dexieBytes() {
  const entry = "export * from './lib/library';";
  const withDexie = gzipSync(await bundle(entry)).length;
  const withoutDexie = gzipSync(await bundle(entry, { external: ['dexie'] })).length;
  const dexieAlone = gzipSync(await bundle("import Dexie from 'dexie'; globalThis.D = Dexie;")).length;
  return { withDexie, withoutDexie, dexieAlone };
}

export async function measureLibrary({ articles = 10_000 } = {}) {
  const code = readFileSync(path.join(ROOT, 'scripts/bench-library-page.ts'), 'utf8');
  const script = await bundle(code.replace(/from '\.\.\//g, "from './"));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>library bench</title>');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'kanbao-library-bench-'));
  const launch = async () => {
    const c = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_BIN, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await c.addInitScript({ content: script });
    const p = c.pages()[0] ?? await c.newPage();
    await p.goto(origin);
    return [c, p];
  };
  let [context, page] = await launch();
  try {
    const call = async (fn, ...args) => {
      const t0 = Date.now();
      const r = await page.evaluate(([f, a]) => globalThis.kanbaoLibraryBench[f](...a), [fn, args]);
      if (process.env.KANBAO_BENCH_VERBOSE) console.error(`  ${fn}(${typeof args[1] === 'string' ? args[1] : ''}) ${Date.now() - t0} ms`);
      return r;
    };

    await call('buildTemplates', templateTexts());
    const fill = await call('fill', DB, articles, SEED);
    // The browser restarted, so the database's write log is folded into its tables, as it is
    // for a reader the next day; then the size on disk and the browser's estimate.
    await context.close();
    [context, page] = await launch();
    const idbDir = path.join(userDataDir, 'Default', 'IndexedDB');
    const atRestart = diskBytes(idbDir);
    // Then idle a while, as a browser does between readings: the database compacts in the background.
    await page.waitForTimeout(IDLE_MS);
    const size = { ...await call('estimate'), disk: diskBytes(idbDir), atRestart };
    if (process.env.KANBAO_BENCH_VERBOSE) listFiles(idbDir);

    // Open + first page, cold: every run in a freshly loaded page, measured and floor alternating.
    const opens = [];
    const floors = [];
    let keys = null;
    for (let i = 0; i < COLD_LOADS; i++) {
      await page.reload();
      const o = await call('openFirstPage', DB);
      opens.push(o.ms);
      keys ??= await call('keysOf', DB, o.ids);
      await page.reload();
      floors.push((await call('floorFirstPage', DB, keys)).ms);
    }

    // Searches, warm (the library page is open): each query's time beside reading its hits by key.
    const { Converter } = await import('opencc-js');
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const queries = [
      ['a program in many articles', /“([^”]+)”/.exec(fill.topProgram.name)?.[1] ?? fill.topProgram.name],
      ['a rare title word', fill.rareTitle],
      ['the most named person, typed in Traditional', toTraditional(fill.topPerson.name)],
      ['what many figures measure, typed in Traditional', toTraditional(fill.topMeasure.name)],
      ['one character', fill.topMeasure.name.slice(0, 1)],
    ];
    // The first search of a fresh page: as the library page does it (the list shown, then a
    // reader's pause of PAUSE_MS before the first query; listing starts reading the heads), and
    // with nothing read before (the heads read inside the search).
    const firsts = [];
    const colds = [];
    const coldFloors = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const q = queries[i % queries.length][1];
      await page.reload();
      await call('openListPause', DB, PAUSE_MS);
      firsts.push((await call('search', DB, q)).ms);
      await page.reload();
      await call('openOnly', DB);
      const s = await call('search', DB, q);
      colds.push(s.ms);
      const hits = await call('keysOf', DB, s.ids);
      await page.reload();
      coldFloors.push((await call('floorRows', DB, hits)).ms);
    }
    await page.reload();
    const searches = [];
    for (const [what, q] of queries) {
      const times = [];
      const floorTimes = [];
      let hits = null;
      for (let i = 0; i < SEARCH_REPEATS; i++) {
        const s = await call('search', DB, q);
        times.push(s.ms);
        hits ??= await call('keysOf', DB, s.ids);
        floorTimes.push((await call('floorRows', DB, hits)).ms);
      }
      searches.push({ what, q, ms: median(times), floor: median(floorTimes), hits: hits.length });
    }
    const scan = await call('scan', DB, queries[0][1]);

    const dexie = await dexieBytes();
    const open = median(opens);
    const floor = median(floors);
    const searchMs = median(searches.map((s) => s.ms));
    const searchWorst = Math.max(...searches.map((s) => s.ms));
    const searchFloor = median(searches.map((s) => s.floor));
    const n = fill.total.toLocaleString('en');
    const rows = [
      [`library, ${n} articles: open + first page of 50 (median of ${COLD_LOADS} fresh pages)`, fmtMs(open), `50 rows by key ${fmtMs(floor)}`, ratio(open, floor), '≤ 300 ms'],
      [`library: first search, ${PAUSE_MS / 1000} s after the list was shown in a fresh page (median of ${COLD_LOADS})`, fmtMs(median(firsts)), `hits by key ${fmtMs(median(coldFloors))}`, ratio(median(firsts), median(coldFloors)), '≤ 50 ms'],
      [`library: first search in a fresh page with nothing read before (median of ${COLD_LOADS})`, fmtMs(median(colds)), `hits by key ${fmtMs(median(coldFloors))}`, ratio(median(colds), median(coldFloors)), '≤ 50 ms'],
      [`library: search, first 50 hits (median of ${searches.length} queries × ${SEARCH_REPEATS}; slowest ${fmtMs(searchWorst)})`, fmtMs(searchMs), `hits by key ${fmtMs(searchFloor)}`, ratio(searchMs, searchFloor), '≤ 50 ms'],
      [`library: database size on disk, ${n} articles (after a browser restart and ${IDLE_MS / 1000} s idle; at the restart ${fmtBytes(size.atRestart)})`, fmtBytes(size.disk), `records as JSON ${fmtBytes(fill.jsonBytes)}`, ratio(size.disk, fill.jsonBytes), '< 100 MB'],
      ['library code with Dexie (library page and background), gzip', fmtBytes(dexie.withDexie), `without Dexie ${fmtBytes(dexie.withoutDexie)}`, ratio(dexie.withDexie, dexie.withoutDexie), ''],
    ];
    const details = `Library: ${n} articles generated with seed ${SEED} from ${templateTexts().length} real texts (their figures, dates, programs and sentences as Kanbao's core extracts them) ` +
      `plus ${fill.programs} programs and ${fill.people} people drawn Zipf-like, over two years and 12 outlets; filled in ${fmtMs(fill.ms)} (bulk imports of 500). ` +
      `Searches (time / the same hits read by key): ` +
      searches.map((s) => `${s.what} “${s.q}” ${fmtMs(s.ms)} / ${fmtMs(s.floor)}`).join('; ') +
      `. The first query with no help at all (every record read and matched): ${fmtMs(scan.ms)}, ${scan.hits} articles` +
      `. Dexie alone is ${fmtBytes(dexie.dexieAlone)} gzip.`;
    return { rows, details, raw: { fill, size, opens, floors, firsts, colds, coldFloors, searches, scan, dexie } };
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const articles = Number(process.argv[2] ?? 10_000);
  const r = await measureLibrary({ articles });
  for (const row of r.rows) console.log(row.join(' | '));
  console.log(r.details);
  console.log('(in Chromium\'s IndexedDB on disk, a page of a local origin; not the extension\'s library page)');
}
