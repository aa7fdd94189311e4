import { foldToSimplified } from '../text';
import type { LibraryArticle } from './types';

/**
 * Search compares text folded to Simplified and to lower case, with runs of white space made one
 * space: a query typed in either script finds records written in the other, and `GDP` finds `gdp`.
 */
export function foldQuery(query: string): string {
  return foldToSimplified(query.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a record's search text contains the folded query (every space-separated part of it). */
export function matchQuery(article: Pick<LibraryArticle, 'search'>, folded: string): boolean {
  if (!folded) return true;
  for (const part of folded.split(' ')) if (!article.search.includes(part)) return false;
  return true;
}

/** The separator between the fields of the search text: no query contains it, so no match spans two fields. */
const FIELD_SEPARATOR = '\n';

/**
 * The `search` field of a record: title, program names, people's names and what the figures
 * measure, each folded (`foldQuery`), one per line, without repeats.
 */
export function searchText(article: Pick<LibraryArticle, 'title' | 'programs' | 'people' | 'figures'>): string {
  const parts = new Set<string>();
  const add = (s: string | null | undefined) => {
    const f = s ? foldQuery(s).replaceAll(FIELD_SEPARATOR, ' ') : '';
    if (f) parts.add(f);
  };
  add(article.title);
  for (const p of article.programs) add(p.name);
  // Names only: a post (`湖南省公安厅厅长`) belongs to the person view; in the search text it
  // would make every article with a police officer answer `公安`.
  for (const p of article.people) add(p.name);
  for (const f of article.figures) add(f.measures);
  return [...parts].join(FIELD_SEPARATOR);
}
