// `npm run test:e2e`: the fixture-server check, then the real-browser suites, Chromium then Firefox, one after the other (never in
// parallel: two browsers on 2 cores make both flaky). Exits non-zero if a build or a browser is missing
// or any test fails.
//
//   node scripts/e2e.mjs            both suites
//   node scripts/e2e.mjs firefox    one suite (server | chromium | firefox)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_DIR = path.resolve(process.env.KANBAO_OUTPUT_DIR ?? path.join(ROOT, '.output'));

const SUITES = [
  // The fixture server alone (no browser, < 1 s): a broken server would make both browser suites fail.
  { name: 'server', file: 'tests/e2e/serve.test.mjs' },
  { name: 'chromium', file: 'tests/e2e/chromium.test.mjs', build: 'chrome-mv3', buildCmd: 'npx wxt build',
    bin: process.env.KANBAO_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'firefox', file: 'tests/e2e/firefox.test.mjs', build: 'firefox-mv2', buildCmd: 'npx wxt build -b firefox',
    bin: process.env.KANBAO_FIREFOX ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  // Hostile pages (huge, deep, editable, self-rewriting, CSP, monkeypatched…), one browser at a time.
  { name: 'hostile-chromium', file: 'tests/e2e/hostile/chromium.test.mjs', build: 'chrome-mv3', buildCmd: 'npx wxt build',
    bin: process.env.KANBAO_CHROMIUM ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'hostile-firefox', file: 'tests/e2e/hostile/firefox.test.mjs', build: 'firefox-mv2', buildCmd: 'npx wxt build -b firefox',
    bin: process.env.KANBAO_FIREFOX ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
if (unknown.length) {
  console.error(`e2e: unknown suite(s) ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const suites = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;

/** Newest mtime under the source folders, to warn about a stale build. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['entrypoints', 'lib', 'components', 'public']) walk(path.join(ROOT, d));
  for (const f of ['wxt.config.ts', 'package.json']) if (existsSync(path.join(ROOT, f))) newest = Math.max(newest, statSync(path.join(ROOT, f)).mtimeMs);
  return newest;
}

let problems = 0;
const src = newestSource();
for (const s of suites) {
  if (!s.build) continue;
  const manifest = path.join(OUTPUT_DIR, s.build, 'manifest.json');
  if (!existsSync(manifest)) {
    console.error(`e2e: ${s.name}: no extension build at ${path.dirname(manifest)} — run \`${s.buildCmd}\` (or \`npm run build\`) first.`);
    problems++;
  } else if (statSync(manifest).mtimeMs < src) {
    console.warn(`e2e: ${s.name}: warning: the build in ${path.relative(ROOT, path.dirname(manifest))} is older than the sources; rebuild with \`${s.buildCmd}\`.`);
  }
  if (!existsSync(s.bin)) {
    console.error(`e2e: ${s.name}: browser not found at ${s.bin} (apt-get install -y ${s.pkg}); the suite will fail.`);
  }
}
if (problems) process.exit(1);

const results = [];
for (const s of suites) {
  console.log(`\n=== e2e: ${s.name} (${s.file}) ===`);
  const t0 = Date.now();
  // Human-readable progress on stdout, and a TAP copy whose `# pass` / `# fail` lines feed the
  // closing summary of `npm test`.
  const tap = path.join(ROOT, '.tmp', `e2e-${s.name}.tap`);
  mkdirSync(path.dirname(tap), { recursive: true });
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec',
    '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, s.file],
    { cwd: ROOT, stdio: 'inherit' });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const code = r.status ?? (r.signal ? `signal ${r.signal}` : 1);
  const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(tapText.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  results.push({ name: s.name, ok: r.status === 0, code, secs, passed: count('pass'), failed: count('fail'),
    failures: failuresIn(tapText) });
}

/**
 * The failing tests of a TAP report, each with the first line of its error. CI keeps only the tail
 * of the output, so the summary repeats them there: a red run must name what failed.
 */
function failuresIn(tapText) {
  const lines = tapText.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^(\s*)not ok \d+ - (.*)$/);
    if (!m) continue;
    let error = '';
    for (let j = i + 1; j < lines.length && j < i + 40; j++) {
      const e = lines[j].match(/^\s*error:\s*(.*)$/);
      if (e) {
        error = e[1].replace(/^[|>]-?$/, '').replace(/^['"]|['"]$/g, '') || (lines[j + 1] ?? '').trim();
        break;
      }
      if (/^\s*(not )?ok \d+ - /.test(lines[j])) break;
    }
    out.push({ test: m[2].trim(), error: error.slice(0, 300) });
  }
  // A parent test fails when a subtest does; name only the innermost ones when both are listed.
  return out.filter((f, i) => !out.slice(0, i).some((g) => g.error && g.error === f.error));
}

console.log('\n=== e2e summary ===');
for (const r of results) {
  console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(9)} ${r.secs}s${r.ok ? '' : ` (exit ${r.code})`}`);
  for (const f of r.failures) console.log(`        not ok: ${f.test}${f.error ? `\n                ${f.error}` : ''}`);
}
// A suite that crashed before reporting counts as one failure, so the summary can never read green.
const failed = results.reduce((n, r) => n + (r.failed || (r.ok ? 0 : 1)), 0);
const passed = results.reduce((n, r) => n + r.passed, 0);
writeFileSync(path.join(ROOT, '.tmp', 'e2e.json'), JSON.stringify({ passed, failed, suites: results }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
