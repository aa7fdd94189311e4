import type { Unit } from './scan';
import type { ScriptChoice } from './types';

/**
 * The page's original texts, kept for exact undo. Converting back (Traditional → Simplified) is
 * lossy (著名 ⇄ 着名), so Original never converts: it writes back what was there.
 *
 * Weak maps, so removed nodes are collected with their originals. `current` is the value
 * Kanbao last left in the node; a node whose value differs from it was changed by the page,
 * and the page's new value becomes the original. `target` says what `current` shows, so a
 * node that was away during a switch (a highlight's text node, an SPA's cached view) is
 * brought up to date when it comes back.
 */
export interface Rec {
  /** The page's own value; null for an attribute the page did not have (<html lang>). */
  original: string | null;
  /** The value Kanbao last wrote or left in place. */
  current: string | null;
  /**
   * What `current` shows. `mixed`: converted and unconverted text joined (swap-inherit), which
   * matches no target, so the next rescan rewrites it from the original whatever the target.
   */
  target: ScriptChoice | 'mixed';
}

export interface OriginalsStore {
  get(unit: Unit): Rec | undefined;
  set(unit: Unit, rec: Rec): void;
  /** Every tracked attribute of an element (for restore). */
  attributesOf(el: Element): ReadonlyMap<string, Rec> | undefined;
  textRec(node: Text): Rec | undefined;
  /**
   * The nodes (text nodes, and elements for their attributes) whose record shows something other
   * than the original, in the order they were first recorded: what Original has to put back.
   * Original reads this list instead of walking the whole page for records.
   */
  changed(): Node[];
  /**
   * Keeps a unit on the changed list; the planner calls it for every unit with a record, so a
   * node the list dropped while it was out of the page is listed again once the page puts it back.
   */
  note(unit: Unit): void;
  /**
   * Original for one listed text node, in one pass: when it still shows what Kanbao wrote and that
   * differs from the original, writes the original back and records it; returns the value it
   * replaced (null when nothing was written). One read of `.data`, one map look-up and no new
   * record: Original on a 1 MB page does this some 12,000 times in one task.
   */
  putBackText(node: Text): string | null;
}

/**
 * The changed list holds its nodes strongly, so nodes the page removes are dropped from it once it
 * has doubled since the last pass (removed nodes then live on only in the weak maps, until the
 * page puts them back and the planner lists them again).
 */
const PRUNE_FROM = 4096;

export function createStore(): OriginalsStore {
  const texts = new WeakMap<Text, Rec>();
  const attrs = new WeakMap<Element, Map<string, Rec>>();
  const changed = new Set<Node>();
  let pruneAt = PRUNE_FROM;
  const list = (node: Node): void => {
    changed.add(node);
    if (changed.size < pruneAt) return;
    for (const n of changed) if (!n.isConnected) changed.delete(n);
    pruneAt = Math.max(PRUNE_FROM, 2 * changed.size);
  };
  const shows = (rec: Rec | undefined): boolean => rec !== undefined && rec.current !== rec.original;
  const note = (unit: Unit, rec: Rec | undefined): void => {
    if (unit.kind === 'text') {
      if (shows(rec)) list(unit.node);
      else changed.delete(unit.node);
      return;
    }
    // An element stays listed while any of its attributes shows a changed value.
    const map = attrs.get(unit.el);
    let any = false;
    if (map) for (const r of map.values()) any ||= shows(r);
    if (any) list(unit.el);
    else changed.delete(unit.el);
  };
  const get = (unit: Unit): Rec | undefined => (unit.kind === 'text' ? texts.get(unit.node) : attrs.get(unit.el)?.get(unit.name));
  return {
    get,
    set(unit, rec) {
      if (unit.kind === 'text') texts.set(unit.node, rec);
      else {
        let map = attrs.get(unit.el);
        if (!map) attrs.set(unit.el, (map = new Map()));
        map.set(unit.name, rec);
      }
      note(unit, rec);
    },
    attributesOf: (el) => attrs.get(el),
    textRec: (node) => texts.get(node),
    changed: () => Array.from(changed),
    note(unit) {
      const rec = get(unit);
      if (shows(rec)) note(unit, rec);
    },
    putBackText(node) {
      const rec = texts.get(node);
      if (!rec) return null;
      const observed = node.data;
      // The page's own value since (not ours), or nothing to put back.
      if (observed !== rec.current || observed === rec.original) return null;
      node.data = rec.original ?? '';
      // Records are never shared between nodes (every set stores a fresh one), so this one can
      // change in place.
      rec.current = rec.original;
      rec.target = 'original';
      changed.delete(node);
      return observed;
    },
  };
}

export function readUnit(unit: Unit): string | null {
  return unit.kind === 'text' ? unit.node.data : unit.el.getAttribute(unit.name);
}

/** Writes in place: a text node keeps its identity, so highlights and ranges stay attached. */
export function writeUnit(unit: Unit, value: string | null): void {
  if (unit.kind === 'text') unit.node.data = value ?? '';
  else if (value === null) unit.el.removeAttribute(unit.name);
  else unit.el.setAttribute(unit.name, value);
}
