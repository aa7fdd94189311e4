import { glossaryKey, lookupKeys } from './key';
import type { GlossaryCard, GlossaryEntry } from './types';

export interface Glossary {
  readonly size: number;
  /** The entry for a program's name (any script, quote style or numeral form), or null. */
  lookup(name: string): GlossaryEntry | null;
}

/** An index over the entries by every key of their name and forms. A key two entries claim is an
 * error in the data (the data tests forbid it); the first entry keeps it. */
export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byKey = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    for (const form of [e.name, ...(e.forms ?? [])]) {
      const k = glossaryKey(form);
      if (k && !byKey.has(k)) byKey.set(k, e);
    }
  }
  return {
    size: entries.length,
    lookup(name) {
      for (const k of lookupKeys(name)) {
        const hit = byKey.get(k);
        if (hit) return hit;
      }
      return null;
    },
  };
}

/** What a page shows: the entry without its bookkeeping; the first statement is the source named. */
export function cardOf(e: GlossaryEntry): GlossaryCard {
  const card: GlossaryCard = { name: e.name, items: e.items.map((g) => [...g]), gloss: { ...e.gloss }, since: e.since, source: { ...e.firstStated } };
  if (e.note) card.note = e.note;
  return card;
}

/** Program spans with the card of each one the glossary knows (the `glossary` field of `--json`). */
export function withGlossary<T extends { name: string }>(programs: readonly T[], glossary: Glossary): (T & { glossary?: GlossaryCard })[] {
  return programs.map((p) => {
    const e = glossary.lookup(p.name);
    return e ? { ...p, glossary: cardOf(e) } : p;
  });
}
