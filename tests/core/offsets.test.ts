import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  leadingWhitespaceLength,
  locateParagraph,
  placePieces,
  sliceRuns,
  snapToCodePoints,
  type Piece,
} from '../../lib/core/text/offsets';

describe('leadingWhitespaceLength / locateParagraph', () => {
  test('counts the indentation the reader trims', () => {
    expect(leadingWhitespaceLength('\u3000\u3000正文')).toBe(2);
    expect(leadingWhitespaceLength('\u2003\u00a0 \n\t正文')).toBe(5);
    expect(leadingWhitespaceLength('正文')).toBe(0);
    expect(leadingWhitespaceLength('   ')).toBe(3);
  });

  test('finds the paragraph right after the leading whitespace', () => {
    expect(locateParagraph('\u3000\u3000今年1月 ', '今年1月')).toBe(2);
  });

  test('tolerates a reader that trims less, but never guesses', () => {
    expect(locateParagraph('\u3000\u3000今年', '\u3000今年')).toBe(1);
    expect(locateParagraph('今年 1 月', '今年1月')).toBe(-1);
    expect(locateParagraph('abc', '')).toBe(0);
    expect(locateParagraph('', '')).toBe(0);
  });
});

describe('placePieces', () => {
  const pieces: Piece<string>[] = [
    { text: '\u3000\u3000同比', ref: 'a' },
    { text: 'x=1', ref: null },
    { text: '增长', ref: 'b' },
    { text: '  ', ref: 'c' },
  ];

  test('skipped pieces take offsets but produce no run; clipping drops the trimmed ends', () => {
    // textContent = "\u3000\u3000同比x=1增长  ", paragraph "同比x=1增长" at article offset 10.
    const runs = placePieces(pieces, 10 - 2, 10, 17);
    expect(runs).toEqual([
      { start: 10, end: 12, local: 2, ref: 'a' },
      { start: 15, end: 17, local: 0, ref: 'b' },
    ]);
  });
});

describe('sliceRuns', () => {
  const runs = placePieces<string>(
    [
      { text: '61', ref: 'b' },
      { text: '.6%', ref: 't' },
      { text: 'code', ref: null },
      { text: '以上', ref: 'u' },
    ],
    0,
    0,
    11,
  );

  test('a span across element boundaries yields one slice per node', () => {
    expect(sliceRuns(runs, 0, 5)).toEqual([
      { ref: 'b', from: 0, to: 2 },
      { ref: 't', from: 0, to: 3 },
    ]);
  });

  test('a span over skipped text is cut, never shifted', () => {
    expect(sliceRuns(runs, 4, 11)).toEqual([
      { ref: 't', from: 2, to: 3 },
      { ref: 'u', from: 0, to: 2 },
    ]);
    expect(sliceRuns(runs, 5, 9)).toEqual([]);
  });

  test('empty and reversed ranges give nothing', () => {
    expect(sliceRuns(runs, 3, 3)).toEqual([]);
    expect(sliceRuns(runs, 4, 2)).toEqual([]);
    expect(sliceRuns([], 0, 5)).toEqual([]);
  });

  test('property: slices reassemble exactly the indexed characters of the span', () => {
    const piece = fc.record({ text: fc.string({ maxLength: 6 }), skip: fc.boolean() });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(60), fc.nat(60), (ps, a, b) => {
        const pieces: Piece<number>[] = ps.map((p, i) => ({ text: p.text, ref: p.skip ? null : i }));
        const full = pieces.map((p) => p.text).join('');
        const runs = placePieces(pieces, 0, 0, full.length);
        const [s, e] = [Math.min(a, b), Math.max(a, b)];
        const got = sliceRuns(runs, s, e)
          .map((sl) => pieces[sl.ref]!.text.slice(sl.from, sl.to))
          .join('');
        // Expected: the characters of full[s, e) that belong to non-skipped pieces.
        let want = '';
        let pos = 0;
        for (const p of pieces) {
          for (let k = 0; k < p.text.length; k++, pos++) {
            if (pos >= s && pos < e && p.ref !== null) want += p.text[k];
          }
        }
        expect(got).toBe(want);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('snapToCodePoints', () => {
  const text = 'a𠀀b😀c'; // U+20000 and an emoji are surrogate pairs

  test('widens a boundary that splits a pair', () => {
    expect(snapToCodePoints(text, 2, 5)).toEqual([1, 6]);
    expect(snapToCodePoints(text, 2, 4)).toEqual([1, 4]);
    expect(snapToCodePoints(text, 1, 3)).toEqual([1, 3]);
    expect(snapToCodePoints(text, 0, text.length)).toEqual([0, text.length]);
  });

  test('leaves lone surrogates alone', () => {
    expect(snapToCodePoints('\udc00x', 1, 2)).toEqual([1, 2]);
  });
});
