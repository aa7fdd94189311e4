import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { nestIntervals, type Interval, type NestNode } from '../../lib/dom/marks/nest';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const iv = (item: string, from: number, to: number): Interval<string> => ({ item, from, to, first: true });
const shape = (nodes: NestNode<string>[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.item, n.from, n.to, shape(n.children)] : [n.item, n.from, n.to]));

describe('nestIntervals', () => {
  test('contained spans nest; disjoint spans are siblings', () => {
    expect(shape(nestIntervals([iv('f', 3, 5), iv('p', 0, 10), iv('d', 12, 14)], byName))).toEqual([
      ['p', 0, 10, [['f', 3, 5]]],
      ['d', 12, 14],
    ]);
  });

  test('identical ranges nest by the tie-break', () => {
    expect(shape(nestIntervals([iv('b', 0, 4), iv('a', 0, 4)], byName))).toEqual([['a', 0, 4, [['b', 0, 4]]]]);
  });

  test('a crossing span is split at the container end; only the first half keeps the tab stop', () => {
    const out = nestIntervals([iv('a', 0, 4), iv('b', 2, 7)], byName);
    expect(shape(out)).toEqual([['a', 0, 4, [['b', 2, 4]]], ['b', 4, 7]]);
    expect(out[0]!.children[0]!.first).toBe(true);
    expect(out[1]!.first).toBe(false);
  });

  test('empty intervals are dropped', () => {
    expect(nestIntervals([iv('a', 3, 3), iv('b', 4, 2)], byName)).toEqual([]);
  });

  test('property: proper nesting, same coverage per item, no item inside itself', () => {
    const input = fc.array(
      fc.record({ from: fc.nat(20), len: fc.integer({ min: 1, max: 10 }) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(input, (raw) => {
        const ivs = raw.map((r, i) => iv(`i${i}`, r.from, r.from + r.len));
        const out = nestIntervals(ivs, byName);
        const covered = new Map<string, Set<number>>();
        const walk = (nodes: NestNode<string>[], parent: NestNode<string> | null, ancestors: Set<string>) => {
          let prevEnd = parent ? parent.from : -Infinity;
          for (const n of nodes) {
            expect(n.from).toBeGreaterThanOrEqual(prevEnd); // siblings ordered, not overlapping
            if (parent) expect(n.to).toBeLessThanOrEqual(parent.to);
            expect(ancestors.has(n.item)).toBe(false);
            prevEnd = n.to;
            const set = covered.get(n.item) ?? new Set<number>();
            for (let k = n.from; k < n.to; k++) {
              expect(set.has(k)).toBe(false);
              set.add(k);
            }
            covered.set(n.item, set);
            walk(n.children, n, new Set([...ancestors, n.item]));
          }
        };
        walk(out, null, new Set());
        for (const i of ivs) expect(covered.get(i.item)?.size).toBe(i.to - i.from);
      }),
      { numRuns: 1000 },
    );
  });
});
