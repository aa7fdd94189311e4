import { describe, expect, it } from 'vitest';
import { countChangedChars, countCjk, tallyRepairs } from '../../lib/core/convert/repair-count';

describe('countChangedChars', () => {
  it('counts differing characters position by position', () => {
    expect(countChangedChars('隻要群眾需要', '只要群眾需要')).toBe(1);
    expect(countChangedChars('鄰裡之間', '鄰里之間')).toBe(1);
    expect(countChangedChars('same', 'same')).toBe(0);
    expect(countChangedChars('这个', '這個')).toBe(2);
  });

  it('counts an astral character once', () => {
    expect(countChangedChars('a𠀀b', 'a𠀁b')).toBe(1);
  });

  it('aligns texts whose length changed', () => {
    // OpenCC maps 㓆 (BMP) to 𠗣 (astral): one character changed, one UTF-16 unit longer.
    expect(countChangedChars('前㓆後', '前𠗣後')).toBe(1);
    expect(countChangedChars('二噁英和二噁英', '二𫫇英和二𫫇英')).toBe(2);
    expect(countChangedChars('abc', 'abXc')).toBe(1);
  });
});

describe('countCjk', () => {
  it('counts BMP, compatibility and astral ideographs', () => {
    expect(countCjk('人民網 abc 𠀀 兀')).toBe(5);
  });
});

describe('tallyRepairs', () => {
  const trad = '無論城市街頭，還是田野山間，隻要群眾需要，人民警察就在身邊。';
  const tradFixed = '無論城市街頭，還是田野山間，只要群眾需要，人民警察就在身邊。';
  const simp = '无论城市街头，还是田野山间，只要群众需要，人民警察就在身边。';
  const simpAsTrad = '無論城市街頭，還是田野山間，只要群眾需要，人民警察就在身邊。';

  it('counts changes in Traditional text as repairs', () => {
    expect(tallyRepairs([{ before: trad, after: tradFixed }])).toEqual({ changed: 1, repaired: 1 });
  });

  it('does not count converting Simplified text as repairs', () => {
    const t = tallyRepairs([{ before: simp, after: simpAsTrad }]);
    expect(t.changed).toBeGreaterThan(5);
    expect(t.repaired).toBe(0);
  });

  it('judges long texts alone and short ones by the batch', () => {
    const t = tallyRepairs([
      { before: trad, after: tradFixed },
      { before: trad, after: tradFixed },
      { before: '旅游', after: '旅遊' },
      { before: simp, after: simpAsTrad },
    ]);
    expect(t.repaired).toBe(3);
  });

  it('counts a text given with `times` as that many copies of it', () => {
    const copies = [
      { before: trad, after: tradFixed },
      { before: trad, after: tradFixed },
      { before: '旅游', after: '旅遊' },
      { before: simp, after: simpAsTrad },
      { before: simp, after: simpAsTrad },
      { before: simp, after: simpAsTrad },
    ];
    const weighted = [
      { before: trad, after: tradFixed, times: 2 },
      { before: '旅游', after: '旅遊' },
      { before: simp, after: simpAsTrad, times: 3 },
    ];
    expect(tallyRepairs(weighted)).toEqual(tallyRepairs(copies));
    expect(tallyRepairs(weighted).changed).toBeGreaterThan(tallyRepairs(weighted.map(({ before, after }) => ({ before, after }))).changed);
  });
});
