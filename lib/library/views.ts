import {
  articleDate,
  bucketMentions,
  figureSeries,
  foldQuery,
  measuresKey,
  type FigureSeries,
  type LibraryArticle,
  type NameCount,
  type PersonDetail,
  type PersonTitle,
  type ProgramDetail,
} from '../core/library';
import { fromRow, type ArticleRow, type LibraryDexie } from './db';

const byDateDesc = (a: LibraryArticle, b: LibraryArticle) => {
  const x = articleDate(a);
  const y = articleDate(b);
  return x < y ? 1 : x > y ? -1 : b.lastRead - a.lastRead;
};

/** Every article that mentions the program (one multiEntry index lookup), its mentions by week and month, and its sentences. */
export async function programDetail(db: LibraryDexie, name: string): Promise<ProgramDetail> {
  const key = foldQuery(name);
  const articles = (await db.articles.where('programKeys').equals(key).toArray()).map(fromRow).sort(byDateDesc);
  const kinds = new Map<LibraryArticle['programs'][number]['kind'], number>();
  const dated: { date: string; mentions: number }[] = [];
  const sentences: ProgramDetail['sentences'] = [];
  let mentions = 0;
  for (const a of articles) {
    let here = 0;
    for (const p of a.programs) {
      if (foldQuery(p.name) !== key) continue;
      here += p.mentions;
      kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + p.mentions);
      for (const s of p.sentences) sentences.push({ articleId: a.id, date: a.published, sentence: s });
    }
    mentions += here;
    dated.push({ date: articleDate(a), mentions: here });
  }
  const kind = [...kinds].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  return { name: key, kind, articles, mentions, weeks: bucketMentions(dated, 'week'), months: bucketMentions(dated, 'month'), sentences };
}

/** The posts the articles gave a person, oldest first, with the articles (newest first). */
export async function personDetail(db: LibraryDexie, name: string): Promise<PersonDetail> {
  const key = foldQuery(name);
  const articles = (await db.articles.where('peopleKeys').equals(key).toArray()).map(fromRow).sort(byDateDesc);
  const titles: PersonTitle[] = [];
  for (const a of articles) {
    const date = articleDate(a);
    const seen = new Set<string>();
    for (const p of a.people) {
      if (foldQuery(p.name) !== key) continue;
      for (const t of p.titles.length ? p.titles : p.title ? [p.title] : []) {
        if (seen.has(t)) continue;
        seen.add(t);
        titles.push({ title: t, date, articleId: a.id });
      }
    }
  }
  titles.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { name: key, titles, articles };
}

/** The figures across articles that measure one subject (compared folded), oldest first. */
export async function figureSeriesFor(db: LibraryDexie, measures: string): Promise<FigureSeries> {
  const key = measuresKey(measures) ?? '';
  const rows = await db.articles.where('measureKeys').equals(key).toArray();
  return figureSeries(rows.map(fromRow)).find((s) => s.measures === key) ?? { measures: key, points: [] };
}

/** Names from one index with how many articles carry each, most first: reads the index, not the records. */
async function countKeys(db: LibraryDexie, index: keyof ArticleRow): Promise<NameCount[]> {
  const counts = new Map<string, number>();
  await db.articles.orderBy(index).eachKey((k) => {
    const name = String(k);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return sortCounts(counts);
}

const sortCounts = (counts: Map<string, number>): NameCount[] =>
  [...counts].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));

export const listPrograms = (db: LibraryDexie) => countKeys(db, 'programKeys');
export const listPeople = (db: LibraryDexie) => countKeys(db, 'peopleKeys');
export const listMeasures = (db: LibraryDexie) => countKeys(db, 'measureKeys');

export async function listOutlets(db: LibraryDexie): Promise<NameCount[]> {
  const counts = new Map<string, number>();
  await db.articles.orderBy('[outlet+lastRead]').eachKey((k) => {
    const outlet = String((k as [string, number])[0]);
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  });
  return sortCounts(counts);
}
