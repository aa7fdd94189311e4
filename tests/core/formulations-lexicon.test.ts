import * as OpenCC from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';
import { describe, expect, it } from 'vitest';
import FORMULATIONS from '@/lib/data/formulations.json';
import { foldToSimplified } from '@/lib/core/text/fold';
import { findPrograms } from '@/lib/core/extract/programs/find-programs';

// Lints the lexicon of numbered formulations and programmes the way darkreader lints its site
// lists: a data file that drifts (unsorted, duplicated, Traditional, unmatched) fails here.
const entries = FORMULATIONS as string[];
const byCodePoint = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};
const toTraditional = OpenCC.ConverterFactory(...fromCn, ...toTw);

describe('lib/data/formulations.json', () => {
  it('holds a few hundred entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
  });
  it('is sorted by code point', () => {
    expect(entries).toEqual([...entries].sort(byCodePoint));
  });
  it('is non-empty Han text in Simplified script', () => {
    for (const e of entries) {
      expect(e, e).toMatch(/^\p{Script=Han}+$/u);
      expect(foldToSimplified(e), e).toBe(e);
    }
  });
  it('is unique after script normalisation', () => {
    const folded = entries.map(foldToSimplified);
    expect(new Set(folded).size).toBe(entries.length);
  });
  it('is found by findPrograms in a neutral sentence, in both scripts', () => {
    const missed: string[] = [];
    for (const e of entries) {
      for (const form of [e, toTraditional(e)]) {
        const sentence = `报告中提到${form}的有关情况。`;
        if (!findPrograms(sentence).some((p) => p.text === form)) missed.push(form);
      }
    }
    expect(missed).toEqual([]);
  });
});
