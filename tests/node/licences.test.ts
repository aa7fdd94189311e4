import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** docs/licences.md lists every runtime dependency with the licence its package declares. */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license?: string; dependencies: Record<string, string> };
const doc = readFileSync('docs/licences.md', 'utf8');
const rows = new Map([...doc.matchAll(/^\| `([^`]+)`[^|]*\| [^|]+ \| ([^|]+?) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));

describe('licences', () => {
  it('Kanbao itself is MIT, in package.json and LICENSE', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });
  for (const name of Object.keys(pkg.dependencies)) {
    it(`lists ${name} with the licence its package declares`, () => {
      const declared = (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { license: string }).license;
      expect(rows.get(name), `${name} is shipped but not in docs/licences.md`).toBe(declared);
    });
  }
});
