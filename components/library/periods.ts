/**
 * The program chart's periods. The library counts mentions only where there are some; the chart
 * also shows the weeks or months between with none, so a gap reads as a gap. A week is named by
 * its Monday (YYYY-MM-DD), a month as YYYY-MM.
 */
import type { BucketUnit, MentionBucket } from '@/lib/core/library';

export interface PeriodCount {
  period: string;
  count: number;
}

const DAY = 86_400_000;

function nextPeriod(period: string, unit: BucketUnit): string {
  if (unit === 'week') return new Date(Date.parse(`${period}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** At most this many periods are drawn (ten years of weeks); a longer span keeps its latest part. */
export const MAX_PERIODS = 520;

const WELL_FORMED = { week: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ };

/** Every period from the first bucket to the last, with zero where the library has none. */
export function fillPeriods(buckets: readonly MentionBucket[], unit: BucketUnit): PeriodCount[] {
  const sums = new Map<string, number>();
  for (const b of buckets) if (WELL_FORMED[unit].test(b.key)) sums.set(b.key, (sums.get(b.key) ?? 0) + b.mentions);
  if (!sums.size) return [];
  const keys = [...sums.keys()].sort();
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  const out: PeriodCount[] = [];
  for (let p = first; p <= last && out.length < 100_000; p = nextPeriod(p, unit)) out.push({ period: p, count: sums.get(p) ?? 0 });
  return out.slice(-MAX_PERIODS);
}
