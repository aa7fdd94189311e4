import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The content-script side of script conversion must never pull in the converter: opencc-js's
 * phrase tables are ~1 MB and belong in the background. Follows runtime (non-type) imports.
 */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[1]) specs.push(m[2]!);
  }
  for (const m of src.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) {
        seen.add(`package:${spec}`);
        continue;
      }
      const base = join(dirname(file), spec);
      todo.push(spec.endsWith('.ts') ? base : existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts'));
    }
  }
  return seen;
}

describe('content-script side of script conversion', () => {
  for (const entry of ['lib/dom/swap/live.ts', 'lib/dom/swap/swapper.ts', 'lib/dom/swap/mutation-watch.ts']) {
    it(`${entry} imports no converter and no package`, () => {
      const modules = Array.from(graph(entry)).map((f) => (f.startsWith('package:') ? f : relative(process.cwd(), f)));
      expect(modules.filter((m) => m.startsWith('package:') || m.includes('engines/'))).toEqual([]);
    });
  }
});
