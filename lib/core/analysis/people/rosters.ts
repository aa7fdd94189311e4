/** Names in a roster of guests, each set apart by spaces from the post after it. Apart from names.ts
 * because a roster is read on the lines of the text, not on jieba's tokens. */
import { POST_AT_END, SPEECH_AT_START } from './lexicon';
import type { Candidate } from './name-candidate';
import { isNameShape } from './name-shape';

/**
 * The people of a roster, one to a line or after a label's colon, each name set apart by spaces from the
 * post after it (`对话嘉宾：` then `张志勇  全国政协委员、…主任`; `嘉宾：李向志 十八大代表、德阳市委书记丁爱谱 十八大代表、…党员`):
 * the post is the text after the spaces, up to the end of the line or to the next name glued to it.
 */
export function rosterCandidates(text: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string, at: number, post: string, postAt: number) => {
    if (!isNameShape(name) || !POST_AT_END.test(post) || !isRosterPost(post)) return;
    out.push({ start: at, end: at + name.length, key: name, title: null, evidence: true, unknown: false, role: text.slice(postAt, postAt + post.length), rostered: true });
  };
  // A line of its own counts under a roster's label or beside another such line: one line alone may be a
  // heading, and a speaker's turn with it is no roster (a dialogue's speakers need two turns, speaker-lines.ts).
  const lines = Array.from(folded.matchAll(ROSTER_LINE));
  lines.forEach((m, k) => {
    const gapBefore = k > 0 ? folded.slice(lines[k - 1]!.index + lines[k - 1]![0].length, m.index) : null;
    const gapAfter = k + 1 < lines.length ? folded.slice(m.index + m[0].length, lines[k + 1]!.index) : null;
    const listed = (gapBefore !== null && /^\s*$/.test(gapBefore)) || (gapAfter !== null && /^\s*$/.test(gapAfter)) ||
      ROSTER_LABEL_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index));
    if (!listed) return;
    const at = m.index + m[0].indexOf(m[1]!);
    add(m[1]!, at, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
  });
  for (const m of folded.matchAll(ROSTER_AFTER_COLON)) {
    // Chunks set apart by spaces: a name, then posts each closed by the next name glued to it.
    const body = m[1]!;
    const base = m.index + m[0].length - body.length;
    const chunks = Array.from(body.matchAll(/\S+/gu), (c) => ({ text: c[0], at: base + c.index }));
    if (chunks.length < 2 || !isNameShape(chunks[0]!.text)) continue;
    let name = chunks[0]!;
    for (let k = 1; k < chunks.length; k++) {
      const chunk = chunks[k]!;
      let cut = chunk.text.length;
      if (k < chunks.length - 1) {
        cut = [3, 2].map((n) => chunk.text.length - n).find((c) => c > 1 && isNameShape(chunk.text.slice(c)) && POST_AT_END.test(chunk.text.slice(0, c))) ?? -1;
        if (cut < 0) break;
      }
      add(name.text, name.at, chunk.text.slice(0, cut), chunk.at);
      name = { text: chunk.text.slice(cut), at: chunk.at + cut };
    }
  }
  return out;
}

/** A line of a roster: a name, spaces, and the post, Han words joined by 、 or a comma. */
const ROSTER_LINE = /^[ \t\u3000]*(\p{Script=Han}{2,3})[ \t\u3000]{1,4}(\p{Script=Han}[\p{Script=Han}、，,（）()“”]{1,79})[ \t\u3000]*$/gmu;
/** A roster's label closing the line before (`对话嘉宾：`). */
const ROSTER_LABEL_BEFORE = /(?:嘉宾|对话人|访谈对象|受访者|主持人)[:：][ \t\u3000]*\n\s*$/;
/** A roster's label and its colon, then the names and posts set apart by single spaces, to the line's end. */
const ROSTER_AFTER_COLON = /(?:^|\n)[ \t\u3000]*(?:对话)?(?:嘉宾|访谈嘉宾|与会嘉宾|主持人)[:：][ \t\u3000]*((?:\p{Script=Han}[\p{Script=Han}、，,]*[ \t\u3000]+){2,}\p{Script=Han}[\p{Script=Han}、，,]*)[ \t\u3000]*(?=\n|$)/gu;

/** A roster's post: Han words only, no sentence (no verb of saying, no full stop). */
function isRosterPost(post: string): boolean {
  return !/[。！？；]/.test(post) && !SPEECH_AT_START.test(post) && post.length <= 80;
}
