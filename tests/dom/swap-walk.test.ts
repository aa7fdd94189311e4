// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createWalker, walk } from '../../lib/dom/swap/walk';

/** A resumable walk collecting text, stopped after every `every` nodes. */
function texts(root: Node, every: number, between: (run: number) => void = () => {}): string[] {
  const out: string[] = [];
  const walker = createWalker(root, (t) => out.push(t.data), (el) => el.localName !== 'pre');
  let n = 0;
  for (let run = 1; !walker.run(() => ++n % every === 0); run++) between(run);
  return out;
}

function page(): HTMLElement {
  const div = document.createElement('div');
  for (let i = 0; i < 4; i++) {
    const p = div.appendChild(document.createElement('p'));
    p.append(`a${i}`, Object.assign(document.createElement('b'), { textContent: `b${i}` }), `c${i}`);
  }
  div.appendChild(document.createElement('pre')).textContent = 'skipped';
  return div;
}

describe('createWalker', () => {
  it('stopped anywhere and resumed, visits what one walk visits, in the same order', () => {
    const all: string[] = [];
    walk(page(), (t) => all.push(t.data), (el) => el.localName !== 'pre');
    expect(all).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2', 'a3', 'b3', 'c3']);
    for (const every of [1, 2, 3, 5, 100]) expect(texts(page(), every)).toEqual(all);
  });

  it('misses no node when the page removes or adds siblings while the walk is stopped', () => {
    const root = page();
    const ps = Array.from(root.children);
    // After a few nodes, the page removes the first paragraph (being walked) and adds one at the
    // end: a walk resumed by index in the live list would skip the second paragraph.
    const seen = texts(root, 4, (run) => {
      if (run !== 1) return;
      ps[0]!.remove();
      root.append(Object.assign(document.createElement('p'), { textContent: 'new' }));
    });
    // Nothing the page kept is missed; the new paragraph is the mutation watcher's business.
    for (const t of ['a0', 'b0', 'c0', 'a1', 'b1', 'c1', 'a2', 'b2', 'c2', 'a3', 'b3', 'c3']) expect(seen).toContain(t);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
