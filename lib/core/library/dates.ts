import type { LibraryArticle } from './types';

/**
 * The day an article belongs to on charts and timelines: the publication date as the page wrote
 * it (its own day, +08:00 for our outlets, not converted to UTC), else the day it was first read.
 */
export function articleDate(a: Pick<LibraryArticle, 'published' | 'firstRead'>): string {
  if (a.published && /^\d{4}/.test(a.published)) return a.published;
  return new Date(a.firstRead).toISOString();
}
