import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigramF1, dateRight } from '../../scripts/field-score.mjs';

// The field corpus is a manifest, not pages: the HTML comes from repository mirrors when
// scripts/field-corpus.mjs runs, so these checks need none of it and run in CI as they are.

interface Origin {
  repository: string;
  path: string;
  commit: string;
}
interface Truth {
  title: string;
  published: string;
  source: string | null;
  bodyFirst: string;
  bodyLast: string;
  paragraphs: number;
  body: string;
}
interface FieldPage {
  id: string;
  origin: Origin;
  url: string;
  urlFrom: string;
  host: string;
  outlet: string;
  group: string;
  kind: string;
  encoding: string;
  isArticle: boolean;
  truth?: Truth;
  built?: boolean;
  how?: string;
  build?: { from: string; channel: string; remove: string[]; replace: string };
}

const DIR = path.join(process.cwd(), 'tests/fixtures/field');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { pages: FieldPage[] };
const pages = manifest.pages;
const articles = pages.filter((p) => p.isArticle);
const nonArticles = pages.filter((p) => !p.isArticle);
const GROUPS = ['central', 'local', 'government', 'other'];
// ISO 8601 on Beijing time at the precision the page shows: a day, or minutes, or seconds.
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+08:00)?$/;

function truthLines(p: FieldPage): string[] {
  return readFileSync(path.join(DIR, p.truth!.body), 'utf8').replace(/\n$/, '').split('\n');
}

describe('field corpus manifest', () => {
  it('has unique ids that are safe file names', () => {
    const ids = pages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
  });

  it('names a repository, a path and a full commit for every page', () => {
    for (const p of pages) {
      expect(p.origin.repository, p.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(p.origin.path, p.id).toMatch(/\.html?$/);
      expect(p.origin.commit, p.id).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('gives every page a URL that parses, its host, where the URL came from, and a valid group', () => {
    for (const p of pages) {
      const url = new URL(p.url);
      expect(url.protocol, p.id).toMatch(/^https?:$/);
      expect(p.host, p.id).toBe(url.hostname);
      expect(p.urlFrom.length, p.id).toBeGreaterThan(3);
      expect(GROUPS, p.id).toContain(p.group);
      expect(p.kind.length, p.id).toBeGreaterThan(3);
      expect(['utf-8', 'gbk'], p.id).toContain(p.encoding);
    }
  });

  it('holds at least 15 articles from at least 10 outlets, and at least 10 non-articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(new Set(articles.map((p) => p.outlet)).size).toBeGreaterThanOrEqual(10);
    expect(nonArticles.length).toBeGreaterThanOrEqual(10);
    // Most negatives are pages of the state sites themselves, not only other Chinese sites.
    expect(nonArticles.filter((p) => p.group !== 'other').length).toBeGreaterThanOrEqual(10);
  });

  it('says how every built page was built, from a real article page of the manifest', () => {
    const built = pages.filter((p) => p.built);
    expect(built.length).toBeGreaterThan(0);
    for (const p of built) {
      expect(p.isArticle, p.id).toBe(false);
      expect(p.how, p.id).toMatch(/^Built from /);
      const from = pages.find((q) => q.id === p.build?.from);
      expect(from?.isArticle, p.id).toBe(true);
      expect(p.origin, p.id).toEqual(from!.origin);
      expect(p.build!.replace.length, p.id).toBeGreaterThan(0);
      expect(p.build!.remove.length, p.id).toBeGreaterThan(0);
      expect(p.build!.channel.length, p.id).toBeGreaterThan(0);
    }
    for (const p of pages.filter((q) => !q.built)) expect(p.how, p.id).toBeUndefined();
  });

  it('labels every article: title, date, and a body file whose ends and length match', () => {
    for (const p of articles) {
      const t = p.truth!;
      expect(t.title.trim(), p.id).toBe(t.title);
      expect(t.title.length, p.id).toBeGreaterThan(2);
      expect(t.published, p.id).toMatch(PUBLISHED);
      const lines = truthLines(p);
      expect(lines.length, p.id).toBe(t.paragraphs);
      expect(lines.every((l) => l.length > 0 && l.trim() === l), p.id).toBe(true);
      expect(lines[0]!.slice(0, 20), p.id).toBe(t.bodyFirst);
      const last = lines[lines.length - 1]!;
      expect(last.length > 20 ? last.slice(-20) : last, p.id).toBe(t.bodyLast);
    }
    for (const p of nonArticles) expect(p.truth, p.id).toBeUndefined();
  });

  it('commits no saved page: no HTML beside the manifest or in its truth folders', () => {
    // constructed/ holds pages written for the tests by hand, not saved from the web.
    const folders = [DIR, path.join(DIR, 'truth'), path.join(DIR, 'corpus-truth')];
    const html = folders.flatMap((d) => readdirSync(d).filter((f) => /\.x?html?$/i.test(f)));
    expect(html).toEqual([]);
  });

  it('has a reference body for each article of the 22-page corpus', () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/corpus/expected.json', 'utf8')) as { file: string; isArticle: boolean; bodyFirst: string }[];
    for (const e of expected.filter((x) => x.isArticle)) {
      const file = path.join(DIR, 'corpus-truth', e.file.replace(/\.html$/, '.txt'));
      expect(existsSync(file), e.file).toBe(true);
      const first = readFileSync(file, 'utf8').split('\n')[0]!.replace(/\s/g, '');
      expect(first.startsWith(e.bodyFirst.replace(/\s/g, '')), e.file).toBe(true);
    }
  });
});

describe('field scores', () => {
  it('bigram F1 is 1 for the same text whatever the whitespace, 0 for unrelated text', () => {
    expect(bigramF1('新华社 北京\n电', '新华社北京电')).toBe(1);
    expect(bigramF1('甲乙丙丁', '戊己庚辛')).toBe(0);
    expect(bigramF1('', '新华社')).toBe(0);
  });
  it('bigram F1 counts repeated bigrams as a multiset', () => {
    // got 哈哈哈 has 哈哈 twice, truth 哈哈 once: P = 1/2, R = 1, F1 = 2/3.
    expect(bigramF1('哈哈哈', '哈哈')).toBeCloseTo(2 / 3, 10);
  });
  it('a date is right at the precision the truth shows, never less', () => {
    expect(dateRight('2024-05-13T13:48:20+08:00', '2024-05-13T13:48+08:00')).toBe(true);
    expect(dateRight('2024-05-13 13:48', '2024-05-13T13:48+08:00')).toBe(true);
    expect(dateRight('2024-05-13', '2024-05-13T13:48+08:00')).toBe(false);
    expect(dateRight('2024-05-13T13:49+08:00', '2024-05-13T13:48+08:00')).toBe(false);
    expect(dateRight(null, '2024-05-13')).toBe(false);
  });
});
