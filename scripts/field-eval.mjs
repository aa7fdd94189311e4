// `npm run field`: Kanbao's reader beside @mozilla/readability on the field corpus
// (tests/fixtures/field/manifest.json, pages materialised by scripts/field-corpus.mjs) and on the
// 22 pages of tests/fixtures/corpus. Prints a table per outlet group and writes .tmp/field/report.json.
//
// Kanbao runs as the command line itself (runCli from lib/node with `--json --url <page URL>` and
// the page's bytes): exit 0 is an article, exit 1 a page read but judged not an article.
// Readability runs on a happy-dom document that carries the page's URL, with the tests' offline
// settings (no script, style sheet, frame or image is loaded, nothing navigates). Its
// "recognised" is isProbablyReaderable, its body the textContent of what it parsed.
//
// Scores (scripts/field-score.mjs): body character-bigram F1, where a reader that gives no article
// scores 0; title as an exact string; date at the precision the truth shows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { tsImport } from 'tsx/esm/api';
import { loadManifest, materialise, MissingMirror, pagePath } from './field-corpus.mjs';
import { bigramF1, dateRight } from './field-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIELD = path.join(ROOT, 'tests/fixtures/field');
const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');
const GROUPS = ['central', 'local', 'government', 'other'];
const { runCli } = await tsImport('../lib/node/index.ts', import.meta.url);
const { OFFLINE_DOM_SETTINGS } = await tsImport('../tests/setup/offline-dom.ts', import.meta.url);

async function kanbao(bytes, id, url) {
  const argv = ['--json', ...(url ? ['--url', url] : []), `${id}.html`];
  const { code, stdout, stderr } = await runCli(argv, () => bytes);
  if (code === 0) {
    const { article, page } = JSON.parse(stdout);
    const body = article.paragraphs.filter((p) => !p.caption).map((p) => article.text.slice(p.start, p.end)).join('\n');
    return { recognised: true, title: article.title, published: article.published, source: article.source, body, signals: page.signals, template: page.template };
  }
  const signals = code === 1 && stdout ? JSON.parse(stdout).page.signals : [];
  return { recognised: false, title: null, published: null, source: null, body: '', why: stderr.trim(), signals };
}

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function readability(bytes, url) {
  const window = new Window({ url: url ?? 'http://localhost/', settings: OFFLINE_DOM_SETTINGS });
  try {
    window.document.write(decode(bytes));
    const recognised = isProbablyReaderable(window.document);
    const parsed = new Readability(window.document).parse();
    return { recognised, title: parsed?.title ?? null, published: parsed?.publishedTime ?? null, body: parsed?.textContent ?? '' };
  } finally {
    await window.happyDOM.close();
  }
}

function score(reader, truth) {
  return {
    recognised: reader.recognised,
    f1: truth.body === null ? null : bigramF1(reader.body, truth.body),
    title: reader.title === truth.title,
    date: truth.published ? dateRight(reader.published, truth.published) : null,
    // Readability has no notion of a 来源 line; only Kanbao's source is scored.
    source: truth.source && 'source' in reader ? reader.source === truth.source : null,
  };
}

async function runPage({ id, bytes, url, truth, isArticle }) {
  const k = await kanbao(bytes, id, url);
  const r = await readability(bytes, url);
  const row = { id, isArticle, kanbao: isArticle ? score(k, truth) : { recognised: k.recognised }, readability: isArticle ? score(r, truth) : { recognised: r.recognised } };
  if (isArticle) {
    row.got = { kanbao: { title: k.title, published: k.published, source: k.source, template: k.template }, readability: { title: r.title, published: r.published } };
  }
  if (!k.recognised) row.kanbaoWhy = k.why;
  else if (!isArticle) row.kanbaoSignals = k.signals;
  return row;
}

function fieldInputs() {
  const manifest = loadManifest();
  if (manifest.pages.some((p) => !existsSync(pagePath(p.id)))) {
    try {
      materialise(manifest);
    } catch (e) {
      if (!(e instanceof MissingMirror)) throw e;
      console.error(e.message);
      process.exit(2);
    }
  }
  return manifest.pages.map((p) => ({
    id: p.id,
    group: p.group,
    isArticle: p.isArticle,
    bytes: readFileSync(pagePath(p.id)),
    // A host-only address would tell the reader a home page; the reader gets none instead.
    url: p.urlFrom?.startsWith('host-only') ? null : p.url,
    truth: p.isArticle ? { title: p.truth.title, published: p.truth.published, source: p.truth.source, body: readFileSync(path.join(FIELD, p.truth.body), 'utf8') } : null,
  }));
}

function corpusInputs() {
  const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'));
  return expected.map((e) => {
    const id = e.file.replace(/\.html$/, '').replace('negative/', '');
    const truthFile = path.join(FIELD, 'corpus-truth', `${id}.txt`);
    return {
      id,
      group: 'corpus',
      isArticle: e.isArticle,
      bytes: readFileSync(path.join(CORPUS, 'pages', e.file)),
      url: e.url?.startsWith('http') ? e.url : null,
      truth: e.isArticle ? { title: e.title, published: e.published, source: e.source, body: existsSync(truthFile) ? readFileSync(truthFile, 'utf8') : null } : null,
    };
  });
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (xs) => (xs.length ? `${Math.round((100 * xs.filter(Boolean).length) / xs.length)}%` : '–');
const f3 = (x) => (Number.isNaN(x) ? '–' : x.toFixed(3));

function summarise(rows) {
  const arts = rows.filter((r) => r.isArticle);
  const non = rows.filter((r) => !r.isArticle);
  const side = (who) => {
    const s = arts.map((r) => r[who]);
    return {
      recognised: s.filter((x) => x.recognised).length,
      f1: mean(s.filter((x) => x.f1 !== null).map((x) => x.f1)),
      title: pct(s.map((x) => x.title)),
      date: pct(s.filter((x) => x.date !== null).map((x) => x.date)),
      source: pct(s.filter((x) => x.source !== null).map((x) => x.source)),
      falsePositives: non.filter((r) => r[who].recognised).length,
    };
  };
  return { articles: arts.length, nonArticles: non.length, kanbao: side('kanbao'), readability: side('readability') };
}

function table(title, sections) {
  const lines = [`### ${title}`, '', '| group | articles | recognised K / R | body F1 K | body F1 R | title K / R | date K / R | source K | non-articles | false positives K / R |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const [name, s] of sections) {
    lines.push(`| ${name} | ${s.articles} | ${s.kanbao.recognised} / ${s.readability.recognised} | ${f3(s.kanbao.f1)} | ${f3(s.readability.f1)} | ${s.kanbao.title} / ${s.readability.title} | ${s.kanbao.date} / ${s.readability.date} | ${s.kanbao.source} | ${s.nonArticles} | ${s.kanbao.falsePositives} / ${s.readability.falsePositives} |`);
  }
  return lines.join('\n');
}

async function main() {
  const field = [];
  for (const input of fieldInputs()) field.push({ group: input.group, ...(await runPage(input)) });
  const corpus = [];
  for (const input of corpusInputs()) corpus.push(await runPage(input));

  const bySection = GROUPS.map((g) => [g, summarise(field.filter((r) => r.group === g))]);
  bySection.push(['**all**', summarise(field)]);
  const fieldTable = table('Field corpus (K = Kanbao, R = Readability)', bySection);
  const corpusTable = table('The 22 corpus pages', [['corpus', summarise(corpus)]]);
  console.log(fieldTable + '\n\n' + corpusTable + '\n');
  console.log('Per page (F1 K / R, title K / R, date K / R):');
  for (const r of [...field, ...corpus]) {
    if (r.isArticle) {
      const k = r.kanbao;
      const d = r.readability;
      const mark = (x) => (x === null ? '–' : x ? 'y' : 'n');
      console.log(`  ${r.id.padEnd(22)} ${k.recognised ? ' ' : '!'} ${f3(k.f1 ?? NaN)} / ${f3(d.f1 ?? NaN)}  ${mark(k.title)}/${mark(d.title)}  ${mark(k.date)}/${mark(d.date)}${k.recognised ? '' : '  ' + r.kanbaoWhy}`);
    } else {
      console.log(`  ${r.id.padEnd(22)} non-article: Kanbao ${r.kanbao.recognised ? 'ARTICLE ' + (r.kanbaoSignals ?? []).join(',') : 'no'}, Readability ${r.readability.recognised ? 'readerable' : 'no'}`);
    }
  }
  const out = path.join(ROOT, '.tmp/field/report.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ field: { groups: Object.fromEntries(bySection), pages: field }, corpus: { summary: summarise(corpus), pages: corpus } }, null, 2) + '\n');
  console.log(`\nreport written to ${path.relative(ROOT, out)}`);
}

await main();
