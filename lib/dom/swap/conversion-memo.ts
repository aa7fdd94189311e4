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
 * `maxChars`: the source characters a table keeps at most. Past it new answers are not kept (a
 * 1 MB page's conversion is not held twice over); the answers already kept stay.
 */
export function createConversionMemo(maxChars = 200_000): ConversionMemo {
  const tables = new Map<string, { entries: Map<string, Entry>; chars: number }>();
  let generation = 0;

  function keep(key: string, sources: string[], answer: string[] | ConvertedBatch): void {
    const texts = Array.isArray(answer) ? answer : answer.texts;
    const counted = !Array.isArray(answer) && answer.cjk?.length === texts.length && answer.changed?.length === texts.length;
    let table = tables.get(key);
    if (!table) tables.set(key, (table = { entries: new Map(), chars: 0 }));
    sources.forEach((source, i) => {
      if (table.entries.has(source) || table.chars + source.length > maxChars) return;
      table.chars += source.length;
      table.entries.set(source, counted ? { text: texts[i]!, cjk: answer.cjk![i]!, changed: answer.changed![i]! } : { text: texts[i]! });
    });
  }

  return {
    async through(key, texts, send) {
      const kept = tables.get(key)?.entries;
      const missing = kept ? texts.filter((t) => !kept.has(t)) : texts;
      const asked = new Map<string, Entry>();
      if (missing.length > 0) {
        const from = generation;
        const answer = await send(missing);
        if (answer === null) return null;
        const out = Array.isArray(answer) ? answer : answer.texts;
        if (out.length !== missing.length) throw new Error(`Kanbao: converter returned ${out.length} results for ${missing.length} texts`);
        const counted = !Array.isArray(answer) && answer.cjk?.length === out.length && answer.changed?.length === out.length;
        missing.forEach((source, i) => asked.set(source, counted ? { text: out[i]!, cjk: answer.cjk![i]!, changed: answer.changed![i]! } : { text: out[i]! }));
        if (from === generation) keep(key, missing, answer);
      }
      const entries = texts.map((t) => asked.get(t) ?? kept!.get(t)!);
      const batch: ConvertedBatch = { texts: entries.map((e) => e.text) };
      if (entries.every((e) => e.cjk !== undefined && e.changed !== undefined)) {
        batch.cjk = entries.map((e) => e.cjk!);
        batch.changed = entries.map((e) => e.changed!);
      }
      return batch;
    },
    clear() {
      generation++;
      tables.clear();
    },
  };
}
