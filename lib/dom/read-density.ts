import { NOISE_CONTAINERS } from './read-noise';
import { cjkCount, trimmed } from './read-text';

/**
 * The body container of an unknown layout: the element whose direct `<p>` children hold the most
 * text (CJK characters, or Latin words for an English page). xinhua_06's 2012 table layout has
 * no classes at all; its body is the `<td>` holding the `<p>` run.
 */
export function densestContainer(scope: ParentNode): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(scope.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || p.closest(NOISE_CONTAINERS)) continue;
    const text = trimmed(p);
    const score = cjkCount(text) || Math.floor((text.match(/[A-Za-z]+/g)?.length ?? 0) / 2);
    if (score > 0) scores.set(parent, (scores.get(parent) ?? 0) + score);
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
