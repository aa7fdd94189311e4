/**
 * Pure: turns the (possibly overlapping) intervals that fall inside ONE Text node into a forest
 * of properly nested intervals, so they can become nested elements.
 *
 * Choice: outer spans keep a single mark wherever possible (a program stays one box with a
 * figure mark inside it) and a span that *crosses* another one (neither contains the other) is
 * split at the outer span's end — the two halves are separate marks sharing one id. A span never
 * nests inside another piece of itself, because a split's second half starts where the first
 * half's container ends.
 */

export interface Interval<T> {
  from: number;
  to: number;
  item: T;
  /** True only for the piece that starts the whole span (it gets the tab stop). */
  first: boolean;
}

export interface NestNode<T> extends Interval<T> {
  children: NestNode<T>[];
}

/**
 * `outerFirst(a, b) < 0` when `a` should contain `b` if both cover exactly the same text
 * (it also orders equal-start intervals of equal length, keeping the output deterministic).
 */
export function nestIntervals<T>(
  intervals: readonly Interval<T>[],
  outerFirst: (a: T, b: T) => number,
): NestNode<T>[] {
  const order = (a: Interval<T>, b: Interval<T>) =>
    a.from - b.from || b.to - a.to || outerFirst(a.item, b.item);
  const queue = intervals.filter((iv) => iv.from < iv.to).sort(order);
  const roots: NestNode<T>[] = [];
  const stack: NestNode<T>[] = [];

  for (let qi = 0; qi < queue.length; qi++) {
    const iv = queue[qi]!;
    while (stack.length > 0 && stack[stack.length - 1]!.to <= iv.from) stack.pop();
    const parent = stack[stack.length - 1];
    let to = iv.to;
    if (parent && iv.to > parent.to) {
      // Crossing: keep the part inside the parent here, queue the rest in sorted position.
      to = parent.to;
      const rest: Interval<T> = { from: parent.to, to: iv.to, item: iv.item, first: false };
      let at = qi + 1;
      while (at < queue.length && order(queue[at]!, rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    const node: NestNode<T> = { from: iv.from, to, item: iv.item, first: iv.first, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}
