import { foldToSimplified } from '../text';
import { isStopWord } from './stopwords';
import { isHanWord, type TaggedToken } from './tokens';

/**
 * Keywords by TextRank (Mihalcea & Tarau 2004, as in jieba's `textrank`): content words are
 * nodes, co-occurrence inside a sliding window weights the edges, PageRank ranks the nodes.
 * TextRank needs no IDF table, so nothing is downloaded or shipped; the stop list stands in for
 * the document frequency we cannot measure.
 */
export interface Keyword {
  /** As written at its first occurrence (Traditional stays Traditional). */
  word: string;
  /** PageRank score scaled so the best keyword has 1. */
  score: number;
  /** Occurrences of the word (compared in folded form), whatever their tag. */
  count: number;
  firstOffset: number;
}

export interface KeywordOptions {
  top?: number;
  /** Co-occurrence window in tokens, including the word itself (jieba uses 5). */
  window?: number;
}

/** Nouns (common, person, place, organisation, other proper), verbal nouns and verbs. */
const CONTENT_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'vn', 'v']);

/**
 * The folded form of a content word, or null. Single characters are dropped (too ambiguous out
 * of context: 局, 省, 说), as are stop words and anything that is not all Han.
 */
export function contentKey(token: Pick<TaggedToken, 'word' | 'tag'>): string | null {
  if (!CONTENT_TAGS.has(token.tag) || token.word.length < 2 || !isHanWord(token.word)) return null;
  const key = foldToSimplified(token.word);
  return isStopWord(key) ? null : key;
}

export function keywords(tokens: readonly TaggedToken[], opts: KeywordOptions = {}): Keyword[] {
  const top = opts.top ?? 10;
  const window = opts.window ?? 5;

  // Nodes in order of first occurrence, so ties and iteration order are deterministic.
  const index = new Map<string, number>();
  const nodes: { word: string; firstOffset: number; count: number }[] = [];
  const counts = new Map<string, number>();
  for (const t of tokens) {
    const key = foldToSimplified(t.word);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys: (number | null)[] = [];
  for (const t of tokens) {
    const key = contentKey(t);
    if (key === null) {
      keys.push(null);
      continue;
    }
    let id = index.get(key);
    if (id === undefined) {
      id = nodes.length;
      index.set(key, id);
      nodes.push({ word: t.word, firstOffset: t.start, count: counts.get(key) ?? 1 });
    }
    keys.push(id);
  }

  const edges = new Map<number, Map<number, number>>();
  const link = (a: number, b: number) => {
    let m = edges.get(a);
    if (!m) edges.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  // The window slides over all tokens (punctuation included, as jieba does) but never across a
  // line break: paragraphs are separate contexts. Whitespace does not take a window slot.
  const seq: (number | null | 'break')[] = [];
  tokens.forEach((t, i) => {
    if (t.word.includes('\n')) seq.push('break');
    else if (!/^\s+$/.test(t.word)) seq.push(keys[i]!);
  });
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    if (typeof a !== 'number') continue;
    for (let j = i + 1; j < i + window && j < seq.length; j++) {
      const b = seq[j];
      if (b === 'break') break;
      if (typeof b !== 'number' || b === a) continue;
      link(a, b);
      link(b, a);
    }
  }

  const scores = pageRank(nodes.length, edges);
  const max = Math.max(...scores, 0) || 1;
  return nodes
    .map((n, id) => ({ word: n.word, score: scores[id]! / max, count: n.count, firstOffset: n.firstOffset }))
    .sort((a, b) => b.score - a.score || b.count - a.count || a.firstOffset - b.firstOffset)
    .slice(0, top);
}

/**
 * Weighted PageRank, as TextRank uses it: `edges.get(a).get(b)` is the weight of a–b (stored
 * both ways). A fixed number of iterations rather than a tolerance keeps results identical on
 * every machine; 30 is well past convergence for graphs of a few hundred nodes. Shared with the
 * sentence ranking in summary.ts. (Kept here because this session may only add files it owns.)
 */
export function pageRank(n: number, edges: ReadonlyMap<number, ReadonlyMap<number, number>>, damping = 0.85, iterations = 30): number[] {
  const outSum = new Float64Array(n);
  for (const [a, m] of edges) for (const w of m.values()) outSum[a] = outSum[a]! + w;
  let ws = new Float64Array(n).fill(n ? 1 / n : 0);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n);
    for (let a = 0; a < n; a++) {
      let s = 0;
      const m = edges.get(a);
      if (m) for (const [b, w] of m) s += (w / outSum[b]!) * ws[b]!;
      next[a] = 1 - damping + damping * s;
    }
    ws = next;
  }
  return [...ws];
}
