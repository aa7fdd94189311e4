import { foldToSimplified } from '../../text';
import { tokenIndexAt, type Span, type TaggedToken } from '../tokens';
import { EDITION, PAPER_NAME } from './bylines';
import { POST_MODIFIER, POST_AT_END, RELATION_AT_END, SPEECH_AT_START, partOfName } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { ORDINARY_WORDS } from './ordinary-words';
import { CITY_NAMES } from './org-places';
import { SURNAME_MOSTLY } from './given-names';
import { authorLines } from './names-lines';
import { isTibetanName, tibetanNameSpans } from './tibetan-names';
import { describedTitle, titleAfterComma, titleBefore, titleInBrackets, titleInClause } from './posts';
import { foldDots, foreignCandidates, foreignParts, isDispatchPlace, isForeignShape, soundsLikeName } from './transliteration';
import type { Person } from './types';
import { placedCandidates, BARE_LABEL_AT, creditRole } from './credit-candidates';
import { isDictNameAfterPost, isUnknownNameAfterPost, isCreditedShape } from './looser-shapes';
import type { Candidate } from './name-candidate';
import { actsAfter, isSoundNeighbour, postText, isNameToken, titleAfterName, introducesOther } from './name-context';
import { hasEvidenceAround } from './name-evidence';
import { acceptLists, isListItemShape, isDottedItemShape, listItemCandidates, titleIsBefore } from './name-lists';
import { NOT_PERSON_AFTER, namedByShape, isLongNameShape, namedLongAndOften, placeSomewhere, namedBySound } from './name-repeats';
import { isNameShape } from './name-shape';
import { leaderCandidates, patternCandidates, postActCandidates } from './pattern-candidates';
import { rosterCandidates } from './rosters';
import { tokenCandidates } from './token-candidates';

// ---- Names -----------------------------------------------------------------------------------

/** The note closing a commentary that says what its author is. */
// …maybe going on after a comma with who wrote it down (`（作者为…主任，本报驻南非记者吕强采访整理）`).
const AUTHOR_NOTE = /[（(]作者(?:为|系|是)([^（）()\n，,。；;]{2,40})(?:[)）]|[，,][^（）()\n]{2,40}[)）])/;
/** A foreign author's line in a page of commentaries: his country in brackets, then his name
 * (`（卢旺达）杰拉尔德·姆班达`). */
const COUNTRY_AUTHOR = /^[ \t\u3000]*[（(]\p{Script=Han}{2,8}[)）][ \t\u3000]*(\p{Script=Han}{2,8}(?:·\p{Script=Han}{1,8}){0,3})[ \t\u3000]*$/gmu;

/** A commentary's author on the line of the paper's name and edition (`王一鸣《人民日报》（…第 09 版）`). */
const AUTHOR_BEFORE_EDITION = new RegExp(`^[ \\t\\u3000]*(\\p{Script=Han}{2,4})[ \\t\\u3000]*${PAPER_NAME}${EDITION}[ \\t\\u3000]*$`, 'gmu');

/** A photo caption's lead right before a name (`图为王明在田间查看长势`). */
const CAPTION_LEAD = /(?:^|[\s。）)])图为$/;

export function people(text: string, folded: string, tokens: readonly TaggedToken[], known: readonly string[]): Person[] {
  const candidates = [
    ...tokenCandidates(folded, tokens),
    ...patternCandidates(folded),
    ...postActCandidates(folded, tokens),
    ...placedCandidates(text, folded, tokens),
    ...listItemCandidates(folded),
    ...leaderCandidates(folded, tokens),
    ...foreignCandidates(folded, tokens).map((f): Candidate => ({ ...f, title: null, evidence: f.dotted, unknown: false, foreign: !f.between, listItem: f.between })),
    ...tibetanNameSpans(folded).map((s): Candidate => ({ ...s, title: null, evidence: false, unknown: false, tibetan: true })),
    ...rosterCandidates(text, folded),
  ];
  const byName = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = c.key ?? foldDots(folded.slice(c.start, c.end));
    // …unless it is a word jieba reads as a name or did not know, with a surname running text seldom
    // uses otherwise and no city's name (本报记者/叶莉/x 报道).
    if (isDispatchPlace(folded, c) && !(SURNAME_MOSTLY.has(key[0]!) && !FOREIGN_PLACES.has(key) && isNameToken(tokens, c))) continue;
    // A thing counted by a classifier (有一个金纺车) is no one; nor is 连 of 连…都 after a role (医护人员连饭都…).
    if (!c.byPost && /[一两三四五六七八九十几每][个件台辆只条把座]$/.test(folded.slice(Math.max(0, c.start - 2), c.start))) continue;
    if (folded[c.start] === '连' && /^\p{Script=Han}{0,2}[都也]/u.test(folded.slice(c.start + 1, c.start + 4))) continue;
    // A sound word right after a number is a unit of measure (7纳米, 20公里), never a name.
    if (c.foreign && /[0-9０-９]/.test(folded[c.start - 1] ?? '')) continue;
    // A Han name is never written on into a transliterated word (冯德/x 莱恩/nrt is 冯德莱恩), and a
    // transliterated name never opens on a closing syllable (朔/尔茨: 尔, 茨, 兹 end a name's parts).
    const into = tokens[tokenIndexAt(tokens, c.end)];
    if (!c.foreign && !c.byPost && into !== undefined && into.start === c.end && into.tag === 'nrt' && /\p{Script=Han}/u.test(folded[c.end] ?? '')) continue;
    if (c.foreign && /^[尔茨兹]/.test(folded[c.start] ?? '') && /\p{Script=Han}/u.test(folded[c.start - 1] ?? '')) continue;
    // …nor after the opening syllable jieba split off as a word of one character (阿/j 舍利/nrt 晚期: the word is
    // 阿舍利), where no post before it says a name starts there.
    const opening = tokens[tokenIndexAt(tokens, c.start - 1)];
    if (c.foreign && !c.byPost && !key.includes('·') && opening !== undefined && opening.end === c.start && opening.end - opening.start === 1 &&
      /^(?:j|ng|x|nr|nrt|ns)$/.test(opening.tag) && soundsLikeName(opening.word) && !POST_AT_END.test(postText(folded, opening.start))) continue;
    // A Han name never stands right after a middle dot, which joins the parts of a transliterated name, or
    // two given names in a body's name (树森·兰娟院士人才基金).
    if (!c.foreign && !c.listItem && /[·・•‧]/.test(folded[c.start - 1] ?? '')) continue;
    if (c.tibetan ? !isTibetanName(key) : c.endsInHe ? !isNameShape(key.slice(0, 2)) : c.long ? !isLongNameShape(key) : c.byPost ? false : c.foreign ? !isForeignShape(key) : c.listItem ? !(c.dottedItem ? isDottedItemShape(key) : isListItemShape(key)) :
      c.credited ? !isCreditedShape(tokens, c, key) :
      (!isNameShape(key) && !isDictNameAfterPost(text, folded, tokens, c, key) && !isUnknownNameAfterPost(text, folded, tokens, c, key)) || partOfName(folded, c.end)) continue;
    // A name never starts inside a post jieba read whole (主教练/郎平: not 主教 and 练郎平).
    const inside = tokens[tokenIndexAt(tokens, c.start)];
    if (!c.foreign && inside !== undefined && inside.start < c.start && inside.end > c.start && POST_AT_END.test(folded.slice(inside.start, inside.end))) continue;
    // A country or a large foreign city is never a person, even with a post after it that jieba
    // split from the name it introduces (哈萨克斯坦/nrt 总统/托/v 卡耶夫/nr); nor is a city of the
    // mainland's closed list (在拉萨/nrt 遇到), nor a place before its own committee (翁牛特旗/旗委书记).
    if (FOREIGN_PLACES.has(key) || CITY_NAMES.has(key) || folded.startsWith(`${key[key.length - 1]}委`, c.end) && /[旗县市区州盟]$/.test(key)) continue;
    // A word that qualifies a post is never a name, whatever jieba tags it (中国文联/荣誉/nr 委员).
    if (POST_MODIFIER.test(key) || ordinaryWord(folded, tokens, c)) continue;
    // …nor a word of manner closed by 地 before a verb of saying (局长高兴地说, 书记严肃地指出): it says how
    // the holder of the post before it spoke; jieba may glue 地 to the verb (高兴/b 地说/x).
    if (key.length === 3 && key.endsWith('地') && SPEECH_AT_START.test(folded.slice(c.end, c.end + 4))) continue;
    // …nor an ordinary word jieba's dictionary tags as a name (一份部长/宣言/nr), unless he speaks right after it.
    if (ORDINARY_WORDS.has(key) && !(SPEECH_AT_START.test(folded.slice(c.end, c.end + 4)) && !EXPRESSED.test(folded.slice(c.end, c.end + 6)))) continue;
    c.key = key;
    let before = titleBefore(text, folded, tokens, c.start);
    // 代表 alone before a name that has his post after it is the verb of acting for him (代表习近平总书记和党中央看望…).
    if (before !== null && foldToSimplified(before) === '代表' && titleAfterName(text, folded, tokens, c.end) !== null) before = null;
    c.title = (before !== null ? describedTitle(text, folded, tokens, c.start, before) : null) ?? titleAfterComma(text, folded, c.end) ?? titleInBrackets(text, folded, c.end) ??
      creditRole(text, folded, c) ?? c.role ?? titleAfterName(text, folded, tokens, c.end) ?? titleInClause(text, folded, c.start, c.end);
    // A post counted as a thing's kind qualifies that thing (一份部长/宣言/nr): the word after it is no one.
    if (before !== null && c.title !== null && THING_COUNTED_BEFORE.test(folded.slice(Math.max(0, c.start - c.title.length - 2), c.start - c.title.length))) continue;
    if (c.rostered) c.title = c.role ?? null;
    // In a run of credits with no separators the post read back runs over the credit before
    // (总策划吴齐强执行主编|刘芳): the label right before the name is the post.
    if (c.credited && c.role && c.title !== null && c.title.length > c.role.length && foldToSimplified(c.title).endsWith(foldToSimplified(c.role)) &&
      BARE_LABEL_AT.test(foldToSimplified(c.title))) c.title = c.role;
    // A byline's role read whole (`南都记者`) over the post jieba's cut leaves before the name (南/ns 都/d 记者).
    // Only an outlet's or a desk's name before it, not a credit's label (`文丨`).
    if (c.role && c.title !== null && c.role.length > c.title.length && foldToSimplified(c.role).endsWith(foldToSimplified(c.title)) &&
      /^\p{Script=Han}{1,4}$/u.test(c.role.slice(0, c.role.length - c.title.length)) && !/^(?:文|图|采写|撰文|执笔|作者)/.test(c.role)) c.title = c.role;
    // A foreign-looking word counts only with a post, a dot or a speech verb: never on its own.
    c.evidence ||= !c.long && (c.title !== null || hasEvidenceAround(folded, c, tokens) || RELATION_AT_END.test(folded.slice(Math.max(0, c.start - 4), c.start)) ||
      CAPTION_LEAD.test(folded.slice(Math.max(0, c.start - 4), c.start)));
    const list = byName.get(key) ?? [];
    list.push(c);
    byName.set(key, list);
    kept.push(c);
  }

  // Names after a post, set apart by spaces only (`采写：南都记者 余毅菁 向雪妮`, `文/本报记者 王建军 李红梅`):
  // the post before the first names each, as a byline's does, before a later credit line could.
  const endingAt = new Map(kept.map((c) => [c.end, c] as const));
  for (const c of [...kept].sort((a, b) => a.start - b.start)) {
    // …over a credit line's label further back (`文/`), which is no post right before this name.
    if ((c.title !== null && titleIsBefore(folded, c)) || !/^(?:[ \u3000\t]|[)）\n]|$)/.test(folded.slice(c.end, c.end + 1))) continue;
    const gap = /[ \u3000]{1,3}$/.exec(folded.slice(Math.max(0, c.start - 3), c.start))?.[0].length ?? 0;
    const prev = gap > 0 ? endingAt.get(c.start - gap) : undefined;
    if (prev && prev.title !== null && (prev.evidence || titleIsBefore(folded, prev)) && POST_AT_END.test(foldToSimplified(prev.title))) {
      c.title = prev.title;
      c.evidence = true;
    }
  }
  // A commentary's one author, named on a line of his own, whose post the piece gives at its end
  // (`（作者为中国社会科学院经济研究所研究员）`).
  const note = AUTHOR_NOTE.exec(folded);
  if (note && POST_AT_END.test(note[1]!)) {
    const lines = authorLines(folded, tokens);
    for (const m of folded.matchAll(COUNTRY_AUTHOR)) {
      const at = m.index + m[0].indexOf(m[1]!);
      lines.push({ start: at, end: at + m[1]!.length });
    }
    // …and on the line of the paper's name and edition, a name jieba may have cut: read there whole.
    for (const m of folded.matchAll(AUTHOR_BEFORE_EDITION)) {
      const at = m.index + m[0].indexOf(m[1]!);
      lines.push({ start: at, end: at + m[1]!.length });
      if (!isNameShape(m[1]!) || kept.some((c) => c.start === at && c.end === at + m[1]!.length)) continue;
      const c: Candidate = { start: at, end: at + m[1]!.length, key: m[1]!, title: null, evidence: false, unknown: false };
      kept.push(c);
      byName.set(m[1]!, [...(byName.get(m[1]!) ?? []), c]);
    }
    const authors = kept.filter((c) => c.title === null && lines.some((l) => l.start === c.start && l.end === c.end));
    const noteStart = note.index + note[0].indexOf(note[1]!);
    // The note says who the author is: it is the evidence of a person too.
    if (new Set(authors.map((c) => c.key)).size === 1) for (const c of authors) {
      c.title = text.slice(noteStart, noteStart + note[1]!.length);
      c.evidence = true;
    }
  }
  // Bylines pad short names with spaces (`方  敏`): compare without them.
  const knownKeys = new Map(known.map((k) => k.replace(/\s+/g, '')).filter(Boolean).map((k) => [foldToSimplified(k), k] as const));
  const accepted = new Set<string>();
  for (const [key, list] of byName) {
    const distinctStarts = new Set(list.map((c) => c.start)).size;
    // jieba tags a transliterated name it knows nrt; said twice, it is someone the article is about.
    // Not when the word also names a place, a people or a thing (加勒比海, 哈希值, 马克思主义).
    // Nor when a post after it introduces someone else (伊拉克总统萨达姆: the country's president).
    // …and when some mention is followed by what follows a person (a pause, a verb, 的), not only
    // by nouns it qualifies (阿里生态, 阿里新经济: the company).
    const repeatedForeign = distinctStarts >= 2 && list.some((c) => c.foreign && tokens[tokenIndexAt(tokens, c.start)]?.tag === 'nrt') &&
      !list.some((c) => NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 2)) || introducesOther(folded, tokens, c.end)) &&
      list.some((c) => actsAfter(folded, tokens, c.end));
    // (Not a word ending in what ends a place's or a building's name: 杨公堤, 万福桥, 李家坝.)
    const repeatedUnknown = (key.length >= 3 && distinctStarts >= 2 && list.some((c) => c.unknown) && !PLACE_WORD_END.test(key)) || repeatedForeign;
    // A sound word of three characters or more jieba tags nr (特朗普/nr), said three times or more, at
    // least twice right before a verb, and never before a noun it qualifies or a post.
    const verbAfter = (c: Candidate) => {
      const next = tokens[tokenIndexAt(tokens, c.end)];
      return next !== undefined && next.start === c.end && /^(?:v|vd)$/.test(next.tag);
    };
    const repeatedSound = key.length >= 3 && distinctStarts >= 3 && soundsLikeName(key) && !FOREIGN_PLACES.has(key) &&
      list.every((c) => c.foreign && isNameToken(tokens, c, /^(?:nr|nrt)$/) && !NOT_PERSON_AFTER.test(folded.slice(c.end, c.end + 2)) && !introducesOther(folded, tokens, c.end)) &&
      list.filter(verbAfter).length >= 2 && !placeSomewhere(folded, tokens, key);
    if (repeatedSound || namedLongAndOften(folded, tokens, key, list)) accepted.add(key);
    if (list.some((c) => c.evidence) || repeatedUnknown || knownKeys.has(key) || namedByShape(folded, tokens, key, list) || namedBySound(folded, tokens, key, list)) accepted.add(key);
  }
  for (const k of knownKeys.keys()) accepted.add(k);
  const strong = new Set([...byName].filter(([, list]) => list.some((c) => c.evidence)).map(([key]) => key));
  for (const k of knownKeys.keys()) strong.add(k);
  acceptLists(folded, tokens, kept, accepted, strong);
  // A name of two said several times, and once a word jieba's HMM made of it and the next word's
  // first character (李民 … 李民上/x 一次, 賈政 … 賈政道/x：): that word is the shorter name.
  const starts = (key: string) => new Set((byName.get(key) ?? []).map((c) => c.start)).size;
  for (const key of [...accepted]) {
    const short = key.slice(0, 2);
    const own = byName.get(key) ?? [];
    const elsewhere = new Set((byName.get(short) ?? []).filter((c) => !own.some((o) => o.start === c.start)).map((c) => c.start)).size;
    if (key.length !== 3 || knownKeys.has(key) || !accepted.has(short) || starts(key) !== 1 || elsewhere < 2 || !own.every((c) => c.unknown)) continue;
    accepted.delete(key);
    // …and the post found before it is the shorter name's (高级船长李民上/x 一次).
    for (const c of own) byName.get(short)!.unshift({ ...c, end: c.start + 2, key: short });
  }
  // A word counted like a thing anywhere (500斤胡萝卜, 这个玉萝卜: 个, 斤, 根… are never a named
  // person's measure words) or named as an illness (帕金森病) is that thing, wherever else it stands.
  // Each pattern runs once over the text; every mention of a key is then looked up by position.
  const countedAt = new Set(Array.from(folded.matchAll(COUNTED), (m) => m.index + m[0].length));
  const illnessAt = new Set(Array.from(folded.matchAll(ILLNESS), (m) => m.index));
  const thingAt = (key: string, at: number) =>
    (countedAt.has(at) && !COMPARED_AFTER.test(folded.slice(at + key.length, at + key.length + 2))) || illnessAt.has(at + key.length);
  for (const key of accepted) {
    if (knownKeys.has(key) || key.includes('·')) continue;
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      if (!thingAt(key, at)) continue;
      accepted.delete(key);
      break;
    }
  }
  // A body speaks through its side (高通方面告诉记者, 龙湖方面回应): a word named so anywhere is that
  // body, in a list too, unless a post makes it someone.
  for (const key of accepted) {
    if (!knownKeys.has(key) && folded.includes(`${key}方面`) && (byName.get(key) ?? []).every((c) => c.title === null)) accepted.delete(key);
  }

  const startingAt = new Map<number, Candidate[]>();
  for (const c of kept) startingAt.set(c.start, [...(startingAt.get(c.start) ?? []), c]);

  // Longer names first so that 王一鸥 claims its characters before a shorter 王一 could.
  const order = [...accepted].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(folded.length);
  const out: Person[] = [];
  const placed = (key: string) => (byName.get(key) ?? []).filter((c) => folded.slice(c.start, c.end) !== key);
  for (const key of order) {
    const mentions: Span[] = [];
    const claim = (at: number, end: number) => {
      if (taken.subarray(at, end).some((x) => x === 1)) return;
      taken.fill(1, at, end);
      mentions.push({ start: at, end });
    };
    for (const c of placed(key)) claim(c.start, c.end); // padded or dotted differently
    const written = key.includes('·') ? folded.replace(/[・•‧･]/g, '·') : folded;
    for (let at = written.indexOf(key); at >= 0; at = written.indexOf(key, at + key.length)) {
      if (!partOfName(folded, at + key.length)) claim(at, at + key.length);
    }
    // A transliterated name is later shortened to its last parts (阿克拉姆 for 哈立德·泰穆尔·阿克拉姆,
    // 米勒-怀特 for 约翰·米勒-怀特): every such tail, longest first, is the same person.
    const parts = foreignParts(key);
    for (let k = 1; k < parts.length; k++) {
      const tail = key.slice(key.length - parts.slice(k).join('').length - (parts.length - k - 1));
      if (tail.length < 2) continue;
      for (let at = written.indexOf(tail); at >= 0; at = written.indexOf(tail, at + tail.length)) {
        if (!isSoundNeighbour(folded, at, at + tail.length) && !NOT_PERSON_AFTER.test(folded.slice(at + tail.length, at + tail.length + 2))) {
          claim(at, at + tail.length);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const titles: string[] = [];
    const seen = new Set<string>();
    // jieba may cut the name short where its post is read (校长/陈立/群要): a candidate at the
    // same start, cut inside this name, lends its post.
    const own = byName.get(key) ?? [];
    const lent = mentions.flatMap((m) => (startingAt.get(m.start) ?? []).filter((c) => c.end < m.end && key.startsWith(c.key!)));
    // At one start a byline's candidate, with the role it was given, goes first.
    for (const c of [...own, ...lent].sort((a, b) => a.start - b.start || (b.role ? 1 : 0) - (a.role ? 1 : 0))) {
      if (c.title === null) continue;
      const k = foldToSimplified(c.title);
      if (!seen.has(k)) titles.push(c.title);
      seen.add(k);
    }
    // A candidate whose every occurrence belongs to a longer name (周赛 in 周赛保) is no one.
    if (mentions.length === 0 && !knownKeys.has(key)) continue;
    // The name as first written in full (a shortened tail may come first in the text).
    const first = mentions.find((m) => foldDots(folded.slice(m.start, m.end)).replace(/[ \t\u3000\u00a0]+/g, '') === key) ?? mentions[0];
    out.push({
      name: first ? text.slice(first.start, first.end).replace(/[ \t\u3000\u00a0]+/g, '') : (knownKeys.get(key) ?? key),
      title: titles[0] ?? null,
      titles,
      mentions,
      count: mentions.length,
      known: knownKeys.has(key),
    });
  }
  // Page order of first mention; people known only from the byline go last.
  return out.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
}

/** A number and a measure word for documents and affairs right before a post (`一份部长宣言`): the post is the kind
 * of a thing, and the word after it that thing. */
const THING_COUNTED_BEFORE = /[一两二三四几每这那该][份项篇条件本部张封册]$/;
/** A quantity right after a word (`多达1500余名`), not a date, an age or a time (`1998年`, `45岁`). */
const QUANTITY_AFTER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．]*[年月日岁届号时点:：])/;
/** Gratitude, welcome or respect expressed through 表示 (`对…的亲切关怀表示感谢`). */
const EXPRESSED = /^表示(?:感谢|谢意|欢迎|祝贺|敬意|慰问|哀悼|赞赏|赞同|支持|满意|关切|遗憾|衷心|诚挚|热烈|真诚|崇高|高度|由衷)/;

/**
 * Whether a candidate is one ordinary word jieba's dictionary knows, by what stands around it: a
 * quantity right after it (志愿者/多达/nrt 1500余名: an adverb of amount), a noun it qualifies
 * (社区人员/基本/n 报酬/n), or, after 的 and maybe a word of manner, the object of thanks or respect
 * (的亲切/关怀/nr 表示感谢).
 * Only a word jieba read whole: a name it cut or did not know keeps its own tests.
 */
function ordinaryWord(folded: string, tokens: readonly TaggedToken[], c: Candidate): boolean {
  if (c.end - c.start !== 2) return false;
  const k = tokenIndexAt(tokens, c.start);
  const t = tokens[k];
  if (!t || t.start !== c.start || t.end !== c.end || t.tag === 'x') return false;
  const next = tokens[k + 1];
  if (QUANTITY_AFTER.test(folded.slice(c.end, c.end + 8))) return true;
  // (After a post only: a leader's name before his government is read as a noun too, 桥本/n 内阁/n.)
  if (t.tag === 'n' && next?.start === c.end && /^(?:n|vn)$/.test(next.tag) && next.end - next.start >= 2 && POST_AT_END.test(postText(folded, c.start))) return true;
  return /的\p{Script=Han}{0,2}$/u.test(folded.slice(Math.max(0, c.start - 3), c.start)) && EXPRESSED.test(folded.slice(c.end, c.end + 6));
}

/** A measure word for things after a number or 这/那/每 (`500斤`, `这个`): never a named person's. */
const COUNTED = /(?:[0-9０-９一二两三四五六七八九十几百千万这那每]|公)[个斤根袋箱筐盒瓶碗盘块片颗棵吨]/g;
/** What follows a person compared with others (`一个李长水这样的干部`): he is still a person. */
const COMPARED_AFTER = /^(?:这样|那样|一样|似的|般|式)/;
/** An illness named after a word (`帕金森病`, …症, …综合征), not a person falling ill (`病逝`, `病重`). */
const ILLNESS = /病(?![逝故重危倒了情])|症|综合征/g;

/** Last characters of the names of places and structures that given names do not end in. */
const PLACE_WORD_END = /[堤桥路街寺塔亭楼阁坝渠湾站场馆村镇乡井洞坡岛屯寨堡]$/;
