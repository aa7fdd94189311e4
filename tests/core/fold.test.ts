import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '@/lib/core/fold';

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
