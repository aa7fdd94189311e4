import { runSteps } from '../schedule';
import { NOISE_CONTAINERS } from './noise';
import { cjkCount, trimmed } from './text';

/**
 * The body container of an unknown layout: the element whose direct `<p>` children hold the most
 * text (CJK characters, or Latin words for an English page). xinhua_06's 2012 table layout has
 * no classes at all; its body is the `<td>` holding the `<p>` run.
 */
export function densestContainer(scope: ParentNode): Element | null {
  return runSteps(densestContainerSteps(scope));
}

/** Elements visited between two yields. */
const STEP = 400;

/**
 * densestContainer as small steps. One top-down walk carries "inside a noise container" from
 * parent to child (a paragraph counts only when neither it nor any ancestor, up to the document,
 * is noise), so each element is matched once: asking `closest()` of every paragraph was
 * quadratic on deep pages.
 */
export function* densestContainerSteps(scope: ParentNode): Generator<void, Element | null, void> {
  const scores = new Map<Element, number>();
  const inNoise = (scope as Element).closest?.(NOISE_CONTAINERS) != null;
  let visited = 0;
  // The scope's own children from `children`: linkedom's Document has no working sibling chain.
  for (const first of Array.from(scope.children)) {
    const stack: { next: Element | null; noise: boolean }[] = [{ next: first, noise: inNoise }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const el = top.next;
      if (!el) {
        stack.pop();
        continue;
      }
      top.next = stack.length === 1 ? null : el.nextElementSibling;
      if (++visited % STEP === 0) yield;
      const noise = top.noise || el.matches(NOISE_CONTAINERS);
      const parent = el.parentElement;
      if (!noise && parent && el.tagName.toUpperCase() === 'P') {
        const text = trimmed(el);
        const score = cjkCount(text) || Math.floor((text.match(/[A-Za-z]+/g)?.length ?? 0) / 2);
        if (score > 0) scores.set(parent, (scores.get(parent) ?? 0) + score);
      }
      stack.push({ next: el.firstElementChild, noise });
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
