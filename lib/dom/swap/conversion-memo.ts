import { givenCounts } from './plan';
import type { ConvertedBatch } from './types';

/**
 * Conversions already answered, by target and text, so that a batch the page asked for ahead of
 * the reader (or asked before: Taiwan, Original, Taiwan again) needs no trip to the background.
 * The answers depend only on the text, the target, the quote style and the reader's phrase
 * overrides, so the caller keys each table by target and quote style and clears the memo when
 * the settings change; an answer that arrives after a clear is not kept.
 */
export interface ConversionMemo {
  /**
   * The batch for `texts` under `key`: the texts the memo has are taken from it, the rest asked
   * of `send` (all in one batch) and kept. `send` answering null (the background would not
   * convert them yet) makes the whole answer null.
   */
  through(key: string, texts: string[], send: (missing: string[]) => Promise<string[] | ConvertedBatch | null>): Promise<ConvertedBatch | null>;
  /** Forgets every answer. */
  clear(): void;
}

interface Entry {
  text: string;
  cjk?: number;
  changed?: number;
}

/**
 * The answer's entry for its i-th text, with the converter's counts when it gave them for all.
 * Made one at a time, as asked: a 1 MB page's first answer is kept only up to the memo's size.
 */
function entryOf(answer: string[] | ConvertedBatch): (i: number) => Entry {
  const texts = Array.isArray(answer) ? answer : answer.texts;
  const counts = givenCounts(answer, texts.length);
  return (i) => (counts ? { text: texts[i]!, ...counts(i) } : { text: texts[i]! });
}

/** A batch from kept entries: with counts only when every entry has them. */
function fromEntries(entries: Entry[]): ConvertedBatch {
  const batch: ConvertedBatch = { texts: entries.map((e) => e.text) };
  if (entries.every((e) => e.cjk !== undefined && e.changed !== undefined)) {
    batch.cjk = entries.map((e) => e.cjk!);
    batch.changed = entries.map((e) => e.changed!);
  }
  return batch;
}

/**
 * `maxChars`: the source characters a table keeps at most. Past it new answers are not kept (a
 * 1 MB page's conversion is not held twice over); the answers already kept stay.
 */
export function createConversionMemo(maxChars = 200_000): ConversionMemo {
  const tables = new Map<string, { entries: Map<string, Entry>; chars: number }>();
  let generation = 0;

  /** Keeps the answers in order until the table is full (the rest are not looked at). */
  function keep(key: string, sources: string[], entry: (i: number) => Entry): void {
    let table = tables.get(key);
    if (!table) tables.set(key, (table = { entries: new Map(), chars: 0 }));
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      if (table.chars + source.length > maxChars) return;
      if (table.entries.has(source)) continue;
      table.chars += source.length;
      table.entries.set(source, entry(i));
    }
  }

  return {
    async through(key, texts, send) {
      const kept = tables.get(key)?.entries;
      const missing = kept ? texts.filter((t) => !kept.has(t)) : texts;
      if (missing.length === 0) return fromEntries(texts.map((t) => kept!.get(t)!));
      const from = generation;
      const answer = await send(missing);
      if (answer === null) return null;
      const out = Array.isArray(answer) ? answer : answer.texts;
      if (out.length !== missing.length) throw new Error(`Kanbao: converter returned ${out.length} results for ${missing.length} texts`);
      const entry = entryOf(answer);
      if (from === generation) keep(key, missing, entry);
      // All of it asked (a first conversion, a 1 MB page): the answer as it came, no look-ups.
      if (missing === texts) return Array.isArray(answer) ? { texts: answer } : answer;
      const asked = new Map(missing.map((source, i) => [source, entry(i)]));
      return fromEntries(texts.map((t) => asked.get(t) ?? kept!.get(t)!));
    },
    clear() {
      generation++;
      tables.clear();
    },
  };
}
