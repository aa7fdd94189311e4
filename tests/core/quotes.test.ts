import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertQuotes } from '../../lib/core/convert/quotes';

describe('convertQuotes to corner brackets', () => {
  const corner = (s: string) => convertQuotes(s, 'corner');

  it('converts quotes around Chinese', () => {
    expect(corner('默默守護著“人間煙火氣”，為社會穩定')).toBe('默默守護著「人間煙火氣」，為社會穩定');
    expect(corner('“黨的二十大作出一系列戰略部署。”湖南省副省長表示')).toBe('「黨的二十大作出一系列戰略部署。」湖南省副省長表示');
    expect(corner('他说：“她说‘好’。”')).toBe('他说：「她说『好』。」');
  });

  it('converts a Latin quotation that sits between Chinese', () => {
    expect(corner('他说“OK”。')).toBe('他说「OK」。');
    expect(corner('“5G”技术')).toBe('「5G」技术');
  });

  it('leaves English quotes and apostrophes alone', () => {
    for (const s of [
      '“Hello,” she said.',
      'Xi’s speech, don’t worry',
      'He said “hello” to 李明',
      '‘single’ quotes',
      'rock ’n’ roll',
      '中国’s economy',
      'He paused—“well”…',
    ]) {
      expect(corner(s)).toBe(s);
    }
  });

  it('converts an unpaired Chinese opening quote (a quotation running over paragraphs)', () => {
    expect(corner('“第一段没有结束')).toBe('「第一段没有结束');
    expect(corner('结束了。”')).toBe('结束了。」');
    expect(corner('“ hello')).toBe('“ hello');
  });

  it('treats an astral ideograph as Chinese and an emoji as not', () => {
    expect(corner('“𠀀”')).toBe('「𠀀」');
    expect(corner('“😀”')).toBe('“😀”');
  });
});

describe('convertQuotes to curly quotes', () => {
  it('converts every corner bracket', () => {
    expect(convertQuotes('他说：「她说『好』。」', 'curly')).toBe('他说：“她说‘好’。”');
    expect(convertQuotes('no brackets', 'curly')).toBe('no brackets');
  });
});

describe('convertQuotes properties', () => {
  const alphabet = fc.constantFrom('中', '文', 'a', 'b', ' ', '“', '”', '‘', '’', '，', '。', '😀', '𠀀', "'");
  const text = fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''));

  it('never changes the length or anything but quote characters', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('corner' as const, 'curly' as const), (s, style) => {
        const out = convertQuotes(s, style);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          if (out[i] !== s[i]) expect('“”‘’「」『』').toContain(s[i]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips: corner then curly gives back the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(convertQuotes(convertQuotes(s, 'corner'), 'curly')).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});
