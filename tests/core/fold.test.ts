import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '@/lib/core/text/fold';

describe('foldToSimplified', () => {
  it('folds Traditional characters to Simplified one unit at a time', () => {
    expect(foldToSimplified('1.3萬余家')).toBe('1.3万余家');
    expect(foldToSimplified('“五個擔當”')).toBe('“五个担当”');
    expect(foldToSimplified('人民網 來源 責編')).toBe('人民网 来源 责编');
  });
  it('never changes the length, even with astral characters and Latin text', () => {
    for (const s of ['𠀀萬𠀋abc', 'Hello, 世界', '', '臺灣 戶 ‰ ％']) {
      expect(foldToSimplified(s)).toHaveLength(s.length);
    }
  });
});

describe('foldToSimplified on whole pages', () => {
  it('agrees with a plain per-character reading of the dictionary on every corpus page and the seed', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dict = (await import('opencc-js/dict/TSCharacters')).default as string;
    const ref = new Map<string, string>();
    for (const e of dict.split('|')) {
      const [from, to] = e.split(' ');
      if (from?.length === 1 && to && to.charCodeAt(0) < 0xd800) ref.set(from, to[0]!);
    }
    const slow = (t: string) => [...t].map((c) => (c.length === 1 ? ref.get(c) ?? c : c)).join('');
    const dir = 'tests/fixtures/corpus/pages';
    const texts = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
    texts.push(readFileSync('tests/fixtures/seed/people-hn-big5-2023-02-03.txt', 'utf8'));
    for (const t of texts) expect(foldToSimplified(t)).toBe(slow(t));
  });
});
