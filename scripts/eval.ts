// `npm run eval [-- --update] [-- --errors]`: extraction accuracy per text and kind; --update
// raises tests/eval/baseline.json to today's numbers (it never lowers them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluate, KINDS, loadGoldTexts, pool } from '../lib/node';

const update = process.argv.includes('--update');
const showErrors = process.argv.includes('--errors');
const results = evaluate(loadGoldTexts());
const fmt = (n: number) => n.toFixed(3);

for (const r of results) {
  const s = r.score;
  console.log(`${r.name.padEnd(18)}${r.kind.padEnd(10)}P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  if (showErrors) {
    for (const e of s.falsePositives) console.log(`    FP ${e.start}-${e.end} ${e.text}`);
    for (const e of s.falseNegatives) console.log(`    FN ${e.start}-${e.end} ${e.text}`);
  }
}
const path = 'tests/eval/baseline.json';
const baseline: Record<string, Record<string, number>> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
console.log('');
for (const group of ['seed', 'fixtures'] as const) {
  for (const kind of KINDS) {
    const p = pool(results.filter((r) => r.kind === kind && (group === 'seed') === (r.name === 'seed')).map((r) => r.score));
    console.log(`${group.padEnd(9)}${kind.padEnd(10)}P ${fmt(p.precision)} R ${fmt(p.recall)} F1 ${fmt(p.f1)}`);
    baseline[group] ??= {};
    // Rounded down so that the guard is not broken by the last digit of a float.
    const now = Math.floor(p.f1 * 1000) / 1000;
    if (update && now > (baseline[group][kind] ?? 0)) baseline[group][kind] = now;
  }
}
if (update) {
  writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n');
  console.log(`\nbaseline written to ${path}`);
}
