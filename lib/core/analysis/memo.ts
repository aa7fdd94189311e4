/**
 * The last few analyses, by their input (the text and the byline's names). The same article is
 * analysed twice in a row: the library records it (its analysis comes from jieba) and the sidebar
 * asks for the same text when the reader opens it. Both get one answer, and a second request that
 * arrives while the first is still running shares it (the value kept is whatever the caller keeps:
 * the background keeps the pending promise).
 *
 * Looked up by a hash of the input, then checked against the input itself, so two texts that hash
 * alike never share an answer. Bounded: the least recently used entry goes first.
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

/** FNV-1a over the UTF-16 units of the names and the text, with the text's length beside it. */
export function analysisKey(text: string, known: readonly string[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const name of known) {
    mix(name);
    mix('\u0000');
  }
  mix('\u0001');
  mix(text);
  return `${text.length}:${known.length}:${(h >>> 0).toString(36)}`;
}

const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createAnalysisMemo<V>(limit: number): AnalysisMemo<V> {
  const entries = new Map<string, Entry<V>>();
  const find = (text: string, known: readonly string[]) => {
    const key = analysisKey(text, known);
    const e = entries.get(key);
    return { key, entry: e && e.text === text && sameNames(e.known, known) ? e : undefined };
  };
  return {
    get(text, known) {
      const { key, entry } = find(text, known);
      if (!entry) return undefined;
      // Most recently used last: a Map keeps insertion order.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(text, known, value) {
      const key = analysisKey(text, known);
      entries.delete(key);
      entries.set(key, { text, known: [...known], value });
      while (entries.size > Math.max(0, limit)) entries.delete(entries.keys().next().value!);
    },
    forget(text, known, value) {
      const { key, entry } = find(text, known);
      if (entry && entry.value === value) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
