// Shared pieces of `npm run bench`: test pages, routes, medians and the table's number formats.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { poll, ROOT } from '../tests/e2e/harness.mjs';

export const SEED_FILE = path.join(ROOT, 'tests/fixtures/corpus/pages/people_hn_big5_seed.html');
/** A host outside the extension's matches (the harness sends every host to the fixture server). */
export const PLAIN_HOST = 'plain.bench.invalid';

/** The seed page with its article body repeated `copies` times, written under .tmp/bench/. */
export function buildRepeatedPage(copies, name) {
  const html = readFileSync(SEED_FILE, 'utf8');
  const open = html.indexOf('<div class="rm_txt_con');
  const bodyStart = html.indexOf('>', open) + 1;
  const editAt = html.indexOf('<div class="edit', bodyStart);
  if (open < 0 || editAt < 0) throw new Error('bench: seed template changed; cannot find .rm_txt_con and .edit');
  const file = path.join(ROOT, '.tmp/bench', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html.slice(0, bodyStart) + html.slice(bodyStart, editAt).repeat(copies) + html.slice(editAt));
  return file;
}

/** Serves `file` (UTF-8 HTML) at `url` from the fixture server. */
export function addRoute(routes, url, file) {
  const u = new URL(url);
  routes.set(u.host + u.pathname, { url, file, encoding: 'utf-8', contentType: 'text/html; charset=utf-8' });
}

export const median = (xs) => {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The middle row by `key` (the upper one of two): keeps a row's other fields with its median. */
export const medianRow = (rows, key) => {
  const s = rows.filter((r) => r?.[key] != null).sort((a, b) => a[key] - b[key]);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** Milliseconds: one decimal, three below 0.1 ms (the TreeWalker floors are that small). */
export const fmtMs = (x) => (x == null ? '-' : x === 0 ? '0 ms' : x < 0.1 ? `${x.toFixed(3)} ms` : `${x.toFixed(1)} ms`);
/** A longest task { ms, rendering }: "120.3 ms (80.1 ms rendering)". */
export const fmtTask = (t) => (t == null ? '-' : `${fmtMs(t.ms)} (${fmtMs(t.rendering)} rendering)`);
export const fmtBytes = (n) => (n == null ? '-' : n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`);
export const fmtCount = (n) => (n == null ? '-' : n.toLocaleString('en'));

/** `a / b` as "415×", "2.7×" or "0.59×"; "-" when either is missing. */
export function ratio(a, b) {
  if (a == null || b == null || !(b > 0)) return '-';
  const r = a / b;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** Waits until the annotator has put its marks in the page. */
export const waitAnnotated = (page, url, timeout = 120_000) => poll(
  () => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')),
  { timeout, message: `annotation of ${url}` },
);
