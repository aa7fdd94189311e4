import type { Override } from './document';

/**
 * Applies the reader's phrase overrides to converted text in one left-to-right pass, longest
 * phrase first, so a replacement is never replaced again (`台湾 → 臺灣` then `臺 → 台` cannot chain).
 */
export function applyOverrides(texts: readonly string[], overrides: readonly Override[]): string[] {
  const usable = overrides.filter((o) => o.from.length > 0);
  if (usable.length === 0) return [...texts];
  const map = new Map(usable.map((o) => [o.from, o.to]));
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(alternatives.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return texts.map((t) => t.replace(re, (m) => map.get(m) ?? m));
}
