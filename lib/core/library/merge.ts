import type { LibraryArticle } from './types';

/**
 * One entry from two readings of the same article (same key). The facts are the newer reading's
 * (the page may have been corrected); the first read is the earlier one's; every URL is kept.
 *
 * Reads add up when the two histories do not overlap (a revisit: the new reading begins after
 * the old one's last). When they overlap, the two records describe the same readings (the same
 * export imported twice, or an export of a library that already had this entry), so the larger
 * count stands. That makes the merge idempotent: mergeArticle(a, a) is a.
 */
export function mergeArticle(old: LibraryArticle, next: LibraryArticle): LibraryArticle {
  const newer = next.lastRead >= old.lastRead ? next : old;
  const disjoint = next.firstRead > old.lastRead || old.firstRead > next.lastRead;
  const urls = [...old.urls];
  for (const u of next.urls) if (!urls.includes(u)) urls.push(u);
  return {
    ...newer,
    id: old.id,
    urls,
    firstRead: Math.min(old.firstRead, next.firstRead),
    lastRead: Math.max(old.lastRead, next.lastRead),
    reads: disjoint ? old.reads + next.reads : Math.max(old.reads, next.reads),
  };
}
