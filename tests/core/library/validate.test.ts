import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, LIBRARY_SCHEMA, validateExport, type LibraryExport } from '@/lib/core/library';
import { fig, makeArticle, prog } from './make-article';

const good = (): LibraryExport => ({
  format: 'kanbao-library',
  schema: LIBRARY_SCHEMA,
  exported: '2024-03-05T00:00:00.000Z',
  articles: [
    makeArticle({ url: 'http://hn.people.com.cn/BIG5/n2/2024/0304/c1-2.html', script: 'traditional', figures: [fig('3至5年', 3, '年', '期限')], programs: [prog('“一件事一次办”')],
      people: [{ name: '王一鷗', title: '副省長', titles: ['副省長'] }], dates: [{ text: '3月4日', kind: 'date', iso: '2024-03-04' }] }),
    makeArticle({ url: 'https://www.news.cn/a.html', published: null }),
  ],
});

const refused = (input: unknown) => {
  const r = validateExport(input);
  if (!('error' in r)) throw new Error('accepted');
  return r;
};

describe('validateExport', () => {
  it('accepts an export, as parsed JSON or as its text, and gives back the same articles', () => {
    const doc = good();
    const a = validateExport(doc);
    const b = validateExport(JSON.stringify(doc));
    expect(a).toEqual({ ok: doc });
    expect(b).toEqual({ ok: doc });
  });

  it('accepts a range figure', () => {
    const doc = good();
    doc.articles[0]!.figures[0]!.value = [3, 5];
    expect('ok' in validateExport(doc)).toBe(true);
  });

  it('refuses what is not JSON, not a library export, or of another schema version, saying so', () => {
    expect(refused('{"format": "kanbao-library", ')).toMatchObject({ code: 'not-json', error: 'the file is not JSON' });
    expect(refused('[1, 2, 3]').code).toBe('not-library');
    expect(refused({ schema: 1, articles: [] }).code).toBe('not-library');
    const r = refused({ ...good(), schema: 2 });
    expect(r.code).toBe('schema');
    expect(r.error).toContain('schema version is 2');
    expect(refused({ ...good(), schema: undefined }).error).toContain('missing');
  });

  it('refuses wrong shapes and names the first place that is wrong', () => {
    const noTitle = good() as unknown as { articles: Record<string, unknown>[] };
    noTitle.articles[1]!.title = 42;
    expect(refused(noTitle)).toMatchObject({ code: 'shape', where: 'articles[1].title' });

    const badKind = good();
    (badKind.articles[0]!.figures[0] as { kind: string }).kind = 'vibes';
    expect(refused(badKind)).toMatchObject({ code: 'shape', where: 'articles[0].figures[0].kind' });

    const badValue = good();
    (badValue.articles[0]!.figures[0] as { value: unknown }).value = 'NaN';
    expect(refused(badValue).where).toBe('articles[0].figures[0].value');

    const badDate = good();
    badDate.articles[0]!.published = 'last tuesday';
    expect(refused(badDate).where).toBe('articles[0].published');

    const backwards = good();
    backwards.articles[0]!.lastRead = backwards.articles[0]!.firstRead - 1;
    expect(refused(backwards).where).toBe('articles[0].lastRead');

    expect(refused({ ...good(), articles: {} }).where).toBe('articles');
    expect(refused({ ...good(), articles: [null] }).where).toBe('articles[0]');
    const noUrl = good();
    noUrl.articles[0]!.url = '  ';
    expect(refused(noUrl).where).toBe('articles[0].url');
  });

  it('refuses a huge string and a huge list', () => {
    const huge = good();
    huge.articles[0]!.title = '长'.repeat(IMPORT_LIMITS.stringChars + 1);
    expect(refused(huge)).toMatchObject({ code: 'too-large', where: 'articles[0].title' });
    const many = good();
    many.articles[0]!.keywords = Array.from({ length: IMPORT_LIMITS.listItems + 1 }, () => '词');
    expect(refused(many)).toMatchObject({ code: 'too-large', where: 'articles[0].keywords' });
  });

  it('computes the key and the search text again, and carries nothing it does not know', () => {
    const doc = good() as unknown as { articles: Record<string, unknown>[] };
    const original = good().articles[0]!;
    doc.articles[0]!.id = 'elsewhere.cn/other';
    doc.articles[0]!.search = '别的文章';
    doc.articles[0]!.html = '<script>alert(1)</script>';
    const r = validateExport(doc);
    if (!('ok' in r)) throw new Error(r.error);
    expect(r.ok.articles[0]).toEqual(original);
    expect(r.ok.articles[0]).not.toHaveProperty('html');
  });
});
