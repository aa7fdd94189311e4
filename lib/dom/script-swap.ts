import { countChangedChars, tallyRepairs, type ConvertedText } from '../core/repair-count';
import { mayConvert } from './swap-convertible';
import { inheritOriginals, type Replacement } from './swap-inherit';
import { attributeInScope, collectUnits, inScope, pageRoots, walk, type Unit } from './swap-scan';
import { createStore, readUnit, writeUnit, type OriginalsStore } from './swap-store';
import {
  LANG_TAGS,
  SCRIPT_ATTRIBUTE,
  type ConvertFn,
  type ScriptChoice,
  type ScriptTarget,
  type SwapReport,
} from './swap-types';

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
 * - Operations run one at a time, in call order. A convertTo/restore that a later one
 *   replaces before it starts, or while it awaits the converter, writes nothing.
 */
export interface ScriptSwapperOptions {
  /**
   * Runs Kanbao's own writes. The live wiring passes the mutation watcher's `quiet`, so the
   * watcher never sees them; without it the swapper still ignores its own writes on rescan
   * (a node holding the value Kanbao wrote is not re-converted).
   */
  quiet?: (write: () => void) => void;
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
  convertTo(target: ScriptChoice): Promise<SwapReport>;
  restore(): Promise<SwapReport>;
  /**
   * Brings what was added or changed since the last operation up to the current target: the
   * given changes, or the whole page when none are given (the "rescan" action). On Original
   * it only puts back tracked nodes that came back still converted.
   */
  rescan(changes?: PageChanges): Promise<SwapReport>;
}

interface Step {
  unit: Unit;
  /** The value in the page when planned; a different value at write time means the page changed it. */
  observed: string | null;
  /** The original the conversion starts from. */
  source: string | null;
  next: string | null;
  /** Text that went through the converter (counted in changedChars). */
  converted: boolean;
}

function emptyReport(target: ScriptChoice, superseded = false): SwapReport {
  return {
    target,
    changedNodes: 0,
    changedAttributes: 0,
    changedChars: 0,
    repairedChars: 0,
    lengthChanged: false,
    lengthChangedNodes: [],
    superseded,
  };
}

function unitKey(unit: Unit): Node {
  return unit.kind === 'text' ? unit.node : unit.el;
}

export function createScriptSwapper(
  doc: Document,
  convert: ConvertFn,
  options: ScriptSwapperOptions = {},
): ScriptSwapper {
  const store: OriginalsStore = createStore();
  const quiet = options.quiet ?? ((write: () => void) => write());
  let target: ScriptChoice = 'original';
  /** Bumped by every convertTo/restore call: a lower number is stale. */
  let requested = 0;
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  }

  const htmlLang = (): Unit => ({ kind: 'attr', el: doc.documentElement, name: 'lang' });

  /**
   * What to write where. `onlyStale` skips units already showing `to` (a rescan); otherwise
   * every unit is planned from its original (a switch of target).
   */
  function plan(units: Unit[], onlyStale: boolean, to: ScriptChoice): Step[] {
    const seenText = new Set<Node>();
    const seenAttr = new Map<Node, Set<string>>();
    const steps: Step[] = [];
    for (const unit of units) {
      // A mutation batch can name a node and its ancestor; plan each unit once.
      if (unit.kind === 'text') {
        if (seenText.has(unit.node)) continue;
        seenText.add(unit.node);
      } else {
        const names = seenAttr.get(unitKey(unit)) ?? new Set<string>();
        if (names.has(unit.name)) continue;
        names.add(unit.name);
        seenAttr.set(unitKey(unit), names);
      }
      const observed = readUnit(unit);
      const rec = store.get(unit);
      // Still what Kanbao left there; anything else is the page's own new value.
      const ours = rec !== undefined && observed === rec.current;
      if (onlyStale && ours && rec.target === to) continue;
      const source = ours ? rec.original : observed;
      if (to === 'original') {
        if (ours && observed !== source) steps.push({ unit, observed, source, next: source, converted: false });
      } else if (unit.kind === 'attr' && unit.name === 'lang') {
        steps.push({ unit, observed, source, next: LANG_TAGS[to], converted: false });
      } else if (source !== null && mayConvert(source)) {
        steps.push({ unit, observed, source, next: null, converted: true });
      } else if (ours && observed !== source) {
        steps.push({ unit, observed, source, next: source, converted: false });
      }
    }
    return steps;
  }

  async function fillConversions(steps: Step[], to: ScriptTarget): Promise<void> {
    // Pages repeat strings (navigation, 人民網, bylines): send each distinct string once.
    const index = new Map<string, number>();
    const texts: string[] = [];
    for (const s of steps) {
      if (!s.converted || s.source === null || index.has(s.source)) continue;
      index.set(s.source, texts.length);
      texts.push(s.source);
    }
    if (texts.length === 0) return;
    const out = await convert(texts, to);
    if (!Array.isArray(out) || out.length !== texts.length) {
      throw new Error(`Kanbao: converter returned ${Array.isArray(out) ? out.length : typeof out} results for ${texts.length} texts`);
    }
    for (const s of steps) if (s.converted && s.source !== null) s.next = out[index.get(s.source)!] ?? s.source;
  }

  /** Writes the planned values; a unit the page changed meanwhile is left for the next rescan. */
  function apply(steps: Step[], to: ScriptChoice, report: SwapReport, extra?: () => void): void {
    quiet(() => {
      for (const s of steps) {
        if (readUnit(s.unit) !== s.observed) continue;
        if (s.next !== s.observed) {
          writeUnit(s.unit, s.next);
          if (s.unit.kind === 'text') {
            report.changedNodes++;
            if ((s.next ?? '').length !== (s.observed ?? '').length) report.lengthChangedNodes.push(s.unit.node);
          } else report.changedAttributes++;
        }
        store.set(s.unit, { original: s.source, current: s.next, target: to });
      }
      extra?.();
    });
    report.lengthChanged = report.lengthChangedNodes.length > 0;
  }

  function tally(steps: Step[], to: ScriptTarget, report: SwapReport): void {
    const items: ConvertedText[] = [];
    for (const s of steps) if (s.converted) items.push({ before: s.source ?? '', after: s.next ?? '' });
    if (to === 'simplified') {
      for (const it of items) report.changedChars += countChangedChars(it.before, it.after);
      return;
    }
    const t = tallyRepairs(items);
    report.changedChars = t.changed;
    report.repairedChars = t.repaired;
  }

  async function runConvert(to: ScriptTarget, seq: number): Promise<SwapReport> {
    if (seq !== requested) return emptyReport(target, true);
    const units: Unit[] = [htmlLang()];
    for (const root of pageRoots(doc)) collectUnits(root, units);
    const steps = plan(units, false, to);
    await fillConversions(steps, to);
    if (seq !== requested) return emptyReport(target, true);
    const report = emptyReport(to);
    apply(steps, to, report, () => doc.documentElement.setAttribute(SCRIPT_ATTRIBUTE, to));
    tally(steps, to, report);
    target = to;
    return report;
  }

  /** Every unit Kanbao has a record for, anywhere in the document (skip rules do not apply:
   * a converted node the page later moved into a <pre> is still put back). */
  function trackedUnits(): Unit[] {
    const units: Unit[] = [];
    walk(
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
    return units;
  }

  async function runRestore(seq: number): Promise<SwapReport> {
    if (seq !== requested) return emptyReport(target, true);
    const steps = plan(trackedUnits(), false, 'original');
    const report = emptyReport('original');
    apply(steps, 'original', report, () => doc.documentElement.removeAttribute(SCRIPT_ATTRIBUTE));
    target = 'original';
    return report;
  }

  function changedUnits(changes: PageChanges): Unit[] {
    const units: Unit[] = [];
    for (const node of changes.nodes) if (inScope(node, doc)) collectUnits(node, units);
    for (const [el, name] of changes.attributes) {
      if (attributeInScope(el, name, doc)) units.push({ kind: 'attr', el, name });
    }
    return units;
  }

  async function runRescan(changes: PageChanges | undefined): Promise<SwapReport> {
    const to = target;
    const seq = requested;
    if (changes?.replacements) inheritOriginals(store, changes.replacements);
    let units: Unit[];
    if (changes) units = changedUnits(changes);
    else if (to === 'original') units = trackedUnits();
    else {
      units = [];
      for (const root of pageRoots(doc)) collectUnits(root, units);
    }
    // On Original this only puts back nodes that return still converted (a cleared highlight).
    const steps = plan(units, true, to);
    if (steps.length === 0) return emptyReport(to);
    if (to !== 'original') await fillConversions(steps, to);
    // A convertTo/restore asked for meanwhile redoes the whole page anyway.
    if (seq !== requested || target !== to) return emptyReport(target, true);
    const report = emptyReport(to);
    apply(steps, to, report);
    if (to !== 'original') tally(steps, to, report);
    return report;
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
