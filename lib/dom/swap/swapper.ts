import { inheritOriginals, type Replacement } from './inherit';
import { createPlanner, emptyReport, fillConversions, tally, unitKey, type Step } from './plan';
import { attributeInScope, inScope, pageRoots, unitWalker, type Unit } from './scan';
import { BLOCK_OVERRUN, MAX_BLOCK_SLICE_MS, sameBlock } from './block';
import { DEFAULT_SLICE_MS, inSlices, runSliced, type SliceSchedule } from './slices';
import { createStore, readUnit, writeUnit, type OriginalsStore } from './store';
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
 * - Planning and writing run in short slices (swap-slices): a 1 MB page is written in many
 *   tasks of ~10 ms, not in one that freezes it. Each unit's write and its record happen in
 *   the same slice, so the page is consistent with the originals store between slices.
 * - Operations run one at a time, in call order. A convertTo/restore that a later one replaces
 *   stops at its next slice: the later one plans the whole page from the originals anyway.
 */
export interface ScriptSwapperOptions {
  /**
   * Runs Kanbao's own writes (one slice at a time). The live wiring passes the mutation
   * watcher's `quiet`, so the watcher never sees them; without it the swapper still ignores its
   * own writes on rescan (a node holding the value Kanbao wrote is not re-converted).
   */
  quiet?: (write: () => void) => void;
  /** Slice length and how to yield between slices (tests use a zero budget to interleave). */
  schedule?: SliceSchedule;
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
}

export function createScriptSwapper(
  doc: Document,
  convert: ConvertFn,
  options: ScriptSwapperOptions = {},
): ScriptSwapper {
  const store: OriginalsStore = createStore();
  const quiet = options.quiet ?? ((write: () => void) => write());
  const schedule = options.schedule ?? {};
  let target: ScriptChoice = 'original';
  /** Bumped by every convertTo/restore call: a lower number is stale. */
  let requested = 0;
  /** The convertTo/restore running or last run: below `requested`, a newer one is waiting. */
  let started = 0;
  /**
   * Text nodes whose length a stopped operation changed. Reported by the next operation that
   * finishes, so the content script still re-reads the article: the operation that replaced
   * it may find those nodes already right and write nothing there.
   */
  let carried: Text[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  }

  const htmlLang = (): Unit => ({ kind: 'attr', el: doc.documentElement, name: 'lang' });

  /** Runs the walks one after the other, in slices; false when a newer request stopped them. */
  function walkAll(walkers: Walker[], live: () => boolean): Promise<boolean> {
    let w = 0;
    const work = (outOfTime: () => boolean) => {
      for (; w < walkers.length; w++) if (!walkers[w]!.run(outOfTime)) return false;
      return true;
    };
    return runSliced(work, schedule, { proceed: live });
  }

  /** Every convertible unit of the page (<html lang> first), or null when stopped. */
  async function pageUnits(live: () => boolean): Promise<Unit[] | null> {
    const units: Unit[] = [htmlLang()];
    return (await walkAll(pageRoots(doc).map((root) => unitWalker(root, units)), live)) ? units : null;
  }

  async function plan(units: Unit[], onlyStale: boolean, to: ScriptChoice, live: () => boolean): Promise<Step[] | null> {
    const planner = createPlanner(store, onlyStale, to);
    return (await inSlices(units, planner.plan, schedule, { proceed: live })) ? planner.steps : null;
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
   * Writes the steps in slices; false when a newer request stopped it (its writes are kept).
   * A slice out of time in the middle of a block finishes the block (swap-block), so that no
   * frame lays a half-written paragraph out only to lay it out again after the next slice.
   */
  async function write(steps: Step[], to: ScriptChoice, report: SwapReport, live: () => boolean): Promise<boolean> {
    let i = 0;
    // A zero budget (tests) splits blocks too: the cap scales with the budget.
    const cap = Math.min(MAX_BLOCK_SLICE_MS, BLOCK_OVERRUN * (schedule.budgetMs ?? DEFAULT_SLICE_MS));
    const work = (outOfTime: () => boolean) => {
      const start = performance.now();
      let over = false;
      while (i < steps.length) {
        writeStep(steps[i++]!, to, report);
        if (i === steps.length) break;
        over ||= outOfTime();
        if (over && (!sameBlock(steps[i - 1]!.unit, steps[i]!.unit) || performance.now() - start >= cap)) return false;
      }
      return true;
    };
    const done = await runSliced(work, schedule, { wrap: quiet, proceed: live });
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

  async function runConvert(to: ScriptTarget, seq: number): Promise<SwapReport> {
    if (seq !== requested) return superseded();
    started = seq;
    const live = () => seq === requested;
    const units = await pageUnits(live);
    const steps = units && (await plan(units, false, to, live));
    if (!steps) return superseded();
    await fillConversions(steps, to, convert);
    if (!live()) return superseded();
    const report = emptyReport(to);
    if (!(await write(steps, to, report, live))) return superseded();
    quiet(() => doc.documentElement.setAttribute(SCRIPT_ATTRIBUTE, to));
    target = to;
    tally(steps, to, report);
    return finish(report);
  }

  /** Every unit Kanbao has a record for, anywhere in the document (skip rules do not apply:
   * a converted node the page later moved into a <pre> is still put back); null when stopped. */
  async function trackedUnits(live: () => boolean): Promise<Unit[] | null> {
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
    return (await walkAll([walker], live)) ? units : null;
  }

  async function runRestore(seq: number): Promise<SwapReport> {
    if (seq !== requested) return superseded();
    started = seq;
    const live = () => seq === requested;
    const units = await trackedUnits(live);
    const steps = units && (await plan(units, false, 'original', live));
    if (!steps) return superseded();
    const report = emptyReport('original');
    if (!(await write(steps, 'original', report, live))) return superseded();
    quiet(() => doc.documentElement.removeAttribute(SCRIPT_ATTRIBUTE));
    target = 'original';
    return finish(report);
  }

  /** What a mutation batch names, walked in slices (a page can swap its whole body at once). */
  async function changedUnits(changes: PageChanges, live: () => boolean): Promise<Unit[] | null> {
    const units: Unit[] = [];
    for (const [el, name] of changes.attributes) {
      if (attributeInScope(el, name, doc)) units.push({ kind: 'attr', el, name });
    }
    const walkers: Walker[] = [];
    for (const node of changes.nodes) if (inScope(node, doc)) walkers.push(unitWalker(node, units));
    return (await walkAll(walkers, live)) ? units : null;
  }

  async function runRescan(changes: PageChanges | undefined): Promise<SwapReport> {
    const to = target;
    const seq = requested;
    // Records first, whatever happens next: they describe what the page did.
    if (changes?.replacements) inheritOriginals(store, changes.replacements);
    // A convertTo/restore is waiting, and it plans the whole page from the originals.
    if (started !== requested) return superseded();
    const live = () => seq === requested && target === to;
    const units = await (changes ? changedUnits(changes, live) : to === 'original' ? trackedUnits(live) : pageUnits(live));
    // On Original this only puts back nodes that return still converted (a cleared highlight).
    const steps = units && (await plan(units, true, to, live));
    if (!steps) return superseded();
    if (steps.length === 0) return finish(emptyReport(to));
    if (to !== 'original') await fillConversions(steps, to, convert);
    if (!live()) return superseded();
    const report = emptyReport(to);
    if (!(await write(steps, to, report, live))) return superseded();
    if (to !== 'original') tally(steps, to, report);
    return finish(report);
  }

  return {
    get target() {
      return target;
    },
    convertTo(to) {
      const seq = ++requested;
      return enqueue(() => (to === 'original' ? runRestore(seq) : runConvert(to, seq)));
    },
    restore() {
      const seq = ++requested;
      return enqueue(() => runRestore(seq));
    },
    rescan(changes) {
      return enqueue(() => runRescan(changes));
    },
  };
}
