import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Comments stand on their own: a reader of the code has no tracker open and no folder outside the
// repository, so neither an issue number nor such a path may explain anything here.
const ROOT = process.cwd();
const FOLDERS = ['lib', 'entrypoints', 'components', 'scripts', 'tests'];
const SKIP = /^tests\/fixtures\//;
const CODE = /\.(ts|tsx|mjs|js|sh|css|html)$/;

function files(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      const rel = path.relative(ROOT, p);
      if (statSync(p).isDirectory()) walk(p);
      else if (CODE.test(name) && !SKIP.test(rel)) out.push(rel);
    }
  };
  for (const f of FOLDERS) walk(path.join(ROOT, f));
  return out.concat(['wxt.config.ts', 'vitest.config.ts', 'eslint.config.js']);
}

const ISSUE = /\b[Ii]ssues? #?\d+\b/;
const OUTSIDE = /(?:\.\.\/shared\/|\/work\/)/;

describe('comments stand on their own', () => {
  const all = files();
  it('reads the code folders', () => {
    expect(all.length).toBeGreaterThan(100);
  });
  it('name no issue numbers and no paths outside the repository', () => {
    const hits: string[] = [];
    for (const f of all) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (ISSUE.test(line) || OUTSIDE.test(line)) hits.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
