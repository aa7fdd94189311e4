import { countChangedChars, tallyRepairs, type ConvertedText, type TextCounts } from '../../core/convert';
import { mayConvert } from './convertible';
import type { Unit } from './scan';
import { readUnit, type OriginalsStore } from './store';
import { LANG_TAGS, type ConvertedBatch, type ConvertFn, type ScriptChoice, type ScriptTarget, type SwapReport } from './types';

/**
 * What to write where (the swapper's plan), one unit at a time so that planning a 50,000-node
 * page can be sliced like the writing. Reads the page and the originals store; writes neither.
 */
export interface Step {
  unit: Unit;
  /** The value in the page when planned; a different value at write time means the page changed it. */
  observed: string | null;
  /** The original the conversion starts from. */
  source: string | null;
  next: string | null;
  /** Text that went through the converter (counted in changedChars). */
  converted: boolean;
}

export function emptyReport(target: ScriptChoice, superseded = false): SwapReport {
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

export function unitKey(unit: Unit): Node {
  return unit.kind === 'text' ? unit.node : unit.el;
}

export interface Planner {
  readonly steps: Step[];
  plan(unit: Unit): void;
}

/**
 * `onlyStale` skips units already showing `to` (a rescan); otherwise every unit is planned from
 * its original (a switch of target). `unique`: the units come from one walk of the page, so
 * none comes twice and none needs remembering.
 */
export function createPlanner(store: OriginalsStore, onlyStale: boolean, to: ScriptChoice, unique = false): Planner {
  const seenText = new Set<Node>();
  const seenAttr = new Map<Node, Set<string>>();
  const steps: Step[] = [];
  /** Whether the unit was planned already (false the first time). */
  const seen = (unit: Unit): boolean => {
    if (unit.kind === 'text') {
      if (seenText.has(unit.node)) return true;
      seenText.add(unit.node);
      return false;
    }
    const names = seenAttr.get(unit.el) ?? new Set<string>();
    if (names.has(unit.name)) return true;
    names.add(unit.name);
    seenAttr.set(unit.el, names);
    return false;
  };
  return {
    steps,
    plan(unit) {
      // A mutation batch can name a node and its ancestor; plan each unit once.
      if (!unique && seen(unit)) return;
      const observed = readUnit(unit);
      const rec = store.get(unit);
      // Still what Kanbao left there; anything else is the page's own new value.
      const ours = rec !== undefined && observed === rec.current;
      // A node back in the page (a rescan) goes back on the list Original reads.
      if (onlyStale && ours) store.note(unit);
      if (onlyStale && ours && rec.target === to) return;
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
    },
  };
}

/** A distinct text of a batch, converted, with how many steps it stands for. */
type Converted = ConvertedText & { times: number };

/** Per text, the counts the converter gave, when it gave them for the whole batch of `n`. */
export function givenCounts(answer: string[] | ConvertedBatch, n: number): ((k: number) => TextCounts) | null {
  if (Array.isArray(answer)) return null;
  const { cjk, changed } = answer;
  if (cjk?.length !== n || changed?.length !== n) return null;
  return (k) => ({ cjk: cjk[k]!, changed: changed[k]! });
}

/**
 * Fills in the conversions. Returns the batch's distinct texts converted (for `tally`), or null
 * when it did not ask the converter (then nothing was converted, and the answer did not come in
 * a later task).
 */
export async function fillConversions(steps: Step[], to: ScriptTarget, convert: ConvertFn): Promise<Converted[] | null> {
  // Pages repeat strings (navigation, 人民網, bylines): send each distinct string once.
  const index = new Map<string, number>();
  const texts: string[] = [];
  const times: number[] = [];
  for (const s of steps) {
    if (!s.converted || s.source === null) continue;
    const k = index.get(s.source);
    if (k !== undefined) {
      times[k]!++;
      continue;
    }
    index.set(s.source, texts.length);
    texts.push(s.source);
    times.push(1);
  }
  if (texts.length === 0) return null;
  const answer = await convert(texts, to);
  const out: unknown = Array.isArray(answer) ? answer : (answer as ConvertedBatch | null)?.texts;
  if (!Array.isArray(out) || out.length !== texts.length) {
    throw new Error(`Kanbao: converter returned ${Array.isArray(out) ? out.length : typeof out} results for ${texts.length} texts`);
  }
  const results = out as string[];
  for (const s of steps) if (s.converted && s.source !== null) s.next = results[index.get(s.source)!] ?? s.source;
  const counts = givenCounts(answer, texts.length);
  return texts.map((before, k) => ({ before, after: results[k] ?? before, times: times[k]!, counts: counts?.(k) }));
}

/**
 * Counts what a conversion changed and repaired, from fillConversions' distinct texts (each once,
 * with its count: a large page is mostly the same strings again; equal sources have equal
 * results). Null: nothing was converted.
 */
export function tally(converted: readonly Converted[] | null, to: ScriptTarget, report: SwapReport): void {
  if (!converted) return;
  if (to === 'simplified') {
    for (const it of converted) report.changedChars += (it.counts?.changed ?? countChangedChars(it.before, it.after)) * it.times;
    return;
  }
  const t = tallyRepairs(converted);
  report.changedChars = t.changed;
  report.repairedChars = t.repaired;
}
