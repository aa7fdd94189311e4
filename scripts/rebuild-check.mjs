// `npm run rebuild-check`: shows that the store packages can be rebuilt, byte for byte, from the sources
// zip alone — what a store reviewer does (docs/store/REVIEW.md).
//
//   1. `npm run zip` here (skipped with --no-zip: the zips already in the output folder are used),
//      giving kanbao-<version>-chrome.zip, -firefox.zip and -sources.zip;
//   2. the sources zip is unpacked into a new temporary folder, where `npm ci` and `npm run zip` run
//      (npm ci prefers the local npm cache, so a warm machine needs no network);
//   3. every file of each package is compared with the rebuilt build's file of the same path, and the
//      three zips with the rebuilt ones, byte for byte. Differences are listed (a file only on one
//      side, or where two files first differ, with the text around it); the exit code is 1 if any.
//
// The output folder is KANBAO_OUTPUT_DIR when set, else .output (as for `npm run zip`). The temporary
// folder is removed at the end unless --keep is given. It takes minutes: one `npm ci` and two builds of
// each browser.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFiles, readZip } from './store-zip.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const OUT = path.resolve(ROOT, process.env.KANBAO_OUTPUT_DIR ?? '.output');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ZIPS = { chrome: `${name}-${version}-chrome.zip`, firefox: `${name}-${version}-firefox.zip`, sources: `${name}-${version}-sources.zip` };
const BUILDS = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

function run(cmd, cmdArgs, cwd, env = process.env) {
  const t0 = Date.now();
  console.log(`rebuild-check: ${path.relative(ROOT, cwd) || '.'}$ ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed in ${cwd} (exit ${r.status ?? r.signal})`);
  }
  console.log(`rebuild-check:   done in ${seconds(t0)}`);
}

/** Every file under `dir`, by its path relative to it with forward slashes. */
function readTree(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

async function main() {
  const t0 = Date.now();
  if (!args.has('--no-zip')) {
    // The sources zip packs the working tree as it is, untracked files too: a release is zipped
    // from a clean checkout, and a check of anything else says so.
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });
    const changed = status.status === 0 ? status.stdout.split('\n').filter(Boolean).length : 0;
    if (changed) console.warn(`rebuild-check: ${changed} file(s) differ from the last commit; the packages will hold them as they are now`);
    run('npm', ['run', 'zip'], ROOT);
  }
  for (const zip of Object.values(ZIPS)) {
    if (!existsSync(path.join(OUT, zip))) throw new Error(`${path.join(OUT, zip)} not found: run \`npm run zip\` first, or leave out --no-zip`);
  }
  const shippedZips = Object.fromEntries(Object.entries(ZIPS).map(([k, f]) => [k, readFileSync(path.join(OUT, f))]));

  const work = mkdtempSync(path.join(os.tmpdir(), 'kanbao-rebuild-'));
  let failed = false;
  try {
    // 2. The sources zip, unpacked where nothing of this checkout can leak in.
    const sources = readZip(shippedZips.sources);
    for (const [file, bytes] of sources) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      writeFileSync(path.join(work, file), bytes);
    }
    console.log(`rebuild-check: ${sources.size} source files unpacked into ${work}`);
    const env = { ...process.env };
    delete env.KANBAO_OUTPUT_DIR; // the rebuild goes to its own .output, as a reviewer's does
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], work, env);
    run('npm', ['run', 'zip'], work, env);

    // 3. Each package's files against the rebuilt build's, then the zips themselves.
    const report = [];
    for (const browser of ['chrome', 'firefox']) {
      const shipped = readZip(shippedZips[browser]);
      const rebuilt = readTree(path.join(work, '.output', BUILDS[browser]));
      const diff = compareFiles(shipped, rebuilt);
      report.push(`${ZIPS[browser]}: ${shipped.size} files; rebuilt ${BUILDS[browser]}: ${rebuilt.size} files; ` +
        (diff.length ? `${diff.length} difference(s)` : 'every file identical'));
      for (const line of diff) report.push(`    ${line}`);
      failed ||= diff.length > 0;
    }
    for (const [kind, file] of Object.entries(ZIPS)) {
      const again = readFileSync(path.join(work, '.output', file));
      const same = again.equals(shippedZips[kind]);
      report.push(`${file}: sha256 ${sha256(shippedZips[kind])} — rebuilt zip ${same ? 'identical' : `differs (sha256 ${sha256(again)})`}`);
      if (!same) {
        for (const line of compareFiles(readZip(shippedZips[kind]), readZip(again))) report.push(`    ${line}`);
      }
      failed ||= !same;
    }
    const wasm = readZip(shippedZips.chrome).get('jieba_rs_wasm_bg.wasm');
    if (wasm) report.push(`jieba_rs_wasm_bg.wasm in the Chrome package: sha256 ${sha256(wasm)}`);
    console.log(`\nrebuild-check (${seconds(t0)}):\n  ${report.join('\n  ')}`);
    console.log(failed ? '\nrebuild-check: the rebuild DIFFERS from the packages.' : '\nrebuild-check: the packages rebuild byte for byte from the sources zip.');
  } finally {
    if (args.has('--keep')) console.log(`rebuild-check: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), (err) => {
    console.error(`rebuild-check: ${err.stack ?? err}`);
    process.exit(2);
  });
}
