/**
 * Leftmost-longest search for a fixed list of words, the way a regex alternation of them sorted
 * longest first (`/w1|w2|…/g`) finds them, without compiling one.
 *
 * The annotator runs on a fresh instance at every page load, and V8 compiles an alternation of a
 * few hundred words into native code the first time it runs: over a millisecond each, more than
 * the whole search costs. Here the words are indexed by their first two UTF-16 units (two Map
 * lookups per candidate position), which builds in a fraction of that and also scans a
 * 200,000-character page faster than the regex does.
 */
export interface WordHit {
  start: number;
  end: number;
}

export class WordScan {
  /** 1 where a word starts with this unit: most positions are rejected on one array read. */
  private readonly first = new Uint8Array(0x10000);
  /** First unit → second unit → words, longest first. */
  private readonly byPrefix = new Map<number, Map<number, string[]>>();
  /** One-unit words, tried after every longer one at the same position. */
  private readonly single = new Set<number>();

  constructor(words: Iterable<string>) {
    const lists: string[][] = [];
    for (const w of words) {
      if (w.length === 0) continue;
      const c0 = w.charCodeAt(0);
      this.first[c0] = 1;
      if (w.length === 1) {
        this.single.add(c0);
        continue;
      }
      const c1 = w.charCodeAt(1);
      let next = this.byPrefix.get(c0);
      if (!next) this.byPrefix.set(c0, (next = new Map()));
      const list = next.get(c1);
      if (list) {
        if (!list.includes(w)) list.push(w);
      } else {
        const fresh = [w];
        next.set(c1, fresh);
        lists.push(fresh);
      }
    }
    // Longest first within each (short) list: sorting these is far cheaper than sorting all words.
    for (const list of lists) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  }

  /** Length of the longest word at `p`, or 0. */
  private longestAt(t: string, p: number): number {
    const c0 = t.charCodeAt(p);
    const list = this.byPrefix.get(c0)?.get(t.charCodeAt(p + 1));
    if (list) {
      for (let i = 0; i < list.length; i++) if (t.startsWith(list[i]!, p)) return list[i]!.length;
    }
    return this.single.has(c0) ? 1 : 0;
  }

  /** The leftmost (then longest) word at or after `from`, or null. */
  next(t: string, from: number): WordHit | null {
    const first = this.first;
    for (let p = from; p < t.length; p++) {
      if (first[t.charCodeAt(p)] === 0) continue;
      const len = this.longestAt(t, p);
      if (len > 0) return { start: p, end: p + len };
    }
    return null;
  }

  /** Every match, left to right, none overlapping: what `t.matchAll(alternation)` finds. */
  all(t: string): WordHit[] {
    const out: WordHit[] = [];
    for (let hit = this.next(t, 0); hit; hit = this.next(t, hit.end)) out.push(hit);
    return out;
  }
}
