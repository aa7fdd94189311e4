import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../helpers/source-files';

// Comments stand on their own: a reader of the code has no tracker open and no folder outside the
// repository, so neither an issue number nor such a path may explain anything here.
const ROOT = process.cwd();
const FOLDERS = ['lib', 'entrypoints', 'components', 'scripts', 'tests'];
const SKIP = /^tests\/fixtures\//;
const CODE = /\.(ts|tsx|mjs|js|sh|css|html)$/;

function files(): string[] {
  const inFolders = FOLDERS.flatMap((f) => filesUnder(path.join(ROOT, f), CODE)).map((p) => path.relative(ROOT, p));
  return inFolders.filter((rel) => !SKIP.test(rel)).concat(['wxt.config.ts', 'vitest.config.ts', 'eslint.config.js']);
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
