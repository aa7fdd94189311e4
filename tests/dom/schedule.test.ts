import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  drainInChunks,
  inSlices,
  latestRequest,
  runInChunks,
  runSliced,
  runSteps,
  timedYield,
  yieldToPage,
} from '@/lib/dom/schedule';

/**
 * The one slicer (lib/dom/schedule.ts): the reader, the highlighter and the script swapper all
 * run on it. The "event loop" is a hook here, so what happens between two slices is played
 * deterministically; the swapper's own slicing is checked in swap-slices.test.ts.
 */
function* steps(n: number, log: number[]): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
  return 'done';
}

/** A yield that runs `between(k)` before the k-th continuation (k = 1, 2, …). */
function stepper(between: (k: number) => void = () => {}) {
  const s = {
    yields: 0,
    yieldToMain: async () => {
      s.yields++;
      between(s.yields);
      await Promise.resolve();
    },
  };
  return s;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('yieldToPage', () => {
  // scheduler.yield() continuations run ahead of the page's own tasks: a long sliced job starved
  // the page's timers in both browsers. A posted task queues behind them.
  it('posts a task at the default priority when the browser has scheduler.postTask', async () => {
    const postTask = vi.fn((task: () => void, _options?: { priority?: string }) => Promise.resolve().then(task));
    const yieldFn = vi.fn();
    vi.stubGlobal('scheduler', { postTask, yield: yieldFn });
    await yieldToPage();
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'user-visible' });
    expect(yieldFn).not.toHaveBeenCalled();
  });

  it('falls back to a timer task', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    let done = false;
    const p = yieldToPage().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await p;
    expect(done).toBe(true);
  });

  it('is what a job yields with when it is given no yield of its own', async () => {
    const postTask = vi.fn((task: () => void) => Promise.resolve().then(task));
    vi.stubGlobal('scheduler', { postTask });
    const log: number[] = [];
    expect(await runInChunks(steps(3, log), { budgetMs: 0 })).toBe('done');
    expect(postTask).toHaveBeenCalledTimes(3);
  });
});

describe('running steps', () => {
  it('runSteps returns the generator result', () => {
    const log: number[] = [];
    expect(runSteps(steps(5, log))).toBe('done');
    expect(log).toEqual([0, 1, 2, 3, 4]);
  });

  it('runInChunks yields once the budget is spent, and returns the result', async () => {
    const log: number[] = [];
    let yields = 0;
    const result = await runInChunks(steps(6, log), {
      budgetMs: 0,
      yieldToMain: async () => {
        yields++;
      },
    });
    expect(result).toBe('done');
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
    expect(yields).toBe(6);
    await drainInChunks(steps(3, []), { budgetMs: 1e9, yieldToMain: async () => void yields++ });
    expect(yields).toBe(6);
  });

  it('reads the clock after every step and yields once a slice has used its budget', async () => {
    // A clock that moves 3 ms at every look: with a 10 ms budget a slice ends after its fourth step.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 3));
    const log: number[] = [];
    const s = stepper();
    await drainInChunks(steps(8, log), { budgetMs: 10, yieldToMain: s.yieldToMain });
    expect(log).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.yields).toBe(2);
  });

  it('drainInChunks stops at the next slice once its signal is aborted, and closes the generator', async () => {
    const log: number[] = [];
    const ctrl = new AbortController();
    let closed = false;
    function* job(): Generator<void, void, void> {
      try {
        yield* steps(10, log);
      } finally {
        closed = true;
      }
    }
    const s = stepper((k) => k === 3 && ctrl.abort());
    await drainInChunks(job(), { budgetMs: 0, yieldToMain: s.yieldToMain, signal: ctrl.signal });
    expect(log).toEqual([0, 1, 2]);
    expect(closed).toBe(true);
    const all: number[] = [];
    await drainInChunks(steps(4, all), { budgetMs: 0, yieldToMain: s.yieldToMain, signal: new AbortController().signal });
    expect(all).toEqual([0, 1, 2, 3]);
  });
});

describe('inSlices (a loop over items)', () => {
  it('does every item once, in order, one slice per item with a zero budget, each slice wrapped', async () => {
    const seen: number[] = [];
    const slices: number[][] = [];
    const s = stepper();
    const done = await inSlices([1, 2, 3], (x) => seen.push(x), {
      budgetMs: 0,
      yieldToMain: s.yieldToMain,
      wrap: (slice) => {
        const from = seen.length;
        slice();
        slices.push(seen.slice(from));
      },
    });
    expect(done).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
    expect(slices).toEqual([[1], [2], [3]]);
    expect(s.yields).toBe(2);
  });

  it('stops between slices when its signal is aborted, and does everything in one slice within the budget', async () => {
    const seen: number[] = [];
    const ctrl = new AbortController();
    const s = stepper(() => ctrl.abort());
    expect(await inSlices([1, 2, 3], (x) => seen.push(x), { budgetMs: 0, yieldToMain: s.yieldToMain, signal: ctrl.signal })).toBe(false);
    expect(seen).toEqual([1]);
    const all: number[] = [];
    expect(await inSlices([1, 2, 3], (x) => all.push(x), { budgetMs: 1_000, yieldToMain: stepper().yieldToMain })).toBe(true);
    expect(all).toEqual([1, 2, 3]);
  });

  it('looks at the clock every 16 items, not after each one', async () => {
    let looks = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++looks);
    const s = stepper();
    expect(await inSlices(Array.from({ length: 64 }, (_, i) => i), () => {}, { budgetMs: 1e9, yieldToMain: s.yieldToMain })).toBe(true);
    // One look to start the slice, then one every 16 items (the 64th is the last: nothing to ask).
    expect(looks).toBe(1 + 3);
    expect(s.yields).toBe(0);
  });
});

describe('runSliced (the core)', () => {
  it('an aborted signal does not stop the first slice: a job stops only between slices', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    let calls = 0;
    const done = await runSliced(() => ++calls === 2, { budgetMs: 0, yieldToMain: stepper().yieldToMain, signal: ctrl.signal });
    expect(done).toBe(false);
    expect(calls).toBe(1);
  });
});

describe('latestRequest', () => {
  it('each request aborts the one before it; the newest is the current one, never aborted', () => {
    const requests = latestRequest();
    const initial = requests.current;
    const a = requests.next();
    expect(initial.aborted).toBe(true);
    expect(a.aborted).toBe(false);
    expect(requests.current).toBe(a);
    const b = requests.next();
    expect(a.aborted).toBe(true);
    expect(b.aborted).toBe(false);
    expect(requests.current).toBe(b);
  });

  it('a newer request stops the running job at its next slice', async () => {
    const requests = latestRequest();
    const seen: string[] = [];
    let newer: Promise<boolean> | null = null;
    const s = stepper((k) => {
      if (k === 2) newer = inSlices(['x', 'y'], (v) => seen.push(v), { budgetMs: 0, yieldToMain: stepper().yieldToMain, signal: requests.next() });
    });
    const first = await inSlices(['a', 'b', 'c', 'd'], (v) => seen.push(v), { budgetMs: 0, yieldToMain: s.yieldToMain, signal: requests.next() });
    expect(first).toBe(false);
    expect(await newer!).toBe(true);
    expect(seen.filter((v) => 'abcd'.includes(v))).toEqual(['a', 'b']);
    expect(seen.filter((v) => 'xy'.includes(v))).toEqual(['x', 'y']);
  });
});

describe('timedYield', () => {
  it('adds up the time spent away, and only that', async () => {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => t);
    const { yieldToMain, away } = timedYield(async () => {
      t += 5;
    });
    t += 100; // work: not counted
    await yieldToMain();
    t += 100;
    await yieldToMain();
    expect(away()).toBe(10);
  });
});
