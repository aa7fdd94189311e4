import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JIEBA_WASM_ASSET, JIEBA_WASM_FILE } from '../../scripts/vite-jieba-wasm';

/**
 * docs/store/REVIEW.md tells reviewers where the shipped jieba_rs_wasm_bg.wasm comes from and its
 * SHA-256. The build copies JIEBA_WASM_ASSET unchanged, so hashing that file (no build needed) checks
 * the page, and the package and version it names are the ones package-lock.json pins.
 */
const review = readFileSync('docs/store/REVIEW.md', 'utf8');
const section = review.slice(review.indexOf('## `jieba_rs_wasm_bg.wasm`'), review.indexOf('## Why'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string }>;
};
const locked = lock.packages['node_modules/jieba-wasm']!;

describe('the wasm shipped, as REVIEW.md describes it', () => {
  it('hashes to the SHA-256 written in REVIEW.md', () => {
    const written = [...section.matchAll(/\b[0-9a-f]{64}\b/g)].map((m) => m[0]);
    expect(written).toHaveLength(1);
    const actual = createHash('sha256').update(readFileSync(JIEBA_WASM_ASSET)).digest('hex');
    expect(actual).toBe(written[0]);
  });

  it('has the size REVIEW.md gives', () => {
    const size = readFileSync(JIEBA_WASM_ASSET).length.toLocaleString('en');
    expect(section).toContain(`size ${size} bytes`);
  });

  it('names the package, version and integrity package-lock.json pins', () => {
    expect(section).toContain(`\`jieba-wasm\` **${locked.version}**`);
    expect(section).toContain(locked.integrity!);
    expect(section).toContain(`npm pack jieba-wasm@${locked.version}`);
  });

  it('names the path inside node_modules that the build copies, and the file name it ships as', () => {
    const relative = path.relative(process.cwd(), JIEBA_WASM_ASSET).split(path.sep).join('/');
    expect(section).toContain(`path after \`npm ci\`: \`${relative}\``);
    expect(section).toContain(`copied to the package root as \`${JIEBA_WASM_FILE}\``);
  });
});
