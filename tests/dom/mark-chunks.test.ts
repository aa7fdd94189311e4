import { afterEach, describe, expect, it, vi } from 'vitest';
import { drainInChunks, runInChunks, runSteps, yieldToPage } from '@/lib/dom/schedule';

function* steps(n: number, log: number[]): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
  return 'done';
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
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
});
