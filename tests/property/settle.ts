import { expect } from 'vitest';
import { snapshot } from './dom-arbitraries';

/**
 * Waits until the live swap's watcher and the work it triggers have nothing left to do: three
 * quiet millisecond ticks in a row, with nothing busy and no new automatic conversion. A
 * conversion ↔ re-annotation loop must end: 500 rounds is far beyond any real need.
 */
export async function settle(busy: () => boolean, autos: () => number): Promise<void> {
  for (let quiet = 0, seen = autos(), rounds = 0; quiet < 3; rounds++) {
    if (rounds > 500) throw new Error(`no quiet after 500 rounds: ${autos()} automatic conversions`);
    await new Promise((r) => setTimeout(r, 1));
    if (!busy() && autos() === seen) quiet++;
    else [quiet, seen] = [0, autos()];
  }
}

/** The page is exactly the expected one: its body's markup and the whole document. */
export function expectSamePage(doc: Document, expected: Document): void {
  expect(doc.body.innerHTML).toBe(expected.body.innerHTML);
  expect(snapshot(doc)).toBe(snapshot(expected));
}
