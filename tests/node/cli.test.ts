import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateInput, InputError } from '@/lib/node/annotate';
import type { KanbaoDocument } from '@/lib/core/document';

const SEED_PAGE = 'tests/fixtures/corpus/pages/people_hn_big5_seed.html';
const SEED_TEXT = 'tests/fixtures/seed/people-hn-big5-2023-02-03.txt';
const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8' });

function expectOffsetsIndexText(doc: KanbaoDocument) {
  for (const list of [doc.figures, doc.dates, doc.programs]) {
    for (const s of list) expect(doc.article.text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('command line', () => {
  it('prints the --json document for a saved page', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/annotate.ts', '--json', '--url', SEED_URL, SEED_PAGE], { encoding: 'utf8' });
    const doc = JSON.parse(out) as KanbaoDocument;
    expect(Object.keys(doc)).toEqual(['input', 'url', 'page', 'article', 'figures', 'dates', 'programs']);
    expect(doc.page).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt' });
    expect(doc.article).toMatchObject({ published: '2023-02-03T10:44+08:00', source: '人民日報客戶端', editors: ['李淑靜', '彭應兵'] });
    expect(doc.figures.find((f) => f.text === '1.3萬余家')).toMatchObject({ value: 13000, approx: 'gt' });
    expect(doc.programs.length).toBeGreaterThan(30);
    expectOffsetsIndexText(doc);
  });

  it('prints a readable summary without --json', () => {
    const r = cli(SEED_PAGE, '--url', SEED_URL);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/title\s+大湖之南\|守護萬家燈火,溫暖一方百姓/);
    expect(r.stdout).toMatch(/editors\s+李淑靜、彭應兵/);
  });

  it('fails with one line and exit code 2 on a missing file and a bad option', () => {
    for (const args of [['no/such/file.html'], ['--bogus', SEED_TEXT], []]) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^kanbao: /);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    }
  });
});

describe('annotateInput', () => {
  const reject = (bytes: Uint8Array, message: RegExp) => {
    expect(() => annotateInput(bytes, 'x', null)).toThrow(InputError);
    expect(() => annotateInput(bytes, 'x', null)).toThrow(message);
  };
  it('rejects empty, binary, non-Chinese input and pages that are not articles', () => {
    reject(new Uint8Array(), /empty/);
    reject(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), /binary/);
    reject(new TextEncoder().encode('only English here'), /no Chinese/);
    reject(readFileSync('tests/fixtures/e2e/people_hn_list_356883.html'), /not recognised/);
  });
  it('keeps a .txt input unchanged as article.text, so offsets index the file', () => {
    const bytes = readFileSync(SEED_TEXT);
    const doc = annotateInput(bytes, SEED_TEXT, SEED_URL);
    expect(doc.article.text).toBe(bytes.toString('utf8'));
    expect(doc.page.site).toBe('people.com.cn');
    expectOffsetsIndexText(doc);
  });
});
