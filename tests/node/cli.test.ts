import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateInput, InputError, NotArticleError } from '@/lib/node/annotate';
import type { KanbaoDocument } from '@/lib/core/sidebar/document';

const SEED_PAGE = 'tests/fixtures/corpus/pages/people_hn_big5_seed.html';
const SEED_TEXT = 'tests/fixtures/seed/people-hn-big5-2023-02-03.txt';
const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8' });

function expectOffsetsIndexText(doc: KanbaoDocument) {
  for (const list of [doc.figures, doc.dates, doc.programs, doc.summary]) {
    for (const s of list) expect(doc.article.text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const k of doc.keywords) expect(doc.article.text.slice(k.firstOffset, k.firstOffset + k.word.length)).toBe(k.word);
  for (const p of doc.people.people) {
    for (const m of p.mentions) expect(doc.article.text.slice(m.start, m.end)).toBe(p.name);
  }
}

describe('command line', () => {
  it('prints the --json document for a saved page', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/annotate.ts', '--json', '--url', SEED_URL, SEED_PAGE], { encoding: 'utf8' });
    const doc = JSON.parse(out) as KanbaoDocument;
    expect(Object.keys(doc)).toEqual(['input', 'url', 'page', 'article', 'figures', 'dates', 'programs',
      'keywords', 'people', 'summary']);
    expect(doc.page).toMatchObject({ isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt' });
    expect(doc.article).toMatchObject({ published: '2023-02-03T10:44+08:00', source: '人民日報客戶端', editors: ['李淑靜', '彭應兵'] });
    expect(doc.figures.find((f) => f.text === '1.3萬余家')).toMatchObject({ value: 13000, approx: 'gt' });
    expect(doc.programs.length).toBeGreaterThan(30);
    expectOffsetsIndexText(doc);

    // jieba: keywords, people with titles, a three-sentence summary.
    expect(doc.keywords.length).toBeGreaterThan(0);
    expect(doc.keywords.length).toBeLessThanOrEqual(10);
    expect(doc.keywords.map((k) => k.word)).toContain('公安');
    expect(doc.summary).toHaveLength(3);
    for (const s of doc.summary) expect(s.text).toBe(doc.article.text.slice(s.start, s.end));
    expect(doc.summary.map((s) => s.start)).toEqual([...doc.summary.map((s) => s.start)].sort((a, b) => a - b));
    const wang = doc.people.people.find((p) => p.name === '王一鷗');
    expect(wang).toMatchObject({ title: '湖南省副省長、省公安廳廳長', known: false });
    // Byline names (article.authors) are known people even when the body never mentions them.
    for (const author of doc.article.authors) {
      expect(doc.people.people.find((p) => p.name === author)).toMatchObject({ known: true });
    }
    expect(doc.people.places.map((p) => p.name)).toContain('湖南');
  });

  it('gives a formulation the glossary knows its card in --json, in whatever script or quotes the page used', async () => {
    const text = '本報訊 各級黨組織要增強「四個意識」，堅定「四個自信」，並參與“一帶一路”建設，落實“五個擔當”。';
    const doc = await annotateInput(new TextEncoder().encode(text), 'glossary.txt', null);
    const cards = Object.fromEntries(doc.programs.map((p) => [p.text, p.glossary ?? null]));
    // A quoted formulation with its head noun (`“一帶一路”建設`) is looked up by its quoted part.
    for (const written of ['「四個意識」', '「四個自信」', '“一帶一路”建設']) {
      const card = cards[written];
      expect(card, written).toMatchObject({ gloss: { zh: expect.any(String), en: expect.any(String) }, since: expect.any(Number),
        source: { title: expect.any(String), date: expect.any(String) } });
      expect(Object.keys(card!).sort()).toEqual(expect.arrayContaining(['gloss', 'items', 'name', 'since', 'source']));
    }
    expect(cards['「四個意識」']!.items).toEqual([expect.arrayContaining([expect.any(String)])]);
    expect(cards['「四個意識」']!.items[0]).toHaveLength(4);
    // A formulation the glossary does not know has no card (and no empty field).
    expect(doc.programs.find((p) => p.text === '“五個擔當”')).not.toHaveProperty('glossary');
  });

  it('prints a readable summary without --json', () => {
    const r = cli(SEED_PAGE, '--url', SEED_URL);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/title\s+大湖之南\|守護萬家燈火,溫暖一方百姓/);
    expect(r.stdout).toMatch(/editors\s+李淑靜、彭應兵/);
    expect(r.stdout).toMatch(/keywords\s+\S*公安/);
    expect(r.stdout).toMatch(/people\s+\d+ people, \d+ organisations, \d+ places\n\s+王一鷗 — 湖南省副省長、省公安廳廳長\n/);
    expect(r.stdout).toMatch(/summary\s+1\. .+\n\s+2\. .+\n\s+3\. .+\n$/);
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
  const reject = async (bytes: Uint8Array, message: RegExp) => {
    await expect(annotateInput(bytes, 'x', null)).rejects.toThrow(InputError);
    await expect(annotateInput(bytes, 'x', null)).rejects.toThrow(message);
  };
  it('rejects empty, binary, non-Chinese input and pages that are not articles', async () => {
    await reject(new Uint8Array(), /empty/);
    await reject(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), /binary/);
    await reject(new TextEncoder().encode('only English here'), /no Chinese/);
    await reject(readFileSync('tests/fixtures/e2e/people_hn_list_356883.html'), /not recognised/);
  });
  it('carries the detector’s verdict on a page that is not an article (the command line prints it)', async () => {
    const list = readFileSync('tests/fixtures/e2e/people_hn_list_356883.html');
    const err = await annotateInput(list, 'list.html', 'http://hn.people.com.cn/GB/356883/index.html').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotArticleError);
    expect((err as NotArticleError).page).toMatchObject({ isArticle: false, site: 'people.com.cn', signals: ['url:list:people-channel'] });
    // Unusable input is a plain InputError, never a verdict.
    const empty = await annotateInput(new Uint8Array(), 'e', null).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(InputError);
    expect(empty).not.toBeInstanceOf(NotArticleError);
  });
  it('keeps a .txt input unchanged as article.text, so offsets index the file', async () => {
    const bytes = readFileSync(SEED_TEXT);
    const doc = await annotateInput(bytes, SEED_TEXT, SEED_URL);
    expect(doc.article.text).toBe(bytes.toString('utf8'));
    expect(doc.page.site).toBe('people.com.cn');
    expectOffsetsIndexText(doc);
    // jieba on plain text: the same people and a three-sentence summary.
    expect(doc.summary).toHaveLength(3);
    expect(doc.keywords.length).toBeGreaterThan(0);
    expect(doc.people.people.find((p) => p.name === '王一鷗')?.title).toBe('湖南省副省長、省公安廳廳長');
  });
});
