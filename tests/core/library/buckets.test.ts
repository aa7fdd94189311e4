import { describe, expect, it } from 'vitest';
import { bucketMentions } from '@/lib/core/library';

describe('bucketMentions', () => {
  it('sums mentions per week keyed by its Monday, filling the empty weeks between', () => {
    const weeks = bucketMentions([
      { date: '2023-02-03T10:44+08:00', mentions: 2 }, // a Friday
      { date: '2023-01-30', mentions: 1 }, // the Monday of the same week
      { date: '2023-02-13T08:00+08:00', mentions: 4 }, // two weeks on
    ], 'week');
    expect(weeks).toEqual([
      { key: '2023-01-30', mentions: 3, articles: 2 },
      { key: '2023-02-06', mentions: 0, articles: 0 },
      { key: '2023-02-13', mentions: 4, articles: 1 },
    ]);
  });

  it('puts a Sunday in the week that began the Monday before', () => {
    expect(bucketMentions([{ date: '2023-02-05', mentions: 1 }], 'week')[0]!.key).toBe('2023-01-30');
  });

  it('sums per month across a year end, with empty months between', () => {
    const months = bucketMentions([
      { date: '2022-11-20', mentions: 1 },
      { date: '2023-01-03T10:00+08:00', mentions: 2 },
      { date: '2023-01-31', mentions: 1 },
    ], 'month');
    expect(months).toEqual([
      { key: '2022-11', mentions: 1, articles: 1 },
      { key: '2022-12', mentions: 0, articles: 0 },
      { key: '2023-01', mentions: 3, articles: 2 },
    ]);
  });

  it('reads dates at month precision and skips what is no date', () => {
    expect(bucketMentions([{ date: '2023-02', mentions: 5 }, { date: 'T18:00', mentions: 9 }], 'month')).toEqual([{ key: '2023-02', mentions: 5, articles: 1 }]);
    expect(bucketMentions([], 'week')).toEqual([]);
  });

  it('keeps at most 520 buckets, the newest', () => {
    const b = bucketMentions([{ date: '1990-01-01', mentions: 1 }, { date: '2023-01-02', mentions: 1 }], 'week');
    expect(b).toHaveLength(520);
    expect(b.at(-1)).toEqual({ key: '2023-01-02', mentions: 1, articles: 1 });
  });
});
