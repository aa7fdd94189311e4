import type { BucketUnit, DatedMentions, MentionBucket } from './types';

/** A chart never draws more buckets than this: the newest ones stay. */
const MAX_BUCKETS = 520;
const DAY = 86_400_000;

/** Year, month, day from an ISO date at any precision (`2023`, `2023-02`, `2023-02-03T…`); missing parts are 1. */
function ymd(iso: string): [number, number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The Monday of the ISO week (weeks start on Monday) of a day, as epoch ms at UTC midnight. */
function mondayOf(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return t - weekday * DAY;
}

/**
 * Mentions per week (keyed by the week's Monday, `2023-01-30`) or per month (`2023-02`), oldest
 * first, with the empty weeks or months between filled with zeros so a chart's axis is even.
 * `articles` counts the entries that fell into the bucket (one entry per article).
 */
export function bucketMentions(dates: readonly DatedMentions[], unit: BucketUnit): MentionBucket[] {
  const sums = new Map<number, MentionBucket>();
  for (const { date, mentions } of dates) {
    const p = ymd(date);
    if (!p) continue;
    const t = unit === 'week' ? mondayOf(...p) : Date.UTC(p[0], p[1] - 1, 1);
    let b = sums.get(t);
    if (!b) sums.set(t, (b = { key: unit === 'week' ? dayKey(t) : `${p[0]}-${pad(p[1])}`, mentions: 0, articles: 0 }));
    b.mentions += mentions;
    b.articles++;
  }
  if (sums.size === 0) return [];
  const times = [...sums.keys()].sort((a, b) => a - b);
  const out: MentionBucket[] = [];
  const last = times[times.length - 1]!;
  for (let t = times[0]!; t <= last; t = next(t, unit)) {
    out.push(sums.get(t) ?? { key: unit === 'week' ? dayKey(t) : dayKey(t).slice(0, 7), mentions: 0, articles: 0 });
  }
  return out.slice(-MAX_BUCKETS);
}

function next(t: number, unit: BucketUnit): number {
  if (unit === 'week') return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
