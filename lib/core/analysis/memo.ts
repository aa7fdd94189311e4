/**
 * The last few analyses, by their input (the text and the byline's names). The same article is
 * analysed twice in a row: the library records it (its analysis comes from jieba) and the sidebar
 * asks for the same text when the reader opens it. Both get one answer, and a second request that
 * arrives while the first is still running shares it (the value kept is whatever the caller keeps:
 * the background keeps the pending promise).
 *
 * Found by comparing the input itself: with a handful of entries a scan costs less than hashing a
 * long text on every look-up. Bounded: the least recently used entry goes first.
 */
export interface AnalysisMemo<V> {
  get(text: string, known: readonly string[]): V | undefined;
  set(text: string, known: readonly string[], value: V): void;
  /** Drops the entry, if it still holds `value` (a failed analysis must not be kept). */
  forget(text: string, known: readonly string[], value: V): void;
  readonly size: number;
}

interface Entry<V> {
  text: string;
  known: readonly string[];
  value: V;
}

const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createAnalysisMemo<V>(limit: number): AnalysisMemo<V> {
  // Least recently used first.
  const entries: Entry<V>[] = [];
  const indexOf = (text: string, known: readonly string[]) => entries.findIndex((e) => e.text === text && sameNames(e.known, known));
  return {
    get(text, known) {
      const i = indexOf(text, known);
      if (i < 0) return undefined;
      const [entry] = entries.splice(i, 1);
      entries.push(entry!);
      return entry!.value;
    },
    set(text, known, value) {
      const i = indexOf(text, known);
      if (i >= 0) entries.splice(i, 1);
      entries.push({ text, known: [...known], value });
      if (entries.length > Math.max(0, limit)) entries.splice(0, entries.length - Math.max(0, limit));
    },
    forget(text, known, value) {
      const i = indexOf(text, known);
      if (i >= 0 && entries[i]!.value === value) entries.splice(i, 1);
    },
    get size() {
      return entries.length;
    },
  };
}
