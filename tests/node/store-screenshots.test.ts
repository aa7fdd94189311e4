import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The store screenshots (scripts/store-screenshots.mjs): five PNGs of the size both stores take,
 * 1280×800, each small enough to keep in the repository (under 400 kB), in the English interface and
 * again in the Simplified Chinese one (zh_CN/, the same scenes under the same names); each listing
 * links every picture of its set.
 */
const DIR = 'docs/store/screenshots';
const pngs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
const SETS = { en: DIR, zh_CN: `${DIR}/zh_CN` } as const;
/** Which set each listing shows: both Chinese listings use the Chinese interface's pictures. */
const LISTING_SET = { en: 'en', zh_CN: 'zh_CN', zh_TW: 'zh_CN' } as const;

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store screenshots', () => {
  it('are the five pictures the script makes', () => {
    const files = pngs(DIR);
    expect(files).toHaveLength(5);
    expect(files.map((f) => f.replace(/^\d-|\.png$/g, ''))).toEqual(
      expect.arrayContaining(['highlights', 'sidebar', 'convert', 'popup']),
    );
  });

  it('come again in the Chinese interface: the same five scenes under the same names', () => {
    expect(pngs(SETS.zh_CN)).toEqual(pngs(SETS.en));
  });

  for (const [set, dir] of Object.entries(SETS)) {
    for (const file of pngs(dir)) {
      it(`${set}: ${file} is a 1280×800 PNG under 400 kB`, () => {
        const bytes = readFileSync(`${dir}/${file}`);
        expect(pngSize(bytes)).toEqual({ width: 1280, height: 800 });
        expect(bytes.length).toBeLessThan(400 * 1024);
      });
    }
  }

  it('differ between the two interfaces wherever Kanbao\'s interface shows (not a copy of the English set)', () => {
    // The converted article shows the page alone, the same in either interface.
    const pageOnly = ['3-convert.png'];
    for (const file of pngs(SETS.zh_CN).filter((f) => !pageOnly.includes(f))) {
      expect(readFileSync(`${SETS.zh_CN}/${file}`).equals(readFileSync(`${SETS.en}/${file}`)), file).toBe(false);
    }
  });

  for (const [listing, set] of Object.entries(LISTING_SET)) {
    it(`listing.${listing}.md links every picture of the ${set} set, in order`, () => {
      const text = readFileSync(`docs/store/listing.${listing}.md`, 'utf8');
      const section = text.slice(text.indexOf('## Screenshots'), text.indexOf('## Category'));
      const folder = SETS[set].slice('docs/store/'.length);
      const linked = [...section.matchAll(/\]\(([^)]+\.png)\)/g)].map((m) => m[1]);
      expect(linked).toEqual(pngs(SETS[set]).map((f) => `${folder}/${f}`));
    });
  }
});
