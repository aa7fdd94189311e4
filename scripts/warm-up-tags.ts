// Writes entrypoints/background/warm-up-tags.ts: jieba's tags of the background's warm-up
// paragraphs (entrypoints/background/warm-up.ts), which the background uses to warm its analysis
// while jieba's wasm still compiles. Run after changing the paragraphs or upgrading jieba-wasm:
//   npx tsx scripts/warm-up-tags.ts
// tests/extension/warm-up.test.ts fails while the written tags differ from jieba's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeSegmenter } from '../lib/engines/jieba';
import { WARM_UP_PARAGRAPHS } from '../entrypoints/background/warm-up';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'entrypoints/background/warm-up-tags.ts');

const jieba = await createNodeSegmenter();
const rows = WARM_UP_PARAGRAPHS.map((p) => jieba.tag(p).map((t) => [t.word, t.tag] as const));
const body = rows
  .map((row) => `  [\n${row.map(([w, t]) => `    [${JSON.stringify(w)}, ${JSON.stringify(t)}],`).join('\n')}\n  ],`)
  .join('\n');
writeFileSync(
  OUT,
  `// Written by scripts/warm-up-tags.ts (do not edit): jieba's [word, tag] pairs for each paragraph\n` +
    `// of WARM_UP_PARAGRAPHS in warm-up.ts.\n` +
    `export const WARM_UP_TAGS: readonly (readonly (readonly [string, string])[])[] = [\n${body}\n];\n`,
);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${rows.map((r) => r.length).join(' + ')} tokens`);
