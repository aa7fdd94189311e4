import { normal } from './match';
import type { SidebarModel } from './model';

/**
 * The model with only the items whose text matches `query` (every list section; the article's
 * metadata always stays). An empty query returns the model itself.
 */
export function filterModel(m: SidebarModel, query: string): SidebarModel {
  const q = normal(query.trim());
  if (!q) return m;
  const hit = (...fields: (string | null | undefined)[]) => fields.some((f) => !!f && normal(f).includes(q));
  const programs = m.programs
    .map((k) => {
      const groups = k.groups.filter((g) => hit(g.text, g.name, k.kind));
      return { kind: k.kind, groups, mentions: groups.reduce((n, g) => n + g.count, 0) };
    })
    .filter((k) => k.groups.length > 0);
  const a = m.analysis;
  return {
    article: m.article,
    figures: m.figures.filter((f) => hit(f.text, f.value, f.kind, f.measures)),
    programs,
    analysis: a && {
      people: a.people.filter((p) => hit(p.name, ...p.titles)),
      organisations: a.organisations.filter((o) => hit(o.name)),
      places: a.places.filter((o) => hit(o.name)),
      keywords: a.keywords.filter((k) => hit(k.word)),
      summary: a.summary.filter((s) => hit(s.text)),
    },
  };
}
