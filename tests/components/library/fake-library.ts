/**
 * An in-memory stand-in for the page's part of lib/library, for the page's component tests: the
 * same shapes, simple logic (search through the core's folded match, so either script finds
 * both), and every call recorded so a test can see what the page asked. Articles are constructed
 * for these tests: their titles, names and figures are written here, not taken from a page.
 */
import { vi } from 'vitest';
import { articleKey, foldQuery, matchQuery, searchText, type ArticleFilter, type LibraryArticle, type MentionBucket } from '@/lib/core/library';
import type { LibraryPort } from '@/components/library/types';

type Draft = Partial<LibraryArticle> & Pick<LibraryArticle, 'url' | 'outlet' | 'title' | 'published'>;

export function article(d: Draft): LibraryArticle {
  const a: LibraryArticle = {
    id: articleKey(d.url), urls: [d.url], site: new URL(d.url).hostname, script: 'simplified', firstRead: 1_700_000_000_000, lastRead: 1_700_000_000_000, reads: 1,
    counts: { figures: 0, dates: 0, programs: 0, people: 0 },
    figures: [], dates: [], programs: [], people: [], organisations: [], places: [], keywords: [], summary: [], search: '',
    ...d,
  };
  a.counts = { figures: a.figures.length, dates: a.dates.length, programs: a.programs.length, people: a.people.length };
  a.search = searchText(a);
  return a;
}

/** The canonical key (`articleKey`) of each, as the library stores it. */
export const ARTICLES: LibraryArticle[] = [
  article({
    url: 'https://hn.example.cn/n2/2023/0203/c1-1.html', outlet: 'people.com.cn', title: '平安湖南建设新进展', published: '2023-02-03T10:44+08:00',
    programs: [{ name: '“湖南公安服务平台”', kind: 'quoted_practice', mentions: 3, sentences: ['“湖南公安服务平台”全面上线。', '群众通过“湖南公安服务平台”办事。'] }],
    people: [{ name: '王一鸥', title: '省公安厅厅长', titles: ['省公安厅厅长'] }],
    figures: [{ text: '61.6%', value: 61.6, unit: '%', kind: 'percent', measures: '刑事警情', sentence: '刑事警情同比下降61.6%。' }],
  }),
  article({
    url: 'https://hn.example.cn/BIG5/n2/2023/0315/c1-2.html', outlet: 'people.com.cn', title: '夜瀟湘點亮夜經濟', published: '2023-03-15', script: 'traditional',
    programs: [{ name: '“湖南公安服务平台”', kind: 'quoted_practice', mentions: 1, sentences: ['「湖南公安服務平台」再升級。'] }],
    people: [{ name: '王一鷗', title: '副省長', titles: ['副省長', '省公安廳廳長'] }],
    figures: [{ text: '50.2%', value: 50.2, unit: '%', kind: 'percent', measures: '刑事警情', sentence: '刑事警情下降50.2%。' }],
  }),
  article({
    url: 'https://www.example.com/2023/04/01/c3.htm', outlet: 'news.cn', title: '消费市场回暖', published: null,
    programs: [{ name: '《政府工作报告》', kind: 'document', mentions: 1, sentences: ['《政府工作报告》提出扩大内需。'] }],
    figures: [{ text: '3.9万亿元', value: 3.9e12, unit: '元', kind: 'money', measures: '社会消费品零售总额', sentence: '社会消费品零售总额3.9万亿元。' }],
  }),
];

const day = (a: LibraryArticle) => a.published?.slice(0, 10) ?? null;

function buckets(items: { day: string; mentions: number }[], unit: 'week' | 'month'): MentionBucket[] {
  const map = new Map<string, MentionBucket>();
  for (const { day: d, mentions } of items) {
    let key = d.slice(0, 7);
    if (unit === 'week') {
      const t = Date.parse(`${d}T00:00:00Z`);
      key = new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    }
    const b = map.get(key) ?? { key, mentions: 0, articles: 0 };
    b.mentions += mentions;
    b.articles++;
    map.set(key, b);
  }
  return [...map.values()].sort((x, y) => x.key.localeCompare(y.key));
}

function counts(names: string[][]) {
  const m = new Map<string, number>();
  for (const list of names) for (const n of new Set(list)) m.set(n, (m.get(n) ?? 0) + 1);
  return [...m].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles);
}

export function fakeLibrary(initial: readonly LibraryArticle[] = ARTICLES) {
  let rows = initial.map((a) => structuredClone(a));
  const same = (a: string, b: string) => foldQuery(a) === foldQuery(b);
  const port = {
    listArticles: vi.fn(async (f: ArticleFilter = {}) => {
      const q = foldQuery(f.query ?? '');
      const hit = rows.filter((a) =>
        matchQuery(a, q)
        && (!f.outlet || a.outlet === f.outlet)
        && (!f.from || (day(a) ?? '') >= f.from)
        && (!f.to || (day(a) !== null && day(a)! <= f.to))
        && (!f.programKind || a.programs.some((p) => p.kind === f.programKind)));
      return { articles: hit.slice(0, f.limit ?? 50), total: hit.length };
    }),
    listOutlets: vi.fn(async () => counts(rows.map((a) => [a.outlet]))),
    listPrograms: vi.fn(async () => counts(rows.map((a) => a.programs.map((p) => p.name)))),
    listPeople: vi.fn(async () => counts(rows.map((a) => a.people.map((p) => foldQuery(p.name))))),
    listMeasures: vi.fn(async () => counts(rows.map((a) => a.figures.flatMap((f) => (f.measures ? [foldQuery(f.measures)] : []))))),
    programDetail: vi.fn(async (name: string) => {
      const articles = rows.filter((a) => a.programs.some((p) => same(p.name, name)));
      const entry = (a: LibraryArticle) => a.programs.find((p) => same(p.name, name))!;
      const dated = articles.filter((a) => day(a)).map((a) => ({ day: day(a)!, mentions: entry(a).mentions }));
      return {
        name, kind: articles[0] ? entry(articles[0]).kind : null, articles,
        mentions: articles.reduce((s, a) => s + entry(a).mentions, 0),
        weeks: buckets(dated, 'week'), months: buckets(dated, 'month'),
        sentences: articles.flatMap((a) => entry(a).sentences.map((sentence) => ({ articleId: a.id, date: a.published, sentence }))),
      };
    }),
    personDetail: vi.fn(async (name: string) => {
      const articles = rows.filter((a) => a.people.some((p) => same(p.name, name)));
      const titles = articles.flatMap((a) => a.people.filter((p) => same(p.name, name)).flatMap((p) => p.titles.map((title) => ({ title, date: a.published ?? '', articleId: a.id }))));
      return { name, titles: titles.sort((x, y) => x.date.localeCompare(y.date)), articles };
    }),
    figureSeriesFor: vi.fn(async (measures: string) => ({
      measures: foldQuery(measures),
      points: rows.flatMap((a) => a.figures.filter((f) => f.measures && same(f.measures, measures)).map((f) => ({
        articleId: a.id, title: a.title, url: a.url, date: a.published ?? new Date(a.firstRead).toISOString(), text: f.text, value: f.value, unit: f.unit, kind: f.kind, sentence: f.sentence,
      }))).sort((x, y) => x.date.localeCompare(y.date)),
    })),
    exportAll: vi.fn(async (now = 0) => ({ format: 'kanbao-library' as const, schema: 1 as const, exported: new Date(now).toISOString(), articles: structuredClone(rows) })),
    importAll: vi.fn(async (doc: { articles: LibraryArticle[] }) => {
      let added = 0;
      for (const a of doc.articles) {
        const i = rows.findIndex((r) => r.id === a.id);
        if (i < 0) {
          rows.push(a);
          added++;
        } else rows[i] = a;
      }
      return { added, merged: doc.articles.length - added };
    }),
    deleteArticle: vi.fn(async (id: string) => {
      const before = rows.length;
      rows = rows.filter((a) => a.id !== id);
      return rows.length < before;
    }),
    deleteOutlet: vi.fn(async (outlet: string) => {
      const before = rows.length;
      rows = rows.filter((a) => a.outlet !== outlet);
      return before - rows.length;
    }),
    deleteAll: vi.fn(async () => {
      rows = [];
    }),
    storageUsed: vi.fn(async () => ({ bytes: JSON.stringify(rows).length, source: 'rows' as const, articles: rows.length })),
  } satisfies LibraryPort;
  return { port, rows: () => rows };
}
