/**
 * How many characters a conversion changed, and how many of those were repairs.
 *
 * "Repaired" only makes sense for text that was already Traditional: People's Daily's /BIG5/
 * pages are machine-converted and keep wrong characters (隻要, 鄰裡, 干部), which the round trip
 * through Simplified fixes. Converting a Simplified page to Traditional changes a quarter of its
 * characters; that is conversion, not repair. No dictionary is needed to tell the two apart:
 * the share of CJK characters the conversion changed is small for a Traditional source (the seed
 * page: 95 of ~4,100) and large for a Simplified one.
 */

/**
 * A source whose changed share stays at or below this is Traditional text being repaired.
 * Measured on the corpus (paragraphs of 20+ CJK characters, target Taiwan): the seed page's
 * Traditional paragraphs reach 0.10 at most, the Simplified pages' paragraphs 0.18 at least.
 */
export const REPAIR_MAX_SHARE = 0.14;
/** Fewer CJK characters than this is too little to judge one text alone; the batch decides. */
export const MIN_JUDGED_CJK = 20;
/** Above this many cells the exact edit distance costs more than it is worth. */
const MAX_EDIT_CELLS = 4_000_000;

function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Ideographs (BMP, compatibility, planes 2–3). A code-unit loop: this runs over whole pages. */
export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)) n++;
  }
  return n;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Levenshtein distance over code points, two rows. */
function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Characters (code points) that differ between two versions of a text. OpenCC almost always
 * maps one character to one character, so the common case is a positional count; when a
 * length changed (㓆 → 𠗣, 二噁英 → 二𫫇英) the differing middle is aligned by edit distance.
 */
export function countChangedChars(before: string, after: string): number {
  if (before === after) return 0;
  if (before.length === after.length) {
    // Same length in code units: compare in place, counting a surrogate pair once.
    let n = 0;
    for (let i = 0; i < before.length; i++) {
      const pair = isHighSurrogate(before.charCodeAt(i));
      const differs = pair
        ? before.slice(i, i + 2) !== after.slice(i, i + 2)
        : before.charCodeAt(i) !== after.charCodeAt(i);
      if (differs) n++;
      if (pair) i++;
    }
    return n;
  }
  const a = codePoints(before);
  const b = codePoints(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_EDIT_CELLS) return Math.max(midA.length, midB.length);
  return editDistance(midA, midB);
}

/** One converted text's counts: its CJK characters before, and the characters the conversion changed. */
export interface TextCounts {
  cjk: number;
  changed: number;
}

/** What tallyRepairs reads of a converted text (the converter counts it where it is warm: see tallyRepairs). */
export function countText(before: string, after: string): TextCounts {
  return { cjk: countCjk(before), changed: countChangedChars(before, after) };
}

export interface ConvertedText {
  before: string;
  after: string;
  /** How many times the text occurs in the batch (default 1): pages repeat their strings. */
  times?: number;
  /** countText(before, after), when the converter counted it already. */
  counts?: TextCounts;
}

export interface ChangeTally {
  /** Characters that differ between the originals and the converted texts. */
  changed: number;
  /** The part of `changed` that lies in texts judged Traditional already (repairs). */
  repaired: number;
}

function looksRepaired(cjk: number, changed: number): boolean {
  return changed <= cjk * REPAIR_MAX_SHARE;
}

/**
 * Tallies a batch converted to a Traditional target. Long texts are judged on their own, so a
 * Simplified quotation on a Traditional page is not counted as repairs; short ones (titles,
 * labels, `旅游`) follow the verdict of the batch as a whole.
 */
export function tallyRepairs(items: readonly ConvertedText[]): ChangeTally {
  // Counts given by the converter are used as they are: counting is a loop over every character,
  // which the background has run many times (fast) and a page that just loaded has not (a page
  // converted once ran it cold: 1.3 ms of the seed page's ~11 ms conversion).
  const rows = items.map(({ before, after, times = 1, counts }) => ({ ...(counts ?? countText(before, after)), times }));
  let cjk = 0;
  let changed = 0;
  for (const r of rows) {
    cjk += r.cjk * r.times;
    changed += r.changed * r.times;
  }
  const batchRepaired = cjk > 0 && looksRepaired(cjk, changed);
  let repaired = 0;
  for (const r of rows) {
    if (r.changed === 0) continue;
    const own = r.cjk >= MIN_JUDGED_CJK ? looksRepaired(r.cjk, r.changed) : batchRepaired;
    if (own) repaired += r.changed * r.times;
  }
  return { changed, repaired };
}
