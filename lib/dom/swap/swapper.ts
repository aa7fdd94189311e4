import { inheritOriginals, type Replacement } from './inherit';
import { createPlanner, emptyReport, fillConversions, tally, unitKey, type Step } from './plan';
import { pageRoots, scopeCheck, unitWalker, type Unit } from './scan';
import { BLOCK_OVERRUN, FINISH_OVERRUN, keepWriting, LONG_SLICE_MS, LONG_SLICES, MAX_BLOCK_SLICE_MS, MAX_FINISH_SLICE_MS, sameBlock, sameBlockNodes } from './block';
import { CLOCK_EVERY_ITEMS, inSlices, latestRequest, runSliced, SLICE_MS, yieldToPage, type ChunkSchedule } from '../schedule';
import { createStore, readUnit, writeUnit, type OriginalsStore, type Rec } from './store';
import { createWalker, type Walker } from './walk';
import { SCRIPT_ATTRIBUTE, type ConvertFn, type ScriptChoice, type ScriptTarget, type SwapReport } from './types';

/**
 * Script conversion of a whole page, with exact undo. No browser.* APIs: the converter is a
 * function (the content script's implementation messages the background, where the phrase
 * tables live), so this runs the same in tests and in the page.
 *
 * - Every conversion starts from the page's originals, never from the text on screen, so
 *   switching Taiwan → Hong Kong → Simplified never compounds conversions.
 * - Only text that changes is written, in place (`node.data = …`), so <kanbao-mark>
 *   highlights stay on the same words and the page sees as few mutations as possible.
 * - Original writes the kept originals back; it never converts back.
 * - Walking, planning and writing run in slices (lib/dom/schedule.ts): a 1 MB page is
 *   walked in tasks of ~10 ms and written in tasks of ~30 ms (every yield after a write may
 *   cost a layout of the whole page), never in one that freezes it. Each unit's write and its
 *   record happen in the same slice, so the page is consistent with the originals store
 *   between slices.
 * - Original reads the store's list of changed nodes instead of walking the page.
 * - Operations run one at a time, in call order. A convertTo/restore that a later one replaces
 *   stops at its next slice (its signal is aborted, see `latestRequest`): the later one plans
 *   the whole page from the originals anyway.
 */
const TEXT_NODE = 3;

export interface ScriptSwapperOptions {
  /**
   * Runs Kanbao's own writes (one slice at a time). The live wiring passes the mutation
   * watcher's `quiet`, so the watcher never sees them; without it the swapper still ignores its
   * own writes on rescan (a node holding the value Kanbao wrote is not re-converted).
   */
  quiet?: (write: () => void) => void;
  /** Slice length and how to yield between slices (tests use a zero budget to interleave). */
  schedule?: ChunkSchedule;
  /**
   * Converts a batch ahead of the reader (see `prepare`); its answers are kept by whatever the
   * converter consults first. Without it, `prepare` does nothing.
   */
  ahead?: (texts: string[], to: ScriptTarget) => Promise<unknown>;
}

/** What changed on the page since the last conversion, as a mutation watcher reports it. */
export interface PageChanges {
  /** Added or changed nodes; each one's subtree is rescanned. */
  nodes: Iterable<Node>;
  /** Changed attributes. */
  attributes: Iterable<readonly [Element, string]>;
  /** Nodes replaced by others (see swap-inherit): their pieces keep the originals. */
  replacements?: Iterable<Replacement>;
}

export interface ScriptSwapper {
  /** What the page shows now (after the last completed operation). */
  readonly target: ScriptChoice;
  /** Resolves once the last slice is written (or with `superseded` when a later request won). */
  convertTo(target: ScriptChoice): Promise<SwapReport>;
  restore(): Promise<SwapReport>;
  /**
   * Brings what was added or changed since the last operation up to the current target: the
   * given changes, or the whole page when none are given (the "rescan" action). On Original
   * it only puts back tracked nodes that came back still converted.
   */
  rescan(changes?: PageChanges): Promise<SwapReport>;
  /**
   * Sends the page's texts to the converter ahead of a request, for each target in order, and
   * writes nothing: the first target's batch is awaited (a conversion asked meanwhile waits
   * behind it and finds its answers kept), the others are not. Only on a page shown as it came,
   * and stopped by a convertTo/restore asked during its walk. Resolves with the number of texts
   * sent.
   */
  prepare(targets: readonly ScriptTarget[]): Promise<number>;
}

export function createScriptSwapper(
  doc: Document,
  convert: ConvertFn,
  options: ScriptSwapperOptions = {},
): ScriptSwapper {
  const store: OriginalsStore = createStore();
  const quiet = options.quiet ?? ((write: () => void) => write());
  /**
   * When the current task's work began: an operation's phases follow one another in one task
   * (the last slice of a walk, then the first of the plan), and the writes' first slice counts
   * its time from here, so that task stays within one long slice.
   */
  let taskStart = performance.now();
  const yieldFn = options.schedule?.yieldToMain ?? yieldToPage;
  const schedule: ChunkSchedule = {
    ...options.schedule,
    yieldToMain: async () => {
      await yieldFn();
      taskStart = performance.now();
    },
  };
  /**
   * Slices for Original and for every conversion's writes: as long as a slice may run to finish a
   * block (40 ms, under a long task). Every yield after a write lets the browser lay the changed
   * page out again (0.1–0.5 s on a 1 MB page, far more than the writing), so fewer, longer
   * slices of writes is what makes a large page fast. A zero budget (tests) stays zero.
   */
  const longSchedule: ChunkSchedule = { ...schedule, budgetMs: Math.min(LONG_SLICE_MS, LONG_SLICES * (schedule.budgetMs ?? SLICE_MS)) };
  // How far a write slice past its budget may run on (keepWriting): to finish a block, and to finish
  // the whole job. A zero budget (tests) splits blocks too: both scale with the budget.
  const blockCap = Math.min(MAX_BLOCK_SLICE_MS, BLOCK_OVERRUN * (schedule.budgetMs ?? SLICE_MS));
  const finishCap = Math.min(MAX_FINISH_SLICE_MS, FINISH_OVERRUN * (schedule.budgetMs ?? SLICE_MS));
  let target: ScriptChoice = 'original';
  /** One signal per convertTo/restore call: a newer call aborts the older one's. */
  const requests = latestRequest();
  /** The signal of the convertTo/restore running or last run: not the current one, a newer one is waiting. */
  let started = requests.current;
  /**
   * Text nodes whose length a stopped operation changed. Reported by the next operation that
   * finishes, so the content script still re-reads the article: the operation that replaced
   * it may find those nodes already right and write nothing there.
   */
  let carried: Text[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const start = () => {
      taskStart = performance.now();
      return op();
    };
    const run = queue.then(start, start);
    queue = run.catch(() => undefined);
    return run;
  }

  const htmlLang = (): Unit => ({ kind: 'attr', el: doc.documentElement, name: 'lang' });

  /** Runs the walks one after the other, in slices; false when a newer request stopped them. */
  function walkAll(walkers: Walker[], signal: AbortSignal): Promise<boolean> {
    let w = 0;
    const work = (outOfTime: () => boolean) => {
      for (; w < walkers.length; w++) if (!walkers[w]!.run(outOfTime)) return false;
      return true;
    };
    return runSliced(work, { ...schedule, signal }, CLOCK_EVERY_ITEMS);
  }

  /** Every convertible unit of the page (<html lang> first), or null when stopped. */
  async function pageUnits(signal: AbortSignal): Promise<Unit[] | null> {
    const units: Unit[] = [htmlLang()];
    return (await walkAll(pageRoots(doc).map((root) => unitWalker(root, (u) => units.push(u))), signal)) ? units : null;
  }

  /**
   * The whole page planned for `to` from its originals as it is walked (<html lang> first), in
   * the same slices: no list of units in between. Null when stopped.
   */
  async function planPage(to: ScriptChoice, signal: AbortSignal): Promise<Step[] | null> {
    const planner = createPlanner(store, false, to, true);
    planner.plan(htmlLang());
    return (await walkAll(pageRoots(doc).map((root) => unitWalker(root, planner.plan)), signal)) ? planner.steps : null;
  }

  async function plan(units: Unit[], onlyStale: boolean, to: ScriptChoice, signal: AbortSignal): Promise<Step[] | null> {
    const planner = createPlanner(store, onlyStale, to);
    return (await inSlices(units, planner.plan, { ...schedule, signal })) ? planner.steps : null;
  }

  function writeStep(s: Step, to: ScriptChoice, report: SwapReport): void {
    // Skipped, for the next rescan: a unit the page changed since it was planned, and one no
    // longer in the page (a highlight rendered or cleared between slices took it out), whose
    // record would otherwise disagree with the nodes that replaced it (swap-inherit).
    if (!unitKey(s.unit).isConnected || readUnit(s.unit) !== s.observed) return;
    if (s.next !== s.observed) {
      writeUnit(s.unit, s.next);
      if (s.unit.kind === 'text') {
        report.changedNodes++;
        if ((s.next ?? '').length !== (s.observed ?? '').length) report.lengthChangedNodes.push(s.unit.node);
      } else report.changedAttributes++;
    }
    store.set(s.unit, { original: s.source, current: s.next, target: to });
  }

  /**
   * Carries out a plan; false when a newer request stopped it (what it wrote is kept). First the
   * steps whose text stays as it is are recorded (no write, so nothing for the browser to lay out
   * again: on a Traditional page most text is already right), then the rest is written, in the
   * same long slices. A slice out of time in the middle of a block finishes the block
   * (swap-block), so that no frame lays a half-written paragraph out only to lay it out again
   * after the next slice.
   */
  async function apply(steps: Step[], to: ScriptChoice, report: SwapReport, signal: AbortSignal): Promise<boolean> {
    const writes: Step[] = [];
    let i = 0;
    let w = 0;
    let first = true;
    const work = (outOfTime: () => boolean) => {
      // The first slice runs on in the task of the phase before: count from that task's start.
      const start = first ? Math.min(taskStart, performance.now()) : performance.now();
      first = false;
      while (i < steps.length) {
        const s = steps[i++]!;
        if (s.next === s.observed) writeStep(s, to, report);
        else writes.push(s);
        if (outOfTime()) return i === steps.length && writes.length === 0;
      }
      let over = false;
      const from = w;
      while (w < writes.length) {
        writeStep(writes[w++]!, to, report);
        if (w === writes.length) break;
        over ||= outOfTime();
        if (over && !keepWriting(start, blockCap, w - from, writes.length - w, () => sameBlock(writes[w - 1]!.unit, writes[w]!.unit), finishCap)) return false;
      }
      return true;
    };
    const done = await runSliced(work, { ...longSchedule, signal, wrap: quiet, startedAt: taskStart }, CLOCK_EVERY_ITEMS);
    if (!done) carried.push(...report.lengthChangedNodes);
    return done;
  }

  function finish(report: SwapReport): SwapReport {
    if (carried.length > 0) report.lengthChangedNodes.unshift(...carried.filter((t) => t.isConnected));
    carried = [];
    report.lengthChanged = report.lengthChangedNodes.length > 0;
    return report;
  }

  const superseded = () => emptyReport(target, true);

  async function runConvert(to: ScriptTarget, signal: AbortSignal): Promise<SwapReport> {
    if (signal.aborted) return superseded();
    started = signal;
    const steps = await planPage(to, signal);
    if (!steps) return superseded();
    // The answer comes in a task of its own: the writes' first slice counts from there.
    const converted = await fillConversions(steps, to, convert);
    if (converted) taskStart = performance.now();
    if (signal.aborted) return superseded();
    const report = emptyReport(to);
    if (!(await apply(steps, to, report, signal))) return superseded();
    quiet(() => doc.documentElement.setAttribute(SCRIPT_ATTRIBUTE, to));
    target = to;
    tally(converted, to, report);
    return finish(report);
  }

  /** Every unit Kanbao has a record for, anywhere in the document (skip rules do not apply:
   * a converted node the page later moved into a <pre> is still put back); null when stopped. */
  async function trackedUnits(signal: AbortSignal): Promise<Unit[] | null> {
    const units: Unit[] = [];
    const walker = createWalker(
      doc.documentElement,
      (node) => {
        if (store.textRec(node)) units.push({ kind: 'text', node });
      },
      (el) => {
        const attrs = store.attributesOf(el);
        if (attrs) for (const name of attrs.keys()) units.push({ kind: 'attr', el, name });
        return true;
      },
    );
    return (await walkAll([walker], signal)) ? units : null;
  }

  /**
   * Original in one pass over the store's list of changed nodes (no walk of the page, no unit per
   * node): each text node still showing what Kanbao wrote gets its original back, read, compared
   * and written in the same slice by the store, which keeps the record in place; an element's
   * tracked attributes likewise. Long slices that finish a block. False when a newer request
   * stopped it.
   */
  async function putBack(report: SwapReport, signal: AbortSignal): Promise<boolean> {
    const attr = (el: Element, name: string, rec: Rec): void => {
      const unit: Unit = { kind: 'attr', el, name };
      const observed = readUnit(unit);
      if (observed !== rec.current || observed === rec.original) return;
      writeUnit(unit, rec.original);
      report.changedAttributes++;
      store.set(unit, { original: rec.original, current: rec.original, target: 'original' });
    };
    // Three calls into the DOM per text node (connected? its text, the write): on a 1 MB page this
    // runs some 12,000 times, and from a content script's world each call costs more than from the
    // page's (in Chromium, 2-3 times on a first run). A text node is told by the store's own record,
    // its new length by the original; a node the page moved into another document of its own gets
    // its original back there too, as Original means.
    const one = (node: Node): void => {
      const text = store.textRec(node as Text);
      if (text) {
        if (!node.isConnected) return;
        const was = store.putBackText(node as Text);
        if (was === null) return;
        report.changedNodes++;
        if ((text.original ?? '').length !== was.length) report.lengthChangedNodes.push(node as Text);
        return;
      }
      if (node.nodeType === TEXT_NODE || !node.isConnected || node.ownerDocument !== doc) return;
      const attrs = store.attributesOf(node as Element);
      if (attrs) for (const [name, rec] of Array.from(attrs)) attr(node as Element, name, rec);
    };
    const nodes = store.changed();
    let i = 0;
    let first = true;
    const work = (outOfTime: () => boolean) => {
      const start = first ? Math.min(taskStart, performance.now()) : performance.now();
      first = false;
      let over = false;
      const from = i;
      while (i < nodes.length) {
        one(nodes[i++]!);
        if (i === nodes.length) break;
        over ||= outOfTime();
        if (over && !keepWriting(start, blockCap, i - from, nodes.length - i, () => sameBlockNodes(nodes[i - 1]!, nodes[i]!), finishCap)) return false;
      }
      return true;
    };
    const done = await runSliced(work, { ...longSchedule, signal, wrap: quiet, startedAt: taskStart }, CLOCK_EVERY_ITEMS);
    if (!done) carried.push(...report.lengthChangedNodes);
    return done;
  }

  async function runRestore(signal: AbortSignal): Promise<SwapReport> {
    if (signal.aborted) return superseded();
    started = signal;
    const report = emptyReport('original');
    if (!(await putBack(report, signal))) return superseded();
    quiet(() => doc.documentElement.removeAttribute(SCRIPT_ATTRIBUTE));
    target = 'original';
    return finish(report);
  }

  /** What a mutation batch names, walked in slices (a page can swap its whole body at once). */
  async function changedUnits(changes: PageChanges, signal: AbortSignal): Promise<Unit[] | null> {
    const units: Unit[] = [];
    const scope = scopeCheck(doc);
    for (const [el, name] of changes.attributes) {
      if (scope.attribute(el, name)) units.push({ kind: 'attr', el, name });
    }
    const walkers: Walker[] = [];
    for (const node of changes.nodes) if (scope.node(node)) walkers.push(unitWalker(node, (u) => units.push(u)));
    return (await walkAll(walkers, signal)) ? units : null;
  }

  async function runRescan(changes: PageChanges | undefined): Promise<SwapReport> {
    const to = target;
    // Stopped by the next convertTo/restore call. The target cannot change meanwhile: operations
    // run one at a time, and only those two set it.
    const signal = requests.current;
    // Records first, whatever happens next: they describe what the page did.
    if (changes?.replacements) inheritOriginals(store, changes.replacements);
    // A convertTo/restore is waiting, and it plans the whole page from the originals.
    if (started !== signal) return superseded();
    const units = await (changes ? changedUnits(changes, signal) : to === 'original' ? trackedUnits(signal) : pageUnits(signal));
    // On Original this only puts back nodes that return still converted (a cleared highlight).
    const steps = units && (await plan(units, true, to, signal));
    if (!steps) return superseded();
    if (steps.length === 0) return finish(emptyReport(to));
    const converted = to === 'original' ? null : await fillConversions(steps, to, convert);
    if (converted) taskStart = performance.now();
    if (signal.aborted) return superseded();
    const report = emptyReport(to);
    if (!(await apply(steps, to, report, signal))) return superseded();
    if (to !== 'original') tally(converted, to, report);
    return finish(report);
  }

  async function runPrepare(targets: readonly ScriptTarget[], signal: AbortSignal): Promise<number> {
    const ahead = options.ahead;
    if (!ahead || targets.length === 0 || target !== 'original' || signal.aborted) return 0;
    // Which texts convert does not depend on the target (only <html lang>'s value does).
    const steps = await planPage(targets[0]!, signal);
    if (!steps) return 0;
    const texts = Array.from(new Set(steps.flatMap((s) => (s.converted && s.source !== null ? [s.source] : []))));
    if (texts.length === 0) return 0;
    // The first goes first: the background answers a Port's batches in the order sent.
    const [first, ...rest] = targets;
    const asked = ahead(texts, first!).catch(() => undefined);
    for (const to of rest) ahead(texts, to).catch(() => undefined);
    await asked;
    return texts.length;
  }

  return {
    get target() {
      return target;
    },
    prepare(targets) {
      // Stopped, like an operation replaced by a later one, by the next convertTo/restore.
      const signal = requests.current;
      return enqueue(() => runPrepare(targets, signal));
    },
    convertTo(to) {
      const signal = requests.next();
      return enqueue(() => (to === 'original' ? runRestore(signal) : runConvert(to, signal)));
    },
    restore() {
      const signal = requests.next();
      return enqueue(() => runRestore(signal));
    },
    rescan(changes) {
      return enqueue(() => runRescan(changes));
    },
  };
}
