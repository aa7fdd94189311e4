import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '@/lib/core/extract/dates/find-dates';
import { findPrograms } from '@/lib/core/extract/programs/find-programs';
import { scoreStrict, type GoldSpan, type Score } from '@/lib/node/score';

// Scores the seed article against its gold (guidelines §4: strict offsets, optional items
// removed). The floors are the brief's; the printed FP/FN lists are for error analysis.
const fixtures = join(__dirname, '../fixtures');
const text = readFileSync(join(fixtures, 'seed/people-hn-big5-2023-02-03.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(fixtures, 'annotation/seed.gold.json'), 'utf8')) as Record<string, GoldSpan[]>;

function report(name: string, s: Score): void {
  const list = (xs: Score['falsePositives']) => xs.map((x) => `${x.start}-${x.end} ${x.text}`).join('\n    ') || '(none)';
  console.log(
    `${name}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})\n` +
      `  FP:\n    ${list(s.falsePositives)}\n  FN:\n    ${list(s.falseNegatives)}`,
  );
}

describe('seed article (people-hn-big5-2023-02-03)', () => {
  it('gold offsets slice to their text', () => {
    for (const g of [...gold.dates!, ...gold.programs!]) expect(text.slice(g.start, g.end)).toBe(g.text);
  });
  it('dates: strict F1 ≥ 0.95', () => {
    const s = scoreStrict(gold.dates!, findDates(text, { published: '2023-02-03T10:44+08:00' }));
    report('dates', s);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('programs: strict F1 ≥ 0.92', () => {
    const s = scoreStrict(gold.programs!, findPrograms(text));
    report('programs', s);
    expect(s.f1).toBeGreaterThanOrEqual(0.92);
  });
});
