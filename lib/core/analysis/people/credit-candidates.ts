/** Names the layout places (bylines, photo credits, signatures, speakers' lines) and names after a
 * credit's label or a role's colon, with the role as their post. Apart from names.ts as the finders that
 * read a page's credits rather than its sentences. */
import { isHanWord, tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { attributedAuthors, bracketCredits, datelineCredits, lineCredits, photoCredits, type PlacedName } from './bylines';
import { CREDIT_LABEL, CREDIT_NAMES, POST_AT_END, SURNAMES } from './lexicon';
import { SURNAME_MOSTLY } from './given-names';
import { authorLines } from './names-lines';
import { signatureLines } from './signatures';
import { speakerLines } from './speaker-lines';
import { titleBefore } from './posts';
import { NOT_LAST_OF_CUT_NAME } from './looser-shapes';
import type { Candidate } from './name-candidate';
import { isNameToken } from './name-context';

/** Names the layout places: bylines, photo credits, authors of quoted verse. */
export function placedCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const as = (p: PlacedName): Candidate => ({ start: p.start, end: p.end, key: p.key, role: p.role, title: null, evidence: true, unknown: false });
  const authors = authorLines(folded, tokens).map((s): PlacedName => ({ ...s, key: folded.slice(s.start, s.end), role: null }));
  // A name a byline or a credit line gives a role is checked by the looser shape of a credited name.
  const credited = [...bracketCredits(text, folded), ...lineCredits(text, folded), ...datelineCredits(text, folded)].map((p) => ({ ...as(p), credited: p.role !== null }));
  return [...credited, ...labelledCandidates(text, folded, tokens), ...roleColonCandidates(text, folded, tokens), ...[...photoCredits(folded), ...attributedAuthors(folded), ...authors, ...signatureLines(text, folded), ...speakerLines(text, folded)].map(as)];
}

/**
 * A role and a colon before one name that closes its clause (`联系人：王强，`, `项目负责人：李明。`,
 * `活动发起人：陈静`): the role is the post, as a credit's label is. The name is a word jieba reads as
 * a name or did not know; a reply after a speaker's role (`主持人：好的。`) is no such word.
 */
function roleColonCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  const colon = /[:：]/g;
  for (let c = colon.exec(folded); c; c = colon.exec(folded)) {
    const at = c.index;
    if (!POST_AT_END.test(folded.slice(Math.max(0, at - 8), at))) continue;
    // …the name closing the clause, the line or a credit (a space before the next credit, a bracket).
    const m = /^[ \u3000]*(\p{Script=Han}{2,3})(?=[，,。；;\n（(）) \u3000]|$)/u.exec(folded.slice(at + 1, at + 8));
    if (!m) continue;
    const start = at + 1 + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // …or a surname standing alone and the given name after it (联系人：王/nr 国庆/t，).
    const first = tokens[tokenIndexAt(tokens, start)];
    const k = tokenIndexAt(tokens, end);
    const pieces = first !== undefined && first.start === start && first.end === start + 1 && SURNAME_MOSTLY.has(folded[start]!) &&
      (k >= tokens.length || tokens[k]!.start === end) && tokens.slice(tokenIndexAt(tokens, start) + 1, k).every((p) => !/^(?:v|vn|vd|a|ad|d|p|c|u|uj|ul|r|f|m|q)$/.test(p.tag));
    if (!isNameToken(tokens, { start, end }) && !pieces) continue;
    const role = titleBefore(text, folded, tokens, at);
    if (role === null) continue;
    out.push({ start, end, role, title: null, evidence: true, unknown: false, credited: true });
  }
  return out;
}

/** A special's credit labels, never a verb's object or a trade before a name (`总策划王建伟，`). */
const BARE_LABELS = '总策划|策划|总监制|监制|总统筹|统筹|出品人|制片人|撰文|制图|校对|审校|美编|责编|视觉|文案|摄像|剪辑';
const BARE_LABEL = new RegExp(`(?<=^|[\\s(（【[|｜、，,；;。：:])(?:${BARE_LABELS})(?=\\p{Script=Han})`, 'gmu');
/** Credit labels right after a name, opening the next credit of a run with no separators
 * (`总策划吴齐强执行主编刘芳`, `…王磊摄影张军`): the special's labels, and the paper's own. */
export const BARE_LABEL_AT = new RegExp(`^(?:执行(?:主编|策划|总监|制片)|责任编辑|编辑|主编|记者|摄影|文字|图片|视频|设计|海报|${BARE_LABELS})(?=\\p{Script=Han})`, 'u');

/**
 * A credit label with no colon, the name right after it (`总策划王建伟，执行主编刘芳。`, `策划 王为 `):
 * the label is the post. The name is a word jieba reads as a name or did not know (王建伟/x), or a
 * surname and a given name in words of their own (王/nr 为/p is not: 为 is a preposition there),
 * and its credit ends there (a pause, a space, a bracket, the line's end), so that a verb's object
 * (`统筹安排`) stays a word.
 */
function labelledCandidates(text: string, folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  // A name in pieces: a lone surname, whatever jieba tagged it, then words that are no verb, adjective
  // or function word (总策划/向/p 殿/n，); a dictionary word of two alone (统筹/安排/v, 监制/方面) is none.
  const inPieces = (start: number, end: number) => {
    const first = tokens[tokenIndexAt(tokens, start)];
    const k = tokenIndexAt(tokens, end);
    if (!first || first.start !== start || first.end !== start + 1 || !SURNAMES.has(folded[start]!) || (k < tokens.length && tokens[k]!.start !== end)) return false;
    return tokens.slice(tokenIndexAt(tokens, start) + 1, k).every((p) => !/^(?:v|vn|vd|a|ad|an|d|p|c|u|uj|ul|uv|ud|f|r|m|q)$/.test(p.tag));
  };
  // …or a name jieba cut before its last character (总策划/王弄/x 笙/ng，).
  const cutBeforeLast = (start: number, end: number) => {
    const first = tokens[tokenIndexAt(tokens, start)];
    const last = tokens[tokenIndexAt(tokens, end - 1)];
    return first !== undefined && last !== undefined && first.start === start && first.end === end - 1 && /^(?:nr|nrfg|x)$/.test(first.tag) &&
      SURNAMES.has(folded[start]!) && last.start === end - 1 && last.end === end && !NOT_LAST_OF_CUT_NAME.test(folded[end - 1]!);
  };
  BARE_LABEL.lastIndex = 0;
  for (let m = BARE_LABEL.exec(folded); m; m = BARE_LABEL.exec(folded)) {
    // Labels and names may follow each other with nothing between (`总策划吴齐强统筹王为`).
    let label: { at: number; length: number } | null = { at: m.index, length: m[0].length };
    while (label) {
      let start: number = label.at + label.length;
      while (/[ \u3000]/.test(folded[start] ?? '')) start++;
      const role: string = text.slice(label.at, label.at + label.length);
      label = null;
      for (const len of [3, 2]) {
        const end: number = start + len;
        if (!isHanWord(folded.slice(start, end))) continue;
        const next: RegExpExecArray | null = BARE_LABEL_AT.exec(folded.slice(end, end + 6));
        if (!next && !/^(?:$|[\s，,。；;、）)】|｜])/u.test(folded.slice(end, end + 1))) continue;
        if (!isNameToken(tokens, { start, end }, /^(?:nr|nrfg|nz|x)$/) && !inPieces(start, end) && !(len === 3 && cutBeforeLast(start, end))) continue;
        out.push({ start, end, role, title: null, evidence: true, unknown: false, credited: true });
        if (next) label = { at: end, length: next[0].length };
        break;
      }
    }
  }
  return out;
}

/** `總策劃：吳齊強`, `(責編：李淑靜、彭應兵)`: the role label of a credit line, as the title. */
export function creditRole(text: string, folded: string, c: Span): string | null {
  // A credit opens a line or a bracket at the end of a paragraph (`（作者：王明，系…）`).
  // Credit lines are short, so only the 61 characters before the name are searched: a search back
  // over the whole text for each candidate made long texts quadratic.
  const from = Math.max(0, c.start - 61);
  const back = folded.slice(from, c.start);
  const openAt = Math.max(back.lastIndexOf('（'), back.lastIndexOf('('));
  const open = openAt >= 0 ? from + openAt : -1;
  const newline = back.lastIndexOf('\n');
  const lineStart = Math.max(newline >= 0 ? from + newline + 1 : 0, c.start - open <= 30 ? open : 0);
  if (c.start - lineStart > 60) return null; // credit lines are short; don't rescan paragraphs
  // The nearest label decides (`文/栗思 编辑/倪家宁`: 倪家宁 is the editor).
  const segment = folded.slice(lineStart, c.start);
  let last: RegExpExecArray | null = null;
  CREDIT_LABEL.lastIndex = 0;
  for (let m = CREDIT_LABEL.exec(segment); m; m = CREDIT_LABEL.exec(segment)) last = m;
  if (!last || !CREDIT_NAMES.test(segment.slice(last.index + last[0].length))) return null;
  // Only labels at the line's or bracket's start, or after names, make a credit line.
  // …or after other credits on the line (`数据来源：国家统计局 制图：…`).
  if (!/^[\s(（【[]*$/.test(segment.slice(0, last.index)) && !CREDIT_NAMES.test(segment.slice(0, last.index).replace(/^[\s(（【[]*\p{Script=Han}{0,8}[:：/／]/u, '')) &&
    !/^(?:[\s(（【[]*\p{Script=Han}{2,6}[:：][^:：\n]{1,20}?[ \u3000]+)+$/u.test(segment.slice(0, last.index))) return null;
  const at = lineStart + last.index;
  // A padded label (`监 制`) is shown without its padding.
  return text.slice(at, at + last[1]!.length).replace(/[ \u3000]+/g, '');
}
