import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepWriting } from '../../lib/dom/swap/block';

/** When a write slice past its budget goes on: the clock is pinned, so `elapsed` is exact. */
describe('keepWriting', () => {
  afterEach(() => vi.restoreAllMocks());
  const at = (ms: number) => vi.spyOn(performance, 'now').mockReturnValue(ms);

  it('never goes past the cap, not even to finish a block', () => {
    at(40);
    expect(keepWriting(0, 40, 100, 1, () => true)).toBe(false);
  });

  it('finishes the whole job when what is left fits before the cap at this pace', () => {
    at(30); // 1,000 units in 30 ms: 100 more take about 3 ms, done by 33 ms
    const inBlock = vi.fn(() => false);
    expect(keepWriting(0, 40, 1000, 100, inBlock)).toBe(true);
    expect(inBlock).not.toHaveBeenCalled();
  });

  it('otherwise goes on only to finish the block it is in', () => {
    at(30); // 1,000 more would take 30 ms: past the cap
    expect(keepWriting(0, 40, 1000, 1000, () => true)).toBe(true);
    expect(keepWriting(0, 40, 1000, 1000, () => false)).toBe(false);
  });

  it('finishes the whole job past the block cap when it fits before the finishing cap', () => {
    at(42); // past the block cap of 40; 1,000 units in 42 ms, 50 more take about 2 ms: done by 44
    expect(keepWriting(0, 40, 1000, 50, () => false, 48)).toBe(true);
    // The same job with no finishing cap given stops at the block cap.
    expect(keepWriting(0, 40, 1000, 50, () => false)).toBe(false);
  });

  it('past the block cap, does not finish a block whose job will not fit before the finishing cap', () => {
    at(42); // 1,000 more would take 42 ms
    expect(keepWriting(0, 40, 1000, 1000, () => true, 48)).toBe(false);
  });

  it('never goes past the finishing cap, whatever the pace says', () => {
    at(48);
    expect(keepWriting(0, 40, 100_000, 1, () => true, 48)).toBe(false);
  });

  it('does not guess a pace from nothing written yet', () => {
    at(30);
    expect(keepWriting(0, 40, 0, 1, () => false)).toBe(false);
  });
});
