import { articleKey, searchText, type LibraryArticle, type LibraryFigure, type LibraryProgram } from '@/lib/core/library';

/**
 * A constructed record (own text, not from any page) for tests: pass what the test is about,
 * the rest is filled in consistently (key from URL, search text from the fields).
 */
export function makeArticle(p: Partial<LibraryArticle> & { url: string }): LibraryArticle {
  const a: LibraryArticle = {
    id: articleKey(p.url),
    urls: [p.url],
    outlet: 'people.com.cn',
    site: 'example.people.com.cn',
    title: '示例标题',
    published: '2024-03-04T09:00+08:00',
    script: 'simplified',
    firstRead: Date.UTC(2024, 2, 4),
    lastRead: Date.UTC(2024, 2, 4),
    reads: 1,
    counts: { figures: 0, dates: 0, programs: 0, people: 0 },
    figures: [],
    dates: [],
    programs: [],
    people: [],
    organisations: [],
    places: [],
    keywords: [],
    summary: [],
    search: '',
    ...p,
  };
  a.counts = {
    figures: a.figures.length,
    dates: a.dates.length,
    programs: a.programs.reduce((n, x) => n + x.mentions, 0),
    people: a.people.length,
  };
  a.search = searchText(a);
  return a;
}

export const fig = (text: string, value: number, unit: string | null, measures: string | null, sentence = `${measures ?? ''}为${text}。`): LibraryFigure =>
  ({ text, value, unit, kind: unit === '%' ? 'percent' : 'count', measures, sentence });

export const prog = (name: string, mentions = 1, sentences: string[] = [`推进${name}。`]): LibraryProgram =>
  ({ name, kind: 'quoted_head', mentions, sentences });
