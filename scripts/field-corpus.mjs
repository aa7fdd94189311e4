// `node scripts/field-corpus.mjs`: writes the pages of the field corpus into .tmp/field/pages/.
// Saved pages from other repositories are never committed, so the manifest names each page's
// repository, path and commit, and this script reads the bytes from a local mirror of that
// repository (git show <commit>:<path>), byte for byte: a GBK page stays GBK. Non-article pages
// marked `built` are made here, deterministically, from a real article page of the same outlet.
// Mirrors live in `.mirror/<owner>+<name>/repo` beside the checkout, or under $KANBAO_MIRRORS.
// Exit 2 names the repository and commit to fetch when a mirror or a commit is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = path.join(ROOT, 'tests/fixtures/field/manifest.json');
export const PAGES = path.join(ROOT, '.tmp/field/pages');
const MIRRORS = process.env.KANBAO_MIRRORS ?? path.join(path.dirname(ROOT), '.mirror');

const HAN = /[\u3400-\u9fff]/g;
const MIN_LINKS = 8;
const MAX_LINKS = 40;
// Metadata a channel page would not carry: publish times and content ids of the article.
const ARTICLE_META = /publish|pubdate|pub_date|firstpublishedtime|lastmodifiedtime|contentid|article:|og:type/i;
const ARTICLE_SCRIPT = /publishdate|pubtime|contentid|contid/i;

export function loadManifest() {
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

export function pagePath(id) {
  return path.join(PAGES, `${id}.html`);
}

export class MissingMirror extends Error {}

function mirrorDir(repository) {
  return path.join(MIRRORS, repository.replace('/', '+'), 'repo');
}

function blob({ repository, path: file, commit }) {
  const dir = mirrorDir(repository);
  const fetchHint = `fetch github:${repository} (commit ${commit}) into ${dir}`;
  if (!existsSync(dir)) throw new MissingMirror(`no mirror of ${repository}: ${fetchHint}`);
  try {
    return execFileSync('git', ['-C', dir, 'show', `${commit}:${file}`], { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new MissingMirror(`${repository} has no ${file} at ${commit}: ${fetchHint}`);
  }
}

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function hanCount(text) {
  return (text.match(HAN) ?? []).length;
}

/**
 * A channel page made from an article page: the same header, navigation, side lists and footer;
 * no headline, no date line, and in the article's place a plain list of the page's own links.
 */
export function buildListPage(bytes, build) {
  const { document } = parseHTML(decode(bytes));
  const container = document.querySelector(build.replace);
  if (!container) throw new Error(`${build.from}: no ${build.replace} to replace`);
  const seen = new Set();
  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const text = a.textContent.replace(/\s+/g, ' ').trim();
    if (container.contains(a) || hanCount(text) < 6 || seen.has(text)) continue;
    seen.add(text);
    links.push({ href: a.getAttribute('href'), text });
    if (links.length === MAX_LINKS) break;
  }
  if (links.length < MIN_LINKS) throw new Error(`${build.from}: only ${links.length} links to list`);
  for (const selector of build.remove) for (const el of [...document.querySelectorAll(selector)]) el.remove();
  for (const meta of [...document.querySelectorAll('meta')]) {
    const key = `${meta.getAttribute('name') ?? ''} ${meta.getAttribute('property') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`;
    if (ARTICLE_META.test(key)) meta.remove();
  }
  for (const script of [...document.querySelectorAll('script')]) {
    if (!script.getAttribute('src') && ARTICLE_SCRIPT.test(script.textContent)) script.remove();
  }
  const list = document.createElement('ul');
  list.setAttribute('class', 'list');
  for (const { href, text } of links) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.setAttribute('href', href);
    a.textContent = text;
    li.appendChild(a);
    list.appendChild(li);
  }
  container.replaceWith(list);
  let title = document.querySelector('title');
  if (!title) {
    title = document.createElement('title');
    (document.querySelector('head') ?? document.documentElement).appendChild(title);
  }
  title.textContent = build.channel;
  return Buffer.from(document.toString(), 'utf8');
}

export function materialise(manifest = loadManifest()) {
  mkdirSync(PAGES, { recursive: true });
  const written = [];
  for (const page of manifest.pages) {
    const bytes = blob(page.origin);
    writeFileSync(pagePath(page.id), page.built ? buildListPage(bytes, page.build) : bytes);
    written.push(page.id);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const written = materialise();
    console.log(`${written.length} pages written to ${path.relative(ROOT, PAGES)}/`);
  } catch (e) {
    if (e instanceof MissingMirror) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}
