/**
 * Sentence boundaries in Chinese news text, as offsets. A sentence ends after 。！？；… or a line
 * break; a closing quote or bracket right after the stop belongs to the sentence (`…。”`).
 */
export interface SentenceRange {
  start: number;
  end: number;
}

const STOP = /[。！？!?；;…\n]/;
const CLOSERS = /[”’」』）)】\]"']/;

export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!STOP.test(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (STOP.test(text[end]!) && text[end] !== '\n' || CLOSERS.test(text[end]!))) end++;
    push(text, out, start, text[i] === '\n' ? i : end);
    start = end;
    i = end - 1;
  }
  push(text, out, start, text.length);
  return out;
}

function push(text: string, out: SentenceRange[], start: number, end: number) {
  // Trim whitespace so a range never starts or ends on a line break or indentation.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence that contains `offset` (binary search over ranges from splitSentences). */
export function sentenceAt(ranges: readonly SentenceRange[], offset: number): SentenceRange | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}
