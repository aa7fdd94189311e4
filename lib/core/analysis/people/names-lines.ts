import { tokensWithin, type Span, type TaggedToken } from '../tokens';

// ---- Authors on a line of their own --------------------------------------------------------------

/** How many lines from either end of the text an author's line may stand (under the headline,
 * or closing the article). */
const EDGE_LINES = 3;

/** An item of an author line: one word jieba tags as a name or did not know (李忠杰/nr,
 * 廖华歌/x), or a name it cut after the surname's word (李德/nr 润/v). */
function isNameItem(tokens: readonly TaggedToken[], start: number, end: number): boolean {
  const inside = tokensWithin(tokens, start, end);
  if (inside.length === 0 || inside[0]!.start !== start || inside[inside.length - 1]!.end !== end) return false;
  if (inside.length === 1) return /^(?:nr|nrfg|x)$/.test(inside[0]!.tag);
  return inside.length === 2 && /^(?:nr|nrfg)$/.test(inside[0]!.tag) && inside[1]!.end - inside[1]!.start === 1;
}

/**
 * Authors named on a line of their own near the start or the end of the text, as commentaries
 * print them (`李忠杰`, `卢继传 高幼元`): the line holds nothing but one to four names separated by
 * spaces, each a word jieba reads as a name. The caller still checks each name's shape.
 */
export function authorLines(folded: string, tokens: readonly TaggedToken[]): Span[] {
  const out: Span[] = [];
  const lines: Span[] = [];
  for (let start = 0; start <= folded.length;) {
    let end = folded.indexOf('\n', start);
    if (end < 0) end = folded.length;
    if (folded.slice(start, end).trim()) lines.push({ start, end });
    start = end + 1;
  }
  lines.forEach((line, k) => {
    if (k >= EDGE_LINES && k < lines.length - EDGE_LINES) return;
    const text = folded.slice(line.start, line.end);
    // …maybe after the box a commentary marks its author with (`□ 孙振`).
    if (!/^[ \t\u3000\u00a0]*(?:[□■◎●◇◆][ \t\u3000\u00a0]*)?\p{Script=Han}{2,3}(?:[ \t\u3000\u00a0]+\p{Script=Han}{2,3}){0,3}[ \t\u3000\u00a0]*$/u.test(text)) return;
    const items: Span[] = [];
    for (const m of text.matchAll(/\p{Script=Han}+/gu)) items.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
    if (items.every((s) => isNameItem(tokens, s.start, s.end))) out.push(...items);
  });
  return out;
}
