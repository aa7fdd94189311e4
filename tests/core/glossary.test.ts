import { describe, expect, it } from 'vitest';
import { builtinGlossary, cardOf, createGlossary, glossaryKey, withGlossary, type GlossaryEntry } from '@/lib/core/glossary';
import { extractAll } from '@/lib/core/extract';

// Constructed entries: the matching rules, not the shipped data (tests/data/glossary.test.ts checks that).
const entry = (name: string, items: string[][], forms: string[] = []): GlossaryEntry => ({
  name, forms, enumerates: items.length > 0, items,
  gloss: { zh: `${name}的释义`, en: `what ${name} means` }, since: 2000,
  firstStated: { title: '某文件', date: '2000-01-01' },
  sources: [{ url: 'https://example.org/a', title: 'a page', read: '2026-12-07' }],
});
const glossary = createGlossary([
  entry('两个确立', [['甲', '乙']], ['兩個確立']),
  entry('四个意识', [['甲', '乙', '丙', '丁']]),
  entry('三个代表', [['甲', '乙', '丙']], ['“三个代表”重要思想']),
]);

describe('glossary keys', () => {
  it('fold script, quote style, spaces and a count written in digits', () => {
    for (const form of ['两个确立', '兩個確立', '「两个确立」', '“两个确立”', '『兩個確立』', '2个确立', '二个确立', ' 两个 确立 ']) {
      expect(glossaryKey(form), form).toBe('两个确立');
    }
    expect(glossaryKey('4个意识')).toBe('四个意识');
    // A digit inside a longer number is not a count of items.
    expect(glossaryKey('12个方面')).toBe('12个方面');
    expect(glossaryKey('十二个方面')).toBe('十二个方面');
  });
});

describe('lookup', () => {
  it('finds an entry by any of its forms in any script', () => {
    expect(glossary.lookup('“兩個確立”')?.name).toBe('两个确立');
    expect(glossary.lookup('4个意识')?.name).toBe('四个意识');
    expect(glossary.lookup('「三個代表」重要思想')?.name).toBe('三个代表');
  });
  it('finds the quoted formulation inside a longer program name', () => {
    expect(glossary.lookup('坚持“四个意识”教育')?.name).toBe('四个意识');
  });
  it('knows nothing it was not given', () => {
    expect(glossary.lookup('“五个担当”')).toBeNull();
    expect(glossary.lookup('')).toBeNull();
  });
  it('keeps a key two entries claim for the first (the data tests forbid the clash)', () => {
    const g = createGlossary([entry('双碳', [['甲', '乙']]), entry('雙碳', [['丙', '丁']])]);
    expect(g.lookup('双碳')?.items).toEqual([['甲', '乙']]);
  });
});

describe('cards', () => {
  it('carry the gloss, the items, the year and the first statement, and no bookkeeping', () => {
    const card = cardOf(entry('两个确立', [['甲', '乙']]));
    expect(card).toEqual({ name: '两个确立', items: [['甲', '乙']], gloss: { zh: '两个确立的释义', en: 'what 两个确立 means' }, since: 2000, source: { title: '某文件', date: '2000-01-01' } });
    expect(card).not.toHaveProperty('sources');
  });
  it('are attached to the program spans the glossary knows, and only to those', () => {
    const text = '全党要深刻领悟“两个确立”的决定性意义，增强“四个意识”，落实“五个担当”。';
    const spans = withGlossary(extractAll(text).programs, glossary);
    const byName = Object.fromEntries(spans.map((p) => [p.name, p.glossary?.name ?? null]));
    expect(byName).toEqual({ '“两个确立”': '两个确立', '“四个意识”': '四个意识', '“五个担当”': null });
  });
});

describe('the shipped glossary', () => {
  it('is indexed and answers for a formulation in a Traditional page', () => {
    const g = builtinGlossary();
    expect(g.size).toBeGreaterThan(0);
    const hit = g.lookup('「一帶一路」');
    expect(hit?.name).toBe('一带一路');
    expect(hit?.gloss.zh.length).toBeGreaterThan(0);
  });
});
