// Structural checks for the hand-made gold annotations (figures / dates / programs).
// Every gold file must index its reference text exactly (UTF-16, half-open offsets), and each array
// must be sorted, non-overlapping and free of duplicates, as guidelines.md §0 requires.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface GoldItem {
  text: string;
  start: number;
  end: number;
  kind?: string;
  optional?: boolean;
  note?: string;
}

interface GoldDoc {
  source?: string;
  url?: string | null;
  guidelines?: string;
  figures: GoldItem[];
  dates: GoldItem[];
  programs: GoldItem[];
}

interface ExpectedPage {
  file: string;
  url: string | null;
  title?: string;
}

const ROOT = process.cwd();
const GOLD_DIR = join(ROOT, 'tests/fixtures/gold');
const ARRAYS = ['figures', 'dates', 'programs'] as const;

interface Case {
  name: string;
  goldPath: string;
  textPath: string;
  isNewGold: boolean;
}

const cases: Case[] = [
  {
    name: 'annotation/seed.gold.json',
    goldPath: join(ROOT, 'tests/fixtures/annotation/seed.gold.json'),
    textPath: join(ROOT, 'tests/fixtures/seed/people-hn-big5-2023-02-03.txt'),
    isNewGold: false,
  },
  ...(existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR) : [])
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({
      name: `gold/${f}`,
      goldPath: join(GOLD_DIR, f),
      textPath: join(GOLD_DIR, f.replace(/\.gold\.json$/, '.txt')),
      isNewGold: true,
    })),
];

const expectedPages: ExpectedPage[] = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/corpus/expected.json'), 'utf8'),
) as ExpectedPage[];

describe('gold annotation fixtures', () => {
  it('finds the seed gold and at least five article golds', () => {
    expect(cases.filter((c) => c.isNewGold).length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const doc = JSON.parse(readFileSync(c.goldPath, 'utf8')) as GoldDoc;
      const content = readFileSync(c.textPath, 'utf8');

      it('has the three arrays', () => {
        for (const key of ARRAYS) expect(Array.isArray(doc[key]), key).toBe(true);
      });

      for (const key of ARRAYS) {
        it(`${key}: every item is well-formed and slices to its text`, () => {
          for (const item of doc[key]) {
            const where = `${key} ${JSON.stringify(item)}`;
            expect(typeof item.text, where).toBe('string');
            expect(item.text.length, where).toBeGreaterThan(0);
            expect(Number.isInteger(item.start), where).toBe(true);
            expect(Number.isInteger(item.end), where).toBe(true);
            expect(item.start, where).toBeGreaterThanOrEqual(0);
            expect(item.end, where).toBeGreaterThan(item.start);
            expect(item.end, where).toBeLessThanOrEqual(content.length);
            if (item.optional !== undefined) expect(item.optional, where).toBe(true);
            if (item.kind !== undefined) expect(typeof item.kind, where).toBe('string');
            expect(content.slice(item.start, item.end), where).toBe(item.text);
          }
        });

        it(`${key}: sorted by start, unique, no overlap`, () => {
          const items = doc[key];
          const seen = new Set<string>();
          for (let i = 0; i < items.length; i++) {
            const cur = items[i]!;
            const id = `${cur.start}:${cur.end}`;
            expect(seen.has(id), `duplicate ${key} ${id} ${cur.text}`).toBe(false);
            seen.add(id);
            if (i === 0) continue;
            const prev = items[i - 1]!;
            expect(cur.start, `${key} not sorted at ${cur.text}@${cur.start}`).toBeGreaterThanOrEqual(prev.start);
            expect(prev.end, `${key} overlap ${prev.text}@${prev.start} / ${cur.text}@${cur.start}`).toBeLessThanOrEqual(
              cur.start,
            );
          }
        });
      }

      if (c.isNewGold) {
        it('names its corpus page, url and guidelines version', () => {
          expect(doc.guidelines).toBe('version 2');
          const page = expectedPages.find((p) => p.file === doc.source);
          expect(page, `source ${doc.source} not in expected.json`).toBeDefined();
          expect(doc.url).toBe(page?.url);
          expect(existsSync(join(ROOT, 'tests/fixtures/corpus/pages', doc.source ?? ''))).toBe(true);
        });

        it('reference text: LF line ends, lines trimmed, title first', () => {
          expect(content.includes('\r')).toBe(false);
          expect(content.endsWith('\n')).toBe(true);
          const lines = content.slice(0, -1).split('\n');
          for (const [i, line] of lines.entries()) {
            expect(line.length, `empty line ${i + 1}`).toBeGreaterThan(0);
            expect(line, `untrimmed line ${i + 1}`).toBe(line.trim());
          }
          const page = expectedPages.find((p) => p.file === doc.source);
          if (page?.title) expect(lines[0]).toBe(page.title);
        });
      }
    });
  }
});
