import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/core/extract/figures/find-figures';
import { type GoldSpan, scoreStrict } from '@/lib/node/score';

// The seed article and its gold spans, kept in tests/fixtures so the project stands alone.
const fixture = (rel: string) => fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
const text = readFileSync(fixture('seed/people-hn-big5-2023-02-03.txt'), 'utf8');
const gold = JSON.parse(readFileSync(fixture('annotation/seed.gold.json'), 'utf8')) as { figures: GoldSpan[] };

describe('figures on the seed article (guidelines §4, strict)', () => {
  const predicted = findFigures(text);
  const score = scoreStrict(gold.figures, predicted);

  it('reports precision, recall and the errors', () => {
    const fmt = (xs: { start: number; text: string }[]) => xs.map((x) => `${x.start}:${x.text}`).join(' | ') || '—';
    console.log(
      `figures P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)} ` +
        `(tp ${score.tp}, fp ${score.fp}, fn ${score.fn})\n  FP: ${fmt(score.falsePositives)}\n  FN: ${fmt(score.falseNegatives)}`,
    );
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('slices every span to its text', () => {
    for (const f of predicted) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('never emits two overlapping figures', () => {
    for (let i = 1; i < predicted.length; i++) expect(predicted[i]!.start).toBeGreaterThanOrEqual(predicted[i - 1]!.end);
  });
});
