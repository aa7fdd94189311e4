/**
 * The settings document in `storage.sync`, which allows 8 KB per item: a document with many
 * overrides in Chinese is larger, so it is written as a header (`settings`: its version and chunk
 * count) plus string chunks (`settings.0`, `settings.1`, …), all in one `set`.
 */
export const SETTINGS_KEY = 'settings';
export const CHUNK_PREFIX = 'settings.';
/** UTF-16 units per chunk: ≤ 3 bytes each in the quota's UTF-8 JSON, so under 8,192 with the key. */
const CHUNK_UNITS = 2400;

type Bag = Record<string, unknown>;

/** Splits a string into chunks, never between the two halves of a surrogate pair. */
export function chunkString(s: string, size = CHUNK_UNITS): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let end = Math.min(i + size, s.length);
    const last = s.charCodeAt(end - 1);
    // A high surrogate at the cut: cut before it, or (in a one-unit chunk) after its pair.
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > i ? -1 : 1;
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** The items that hold `doc` in a sync area: the header and its chunks. */
export function toChunks(doc: { version: number }): Bag {
  const chunks = chunkString(JSON.stringify(doc));
  const bag: Bag = { [SETTINGS_KEY]: { version: doc.version, chunks: chunks.length } };
  chunks.forEach((c, i) => (bag[`${CHUNK_PREFIX}${i}`] = c));
  return bag;
}

/** The document a sync area holds (header + chunks), or undefined when absent or torn. */
export function reassemble(bag: Bag): unknown {
  const head = bag[SETTINGS_KEY] as { chunks?: unknown } | undefined;
  if (!head || typeof head !== 'object' || typeof head.chunks !== 'number' || !Number.isInteger(head.chunks)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < head.chunks; i++) {
    const part = bag[`${CHUNK_PREFIX}${i}`];
    if (typeof part !== 'string') return undefined;
    parts.push(part);
  }
  try {
    return JSON.parse(parts.join(''));
  } catch {
    return undefined;
  }
}
