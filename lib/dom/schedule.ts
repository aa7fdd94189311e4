/**
 * Runs a generator of small steps either at once or in slices that yield to the main thread, so
 * long jobs (reading, marking or unmarking 200,000 characters) never hold it longer than a budget.
 */

export interface ChunkSchedule {
  /** Resolves when the main thread may be used again. Default: `yieldToPage`. */
  yieldToMain?: () => Promise<void>;
  /** Longest stretch of work between yields, in ms (default 8). */
  budgetMs?: number;
}

interface SchedulerLike {
  postTask?: (task: () => void, options?: { priority?: string }) => Promise<void>;
}

/**
 * Yields with a new task, queued behind the tasks the page already has waiting (its timers, its
 * messages): `scheduler.postTask` at the default priority, else setTimeout 0 (which browsers clamp
 * to 4 ms after a few nested calls). Not `scheduler.yield()`: its continuations run ahead of every
 * other task of the same priority, so a job made of many slices starved the page's own timers for
 * its whole length — measured in Chromium 156 and Firefox ESR: a 1.5 s job of 8 ms slices held a
 * 50 ms setInterval for 1.5 s; with postTask, 57–65 ms at the same throughput. The hostile pages'
 * `stallMs` showed the same during annotation and kind switches. Input events still go first.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs every step now. */
export function drain(steps: Iterator<void>): void {
  while (!steps.next().done);
}

/** Runs every step now and returns the generator's result. */
export function runSteps<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps in slices of at most `budgetMs` of work, yielding in between; returns the result. */
export async function runInChunks<T>(steps: Iterator<void, T>, schedule: ChunkSchedule = {}): Promise<T> {
  const yieldToMain = schedule.yieldToMain ?? yieldToPage;
  const budget = schedule.budgetMs ?? 8;
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= budget) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

export async function drainInChunks(steps: Iterator<void>, schedule: ChunkSchedule = {}): Promise<void> {
  await runInChunks(steps, schedule);
}
