import type { LibraryArticle } from './types';

/**
 * The library's tables as CSV (RFC 4180: CRLF line ends; a field with `"`, `,`, CR or LF quoted,
 * `"` doubled). Text from web pages that begins like a spreadsheet formula (`=`, `+`, `-`, `@`,
 * tab, CR) gets a leading `'`, so opening the file never runs what a page wrote. Numbers are
 * written as numbers. One file per table; the columns are listed in docs/library.md.
 */
type Cell = string | number | null;

function cell(v: Cell): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(columns: readonly string[], rows: Iterable<Cell[]>): string {
  const out = [columns.join(',')];
  for (const r of rows) out.push(r.map(cell).join(','));
  return out.join('\r\n') + '\r\n';
}

const iso = (t: number) => new Date(t).toISOString();

export const ARTICLE_COLUMNS = ['id', 'url', 'outlet', 'site', 'title', 'published', 'script', 'first_read', 'last_read', 'reads',
  'figures', 'dates', 'programs', 'people', 'keywords', 'organisations', 'places'] as const;
export const FIGURE_COLUMNS = ['article_id', 'published', 'text', 'value', 'high', 'unit', 'kind', 'measures', 'sentence'] as const;
export const PROGRAM_COLUMNS = ['article_id', 'published', 'name', 'kind', 'mentions', 'sentences'] as const;
export const PEOPLE_COLUMNS = ['article_id', 'published', 'name', 'title', 'titles'] as const;

/** One row per article; list fields joined with `; `. */
export function articlesCsv(articles: readonly LibraryArticle[]): string {
  return table(ARTICLE_COLUMNS, articles.map((a) => [
    a.id, a.url, a.outlet, a.site, a.title, a.published, a.script, iso(a.firstRead), iso(a.lastRead), a.reads,
    a.counts.figures, a.counts.dates, a.counts.programs, a.counts.people,
    a.keywords.join('; '), a.organisations.join('; '), a.places.join('; '),
  ]));
}

/** One row per figure; a range's low end is `value` and its high end `high` (empty otherwise). */
export function figuresCsv(articles: readonly LibraryArticle[]): string {
  return table(FIGURE_COLUMNS, articles.flatMap((a) => a.figures.map((f): Cell[] => [
    a.id, a.published, f.text, Array.isArray(f.value) ? f.value[0] : f.value, Array.isArray(f.value) ? f.value[1] : null,
    f.unit, f.kind, f.measures, f.sentence,
  ])));
}

/** One row per program per article; its sentences joined with a line break inside the quoted field. */
export function programsCsv(articles: readonly LibraryArticle[]): string {
  return table(PROGRAM_COLUMNS, articles.flatMap((a) => a.programs.map((p): Cell[] => [
    a.id, a.published, p.name, p.kind, p.mentions, p.sentences.join('\n'),
  ])));
}

/** One row per person per article; every post the article gave them joined with `; `. */
export function peopleCsv(articles: readonly LibraryArticle[]): string {
  return table(PEOPLE_COLUMNS, articles.flatMap((a) => a.people.map((p): Cell[] => [
    a.id, a.published, p.name, p.title, p.titles.join('; '),
  ])));
}
