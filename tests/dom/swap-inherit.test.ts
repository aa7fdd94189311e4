// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapCuts, mapOffset } from '../../lib/dom/swap/align';
import { inheritOriginals } from '../../lib/dom/swap/inherit';
import { createStore } from '../../lib/dom/swap/store';

describe('mapOffset: a cut in converted text, in the original', () => {
  it('same length: the same offset', () => {
    expect(mapOffset('這個干部', '这个干部', 2)).toBe(2);
  });

  it('an astral character for a BMP one (二噁英 → 二𫫇英)', () => {
    const o = '排放二噁英12.5%';
    const c = '排放二𫫇英12.5%';
    expect(c.length).toBe(o.length + 1);
    expect(mapOffset(o, c, 2)).toBe(2); // before 二
    expect(mapOffset(o, c, 3)).toBe(3); // before the changed character
    expect(mapOffset(o, c, 5)).toBe(4); // after it
    expect(mapOffset(o, c, 6)).toBe(5); // 英|12.5%
    expect(mapOffset(o, c, c.length)).toBe(o.length);
    expect(mapOffset(o, c, 4)).toBeNull(); // inside the surrogate pair
  });

  it('two changed characters in the middle, mapped one for one', () => {
    expect(mapOffset('噁a噁', '𫫇b𫫇', 2)).toBe(1);
    expect(mapOffset('噁a噁', '𫫇b𫫇', 3)).toBe(2);
  });

  it('no trustworthy alignment when the middles differ in characters', () => {
    expect(mapOffset('abXc', 'abYYYc', 3)).toBeNull();
    expect(mapOffset('abXc', 'abYYYc', 2)).toBe(2);
    expect(mapOffset('abXc', 'abYYYc', 5)).toBe(3);
  });

  it('a prefix ending inside a surrogate pair is not common (𠀀 vs 𠀁)', () => {
    expect(mapOffset('𠀀x', '𠀁y', 2)).toBe(2);
    expect(mapOffset('𠀀x', '𠀁y', 1)).toBeNull();
    // Same UTF-16 length, but the characters sit elsewhere: mapped by character, not by unit.
    expect(mapOffset('𫫇噁', '噁𫫇', 1)).toBe(2);
  });

  it('property: cutting a converted text and mapping the cuts gives back the original, piece by piece', () => {
    // One-for-one character conversions, some of them changing the UTF-16 length.
    const pairs: [string, string][] = [['a', 'a'], ['噁', '𫫇'], ['𫫇', '噁'], ['這', '这'], ['英', '英'], ['𠀀', '𠀁']];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pairs), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), (chars, picks) => {
        const original = chars.map(([o]) => o).join('');
        const current = chars.map(([, c]) => c).join('');
        // Cuts between characters of the converted text (as the highlighter makes them).
        const bounds = [0];
        for (const [, c] of chars) bounds.push(bounds[bounds.length - 1]! + c.length);
        const cuts = [...new Set([0, ...picks.map((p) => bounds[p % bounds.length]!), current.length])].sort((a, b) => a - b);
        const at = mapCuts([{ original, current }], cuts)!;
        expect(at).not.toBeNull();
        expect(at[0]).toBe(0);
        expect(at[at.length - 1]).toBe(original.length);
        for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
        // Each piece's original converts to the piece.
        const conv = new Map(pairs);
        for (let i = 0; i + 1 < cuts.length; i++) {
          const piece = Array.from(original.slice(at[i]!, at[i + 1]!), (ch) => conv.get(ch)!).join('');
          expect(piece).toBe(current.slice(cuts[i]!, cuts[i + 1]!));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('mapCuts over several segments', () => {
  it('a cut on a segment boundary maps to that boundary, whatever the lengths', () => {
    const segs = [{ original: '二噁英', current: '二𫫇英' }, { original: '12.5%', current: '12.5%' }];
    expect(mapCuts(segs, [0, 4, 6, 9])).toEqual([0, 3, 5, 8]);
  });
});

describe('inheritOriginals', () => {
  const text = (s: string) => document.createTextNode(s);

  it('old pieces → new pieces: a length-changing conversion and an unconverted figure line up', () => {
    const store = createStore();
    // The old highlight's pieces: converted text (tracked) and a figure no conversion changes (untracked).
    const a = text('二𫫇英排放');
    const b = text('12.5%');
    store.set({ kind: 'text', node: a }, { original: '二噁英排放', current: a.data, target: 'simplified' });
    // The new highlight cuts elsewhere.
    const q = [text('二𫫇'), text('英排放12'), text('.5%')];
    inheritOriginals(store, [{ removed: [a, b], added: q }]);
    expect(q.map((t) => store.textRec(t)?.original)).toEqual(['二噁', '英排放12', undefined]);
    expect(store.textRec(q[0]!)?.target).toBe('simplified');
  });

  it('the page text node put back by a clear, then split again: a chain of two replacements', () => {
    const store = createStore();
    const p1 = text('檢測：二𫫇');
    const p2 = text('英');
    store.set({ kind: 'text', node: p1 }, { original: '檢測：二噁', current: p1.data, target: 'simplified' });
    store.set({ kind: 'text', node: p2 }, { original: '英', current: p2.data, target: 'simplified' });
    const t = text('檢測：二𫫇英');
    const q = [text('檢測：'), text('二𫫇英')];
    inheritOriginals(store, [{ removed: [p1, p2], added: [t] }, { removed: [t], added: q }]);
    expect(store.textRec(t)?.original).toBe('檢測：二噁英');
    expect(q.map((n) => store.textRec(n)?.original)).toEqual(['檢測：', '二噁英']);
  });

  it('converted text joined with page text not yet converted is `mixed`', () => {
    const store = createStore();
    const done = text('这个');
    const notYet = text('軟件');
    store.set({ kind: 'text', node: done }, { original: '這個', current: done.data, target: 'simplified' });
    const t = text('这个軟件');
    inheritOriginals(store, [{ removed: [done, notYet], added: [t] }]);
    expect(store.textRec(t)).toEqual({ original: '這個軟件', current: '这个軟件', target: 'mixed' });
  });

  it('pieces of the page’s own text stay untracked; a node Kanbao still knows keeps its record', () => {
    const store = createStore();
    const own = text('軟件');
    const added = text('軟件');
    inheritOriginals(store, [{ removed: [own], added: [added] }]);
    expect(store.textRec(added)).toBeUndefined();

    const old = text('这个');
    store.set({ kind: 'text', node: old }, { original: '這個', current: '这个', target: 'simplified' });
    const known = text('这个');
    store.set({ kind: 'text', node: known }, { original: '这个', current: '这个', target: 'original' });
    inheritOriginals(store, [{ removed: [old], added: [known] }]);
    expect(store.textRec(known)?.original).toBe('这个');
  });
});
