/** Names found by patterns on the text itself: a leader after his country's post, a name between a post
 * and a speech verb, a name a post introduces before an official act. Apart from names.ts as the finders
 * that need no name tag from jieba. */
import { isHanWord, tokenIndexAt, type TaggedToken } from '../tokens';
import { POST, DEPUTY_TITLE, POST_NAME_BEFORE_DEPUTY, POST_NAME_SPEECH } from './lexicon';
import { FOREIGN_PLACES } from './foreign-places';
import { GIVEN_NAME_CHARS, SURNAME_MOSTLY } from './given-names';
import { soundsLikeName } from './transliteration';
import type { Candidate } from './name-candidate';
import { isNameShape } from './name-shape';
import { MANNER_ADVERB } from './token-candidates';

/** What a leader's name stands before: the government or cabinet he leads, his time in office. */
const LEADERS_OWN = /^(?:政府|内阁|当局|执政|政权|任内|时期|时代|年代)/;

/**
 * A leader named by the government he leads or his time (拜登政府, 桥本内阁, 撒切尔时期, 叶利钦时代):
 * a word jieba tags a person's name (or any word of a Japanese family name's shape before 内阁), written in a
 * transliteration's sound characters, as a Japanese family name or as a Han name, right before
 * such a word; jieba may glue the name to 政府 (克林顿政府/nt). A country, a city or a place is no
 * leader (伊拉克政府, 日本内阁).
 */
const COMPANY_AFTER_ERA = /^(?:董事|监事|总经理|副?总裁|首席|创始人|股份|公司|集团|旗下|公告|控股|科技|电池|汽车|证券)/;

export function leaderCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    let end = t.end;
    let after = folded.slice(t.end, t.end + 2);
    const word = folded.slice(t.start, t.end);
    if (t.tag === 'nt' && /^\p{Script=Han}{2,6}(?:政府|内阁)$/u.test(word)) {
      end = t.end - 2;
      after = folded.slice(end, end + 2);
    } else if (!/^(?:nr|nrt|nrfg)$/.test(t.tag) && !(/^(?:x|n)$/.test(t.tag) && after === '内阁') && !(t.tag === 'x' && after === '政府')) return;
    const name = folded.slice(t.start, end);
    if (name.length < 2 || name.length > 6 || !isHanWord(name) || !LEADERS_OWN.test(after) || FOREIGN_PLACES.has(name)) return;
    const next = tokens[i + 1];
    // The whole next word, and no body named after him (肯尼迪/政府学院, 肯尼迪/政府/学院).
    if (end === t.end && (!next || next.start !== end || !LEADERS_OWN.test(next.word) || next.word.length !== 2)) return;
    if (/^(?:学院|大学|学校|研究院|研究所|中心|基金|奖)/.test(folded.slice(end + 2, end + 5))) return;
    // …nor a company named like an era, shown by its officers or its trade after it (宁德时代董事长).
    if (COMPANY_AFTER_ERA.test(folded.slice(end + 2, end + 6))) return;
    const foreign = soundsLikeName(name) || t.tag === 'nrt';
    const japanese = name.length === 2 && /^\p{Script=Han}[本田野村藤井口木原泽崎岛部川倍山]$/u.test(name) && /^(?:内阁|政府|政权)/.test(after);
    // A Han name jieba does not know (尹锡悦/x) only before the government or the cabinet he heads.
    const han = name.length === 3 && SURNAME_MOSTLY.has(name[0]!) && isNameShape(name) && (t.tag !== 'x' || /^(?:政府|内阁)/.test(after));
    // A Japanese full name of four (岸田文雄/x) before the cabinet or the government.
    const japaneseFull = name.length === 4 && /[郎夫雄男彦树茂晋三]$/.test(name) && /^(?:内阁|政府)/.test(after);
    if (t.tag === 'n' ? !japanese : !foreign && !japanese && !han && !japaneseFull) return;
    out.push({ start: t.start, end, title: null, evidence: true, unknown: false, byPost: true });
  });
  return out;
}

/** A name introduced as one, up to the pause that closes it (`名叫张鹏一，`). */
const NAMED_UP_TO_PAUSE = /(?:名叫|叫做|名字叫)(\p{Script=Han}{2,3})(?=[，,。；;、])/gu;

/** A post, 是 and a name of two or three closing its clause (`主编是胡果，`, `队长是王明。`). */
const POST_IS_NAME = new RegExp(`${POST}是(\\p{Script=Han}{2,3}?)(?=[，,。；;])`, 'gu');

/** Names between a post and a speech verb or a deputy's title, found on the text itself. */
export function patternCandidates(folded: string): Candidate[] {
  const out: Candidate[] = [];
  POST_NAME_SPEECH.lastIndex = 0;
  for (let m = POST_NAME_SPEECH.exec(folded); m; m = POST_NAME_SPEECH.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    // `局长王再次强调`: a surname and an adverb, not a given name.
    if (!MANNER_ADVERB.test(m[1]!.slice(1))) out.push({ start, end: m.index + m[0].length, title: null, evidence: true, unknown: false });
    POST_NAME_SPEECH.lastIndex = start; // the name may itself end in 长 (张长): rescan from it
  }
  // `名叫张鹏一，`: a name given as one (名叫, 叫做) is the whole word up to the pause, whatever jieba
  // cut (张鹏/x 一/m).
  for (const m of folded.matchAll(NAMED_UP_TO_PAUSE)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, title: null, evidence: true, unknown: false });
  }
  // `主编是胡果，`: a post, 是 and a name closing the clause name who holds it.
  for (const m of folded.matchAll(POST_IS_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, title: null, evidence: true, unknown: false });
  }
  // A deputy's title after the name: the post is looked for in the few characters before it only.
  DEPUTY_TITLE.lastIndex = 0;
  for (let d = DEPUTY_TITLE.exec(folded); d; d = DEPUTY_TITLE.exec(folded)) {
    const m = POST_NAME_BEFORE_DEPUTY.exec(folded.slice(Math.max(0, d.index - 24), d.index));
    // `研究员向各位委员表示`: the people addressed, `院士代表委员发言`: the verb, not a name.
    if (!m || MANNER_ADVERB.test(m[1]!.slice(1)) || /[各位们些诸众代表]/.test(m[1]!)) continue;
    out.push({ start: d.index - m[1]!.length, end: d.index, title: null, evidence: true, unknown: false });
  }
  return out;
}

/** An officer's head of a post, the kind that closes an official's title (`…生态环境部部长`, `…工区工长`). */
const OFFICER_POST = /(?:[部局厅处科所院校队站段组区班工]长|主任|主席|书记|总理|总统|委员|董事长|总经理|总监|司令员|政委)$/;

/**
 * `这是生态环境部部长黄润秋接受媒体采访`, `…工区工长宁建军攀登铁塔`: a three-character name of a
 * common surname and given-name characters between an officer's post and a verb (or a preposition), found on the text
 * when jieba cut the name into other words (黄润/n 秋/t, 长宁/ns 建军/n). The post and the act
 * together are the evidence; the surname and given-name classes keep words out.
 */
export function postActCandidates(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // …or a preposition or a conjunction that goes on with his clause (黄润/秋/与…会谈, 在会上说, 和…出席).
    if (!(/^(?:v|vd|vi|p)$/.test(t.tag) || (t.tag === 'c' && /^(?:和|与|及|同)$/.test(t.word))) || t.start < 5) continue;
    const start = t.start - 3;
    const name = folded.slice(start, t.start);
    if (!SURNAME_MOSTLY.has(name[0]!) || !GIVEN_NAME_CHARS.has(name[1]!) || !GIVEN_NAME_CHARS.has(name[2]!) || !isNameShape(name)) continue;
    if (!OFFICER_POST.test(folded.slice(Math.max(0, start - 4), start))) continue;
    // jieba read no word across the name's end, and the name is not one word it knows as something else.
    const first = tokens[tokenIndexAt(tokens, start)];
    if (!first || (first.start === start && first.end === t.start && !/^(?:nr|nrfg|x)$/.test(first.tag))) continue;
    out.push({ start, end: t.start, title: null, evidence: true, unknown: false });
  }
  return out;
}
