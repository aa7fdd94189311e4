import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The store screenshots (scripts/store-screenshots.mjs): five PNGs of the size both stores take,
 * 1280×800, each small enough to keep in the repository (under 400 kB).
 */
const DIR = 'docs/store/screenshots';
const files = readdirSync(DIR).filter((f) => f.endsWith('.png')).sort();

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store screenshots', () => {
  it('are the five pictures the script makes', () => {
    expect(files).toHaveLength(5);
    expect(files.map((f) => f.replace(/^\d-|\.png$/g, ''))).toEqual(
      expect.arrayContaining(['highlights', 'sidebar', 'convert', 'popup']),
    );
  });
  for (const file of files) {
    it(`${file} is a 1280×800 PNG under 400 kB`, () => {
      const bytes = readFileSync(`${DIR}/${file}`);
      expect(pngSize(bytes)).toEqual({ width: 1280, height: 800 });
      expect(bytes.length).toBeLessThan(400 * 1024);
    });
  }
});
