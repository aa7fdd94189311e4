/**
 * OpenCC's segmented conversion (opencc-js's `ConverterFactoryWithSegmentation`, v1.4.2) over the
 * same tables, with the same answers, at less cost per character. opencc-js finds every match
 * through a chain of Maps, allocates a result object per match and a string per segment and per
 * table, and joins arrays twice; on a page's few thousand characters that is most of a
 * conversion. Here a table's first characters are a bitmap (most characters of a text start no
 * key of a phrase table: they are passed over without a Map look-up), a match reports its end and
 * value through fields, and segments are ranges of the input until a table changes them.
 *
 * What is kept exactly, because it decides the output:
 * - a table group loads its tables last to first, so the first table holding a key gives its
 *   value; within one table a later entry replaces an earlier one; `key value extra` keeps `value`;
 * - a match is the longest key starting at a position, by code points; a character that starts no
 *   key is copied, and so is a whole ideographic description sequence (U+2FF0–U+2FFF with its
 *   operands), whatever its operands are;
 * - the text is cut into segments by the segmentation table's longest matches (the characters
 *   between two matches are one segment), and every table of the chain converts each segment on
 *   its own, so no match of a later table spans two segments.
 * And two costs cut where the answer cannot change: a group made of the segmentation's own tables
 * and character tables (cn→tw's first, tw→cn's second) converts a segment still as it came without
 * matching it again (see characterTail), and the output is copied from the input up to each
 * segment that changed, not sliced per segment. On the seed page's texts this made a repair
 * (Traditional → Simplified → Traditional) about a third faster.
 * The engine tests compare the result with opencc-js's own converter on whole pages.
 */

interface TrieNode {
  value: string | undefined;
  next: Map<number, TrieNode> | undefined;
}

const HIGH_FIRST = 0xd800;
const HIGH_LAST = 0xdbff;
const LOW_FIRST = 0xdc00;
const LOW_LAST = 0xdfff;

/** The code point at `i` of a text that ends at `n` (a lone surrogate stands for itself). */
function codePointIn(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c >= HIGH_FIRST && c <= HIGH_LAST && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= LOW_FIRST && d <= LOW_LAST) return ((c - HIGH_FIRST) << 10) + (d - LOW_FIRST) + 0x10000;
  }
  return c;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** Where the ideographic description sequence starting at `i` ends (0: none, or cut off by `n`). */
function idsEnd(s: string, i: number, n: number): number {
  const cp = codePointIn(s, i, n);
  const arity = idsArity(cp);
  if (arity === 0) return 0;
  let end = i + (cp > 0xffff ? 2 : 1);
  for (let k = 0; k < arity; k++) {
    if (end >= n) return 0;
    const child = idsEnd(s, end, n);
    end = child || end + (codePointIn(s, end, n) > 0xffff ? 2 : 1);
  }
  return end;
}

/** How many code units at `i` a table that matched nothing there copies. */
function unmatchedLength(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const end = idsEnd(s, i, n);
    if (end > i) return end - i;
  }
  return codePointIn(s, i, n) > 0xffff ? 2 : 1;
}

/** Whether s[a, b) reads `value`. */
function sameAt(s: string, a: number, b: number, value: string): boolean {
  if (b - a !== value.length) return false;
  for (let k = 0; k < value.length; k++) if (s.charCodeAt(a + k) !== value.charCodeAt(k)) return false;
  return true;
}

export class PhraseTable {
  /** Keys by their first code point: BMP ones in an array indexed by code unit, astral ones in a Map. */
  private readonly first: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  private readonly astralFirst = new Map<number, TrieNode>();
  /** The value of the last successful `match`. */
  value = '';

  /** A group of tables in opencc-js's format (`key value|key value`); the first table holding a key wins. */
  constructor(group: readonly string[]) {
    for (let t = group.length - 1; t >= 0; t--) this.load(group[t]!);
  }

  private load(table: string): void {
    for (const line of table.split('|')) {
      const space = line.indexOf(' ');
      if (space < 0) throw new TypeError('Invalid dictionary entry: expected "source replacement".');
      const next = line.indexOf(' ', space + 1);
      this.add(line.slice(0, space), line.slice(space + 1, next < 0 ? undefined : next));
    }
  }

  private add(key: string, value: string): void {
    // An empty key is never matched (a match needs one character), as in opencc-js.
    if (key.length === 0) return;
    const chars = Array.from(key);
    const cp0 = chars[0]!.codePointAt(0)!;
    let node = cp0 > 0xffff ? this.astralFirst.get(cp0) : this.first[cp0];
    if (!node) {
      node = { value: undefined, next: undefined };
      if (cp0 > 0xffff) this.astralFirst.set(cp0, node);
      else this.first[cp0] = node;
    }
    for (let k = 1; k < chars.length; k++) {
      const cp = chars[k]!.codePointAt(0)!;
      const map: Map<number, TrieNode> = (node.next ??= new Map());
      let child = map.get(cp);
      if (!child) map.set(cp, (child = { value: undefined, next: undefined }));
      node = child;
    }
    node.value = value;
  }

  /** The end of the longest key at `i` of a text ending at `n` (its value in `this.value`), or 0. */
  match(s: string, i: number, n: number): number {
    const c = s.charCodeAt(i);
    let node: TrieNode | undefined;
    let j: number;
    if (c >= HIGH_FIRST && c <= HIGH_LAST) {
      const cp = codePointIn(s, i, n);
      node = cp > 0xffff ? this.astralFirst.get(cp) : this.first[cp];
      j = i + (cp > 0xffff ? 2 : 1);
    } else {
      node = this.first[c];
      j = i + 1;
    }
    let end = 0;
    while (node) {
      if (node.value !== undefined) {
        end = j;
        this.value = node.value;
      }
      const map = node.next;
      if (!map || j >= n) break;
      const cp = codePointIn(s, j, n);
      j += cp > 0xffff ? 2 : 1;
      node = map.get(cp);
    }
    return end;
  }

  /**
   * Converts s[a, b) as opencc-js's `Trie.convert` converts that slice: pieces pushed onto `out`.
   * Returns false (and pushes nothing) when no key matched: the range stays as it is.
   */
  convertRange(s: string, a: number, b: number, out: string[]): boolean {
    let copyFrom = a;
    let changed = false;
    for (let i = a; i < b; ) {
      const end = this.match(s, i, b);
      // A key whose value is itself (most of a character table, on text already in its target
      // script) changes nothing: copied with the characters around it, no piece of its own.
      if (end > 0 && !sameAt(s, i, end, this.value)) {
        if (copyFrom < i) out.push(s.slice(copyFrom, i));
        out.push(this.value);
        changed = true;
        i = end;
        copyFrom = i;
      } else i = end > 0 ? end : i + unmatchedLength(s, i, b);
    }
    if (changed && copyFrom < b) out.push(s.slice(copyFrom, b));
    return changed;
  }

  /**
   * The segments of `s` (opencc-js's `Trie.segment`): each match of this table, and the run of
   * characters between two matches, as [start, end) pairs in `bounds`; `values` (when given)
   * gets each segment's value, or undefined for a run.
   */
  segment(s: string, bounds: number[], values?: (string | undefined)[]): void {
    const n = s.length;
    let run = -1;
    for (let i = 0; i < n; ) {
      const end = this.match(s, i, n);
      if (end > 0) {
        if (run >= 0) {
          bounds.push(run, i);
          values?.push(undefined);
        }
        run = -1;
        bounds.push(i, end);
        values?.push(this.value);
        i = end;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, n);
      }
    }
    if (run >= 0) {
      bounds.push(run, n);
      values?.push(undefined);
    }
  }
}

/**
 * The single-character tables that follow the segmentation's own tables in the first group of a
 * chain (cn→tw: STPhrases and the regional phrases segment, and the first group is those two and
 * STCharacters), as one value per BMP code unit; null when the group is not of that shape.
 *
 * Such a group converts a segment without looking at it again: a segment the segmentation matched
 * is the longest of its keys there, and the group's longest match within the segment is that key
 * with the same value (the segmentation's tables come first in the group, so they win); and in a
 * run between two matches no key of the segmentation's tables starts anywhere, so only the
 * character tables can match there, one character at a time.
 */
function characterTail(segmentation: readonly string[], group: readonly string[]): (string | undefined)[] | null {
  if (group.length <= segmentation.length || segmentation.some((t, k) => group[k] !== t)) return null;
  const values = new Array<string | undefined>(0x10000).fill(undefined);
  const tail = group.slice(segmentation.length);
  // Last table first: the first table holding a key gives its value, as in a PhraseTable.
  for (let t = tail.length - 1; t >= 0; t--) {
    for (const line of tail[t]!.split('|')) {
      const space = line.indexOf(' ');
      if (space < 0) return null;
      const key = line.slice(0, space);
      const next = line.indexOf(' ', space + 1);
      const c = key.charCodeAt(0);
      // Keys of a surrogate pair or a description character are left out: a run holding such a
      // character is converted the long way (convertRun). Any other key must be one character.
      if (key.length === 0 || (c >= HIGH_FIRST && c <= LOW_LAST) || (c >= 0x2ff0 && c <= 0x2fff)) continue;
      if (key.length !== 1) return null;
      values[c] = line.slice(space + 1, next < 0 ? undefined : next);
    }
  }
  return values;
}

/**
 * A run (no key of the segmentation starts in it) through the character tables: pieces pushed onto
 * `out` as PhraseTable.convertRange would; false when nothing changed. Null when the run holds a
 * character the shortcut does not cover (a surrogate, a description character): the caller then
 * converts it the long way.
 */
function convertRun(s: string, a: number, b: number, chars: readonly (string | undefined)[], out: string[]): boolean | null {
  let copyFrom = a;
  let changed = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if ((c >= HIGH_FIRST && c <= LOW_LAST) || (c >= 0x2ff0 && c <= 0x2fff)) {
      out.length = 0;
      return null;
    }
    const v = chars[c];
    if (v === undefined || (v.length === 1 && v.charCodeAt(0) === c)) continue;
    if (copyFrom < i) out.push(s.slice(copyFrom, i));
    out.push(v);
    changed = true;
    copyFrom = i + 1;
  }
  if (changed && copyFrom < b) out.push(s.slice(copyFrom, b));
  return changed;
}

/**
 * A converter with segmentation: the segmentation table group and the chain of table groups, in
 * opencc-js's configuration format (`segmentation`, `conversionChain`).
 */
export function segmentedConverter(segmentation: readonly string[], chain: readonly (readonly string[])[]): (s: string) => string {
  const seg = new PhraseTable(segmentation);
  const tables = chain.map((group) => new PhraseTable(group));
  // Per group, its characters when it is the segmentation's tables and character tables.
  const chars = chain.map((group) => characterTail(segmentation, group));
  const anyChars = chars.some((c) => c !== null);
  const bounds: number[] = [];
  const values: (string | undefined)[] = [];
  const piece: string[] = [];
  return (s) => {
    bounds.length = 0;
    values.length = 0;
    seg.segment(s, bounds, anyChars ? values : undefined);
    const out: string[] = [];
    // The input from here on is copied as it is until a segment changes (no piece per segment).
    let copyFrom = 0;
    for (let k = 0; k < bounds.length; k += 2) {
      // The segment as a range of `s` while no table has changed it, then as a string of its own.
      let text = s;
      const start = bounds[k]!;
      let a = start;
      let b = bounds[k + 1]!;
      let own = false;
      for (let t = 0; t < tables.length; t++) {
        piece.length = 0;
        const tail = chars[t];
        if (tail && !own) {
          // The segment is still the input's: the group by the shortcut (see characterTail).
          const value = values[k >> 1];
          if (value !== undefined) {
            if (sameAt(s, a, b, value)) continue;
            text = value;
          } else {
            const changed = convertRun(s, a, b, tail, piece);
            if (changed === false) continue;
            if (changed === null && !tables[t]!.convertRange(s, a, b, piece)) continue;
            text = piece.length === 1 ? piece[0]! : piece.join('');
          }
        } else {
          if (!tables[t]!.convertRange(text, a, b, piece)) continue;
          text = piece.length === 1 ? piece[0]! : piece.join('');
        }
        a = 0;
        b = text.length;
        own = true;
      }
      // Whether a table changed the segment is known, not inferred by comparing strings: a value
      // that happened to equal the whole input must still replace its segment.
      if (own) {
        if (copyFrom < start) out.push(s.slice(copyFrom, start));
        out.push(text);
        copyFrom = bounds[k + 1]!;
      }
    }
    if (out.length === 0) return s;
    if (copyFrom < s.length) out.push(s.slice(copyFrom));
    return out.join('');
  };
}
