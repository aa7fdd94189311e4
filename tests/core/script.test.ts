import { describe, expect, it } from 'vitest';
import { detectScript } from '@/lib/core/text/script';

describe('detectScript', () => {
  it('tells Simplified from Traditional', () => {
    expect(detectScript('人民网记者从湖南省公安厅获悉，春节期间全省社会大局平安稳定。')).toBe('simplified');
    expect(detectScript('人民網記者從湖南省公安廳獲悉，春節期間全省社會大局平安穩定。')).toBe('traditional');
  });

  it('keeps machine-converted /BIG5/ text Traditional despite Simplified leftovers', () => {
    // From the seed page: 隻要, 余, 干部, 隨后 survive the server-side conversion.
    const seed = '無論城市街頭，還是田野山間，隻要群眾需要，人民警察就在身邊。排查39個園區1.3萬余家企業。結合萬名干部聯萬企。隨后，他分頭敲開鄰居的家門。';
    expect(detectScript(seed)).toBe('traditional');
  });

  it('calls an even blend mixed', () => {
    expect(detectScript('这是简体中文的句子。這是繁體中文的句子。')).toBe('mixed');
  });

  it('reads text made only of characters both scripts share as Simplified', () => {
    expect(detectScript('中国人民大会')).toBe('simplified');
  });

  it('recognises English, and gives up on too little text', () => {
    expect(detectScript('Monitoring system aids wild animal protection efforts in NE China')).toBe('english');
    expect(detectScript('(People’s Daily Online) 人民网 English edition of the paper, with long English text here')).toBe('english');
    expect(detectScript('12:30')).toBe('unknown');
    expect(detectScript('')).toBe('unknown');
  });
});

describe('the shared-forms table', () => {
  it('equals its derivation: Simplified forms of OpenCC\'s table that Big5 also holds', async () => {
    const { scriptClass } = await import('@/lib/core/text/fold');
    const { SHARED_SIMPLIFIED_FORMS } = await import('@/lib/core/text/shared-forms');
    const bytes: number[] = [];
    for (let lead = 0xa1; lead <= 0xf9; lead++) {
      for (const [a, b] of [[0x40, 0x7e], [0xa1, 0xfe]] as const) for (let t = a; t <= b; t++) bytes.push(lead, t);
    }
    const big5 = new Set(new TextDecoder('big5').decode(new Uint8Array(bytes)));
    let derived = '';
    for (let c = 0x3400; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (scriptClass(c) === 2 && big5.has(ch)) derived += ch;
    }
    expect(SHARED_SIMPLIFIED_FORMS).toBe(derived);
  });
});

describe('countScript (the reader counts a long article in slices)', () => {
  it('counts of two texts add up to the counts of their concatenation, slices included', async () => {
    const { countScript, scriptVerdict, noScriptCounts } = await import('@/lib/core/text/script');
    const fc = (await import('fast-check')).default;
    const alphabet = fc.constantFrom('網', '网', '來', '来', '余', '干', '人', 'a', 'Z', ' ', '。', '\n', '𠀀', '后', '後');
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), { maxLength: 6 }), fc.nat(40), (parts, cut) => {
        const whole = parts.join('\n');
        const counts = noScriptCounts();
        for (const p of parts) {
          const at = Math.min(cut, p.length);
          countScript(p, counts, 0, at);
          countScript(p, counts, at, p.length);
        }
        expect(counts).toEqual(countScript(whole));
        expect(scriptVerdict(counts)).toBe(detectScript(whole));
      }),
      { numRuns: 500 },
    );
  });
});
