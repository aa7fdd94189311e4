// Adds up the Vitest and end-to-end counts into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
passed += vitest.numPassedTests;
failed += vitest.numFailedTests;
skipped += vitest.numPendingTests + vitest.numTodoTests;
console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
if (existsSync('.tmp/e2e.json')) {
  const e2e = JSON.parse(readFileSync('.tmp/e2e.json', 'utf8'));
  passed += e2e.passed;
  failed += e2e.failed;
  console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
} else {
  console.log('e2e: no results recorded');
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
