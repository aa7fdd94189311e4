import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { convertBatch, convertBatchDetailed } from '../../lib/engines/opencc';
import { countChangedChars } from '../../lib/core/convert/repair-count';

const seed = readFileSync('tests/fixtures/seed/people-hn-big5-2023-02-03.txt', 'utf8');

describe('convertBatch on the /BIG5/ seed page', () => {
  const [simplified] = convertBatch([seed], 'simplified');
  const [taiwan] = convertBatch([seed], 'taiwan');
  const [hongkong] = convertBatch([seed], 'hongkong');

  it('converting to Taiwan equals converting the Simplified text to Taiwan', () => {
    expect(taiwan).toBe(convertBatch([simplified!], 'taiwan')[0]);
    expect(hongkong).toBe(convertBatch([simplified!], 'hongkong')[0]);
  });

  it("equals OpenCC's own Traditional conversion of the Simplified text, character for character", () => {
    expect(taiwan).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified!));
    expect(hongkong).toBe(OpenCC.Converter({ from: 'cn', to: 'hk' })(simplified!));
    // And the Simplified text is OpenCC's own Taiwan → Simplified conversion.
    expect(simplified).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(seed));
  });

  it('repairs the site’s machine-conversion errors', () => {
    for (const [wrong, right] of [
      ['隻要', '只要'],
      ['鄰裡', '鄰里'],
      ['干部', '幹部'],
      ['持証率', '持證率'],
      ['防范', '防範'],
      ['挂斷', '掛斷'],
    ] as const) {
      expect(seed).toContain(wrong);
      expect(taiwan).toContain(right);
      expect(taiwan).not.toContain(wrong);
    }
  });

  it('repairs 95 characters (the issue says about 95) and keeps the length', () => {
    expect(taiwan!.length).toBe(seed.length);
    expect(countChangedChars(seed, taiwan!)).toBe(95);
  });

  it('is stable: converting the converted text again changes nothing', () => {
    expect(convertBatch([taiwan!], 'taiwan')[0]).toBe(taiwan);
    expect(convertBatch([simplified!], 'simplified')[0]).toBe(simplified);
  });
});

describe('convertBatch', () => {
  it('converts Simplified to each target with character variants only (not twp vocabulary)', () => {
    expect(convertBatch(['这个项目的软件'], 'taiwan')).toEqual(['這個項目的軟件']);
    expect(convertBatch(['温暖的户口'], 'hongkong')).toEqual(['温暖的户口']);
    expect(convertBatch(['温暖的户口'], 'taiwan')).toEqual(['溫暖的戶口']);
    expect(convertBatch(['這個項目'], 'simplified')).toEqual(['这个项目']);
  });

  it('handles Hong Kong variant forms in the source', () => {
    expect(convertBatch(['衞生署説衹是枱面'], 'simplified')).toEqual(['卫生署说只是台面']);
    expect(convertBatch(['衞生署説'], 'taiwan')).toEqual(['衛生署說']);
  });

  it('converts mixed text and keeps non-Chinese text', () => {
    expect(convertBatch(['旅遊加速回暖 and 旅游 😀 123'], 'taiwan')).toEqual(['旅遊加速回暖 and 旅遊 😀 123']);
    expect(convertBatch(['', 'abc'], 'simplified')).toEqual(['', 'abc']);
  });

  it('applies the quote style after conversion', () => {
    expect(convertBatch(['他说“你好”。He said “hi”.'], 'taiwan', { quotes: 'corner' })).toEqual([
      '他說「你好」。He said “hi”.',
    ]);
    expect(convertBatch(['他說「你好」。'], 'simplified', { quotes: 'curly' })).toEqual(['他说“你好”。']);
    expect(convertBatch(['他说“你好”。'], 'taiwan', { quotes: null })).toEqual(['他說“你好”。']);
  });

  it('reports which strings changed length', () => {
    const r = convertBatchDetailed(['这个', '㓆'], 'taiwan');
    expect(r.texts[0]).toBe('這個');
    expect(r.lengthChanged).toEqual([false, r.texts[1]!.length !== 1]);
    expect(r.texts[1]).toBe('𠗣');
    expect(r.lengthChanged[1]).toBe(true);
  });
});

describe('convertBatch timing (informational)', () => {
  it('converts the seed page and 1 MB of text', () => {
    convertBatch(['预热'], 'taiwan'); // builds the converters once
    let t0 = performance.now();
    convertBatch([seed], 'taiwan');
    const seedMs = performance.now() - t0;
    const big = seed.repeat(Math.ceil(1_000_000 / seed.length));
    const paragraphs = big.split('\n');
    t0 = performance.now();
    const out = convertBatch(paragraphs, 'taiwan');
    const bigMs = performance.now() - t0;
    t0 = performance.now();
    convertBatch(paragraphs, 'simplified');
    const bigSimpMs = performance.now() - t0;
    console.log(
      `seed (${seed.length} chars) → taiwan: ${seedMs.toFixed(1)} ms; ` +
        `${big.length} chars in ${paragraphs.length} strings → taiwan: ${bigMs.toFixed(0)} ms, → simplified: ${bigSimpMs.toFixed(0)} ms`,
    );
    expect(out.join('\n').length).toBe(big.length);
  });
});

describe('convertBatch batching', () => {
  it('converts a batch exactly as it converts each string alone', () => {
    const texts = seed.split(/(?<=[，。、])/);
    const alone = texts.map((t) => convertBatch([t], 'taiwan')[0]);
    expect(convertBatch(texts, 'taiwan')).toEqual(alone);
  });

  it('keeps phrases from matching across strings', () => {
    // 干部 is one phrase (幹部); split over two strings it is two unrelated characters.
    expect(convertBatch(['干', '部'], 'taiwan')).toEqual(convertBatch(['干'], 'taiwan').concat(convertBatch(['部'], 'taiwan')));
    expect(convertBatch(['干部'], 'taiwan')).toEqual(['幹部']);
  });

  it('falls back to one call per string when a text holds the separator or an IDS character', () => {
    expect(convertBatch(['这\uE000个', '软件'], 'taiwan')).toEqual(['這\uE000個', '軟件']);
    expect(convertBatch(['⿰氵', '这个'], 'taiwan')).toEqual(['⿰氵', '這個']);
  });
});

describe('convertBatch matches opencc-js’s own converters', () => {
  const tw2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const toTarget = { taiwan: OpenCC.Converter({ from: 'cn', to: 'tw' }), hongkong: OpenCC.Converter({ from: 'cn', to: 'hk' }) };
  const reference = (text: string, to: 'simplified' | 'taiwan' | 'hongkong'): string => {
    const simplified = hk2s(tw2s(text));
    return to === 'simplified' ? simplified : toTarget[to](simplified);
  };

  // Every text of every corpus page, crudely cut out of the markup: enough variety for a reference check.
  const corpusTexts = readdirSync('tests/fixtures/corpus/pages', { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => readFileSync(join('tests/fixtures/corpus/pages', f), 'utf8').split(/<[^>]*>/))
    .filter((t) => /[\u3400-\u9fff]/.test(t));

  for (const to of ['simplified', 'taiwan', 'hongkong'] as const) {
    it(`on every corpus text → ${to} (${corpusTexts.length} strings)`, () => {
      const out = convertBatch(corpusTexts, to);
      const mismatches = corpusTexts.filter((t, i) => out[i] !== reference(t, to));
      expect(mismatches).toEqual([]);
    });
  }

  it('on Simplified text that holds Traditional phrases made of shared characters', () => {
    // The last ones hold CJK compatibility ideographs, which the normalisation step rewrites.
    for (const t of ['一目瞭然', '反覆思量', '上梁不正下梁歪', '以免藉口', '二噁英', '着想', '乾隆', '\uF900\uF91D的', '\u{2F800}个']) {
      for (const to of ['simplified', 'taiwan', 'hongkong'] as const) expect(convertBatch([t], to)[0], `${t} → ${to}`).toBe(reference(t, to));
    }
  });

  it('on random mixes of both scripts (500 runs)', () => {
    const alphabet = Array.from(new Set(Array.from(seed + corpusTexts.slice(0, 400).join('') + '瞭覆梁藉噁衞説綫㓆𠀀😀“”「」\uF900\uF91D\uFA0C\u{2F800}\u{2F81A}'))).filter((c) => c !== '\n');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((a) => a.join('')), { maxLength: 6 }),
        fc.constantFrom('simplified' as const, 'taiwan' as const, 'hongkong' as const),
        (texts, to) => {
          expect(convertBatch(texts, to)).toEqual(texts.map((t) => reference(t, to)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('converters ready for a batch asked ahead', () => {
  it('says so only once the converters the batch needs are built', async () => {
    vi.resetModules();
    // A fresh copy of the engine: nothing built yet.
    const engine = await import('@/lib/engines/opencc');
    expect(engine.convertersReady(['一个'], 'taiwan')).toBe(false);
    expect(engine.convertersReady(['一个'], 'simplified')).toBe(false);
    engine.convertBatch(['一个'], 'taiwan');
    // Simplified text to Taiwan needs only the Simplified → Taiwan converter.
    expect(engine.convertersReady(['两个'], 'taiwan')).toBe(true);
    expect(engine.convertersReady(['两个'], 'hongkong')).toBe(false);
    // Traditional text needs the converter to Simplified first, never built so far.
    expect(engine.convertersReady(['兩個'], 'taiwan')).toBe(false);
    expect(engine.convertersReady(['两个'], 'simplified')).toBe(true);
    engine.convertBatch(['兩個'], 'simplified');
    expect(engine.convertersReady(['兩個'], 'taiwan')).toBe(true);
  });
});
