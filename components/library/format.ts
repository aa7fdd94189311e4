import type { LibraryArticle } from '@/lib/core/library';

/** The article's day as YYYY-MM-DD: its published date, else null (the read date is not a publication date). */
export function dayOf(a: Pick<LibraryArticle, 'published'>): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(a.published ?? '');
  return m ? m[1]! : null;
}

/** Bytes in the largest unit that keeps the number readable, in the page's language. */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0 }).format(value);
}

/** A short form for an axis label (3.9T, 3.9万亿), so large values fit beside the chart. */
export function formatCompact(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

export function formatNumber(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n);
}

/** A file name for a download: kanbao-library-<what>-<day>.<ext>. */
export function downloadName(what: string, ext: string, now: Date): string {
  return `kanbao-library-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
