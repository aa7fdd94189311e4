/**
 * Runs a generator of small steps either at once or in slices that yield to the main thread, so
 * long jobs (marking or unmarking 200,000 characters) never hold it longer than a budget.
 */

export interface ChunkSchedule {
  /** Resolves when the main thread may be used again. Default: scheduler.yield or setTimeout 0. */
  yieldToMain?: () => Promise<void>;
  /** Longest stretch of work between yields, in ms (default 8). */
  budgetMs?: number;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function drain(steps: Iterator<void>): void {
  while (!steps.next().done);
}

export async function drainInChunks(steps: Iterator<void>, schedule: ChunkSchedule = {}): Promise<void> {
  const yieldToMain = schedule.yieldToMain ?? defaultYield;
  const budget = schedule.budgetMs ?? 8;
  let sliceStart = performance.now();
  while (!steps.next().done) {
    if (performance.now() - sliceStart >= budget) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
