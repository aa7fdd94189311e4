import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEditorLine, mayHoldEditorLine } from '@/lib/core/article/lines';

/**
 * The reader skips the inside of a paragraph whose text cannot hold an editor line, so the
 * shortcut must never say no to a text with an editor line anywhere in it.
 */
describe('mayHoldEditorLine', () => {
  it('says yes to the corpus editor lines, Traditional and English ones included', () => {
    for (const line of ['(責編:李淑靜、彭應兵)', '（编辑：严玉洁 王辉）', '【纠错】 责任编辑： 尹世杰', '[ 责编：杨煜 ]', '(Web editor: Hongyu, Du Mingming)', 'WEB EDITOR：李']) {
      expect(mayHoldEditorLine(line), line).toBe(true);
    }
    expect(mayHoldEditorLine('这个春节假期，刑事警情同比下降61.6%。')).toBe(false);
    expect(mayHoldEditorLine('编辑部')).toBe(false); // no colon
  });

  it('is never false where some part of the text is an editor line (fast-check, 3,000 runs)', () => {
    const piece = fc.constantFrom('责', '責', '编', '編', '辑', '輯', '任', 'web', 'WEB', ' editor', 's', ':', '：', '(', '【', '纠错】', '李淑靜', '、', '。', ' ', '\n', '字', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(14), fc.nat(14), (pieces, a, b) => {
        const text = pieces.join('');
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const part = text.slice(from, to).replace(/\s+/g, ' ').trim();
        if (isEditorLine(part)) expect(mayHoldEditorLine(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
