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
}

export function createStore(): OriginalsStore {
  const texts = new WeakMap<Text, Rec>();
  const attrs = new WeakMap<Element, Map<string, Rec>>();
  return {
    get: (unit) => (unit.kind === 'text' ? texts.get(unit.node) : attrs.get(unit.el)?.get(unit.name)),
    set(unit, rec) {
      if (unit.kind === 'text') {
        texts.set(unit.node, rec);
        return;
      }
      let map = attrs.get(unit.el);
      if (!map) attrs.set(unit.el, (map = new Map()));
      map.set(unit.name, rec);
    },
    attributesOf: (el) => attrs.get(el),
    textRec: (node) => texts.get(node),
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
