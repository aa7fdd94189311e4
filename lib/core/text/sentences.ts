/**
 * Sentence boundaries in Chinese news text, as offsets. A sentence ends after 。！？；… or a line
 * break; a closing quote or bracket right after the stop belongs to the sentence (`…。”`). A stop
 * inside a title in 《》 is part of the title (《奋斗吧！中华儿女》), not the end of a sentence.
 */
export interface SentenceRange {
  start: number;
  end: number;
}

const STOPS = '。！？!?；;…\n';
const CLOSERS = '”’」』）)】]"\'';
/** Finds the stops in one native scan: testing every character in script costs more on big pages. */
const NEXT_STOP = /[。！？!?；;…\n]/g;

/** Longest title the rule above looks across: an unmatched 《 must not swallow a paragraph. */
const MAX_TITLE = 64;

/**
 * Whether the stop at `i` stands inside a 《…》 title that closes on the same line. Looks at most
 * MAX_TITLE characters either way, so a page with thousands of stops stays linear.
 */
function inTitle(text: string, i: number): boolean {
  let open = -1;
  for (let j = i - 1; j >= 0 && i - j <= MAX_TITLE; j--) {
    const c = text[j];
    if (c === '《') { open = j; break; }
    if (c === '》' || c === '\n') return false;
  }
  if (open < 0) return false;
  for (let j = i + 1; j < text.length && j - open <= MAX_TITLE; j++) {
    const c = text[j];
    if (c === '》') return true;
    if (c === '《' || c === '\n') return false;
  }
  return false;
}

/** Whether the one character `ch` is in `set` (`ch` may be '' past the end, which is in no set). */
const isIn = (set: string, ch: string) => ch !== '' && set.includes(ch);

export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  NEXT_STOP.lastIndex = 0;
  for (let m = NEXT_STOP.exec(text); m; m = NEXT_STOP.exec(text)) {
    const i = m.index;
    if (text[i] !== '\n' && inTitle(text, i)) continue;
    let end = i + 1;
    while (end < text.length && ((isIn(STOPS, text[end]!) && text[end] !== '\n') || isIn(CLOSERS, text[end]!))) end++;
    push(text, out, start, text[i] === '\n' ? i : end);
    start = end;
    NEXT_STOP.lastIndex = end;
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
