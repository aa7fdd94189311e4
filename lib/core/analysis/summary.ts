import { foldToSimplified, splitSentences } from '../text';
import { contentKey, pageRank } from './keywords';
import { tokensWithin, type TaggedToken } from './tokens';

/**
 * An extractive summary: TextRank over sentences (Mihalcea & Tarau 2004). Sentences are nodes;
 * two sentences are linked by the content words they share, normalised by their lengths, so a
 * sentence that restates what many others say ranks high. The most central ones are returned in
 * page order, because three sentences out of order read as a jumble.
 */
export interface SummarySentence {
  start: number;
  end: number;
  text: string;
  /** PageRank score scaled so the best sentence has 1. */
  score: number;
}

export interface SummaryOptions {
  count?: number;
  /** Sentences with fewer Han characters are skipped (subheads, fragments like `優化服務流程。`). */
  minHan?: number;
}

/** A line counts as running text only if it ends like a sentence; headlines, subheads,
 * navigation and datelines do not. Closing quotes and brackets after the stop are allowed. */
const ENDS_LIKE_SENTENCE = /[。！？!?…；;][”’」』）)\]"']*$/;
/** Credit lines: a role label with a colon (`責編：`, `視頻攝像：`, `投稿郵箱:`) or a photo
 * credit closing a caption (`長沙市公安局供圖`, `新华社记者 某某 摄`). Matched on folded text. */
const CREDIT_LABEL = /(?:编辑|责编|编审|校对|摄像|摄影|出品|投稿|邮箱|策划|统筹|制作|脚本|作者|来源|记者|通讯员|监制|审核)\s*[:：]/;
const CREDIT_TAIL = /(?:供图|摄|图)\s*[)）]?\s*$/;

const HAN = /\p{Script=Han}/gu;

/**
 * Sentences ranked at most: TextRank compares every pair, so its cost grows with the square of
 * the count (a 1 MB page has some 20,000 sentences: minutes, and a dense graph in memory). A news
 * article has well under a hundred; beyond this many the summary comes from the first ones.
 */
export const MAX_RANKED_SENTENCES = 400;

export function summarize(text: string, tokens: readonly TaggedToken[], opts: SummaryOptions = {}): SummarySentence[] {
  const count = opts.count ?? 3;
  const minHan = opts.minHan ?? 12;
  const folded = foldToSimplified(text);

  const candidates: { start: number; end: number; words: Set<string>; size: number }[] = [];
  for (const r of splitSentences(text)) {
    if (candidates.length >= MAX_RANKED_SENTENCES) break;
    if (!isBodyLine(folded, r.start)) continue;
    const sentence = text.slice(r.start, r.end);
    if ((sentence.match(HAN)?.length ?? 0) < minHan) continue;
    const words = new Set<string>();
    let size = 0;
    for (const t of tokensWithin(tokens, r.start, r.end)) {
      const key = contentKey(t);
      if (key === null) continue;
      words.add(key);
      size++;
    }
    if (size > 0) candidates.push({ start: r.start, end: r.end, words, size });
  }

  const edges = new Map<number, Map<number, number>>();
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const w = similarity(candidates[i]!, candidates[j]!);
      if (w <= 0) continue;
      if (!edges.has(i)) edges.set(i, new Map());
      if (!edges.has(j)) edges.set(j, new Map());
      edges.get(i)!.set(j, w);
      edges.get(j)!.set(i, w);
    }
  }
  const scores = pageRank(candidates.length, edges);
  const max = Math.max(...scores, 0) || 1;
  return candidates
    .map((c, i) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), score: scores[i]! / max }))
    // Best first; on a tie the earlier sentence wins (news puts the gist first).
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}

/** Shared distinct content words over the sum of the log lengths (TextRank's similarity). */
function similarity(a: { words: Set<string>; size: number }, b: { words: Set<string>; size: number }): number {
  const norm = Math.log(a.size) + Math.log(b.size);
  if (norm <= 0) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  return shared / norm;
}

/** Whether the line holding `offset` is running text: it ends like a sentence and is no credit. */
function isBodyLine(folded: string, offset: number): boolean {
  const lineStart = folded.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = folded.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = folded.length;
  const line = folded.slice(lineStart, lineEnd).trim();
  return ENDS_LIKE_SENTENCE.test(line) && !CREDIT_LABEL.test(line) && !CREDIT_TAIL.test(line);
}
