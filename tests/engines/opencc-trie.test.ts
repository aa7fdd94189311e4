import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { ConverterBuilder } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { PhraseTable, segmentedConverter } from '../../lib/engines/opencc-trie';

/**
 * The segmented converter against opencc-js's own, on what decides a conversion: longest matches,
 * segments, the first table of a group winning, ideographic description sequences and surrogates
 * (the corpus pages are compared through convertBatch in opencc.test.ts).
 */
const st = [STPhrases, STPhrasesRegional];
const ours = {
  tw2s: segmentedConverter([TSPhrases], [[TWVariantsRevPhrases, TWVariantsRev], [TSPhrases, TSCharacters]]),
  s2tw: segmentedConverter(st, [[...st, STCharacters], [TWVariantsPhrases, TWVariants]]),
};
// opencc-js normalises compatibility ideographs first; Kanbao does that step itself, so it is done here too.
const normalize = OpenCC.ConverterFactory([[CJKCompatibility]]);
const theirs = { tw2s: OpenCC.Converter({ from: 'tw', to: 'cn' }), s2tw: OpenCC.Converter({ from: 'cn', to: 'tw' }) };

const keysOf = (table: string) => table.split('|').map((e) => e.split(' ')[0]!);

describe('segmentedConverter', () => {
  it('replaces a segment whose new text happens to read like the whole input (tables of its own)', () => {
    // Segments 甲 and 乙; the chain turns 甲 into 甲乙, the whole input again: still a change.
    const seg = ['甲 甲'];
    const chain = [['甲 甲乙']];
    expect(segmentedConverter(seg, chain)('甲乙')).toBe('甲乙乙');
  });
  it('agrees with opencc-js on edge cases: description sequences, surrogates, phrases', () => {
    const cases = [
      '', 'abc', '⿰氵⿱口口水', '⿰', '⿱⿰a', '⿰\u{20000}\u{20001}后', '\ud840', '后\ud840', '\u{2F800}个', '\uF900\uF91D的',
      '一目瞭然上梁不正', '干部隻要鄰裡', '头发发展', '乾隆皇帝', '著名的着想', '里程碑裡面', '只要隻身',
    ];
    for (const t of cases) {
      for (const dir of ['tw2s', 's2tw'] as const) expect(ours[dir](normalize(t)), `${dir} ${t}`).toBe(theirs[dir](t));
    }
  });

  it('agrees with opencc-js on text made of whole and cut table keys', () => {
    const keys = [...keysOf(STPhrases), ...keysOf(TSPhrases), ...keysOf(TWVariantsRevPhrases)];
    const piece = fc.tuple(fc.nat(keys.length - 1), fc.nat(8), fc.constantFrom('', '', '，', '⿰', 'a', '\u{20000}')).map(([k, cut, glue]) => {
      const key = keys[k]!;
      return key.slice(0, cut === 0 ? key.length : Math.min(key.length, cut)) + glue;
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const t = pieces.join('');
        expect(ours.tw2s(normalize(t))).toBe(theirs.tw2s(t));
        expect(ours.s2tw(normalize(t))).toBe(theirs.s2tw(t));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with opencc-js when a group is the segmentation\'s tables and character tables (tables of its own)', () => {
    // Such a group is converted by a shortcut (the segmentation's matches and a character table);
    // here against opencc-js's segmented converter on random tables: phrases, characters mapped to
    // themselves, a surrogate pair and a description character among the keys and in the text.
    const alphabet = ['甲', '乙', '丙', '丁', '\u{20000}', '⿰', 'a'];
    const ch = fc.constantFrom(...alphabet);
    const str = (min: number, max: number) => fc.array(ch, { minLength: min, maxLength: max }).map((xs) => xs.join(''));
    const table = (key: fc.Arbitrary<string>) => fc.array(fc.tuple(key, str(1, 2)), { minLength: 1, maxLength: 6 }).map((es) => es.map(([k, v]) => `${k} ${v}`).join('|'));
    const theirsOf = (segmentation: string[], chain: string[][]) =>
      ConverterBuilder({ from: { cn: [] }, to: { tw: [] }, configs: { s2tw: { segmentation, conversionChain: chain } } } as never)({ from: 'cn', to: 'tw' });
    fc.assert(
      fc.property(table(str(1, 3)), fc.array(table(ch), { minLength: 1, maxLength: 2 }), table(str(1, 2)), fc.boolean(), str(0, 14), (seg, chars, other, first, text) => {
        const group = [seg, ...chars];
        const chain = first ? [group, [other]] : [[other], group];
        expect(segmentedConverter([seg], chain)(text)).toBe(theirsOf([seg], chain)(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the very string when no table changes it', () => {
    const ascii = 'plain text, 12345';
    expect(ours.s2tw(ascii)).toBe(ascii);
  });
});

describe('PhraseTable', () => {
  it('gives the first table of a group the last word, and a later entry of one table over an earlier one', () => {
    const t = new PhraseTable(['甲 一|甲乙 二', '甲 三|乙 四|乙 五']);
    const out: string[] = [];
    expect(t.convertRange('甲乙乙', 0, 3, out)).toBe(true);
    expect(out.join('')).toBe('二五');
  });

  it('keeps only the first word of a value, and treats a key mapped to itself as no change', () => {
    const t = new PhraseTable(['甲 乙 丙|丁 丁']);
    const out: string[] = [];
    expect(t.convertRange('丁', 0, 1, out)).toBe(false);
    expect(out).toEqual([]);
    expect(t.convertRange('甲丁', 0, 2, out)).toBe(true);
    expect(out.join('')).toBe('乙丁');
  });

  it('matches within the range it is given only', () => {
    const t = new PhraseTable(['甲乙 X|甲 Y']);
    const out: string[] = [];
    t.convertRange('甲乙', 0, 1, out);
    expect(out.join('')).toBe('Y');
  });
});
