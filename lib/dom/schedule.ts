/**
 * The one place where Kanbao slices long work and gives the page its turn. Reading, extracting,
 * marking, unmarking, and the script swapper's walk, plan and write all run in slices of about
 * SLICE_MS with `yieldToPage` between them, so no job holds the page's main thread for long
 * (a 1 MB page, 200,000 characters of article, a 5,000-deep tree).
 *
 * One core, `runSliced`, and two shapes of work on it: generator steps (`runInChunks`,
 * `drainInChunks`: the reader, the highlighter, the extraction) and a loop over items
 * (`inSlices`: the swapper's planner; its walkers and its write call the core directly). A job
 * stops at its next slice once its AbortSignal is aborted; `latestRequest` hands out those
 * signals so that a newer request stops the one running.
 */

/**
 * Longest stretch of work between two yields, in ms, for every job: far under the 50 ms at which
 * browsers call a task long, so the page's own timers wait about one slice at most; the swapper's
 * cap for finishing a paragraph (swap/block.ts: four budgets, at most 40 ms) is counted from it.
 */
export const SLICE_MS = 10;

/** Items between two looks at the clock in an item loop: an item (a node walked, a unit planned, a text written) is well under a millisecond. */
export const CLOCK_EVERY_ITEMS = 16;

export interface ChunkSchedule {
  /** Longest stretch of work between yields, in ms (default SLICE_MS; tests use 0: one step a slice). */
  budgetMs?: number;
  /** Resolves when the page has had its turn. Default: `yieldToPage`. */
  yieldToMain?: () => Promise<void>;
}

export interface SliceOptions extends ChunkSchedule {
  /** Checked after every yield: once aborted, the job stops before its next slice. */
  signal?: AbortSignal;
  /** Wraps each slice (the mutation watcher's `quiet`, so the page never sees Kanbao's writes). */
  wrap?: (slice: () => void) => void;
  /**
   * When the task that runs the first slice began its work (performance.now()): the first slice's
   * budget counts from there, so a job that starts right after another job's slice, in the same
   * task, does not add a whole slice of its own to it. Default: the first slice's own start.
   */
  startedAt?: number;
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
 * Not a postMessage-based scheduler either: the page could forge or observe the messages.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A yield that also adds up the time spent away, so a job can report its own work apart from the
 * wall-clock time its slicing adds (`kanbao:read`, `kanbao:annotate-work`).
 */
export function timedYield(yieldFn: () => Promise<void> = yieldToPage): { yieldToMain: () => Promise<void>; away: () => number } {
  let away = 0;
  return {
    yieldToMain: async () => {
      const left = performance.now();
      await yieldFn();
      away += performance.now() - left;
    },
    away: () => away,
  };
}

/**
 * One AbortSignal per request: each new request aborts the one before it, so the job running for
 * an older request stops at its next slice (the swapper: the page must end in the last requested
 * script, and the newer request plans the whole page from the originals anyway).
 */
export interface LatestRequest {
  /** Starts a request: aborts the previous one and returns this one's signal. */
  next(): AbortSignal;
  /** The newest request's signal (never aborted). */
  readonly current: AbortSignal;
}

export function latestRequest(): LatestRequest {
  let controller = new AbortController();
  return {
    next() {
      controller.abort();
      controller = new AbortController();
      return controller.signal;
    },
    get current() {
      return controller.signal;
    },
  };
}

/**
 * The slice core. Runs a resumable job: `work(outOfTime)` does units of work until it is done
 * (true) or until `outOfTime()`, asked after each unit, says the slice is used up (false); it is
 * called again after a yield. Resolves true when the job is done, false when its signal stopped it.
 * `clockEvery`: units between two looks at the clock (item loops pass more than one).
 */
export async function runSliced(
  work: (outOfTime: () => boolean) => boolean,
  options: SliceOptions = {},
  clockEvery = 1,
): Promise<boolean> {
  const budget = options.budgetMs ?? SLICE_MS;
  const yieldToMain = options.yieldToMain ?? yieldToPage;
  const wrap = options.wrap ?? ((slice: () => void) => slice());
  for (let first = true; ; first = false) {
    if (!first) {
      await yieldToMain();
      if (options.signal?.aborted) return false;
    }
    let done = false;
    wrap(() => {
      const start = first && options.startedAt !== undefined ? Math.min(options.startedAt, performance.now()) : performance.now();
      let n = 0;
      // A zero budget (tests) ends every slice after one unit.
      done = work(() => budget <= 0 || (++n % clockEvery === 0 && performance.now() - start >= budget));
    });
    if (done) return true;
  }
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

/** Steps as a job for the core: one step per unit (a step is up to a few ms, so the clock is read after each). */
function stepsJob<T>(steps: Iterator<void, T>, done: (value: T) => void): (outOfTime: () => boolean) => boolean {
  return (outOfTime) => {
    for (;;) {
      const r = steps.next();
      if (r.done) {
        done(r.value);
        return true;
      }
      if (outOfTime()) return false;
    }
  };
}

/** Runs the steps in slices, yielding in between; returns the generator's result. */
export async function runInChunks<T>(steps: Iterator<void, T>, schedule: ChunkSchedule = {}): Promise<T> {
  let result: T | undefined;
  await runSliced(stepsJob(steps, (value) => (result = value)), { budgetMs: schedule.budgetMs, yieldToMain: schedule.yieldToMain });
  // No signal reaches the core here, so it always runs to the generator's end.
  return result as T;
}

/**
 * Runs the steps in slices. Once the signal is aborted it stops at the next slice and closes the
 * generator, so its `finally` blocks run (jobs that must tell a stop from the end: `runSliced`).
 */
export async function drainInChunks(steps: Iterator<void>, options: SliceOptions = {}): Promise<void> {
  if (!(await runSliced(stepsJob(steps, () => undefined), options))) steps.return?.();
}

/** Calls `each` on every item, in order, in slices; false when the signal stopped it. */
export function inSlices<T>(items: readonly T[], each: (item: T) => void, options: SliceOptions = {}): Promise<boolean> {
  let i = 0;
  return runSliced(
    (outOfTime) => {
      while (i < items.length) {
        each(items[i++]!);
        if (i < items.length && outOfTime()) return false;
      }
      return true;
    },
    options,
    CLOCK_EVERY_ITEMS,
  );
}
