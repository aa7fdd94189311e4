import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, KINDS, loadGoldTexts, pool } from '@/lib/node/evaluate';

/**
 * Accuracy guard: prints precision / recall / F1 per kind on the seed and on our own
 * gold fixtures, and fails if any number falls below tests/eval/baseline.json. Raise the baseline
 * (`npm run eval -- --update`) when accuracy improves; it may never go down.
 */
const baseline = JSON.parse(readFileSync('tests/eval/baseline.json', 'utf8')) as Record<string, Record<string, number>>;
const results = evaluate(loadGoldTexts());
const fmt = (n: number) => n.toFixed(3);

describe('extraction accuracy (strict spans, guidelines §4)', () => {
  const rows: string[] = [];
  for (const group of ['seed', 'fixtures'] as const) {
    for (const kind of KINDS) {
      const scores = results.filter((r) => r.kind === kind && (group === 'seed') === (r.name === 'seed')).map((r) => r.score);
      const p = pool(scores);
      rows.push(`${group.padEnd(9)}${kind.padEnd(10)}P ${fmt(p.precision)}  R ${fmt(p.recall)}  F1 ${fmt(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
      it(`${group} ${kind}: F1 ${fmt(p.f1)} is not below the baseline`, () => {
        const floor = baseline[group]?.[kind];
        expect(floor, `baseline for ${group}/${kind}`).toBeTypeOf('number');
        expect(p.f1).toBeGreaterThanOrEqual(floor! - 1e-9);
      });
    }
  }
  it('meets the issue\'s bars on the seed', () => {
    const f1 = (kind: string) => pool(results.filter((r) => r.name === 'seed' && r.kind === kind).map((r) => r.score)).f1;
    expect(f1('figures')).toBeGreaterThanOrEqual(0.97);
    expect(f1('dates')).toBeGreaterThanOrEqual(0.95);
    expect(f1('programs')).toBeGreaterThanOrEqual(0.92);
  });
  console.log(`\nKanbao extraction accuracy\n${rows.join('\n')}\n`);
});
