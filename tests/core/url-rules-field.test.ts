import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleShapedUrl, classifyUrl } from '@/lib/core/article';
import { SHAPE_NOTES, type UrlNote } from '@/lib/core/article/url-rule-examples';
import { ARTICLE_SHAPES, LIST_SHAPES, SIGNAL_SHAPES } from '@/lib/core/article/url-shapes';
import { PROVENANCE } from '@/lib/core/sites/field/provenance';
import { OUTLETS, type Outlet } from '@/lib/core/sites';

const pathOf = (url: string) => new URL(url).pathname;
const NONE: UrlNote = { why: '', examples: { match: [], miss: [] } };
const noteOf = (id: string): UrlNote => SHAPE_NOTES[id] ?? NONE;

describe('CMS URL shapes', () => {
  it('have unique ids, a note and examples both ways, and every note a shape', () => {
    const all = [...ARTICLE_SHAPES, ...SIGNAL_SHAPES, ...LIST_SHAPES];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) {
      const note = noteOf(s.id);
      expect(note.why.length, s.id).toBeGreaterThan(10);
      expect(note.examples.match.length, s.id).toBeGreaterThan(0);
      expect(note.examples.miss.length, s.id).toBeGreaterThan(0);
    }
    expect(Object.keys(SHAPE_NOTES).sort()).toEqual(all.map((s) => s.id).sort());
  });

  for (const shape of [...ARTICLE_SHAPES, ...SIGNAL_SHAPES, ...LIST_SHAPES]) {
    describe(shape.id, () => {
      it.each(noteOf(shape.id).examples.match.map((u) => [u]))('matches %s', (u) => {
        expect(shape.path.test(pathOf(u))).toBe(true);
      });
      it.each(noteOf(shape.id).examples.miss.map((u) => [u]))('misses %s', (u) => {
        expect(shape.path.test(pathOf(u))).toBe(false);
      });
    });
  }
});

describe('articleShapedUrl (a signal for pages on any host)', () => {
  it('is true for every article example of the shapes, on any host', () => {
    for (const s of [...ARTICLE_SHAPES, ...SIGNAL_SHAPES]) {
      for (const u of noteOf(s.id).examples.match) {
        expect(articleShapedUrl(u), u).toBe(true);
        const moved = new URL(u);
        moved.hostname = 'news.somecity.example';
        expect(articleShapedUrl(moved.href), moved.href).toBe(true);
      }
    }
  });

  it('is false for home, channel, list and e-paper layout pages', () => {
    for (const u of [
      'https://www.southcn.com/',
      'https://news.southcn.com/node_179d29f1ce',
      'http://www.ce.cn/xwzx/gnsz/gdxw/',
      'http://www.hinews.cn/news/list_32.html',
      'http://sz.nxnews.net/nxrb/html/2013-07/01/node_2.htm',
      'http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm',
      'https://bbs.example.com/forum.php?mod=viewthread&tid=123',
      'https://www.example.com/search?q=%E6%96%B0%E9%97%BB',
    ]) {
      expect(articleShapedUrl(u), u).toBe(false);
    }
  });

  it('flags every article of urls.tsv and none of its list pages (the corpus\'s real links)', () => {
    const rows = readFileSync('tests/fixtures/corpus/urls.tsv', 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t'));
    const articles = rows.filter((r) => r[1] === 'article').map((r) => r[0]!);
    const lists = rows.filter((r) => r[1] === 'list').map((r) => r[0]!);
    expect(articles.length).toBeGreaterThan(50);
    expect(lists.length).toBeGreaterThan(20);
    expect(articles.filter((u) => !articleShapedUrl(u))).toEqual([]);
    expect(lists.filter((u) => articleShapedUrl(u))).toEqual([]);
  });

  it('is false for what is not a web URL', () => {
    for (const u of ['', 'not a url', 'file:///home/me/2024-05/13/content_1.htm', 'javascript:void(0)']) expect(articleShapedUrl(u)).toBe(false);
  });
});

describe('classifyUrl on the field', () => {
  const byId = (id: string): Outlet => OUTLETS.find((o) => o.id === id)!;

  it('names the outlet of a field page and decides its articles', () => {
    expect(byId('dahe.cn').id).toBe('dahe.cn');
    expect(classifyUrl(PROVENANCE['dahe.cn']!.example)).toMatchObject({ kind: 'article', site: 'dahe.cn', rule: 'field-year-month-day-id' });
    expect(classifyUrl('https://m.news.dahe.cn/2021/10-24/915798.html')).toMatchObject({ kind: 'article', site: 'dahe.cn' });
  });

  it('reads common list pages of field outlets as lists', () => {
    for (const [url, site] of [
      ['https://www.southcn.com/', 'southcn.com'],
      ['https://news.southcn.com/node_179d29f1ce', 'southcn.com'],
      ['http://www.ce.cn/xwzx/gnsz/gdxw/', 'ce.cn'],
      ['http://news.cnr.cn/native/gd/index.shtml', 'cnr.cn'],
      ['http://www.hinews.cn/news/list_32.html', 'hinews.cn'],
      ['http://sz.nxnews.net/nxrb/html/2013-07/01/node_2.htm', 'sz.nxnews.net'],
      ['http://sz.nxnews.net/nxrb/html/2013-07/01/nbs.D640000nxrb_01.htm', 'sz.nxnews.net'],
      ['https://www.gd.gov.cn/gdywdt/zwzt/szzc/index.html', 'gd.gov.cn'],
    ] as const) {
      expect(classifyUrl(url), url).toMatchObject({ kind: 'list', site });
    }
  });

  it('keeps service hosts and foreign editions of field outlets out', () => {
    expect(classifyUrl('http://bbs.rednet.cn/thread-1-1-1.html')).toMatchObject({ kind: 'other', site: 'rednet.cn' });
    expect(classifyUrl('https://english.cri.cn/20200928/cd17b569-f9ad-fb2a-43fd-b5dc900bebd6.html')).toMatchObject({ kind: 'other', site: 'cri.cn' });
  });

  it('leaves an undecided path of a field outlet to the DOM', () => {
    expect(classifyUrl('https://www.southcn.com/some/odd/page')).toEqual({ kind: 'unknown', site: 'southcn.com', rule: null });
  });

  it('keeps hosts outside the registry unknown, even with an article-shaped path', () => {
    expect(classifyUrl('http://news.somecity.example/2024-05/13/content_117184963.shtml')).toEqual({ kind: 'unknown', site: null, rule: null });
  });

  it('makes no rule of a signal-only shape: the built-in outlets it was read from keep their rules', () => {
    for (const s of SIGNAL_SHAPES) expect(s.signalOnly).toBe(true);
    expect(classifyUrl('https://www.gov.cn/yaowen/liebiao/202405/content_6952381.htm').rule).toBe('gov-content');
  });

  it('does not apply the field shapes to the built-in outlets', () => {
    // A TRS-shaped path on people.com.cn is no People's article: the built-in rules decide.
    expect(classifyUrl('http://www.people.com.cn/xwzx/202405/t20240513_1.html').kind).toBe('unknown');
  });
});
