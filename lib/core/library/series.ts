import { articleDate } from './dates';
import { foldQuery } from './search';
import type { FigureSeries, LibraryArticle } from './types';

/** The key figures group under: what they measure, folded (`社會消費品零售總額` and `社会消费品零售总额` are one subject). */
export function measuresKey(measures: string | null): string | null {
  const k = measures ? foldQuery(measures) : '';
  return k || null;
}

/**
 * Figures across articles grouped by what they measure, each series oldest first (by the
 * article's date, then page order); the series with most points first. Figures whose subject
 * was not found are left out: they compare with nothing.
 */
export function figureSeries(articles: readonly LibraryArticle[]): FigureSeries[] {
  const groups = new Map<string, FigureSeries>();
  for (const a of articles) {
    const date = articleDate(a);
    for (const f of a.figures) {
      const key = measuresKey(f.measures);
      if (!key) continue;
      let s = groups.get(key);
      if (!s) groups.set(key, (s = { measures: key, points: [] }));
      s.points.push({ articleId: a.id, title: a.title, url: a.url, date, text: f.text, value: f.value, unit: f.unit, kind: f.kind, sentence: f.sentence });
    }
  }
  const out = [...groups.values()];
  // A stable sort keeps page order within one article.
  for (const s of out) s.points.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return out.sort((a, b) => b.points.length - a.points.length || (a.measures < b.measures ? -1 : 1));
}
