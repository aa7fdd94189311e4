/**
 * Quoted stretches of text: `“…”`, `‘…’`, `「…」`, `『…』` and ASCII `"…"` (the seed's
 * `"新窗口"`). Each quote style is paired on its own, so the `‘…’` inside a `“…”` speech is a
 * quote of its own. A line break or a second opening mark before the close abandons the pending
 * opening (stray marks are common in machine-converted pages); very long stretches are speech
 * or prose, never names.
 */
export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark. */
  end: number;
}

const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
/** Closing mark → its opening mark (ASCII `"` is both). */
const OPEN_OF: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『', '"': '"' };
const MARKS = /[“”‘’「」『』"\n]/g;
const MAX_QUOTE = 60;

export function findQuotes(t: string): Quote[] {
  const out: Quote[] = [];
  // Pending opening offset per opening mark; one regex pass visits only the marks. (An exec loop,
  // not matchAll, which builds a fresh RegExp on every call.)
  const pending = new Map<string, number>();
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(t); m; m = MARKS.exec(t)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '\n') {
      pending.clear();
      continue;
    }
    const open = OPEN_OF[ch];
    const at = open === undefined ? undefined : pending.get(open);
    if (open !== undefined && at !== undefined) {
      if (i - at - 1 <= MAX_QUOTE && i > at + 1) out.push({ start: at, end: i + 1 });
      pending.delete(open);
    } else if (CLOSE_OF[ch] !== undefined) pending.set(ch, i);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
