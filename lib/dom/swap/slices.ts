/**
 * Runs a long loop of small items in slices that give the event loop back in between, so a
 * 1 MB / 50,000-node page is converted in many short tasks instead of one that freezes the page
 * for a second (issue 7: tests/e2e/hostile `big`, `huge-text`, `deep`). No DOM here.
 *
 * The yield is the annotator's (mark-chunks.ts `yieldToPage`): a new task queued behind the
 * page's own, so its timers, input and rendering run between slices (scheduler.yield would put
 * our continuation ahead of the page's timers, and postMessage-based schedulers are off limits:
 * a page could forge or observe the messages).
 */
import { yieldToPage } from '../schedule';

export interface SliceSchedule {
  /** Longest stretch of work per slice, in ms. */
  budgetMs?: number;
  /** Resolves when the event loop has had its turn (test seam). */
  yieldToMain?: () => Promise<void>;
}

export const DEFAULT_SLICE_MS = 10;

/** Items between two looks at the clock. */
const CLOCK_EVERY = 16;

export interface SliceHooks {
  /** Wraps each slice (the mutation watcher's `quiet`, so the page never sees Kanbao's writes). */
  wrap?: (slice: () => void) => void;
  /** Asked before every slice but the first: false stops the loop (a newer request won). */
  proceed?: () => boolean;
}

/**
 * Runs a resumable job in slices: `work(outOfTime)` does items until it is done (true) or until
 * `outOfTime()`, asked after each item, says the slice is used up (false); it is called again
 * after a yield. Resolves true when the job is done, false when `proceed` stopped it.
 */
export async function runSliced(
  work: (outOfTime: () => boolean) => boolean,
  schedule: SliceSchedule = {},
  hooks: SliceHooks = {},
): Promise<boolean> {
  const budget = schedule.budgetMs ?? DEFAULT_SLICE_MS;
  const yieldToMain = schedule.yieldToMain ?? yieldToPage;
  const wrap = hooks.wrap ?? ((slice: () => void) => slice());
  for (let first = true; ; first = false) {
    if (!first) {
      await yieldToMain();
      if (hooks.proceed && !hooks.proceed()) return false;
    }
    let done = false;
    wrap(() => {
      const start = performance.now();
      let n = 0;
      // A zero budget (tests) ends every slice after one item; otherwise the clock is read
      // every few items, since one item is at most a text write, well under a millisecond.
      done = work(() => budget <= 0 || (++n % CLOCK_EVERY === 0 && performance.now() - start >= budget));
    });
    if (done) return true;
  }
}

/** Calls `each` on every item, in order, in slices (see runSliced). */
export function inSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  schedule: SliceSchedule = {},
  hooks: SliceHooks = {},
): Promise<boolean> {
  let i = 0;
  return runSliced(
    (outOfTime) => {
      while (i < items.length) {
        each(items[i++]!);
        if (i < items.length && outOfTime()) return false;
      }
      return true;
    },
    schedule,
    hooks,
  );
}
