import { measuresText, type SidebarModel } from './model';

/**
 * The model with every string that comes from the page passed through `f` (numbers, kinds and
 * ids untouched), in a fixed order: the glue converts a page's script with one batch by calling
 * this twice, once to collect the strings and once to put the converted ones back.
 */
export function mapModelText(m: SidebarModel, f: (s: string) => string): SidebarModel {
  const opt = (s: string | null) => (s === null ? null : f(s));
  const a = m.analysis;
  return {
    article: {
      ...m.article,
      title: f(m.article.title), kicker: opt(m.article.kicker), subtitle: opt(m.article.subtitle),
      source: opt(m.article.source), authors: m.article.authors.map(f), editors: m.article.editors.map(f),
      printEdition: opt(m.article.printEdition),
    },
    figures: m.figures.map((r) => {
      const subject = opt(r.subject);
      const comparison = opt(r.comparison);
      return { ...r, text: f(r.text), subject, comparison, measures: measuresText({ subject, direction: r.direction, comparison }) };
    }),
    programs: m.programs.map((k) => ({ ...k, groups: k.groups.map((g) => ({ ...g, text: f(g.text) })) })),
    analysis: a && {
      people: a.people.map((p) => ({ ...p, name: f(p.name), titles: p.titles.map(f) })),
      organisations: a.organisations.map((o) => ({ ...o, name: f(o.name) })),
      places: a.places.map((o) => ({ ...o, name: f(o.name) })),
      keywords: a.keywords.map((k) => ({ ...k, word: f(k.word) })),
      summary: a.summary.map((s) => ({ ...s, text: f(s.text) })),
    },
  };
}

/** Converts the model's page strings with one call of `convert` (a batch converter). */
export async function convertModel(m: SidebarModel, convert: (texts: string[]) => Promise<string[]>): Promise<SidebarModel> {
  const texts: string[] = [];
  mapModelText(m, (s) => (texts.push(s), s));
  const out = await convert(texts);
  if (out.length !== texts.length) throw new Error(`convert returned ${out.length} strings for ${texts.length}`);
  let i = 0;
  return mapModelText(m, () => out[i++]!);
}
