import type { Span } from '../tokens';
import { CREDIT_LABEL_AT, DYNASTY } from './lexicon';

// ---- Bylines, datelines, photo credits and attributions ----------------------------------------

/** A name the layout of the text gives, with the role it is given there (if any). */
export interface PlacedName extends Span {
  /** The name without the spaces a byline may pad it with (`张  洋` → 张洋). */
  key: string;
  /** The role label of the byline, as written (`记者`, `本报记者`, `评论员`), or null. */
  role: string | null;
}

/** The role labels of a byline or dateline, after the outlet or desk if any (`本报记者`, `总台央视记者`). */
const ROLE = /\p{Script=Han}{0,8}?(?:记者|通讯员|评论员|实习生|报道员|撰稿人|撰稿|编辑|观察员)/uy;
/** A credit label opening a line or a segment, with its colon (`总监制：`, `审 读：`). */
const LINE_LABEL = CREDIT_LABEL_AT;
const SPACE = /[ \t\u3000\u00a0]/;
/** A special's credit label inside what would be a role's outlet or desk. */
const OTHER_CREDIT = /(?:策划|监制|统筹|出品|制片|撰文|制图|校对|审校|美编|责编).+(?:记者|通讯员|评论员|实习生|报道员|撰稿人|撰稿|编辑|观察员)$/u;
const SEPARATOR = /[、，,;；/／ \t\u3000\u00a0]/;

/**
 * Reads a run of role labels and names from `from`: `记者宋晨、田中全`, `评论员 罗博 萧海川`,
 * `本报记者  张  洋 通讯员 李华`. Names are Han runs between separators; single characters
 * standing apart are one padded name (`张  洋`). Stops at the first character that is neither,
 * so a garbled tail loses only itself. `end` is where reading stopped.
 */
function readCredits(text: string, folded: string, from: number, limit: number, label: string | null = null): { names: PlacedName[]; roles: number; end: number } {
  const names: PlacedName[] = [];
  let role: string | null = label;
  let roles = 0;
  let at = from;
  let single: { start: number; end: number; chars: string[]; at: number[] } | null = null;
  const flushSingle = () => {
    const s = single as { start: number; end: number; chars: string[]; at: number[] } | null;
    // Two or three single characters are one padded name; four are two two-character names.
    if (s && s.chars.length >= 2 && s.chars.length <= 3) names.push({ start: s.start, end: s.end, key: s.chars.join(''), role });
    if (s && s.chars.length === 4) {
      names.push({ start: s.at[0]!, end: s.at[1]! + 1, key: s.chars[0]! + s.chars[1]!, role });
      names.push({ start: s.at[2]!, end: s.at[3]! + 1, key: s.chars[2]! + s.chars[3]!, role });
    }
    single = null;
  };
  while (at < limit) {
    const ch = folded[at]!;
    if (SEPARATOR.test(ch)) {
      // A separator other than a space closes a padded name.
      if (!SPACE.test(ch)) flushSingle();
      at++;
      continue;
    }
    // A credit label and its colon switch the role for the names after it (`总策划：吴齐强 策划：王为`,
    // `（译者：杨惟敬/核稿：蔡佳敏）`).
    LINE_LABEL.lastIndex = at;
    const l = LINE_LABEL.exec(folded);
    if (l) {
      flushSingle();
      role = text.slice(at, at + l[1]!.length).replace(/[ \u3000]+/g, '');
      roles++;
      at += l[0].length;
      continue;
    }
    ROLE.lastIndex = at;
    const r = ROLE.exec(folded);
    // A role's outlet or desk is no run of other credits (`总策划吴齐强编辑彭应兵`: the names there are
    // read by their labels, one by one).
    if (r && !OTHER_CREDIT.test(r[0])) {
      flushSingle();
      role = text.slice(at, at + r[0].length);
      roles++;
      at += r[0].length;
      // …maybe with a colon before the names (`（记者：黄昕欣、姬新龙）`).
      if (/[:：]/.test(folded[at] ?? '')) at++;
      continue;
    }
    const run = /\p{Script=Han}+/uy;
    run.lastIndex = at;
    // Read up to the limit only: a photo credit's 摄 may follow the name with no space (杨一秋摄).
    const w = run.exec(folded.slice(0, limit));
    if (!w || at + w[0].length > limit) break;
    const end = at + w[0].length;
    // A name ends where the text goes on with something other than a separator or the close.
    const after = folded[end];
    if (after !== undefined && end < limit && !SEPARATOR.test(after)) break;
    if (w[0].length === 1) {
      single ??= { start: at, end, chars: [], at: [] };
      single.chars.push(w[0]);
      single.at.push(at);
      single.end = end;
    } else {
      flushSingle();
      if (w[0].length <= 4) names.push({ start: at, end, key: w[0], role });
    }
    at = end;
  }
  flushSingle();
  return { names, roles, end: at };
}


const OPEN = /[（(【]/g;
const CLOSE = /[)）】]/;

/**
 * Names in bracketed bylines and credits: `电（记者唐霁）`, `（记者戴小河、印朋）`, `电（刘艺、杨吉）`,
 * `（评论员 罗博 萧海川）`, `（王芳/摄）`. Without a role label the brackets must follow a dateline
 * (…电, …讯) or close a paragraph; every item must then be a name (checked by the caller).
 */
export function bracketCredits(text: string, folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(folded); m; m = OPEN.exec(folded)) {
    const from = m.index + 1;
    let close = from;
    while (close < folded.length && close - from < 40 && !CLOSE.test(folded[close]!) && folded[close] !== '\n') close++;
    const closed = CLOSE.test(folded[close] ?? '');
    // A credit in a photo caption: `（王芳/摄）`, `（王芳 摄）`.
    const photo = closed && /[/／ \u3000]*摄(?:影)?$/.exec(folded.slice(from, close));
    const limit = photo ? close - photo[0].length : close;
    const { names, roles, end } = readCredits(text, folded, from, limit);
    if (names.length === 0) continue;
    if (roles === 0 && !photo) {
      // A credit on a line of its own closes the paragraph before it.
      const before = folded.slice(Math.max(0, m.index - 4), m.index).replace(/\s+$/, '');
      const lineEnd = /^[)）】]\s*(?:\n|$)/.test(folded.slice(close, close + 3));
      // All of the brackets must be names, closed, after a dateline or at a paragraph's end.
      if (!closed || end < limit || !(/[电讯]$/.test(before) || (lineEnd && /[。！？!?”]$/.test(before)))) continue;
    }
    out.push(...names);
  }
  return out;
}

/** A dateline's close (`北京5月21日电`, `本报讯`, `新华社电`) right before a reporter's role. */
const DATELINE_ROLE = /(?:[0-9０-９一二三四五六七八九十]日|本报|社)[电讯](?=[ \u3000]*\p{Script=Han}{0,6}?(?:记者|通讯员))/gu;

/**
 * A dateline's byline with no brackets, closed by the verb of the report (`…5月21日讯记者江山报道：`,
 * `…日电 记者张华、李明报道`): the role and the names between the dateline and 报道 (or 摄), read as a
 * bracketed byline is. The dateline already gave the place, so the word after the role is the reporter,
 * whatever jieba made of it (a place, a number, a noun).
 */
export function datelineCredits(text: string, folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  for (const m of folded.matchAll(DATELINE_ROLE)) {
    const from = m.index + m[0].length;
    const close = /^[^。；;\n：:（(）)]{3,40}?(?=[ \u3000]*(?:报道|摄)(?:[:：，,\s]|$))/u.exec(folded.slice(from, from + 44));
    if (!close) continue;
    const limit = from + close[0].length;
    const { names, roles, end } = readCredits(text, folded, from, limit);
    if (roles > 0 && end >= limit && names.length > 0) out.push(...names);
  }
  return out;
}

/** The paper's name in title marks and the spaces after it (`《人民日报》 `), as a pattern's source. */
export const PAPER_NAME = '《[^《》\\n]{2,12}》[ \\u3000]*';
/** The date and edition in brackets after the paper's name (`（2024年03月08日 第 04 版）`), as a pattern's source. */
export const EDITION = '[（(][^（）()\\n]{0,24}[)）]';

/**
 * The paper's name and the edition a byline's line may run on into, as people.cn pages print them:
 * `本报记者 王鹏 李华《人民日报》（2024年03月08日 第 04 版）`.
 */
const EDITION_AT_END = new RegExp(`${PAPER_NAME}(?:${EDITION})?[ \\u3000]*$`, 'u');

/** A byline on a line of its own: `本报记者  张  洋`, `记者 王明 李华`. */
export function lineCredits(text: string, folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  let lineStart = 0;
  while (lineStart < folded.length) {
    let next = folded.indexOf('\n', lineStart);
    if (next < 0) next = folded.length;
    // The byline ends where the paper's name and edition begin, when the page ran them on.
    const edition = EDITION_AT_END.exec(folded.slice(lineStart, next));
    const lineEnd = edition ? lineStart + edition.index : next;
    if (lineEnd - lineStart <= 40) {
      let from = lineStart;
      while (from < lineEnd && /\s/.test(folded[from]!)) from++;
      let to = lineEnd;
      while (to > from && /\s/.test(folded[to - 1]!)) to--;
      // A credit label and a colon may open the line (`总监制：邹 明`): the label is the role.
      LINE_LABEL.lastIndex = from;
      const label = LINE_LABEL.exec(folded);
      const read = label ? readCredits(text, folded, from + label[0].length, to, text.slice(from, from + label[1]!.length).replace(/[ \u3000]+/g, '')) : readCredits(text, folded, from, to);
      const { names, roles, end } = read;
      // With no role, only before the paper's name and edition, and only names padded as bylines pad
      // a name of two (`朱  磊《人民日报》（…第 11 版）`): an author's line at the head of a column.
      const padded = edition !== null && names.every((n) => /^\p{Script=Han}[ \u3000]+\p{Script=Han}$/u.test(folded.slice(n.start, n.end)));
      if ((roles > 0 || label || padded) && end >= to && names.length > 0) out.push(...names);
    }
    lineStart = next + 1;
  }
  return out;
}

/**
 * Photo credits outside brackets: `人民网 王芳摄`, `新华社记者 谢环驰 摄`, `记者王明摄`, `张  枨  苗培梁摄影报道`, and the
 * caption's credit after its last sentence or a picture's label (`…游览。孙振摄（人民视觉）`,
 * `图①：邵玉姿、孙振摄`). The names stand after a space, a line start, a role, a full stop or a
 * label's colon, right before 摄 and the end of the credit; several are joined by 、.
 */
export function photoCredits(folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  const re = /(?<=^|[\s、/／。：:]|记者|通讯员)((?:\p{Script=Han}{2,3}、){0,4}\p{Script=Han}{2,3}|\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,2})[ \u3000]*[/／]?[ \u3000]*摄(?:影)?(?:报道)?(?=$|[\s)）】。，,;；（(])/gmu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      out.push({ start: at, end: at + item.length, key: item.replace(/[ \u3000]+/g, ''), role: null });
      at += item.length + 1;
    }
    // A name of two padded as bylines pad it, alone on the line before (`张  枨  苗培梁摄影报道`).
    const before = PADDED_BEFORE.exec(folded.slice(Math.max(0, m.index - 12), m.index));
    if (before) {
      const start = m.index - before[0].length + before[0].indexOf(before[1]!);
      out.push({ start, end: start + before[1]!.length, key: before[1]!.replace(/[ \u3000]+/g, ''), role: null });
    }
  }
  return out;
}

/** A padded name of two opening its line, then spaces: the credit's first name before the last. */
const PADDED_BEFORE = /(?:^|\n)[ \u3000]*(\p{Script=Han}[ \u3000]{1,3}\p{Script=Han})[ \u3000]{2,}$/u;

/** Authors of quoted verse by their period: `——（宋）陆游`, `（唐）杜甫`. */
export function attributedAuthors(folded: string): PlacedName[] {
  const out: PlacedName[] = [];
  const re = /[（(〔【]\s*(\p{Script=Han}{1,2})\s*[)）〕】]\s*(\p{Script=Han}{2,4})(?=$|[\s，,。《])/gmu;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (!DYNASTY.test(m[1]!)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ start, end: start + m[2]!.length, key: m[2]!, role: null });
  }
  return out;
}
