import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractAll, extractSteps, mergeExtraction, type Extraction } from '../../lib/core/extract/extract';
import { buildAnnotations } from '../../lib/core/extract/annotations';

/**
 * Every span the extractors report slices back to its own text, on random
 * strings built from a rich alphabet — digits (ASCII and full-width), Chinese numerals, units and
 * measure words, approximators, quotes 《》“”「」‘’, punctuation, both scripts, Latin, emoji,
 * astral ideographs (U+20000 and up), right-to-left text and bidi controls, and line breaks.
 *
 * Properties, per random text:
 *  - offsets are integers with 0 ≤ start < end ≤ text.length and `text.slice(start, end) === span.text`;
 *  - no span crosses a line ('\n'): extraction is per paragraph;
 *  - no offset splits a surrogate pair (a mark must never cut an astral character or an emoji in half);
 *  - spans of one kind do not overlap, and dates never overlap figures (dates win);
 *  - the streaming `extractSteps` equals `extractAll`, and extracting again gives the same result
 *    even after extracting another text in between (the fold keeps a one-entry cache);
 *  - each line's spans equal the spans of that line extracted alone, shifted (context never leaks
 *    across paragraphs);
 *  - `buildAnnotations` keeps the offsets and every sentence contains its span.
 */

const RUNS = 1000;

const PIECES = [
  // digits and numbers
  '0', '1', '2', '3', '5', '7', '9', '12', '61.6', '2023', '10:44', '1.3', '4.52', '３', '１２', '，', ',', '.', '%', '‰', '％',
  // Chinese numerals and magnitudes
  '一', '二', '两', '三', '十', '百', '千', '万', '萬', '亿', '億', '零', '〇', '半', '十五', '三分之一', '第', '个', '個',
  // units, measure words, approximators, trends
  '年', '月', '日', '时', '時', '点', '點', '分', '名', '家', '人', '元', '亿元', '万元', '美元', '公里', '吨', '个百分点',
  '余', '餘', '多', '近', '约', '左右', '以上', '不到', '超', '同比', '环比', '下降', '增长', '增長', '至', '到', '~', '-', '—',
  '去年', '今年', '晚上', '次日', '上午', '春节', '期间',
  // quotes, titles and programs
  '《', '》', '“', '”', '「', '」', '‘', '’', '"', '条', '條', '举措', '機制', '机制', '制', '两个确立', '四个意识', '一件事一次办',
  '项目警官', '推进', '實施', '方案', '行动',
  // punctuation and space
  '。', '、', '；', '：', '（', '）', '(', ')', '！', '？', ' ', '\u3000', '\u00a0', '\t', '\n', '\n\n',
  // both scripts, Latin, emoji, astral, RTL
  '群众', '群眾', '经济', '經濟', 'GDP', 'abc', 'COVID-19', '😀', '👍🏽', '🇨🇳', '𠀀', '𠀁', '𪚥', '𫫇', '\u{2A6D6}',
  'مرحبا', 'שלום', '\u200f', '\u200e', '\u202e', '\u202c', '\u2067', '\u2069', '\ufeff', '\u200b',
];

const piece = fc.constantFrom(...PIECES);
const NUMS = ['3', '12', '61.6', '450', '1.3', '4.52', '2023', '十五', '三', '两', '十余', '１２', '3至5', '100-200', '三分之一', '0.5'];
const UNITS = ['%', '名', '家', '萬余家', '万人', '亿元', '个百分点', '公里', '条', '條', '项', '个', '倍', '年', '天', '余名', '多万'];
const num = fc.constantFrom(...NUMS);
/** Shapes that the extractors recognise, so that random texts carry many real spans to check. */
const figureLike = fc.tuple(fc.constantFrom('', '近', '约', '超', '同比下降', '增长'), num, fc.constantFrom(...UNITS), fc.constantFrom('', '左右', '以上'))
  .map((a) => a.join(''));
const ymd = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('', '10:44', '晚上', '上午9时'));
const dateLike = fc.tuple(fc.nat(4), ymd).map(([shape, [y, m, d, t]]) =>
  [`${y}年${m}月${d}日${t}`, `${y}年${String(m).padStart(2, '0')}月`, `去年${m}月`, `${m}月${d}日`, `${y}年`][shape]!);
const programLike = fc.tuple(fc.constantFrom('《', '“', '「', '推进“'), fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom('》', '”', '」', '”机制', '”制'))
  .map(([a, mid, b]) => a + mid.join('') + b);
const token = fc.oneof({ weight: 6, arbitrary: piece }, { weight: 2, arbitrary: figureLike }, { weight: 1, arbitrary: dateLike }, { weight: 1, arbitrary: programLike });
const rich = fc.array(token, { maxLength: 40 }).map((a) => a.join(''));
/** Some raw code units too, lone surrogates included: the extractors must still not throw. */
const anyUnits = fc.string({ unit: 'binary', maxLength: 40 });
const text = fc.oneof({ weight: 4, arbitrary: rich }, { weight: 1, arbitrary: anyUnits }, {
  weight: 1,
  arbitrary: fc.tuple(rich, anyUnits, rich).map(([a, b, c]) => a + b + c),
});

type Span = { text: string; start: number; end: number };
const kinds = (x: Extraction): [string, Span[]][] => [['figure', x.figures], ['date', x.dates], ['program', x.programs]];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

function checkSpans(s: string, x: Extraction): void {
  for (const [kind, spans] of kinds(x)) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const [i, sp] of sorted.entries()) {
      const where = `${kind} ${JSON.stringify(sp.text)} [${sp.start}, ${sp.end}) in ${JSON.stringify(s)}`;
      expect(Number.isInteger(sp.start) && Number.isInteger(sp.end), where).toBe(true);
      expect(sp.start >= 0 && sp.start < sp.end && sp.end <= s.length, where).toBe(true);
      expect(s.slice(sp.start, sp.end), where).toBe(sp.text);
      expect(sp.text.includes('\n'), `${where}: crosses a line`).toBe(false);
      expect(splitsPair(s, sp.start) || splitsPair(s, sp.end), `${where}: splits a surrogate pair`).toBe(false);
      const prev = sorted[i - 1];
      if (prev) expect(prev.end <= sp.start, `${where}: overlaps ${JSON.stringify(prev.text)}`).toBe(true);
    }
  }
  for (const d of x.dates) {
    for (const f of x.figures) {
      expect(d.start < f.end && f.start < d.end, `date ${d.text} overlaps figure ${f.text}`).toBe(false);
    }
  }
}

const strip = (x: Extraction) => JSON.parse(JSON.stringify(x)) as Extraction;

describe('extraction offsets (fast-check)', () => {
  test(`every span's offsets slice to its text; no span crosses a line or splits a surrogate pair (${RUNS} runs)`, () => {
    const found = { figure: 0, date: 0, program: 0 };
    fc.assert(
      fc.property(text, fc.constantFrom(null, '2023-02-03T10:44+08:00', '2020-12-31T23:59+08:00'), (s, published) => {
        const x = extractAll(s, { published });
        checkSpans(s, x);
        found.figure += x.figures.length;
        found.date += x.dates.length;
        found.program += x.programs.length;
      }),
      { numRuns: RUNS },
    );
    // The alphabet really produces spans of every kind, not just empty extractions.
    expect(found.figure).toBeGreaterThan(RUNS / 2);
    expect(found.date).toBeGreaterThan(RUNS / 10);
    expect(found.program).toBeGreaterThan(RUNS / 20);
    console.log(`extract-offsets: ${RUNS} texts, spans checked: ${JSON.stringify(found)}`);
  }, 120_000);

  test(`extractSteps == extractAll, extracting again (after another text) gives the same spans (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, text, (s, other) => {
        const once = strip(extractAll(s));
        const streamed: Extraction = { figures: [], dates: [], programs: [] };
        for (const part of extractSteps(s)) mergeExtraction(streamed, part);
        expect(strip(streamed)).toEqual(once);
        extractAll(other);
        expect(strip(extractAll(s))).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  test(`a line's spans do not depend on the lines around it (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(rich, { minLength: 1, maxLength: 5 }), (lines) => {
        const flat = lines.map((l) => l.replace(/\n/g, ' '));
        const s = flat.join('\n');
        const all = extractAll(s);
        let pos = 0;
        for (const line of flat) {
          const alone = extractAll(line);
          const inText = (spans: Span[]) =>
            spans.filter((sp) => sp.start >= pos && sp.end <= pos + line.length).map((sp) => [sp.start - pos, sp.end - pos, sp.text]);
          const own = (spans: Span[]) => spans.map((sp) => [sp.start, sp.end, sp.text]);
          for (const [kind, spans] of kinds(all)) {
            const mine = kinds(alone).find(([k]) => k === kind)![1];
            expect(inText(spans), `${kind} in line ${JSON.stringify(line)}`).toEqual(own(mine));
          }
          pos += line.length + 1;
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  test(`annotations keep the offsets and each sentence contains its span (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (s) => {
        const x = extractAll(s);
        const items = buildAnnotations(s, x);
        expect(items.length).toBe(x.figures.length + x.dates.length + x.programs.length);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        for (const it of items) {
          expect(it.start >= 0 && it.start < it.end && it.end <= s.length).toBe(true);
          const span = s.slice(it.start, it.end);
          expect(s).toContain(it.sentence);
          // A span with a sentence end inside it (《加油！中国》) is cut by the sentence splitter;
          // otherwise its tooltip sentence holds all of it.
          if (!/[。！？!?；;…\n]/.test(span)) expect(it.sentence).toContain(span);
        }
        // Twice == once, at the data level.
        expect(buildAnnotations(s, extractAll(s))).toEqual(items);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
