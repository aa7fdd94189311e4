import { watchMutations, type MutationWatchOptions } from './mutation-watch';
import { createScriptSwapper, type ScriptSwapper, type ScriptSwapperOptions } from './swapper';
import type { ChunkSchedule } from '../schedule';
import type { ConvertFn, ScriptChoice, SwapReport } from './types';

/**
 * The swapper plus a mutation watcher: once the page is converted, content the page adds or
 * changes later is converted too (after the watcher's debounce / maximum wait). Kanbao's own
 * writes go through the watcher's `quiet`, so converting never triggers another conversion.
 *
 * The watcher starts with the first conversion and keeps running on Original: a converted
 * node that was away during the switch (a highlight's text node put back, an SPA's cached
 * view re-inserted) must be put back to its original when it returns. On Original that costs
 * a WeakMap lookup per changed node and never a conversion.
 */
export interface LiveScriptSwap extends ScriptSwapper {
  /** Disconnects the watcher; the page keeps its current script. */
  stop(): void;
}

export interface LiveScriptSwapOptions extends MutationWatchOptions {
  /** Called with the result of each automatic conversion (and with its error, if any). */
  onAutoConvert?: (result: SwapReport | Error) => void;
  /** How the swapper slices its work (tests). */
  schedule?: ChunkSchedule;
  /** Converts a batch ahead of the reader (the swapper's `prepare`). */
  ahead?: ScriptSwapperOptions['ahead'];
}

export function createLiveScriptSwap(
  doc: Document,
  convert: ConvertFn,
  options: LiveScriptSwapOptions = {},
): LiveScriptSwap {
  const watch = watchMutations(
    doc,
    (batch) => {
      swapper.rescan(batch).then(
        (report) => options.onAutoConvert?.(report),
        (error: unknown) => options.onAutoConvert?.(error instanceof Error ? error : new Error(String(error))),
      );
    },
    options,
  );
  watch.pause();
  const swapper = createScriptSwapper(doc, convert, { quiet: watch.quiet, schedule: options.schedule, ahead: options.ahead });

  function follow(choice: ScriptChoice): void {
    // Watch from the moment a target is first asked for: text the page changes while the
    // converter works is skipped by the write and must be picked up afterwards.
    if (choice !== 'original') watch.resume();
  }

  return {
    get target() {
      return swapper.target;
    },
    convertTo(to) {
      follow(to);
      return swapper.convertTo(to);
    },
    restore: () => swapper.restore(),
    rescan: (changes) => swapper.rescan(changes),
    prepare: (targets) => swapper.prepare(targets),
    stop: () => watch.stop(),
  };
}
