/*
 * Party bodies by their fixed shapes: a village's branch, the democratic parties' local committees,
 * stationed discipline teams, parties named by their standing or abroad, study groups.
 */
import { type TaggedToken, tokenIndexAt } from '../tokens';
import { FUNCTION_WORDS, overlaps } from './lexicon';
import { DETERMINERS, NOT_ORG_HEAD } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { type Candidate, wordAt } from './org-candidates';
import { nameLike } from './org-heads';
import { LEXICON } from './org-lexicon-spans';
import { readBack } from './org-read-back';

/** A village's own party branch or committee opening its clause: `进化村党支部书记`. */
const VILLAGE_BODY = /(?<=^|[\s，。；：、“（(）)])(\p{Script=Han}{2})村(?=党支部|党总支|村委会|村民委员会)/gu;

/**
 * `进化/v 村/zg 党支部书记`: a village's two-character name jieba read as a word of any kind (a
 * verb, an adjective), before 村 and the village's party branch or committee, at the start of its
 * clause: the body is the village's. The name must be a word of its own, and no pronoun or count.
 */
export function villageBodySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  VILLAGE_BODY.lastIndex = 0;
  for (let m = VILLAGE_BODY.exec(folded); m; m = VILLAGE_BODY.exec(folded)) {
    const name = m[1]!;
    const k = tokenIndexAt(tokens, m.index);
    const t = tokens[k];
    if (!t || t.start !== m.index || t.end !== m.index + 2 || FUNCTION_WORDS.test(name) || DETERMINERS.test(name) || /^[全各该本每两几多我贵]/.test(name) ||
      /^(?:p|c|u|uj|d|r|m|q)$/.test(t.tag) ||
      // (说起/v 村党总支书记, 来到/v 村党支部: a verb of speaking of or going to a place takes the
      // village's body as its object; 进化/v 村 is a village's name.)
      /^(?:说起|谈起|提起|说到|来到|走进|前往|回到|到达|赶到|赶往|返回|进入|离开|来自|位于|走访|深入|扎根)$/.test(name)) continue;
    const head = /^(?:党支部|党总支|村委会|村民委员会)/.exec(folded.slice(m.index + 3))![0];
    const span = { start: m.index, end: m.index + 3 + head.length };
    if (overlaps(personAt, span)) continue;
    out.push(span);
  }
  return out;
}

/**
 * `民进湖南省委会`, `民建广东省委`, `九三学社四川省委`: a democratic party's committee of a province or
 * a city, named by the party's short name, the place and 委/委会/委员会. jieba cuts it into the party
 * and the place's own party committee (民进 | 湖南省委), two bodies the text does not name; the
 * chair's title after it (主委, 副主委) is no part of the name.
 */
const DEMOCRATIC_PARTY_COMMITTEE = /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?!党)\p{Script=Han}{1,8}?(?:省|市|区|县|州|自治区)(?:委员会|委会|委)/gu;

export function democraticPartySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  DEMOCRATIC_PARTY_COMMITTEE.lastIndex = 0;
  for (let m = DEMOCRATIC_PARTY_COMMITTEE.exec(folded); m; m = DEMOCRATIC_PARTY_COMMITTEE.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // 人民进行…: the party's short name must be a word of its own, and the place no person.
    if (tokens[tokenIndexAt(tokens, span.start)]?.start !== span.start || overlaps(personAt, span) || /[，。、；：\s]/.test(m[0])) continue;
    out.push(span);
  }
  return out;
}

/**
 * `驻市卫生计生委纪检监察组`, `中央纪委国家监委驻教育部纪检监察组`: a discipline team the
 * discipline commission stations in a department is a body, named by the department it sits in
 * (and the commission sending it, when written before 驻). jieba tags its remit a person's name
 * at times (纪检监察/nr) and leaves its head bound (组/zg), so it is read here from its shape.
 */
const STATIONED_TEAM = /((?:(?:中央|国家|[省市区县])?(?:纪委|监委))*)(?<![进派常入移])驻(?!驻)(\p{Script=Han}{2,16}?)(?:纪检监察组|纪检组|监察组)/gu;

export function stationedTeamSpans(folded: string, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  STATIONED_TEAM.lastIndex = 0;
  for (let m = STATIONED_TEAM.exec(folded); m; m = STATIONED_TEAM.exec(folded)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // 各派驻纪检监察组, 进驻…: the team must sit in a named department, not in bodies as a class.
    if (/^(?:各|有关|相关|该|本)/.test(m[2]!) || overlaps(personAt, { start: m.index + m[1]!.length + 1, end: span.end - 3 })) continue;
    out.push(span);
  }
  return out;
}

/**
 * `执政党国民力量党`, `最大在野党共同民主党`: a party named right after its standing (ruling,
 * opposition) is that party, its name up to 党 whatever words it is made of (国民/力量/党,
 * 共同/d 民主党); read back from 党 alone it was cut or missed.
 */
const PARTY_BY_KIND = /(?:执政党|在野党|反对党|第一大党|第二大党|第三大党|执政联盟)(\p{Script=Han}{2,8}?党)(?![员内外委组性籍章纪风务校史])/gu;

export function partyByKindSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  PARTY_BY_KIND.lastIndex = 0;
  for (let m = PARTY_BY_KIND.exec(folded); m; m = PARTY_BY_KIND.exec(folded)) {
    const start = m.index + m[0].length - m[1]!.length;
    const span = { start, end: m.index + m[0].length };
    // 执政党的…, 执政党和在野党: a function word or another standing opens no name.
    if (tokens[tokenIndexAt(tokens, start)]?.start !== start || overlaps(personAt, span) || /^(?:的|和|与|及|是|在|也|都|之|一|各|该)/.test(m[1]!) ||
      /(?:执政|在野|反对|政)党$/.test(m[1]!)) continue;
    out.push(span);
  }
  return out;
}

/** What follows 党 when it opens another word (党员, 党内, 党章), not a party's name; a post after
 * a party jieba ended at 党 (代表, 委员长, 总书记) is its officer's. */
const PARTY_WORD_AFTER = /^[员内外性籍章纪风务校史建课旗徽政龄费支]/;

/**
 * `巴西劳工党`, `法国/复兴党/nt`, `黎巴嫩真主党/nt`: a party named right after its country is that
 * country's party, its name up to 党 (a lone 党 heads no name read back: it cut 太岳区党委). Kinds
 * and counts of parties (两党, 执政党, 政党) name none.
 */
export function foreignPartySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    let country = 0;
    for (let n = Math.min(6, t.end - t.start); n >= 2; n--) if (FOREIGN_PLACES.has(folded.slice(t.start, t.start + n))) { country = n; break; }
    if (!country) continue;
    const from = t.start + country;
    const m = /^\p{Script=Han}{1,6}?党/u.exec(folded.slice(from, from + 8));
    if (!m) continue;
    const end = from + m[0].length;
    const name = m[0];
    const last = tokens[tokenIndexAt(tokens, end - 1)];
    if (!last || last.end !== end || PARTY_WORD_AFTER.test(folded[end] ?? '') || NOT_ORG_HEAD.test(name) || /^(?:的|和|与|及|是|在|也|都|等|各|两|多|一)/.test(name) ||
      /(?:执政|在野|反对|政|大|小)党$/.test(name) || FOREIGN_PLACES.has(name.slice(0, -1)) || overlaps(personAt, { start: t.start, end })) continue;
    // 美国国会共和党参议员: a party's members in a legislature are named by the legislature, a body of
    // its own; the party is found on its own where the lexicon knows it.
    const house = /^(?:国会|议会|参议院|众议院|上院|下院|上议院|下议院)/.exec(name);
    if (house) {
      out.push({ start: t.start, end: from + house[0].length });
      continue;
    }
    out.push({ start: t.start, end });
  }
  return out;
}

/**
 * `教育部党组理论学习中心组`, `省委理论学习中心组`: a party committee's or group's theory study
 * group is a body of its members, named after its owner (学习/v broke the name read back).
 */
const STUDY_GROUP = /(?:党组|党委|党工委|[省市县区州]委)(?=理论学习中心组)/g;

export function studyGroupSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  STUDY_GROUP.lastIndex = 0;
  for (let m = STUDY_GROUP.exec(folded); m; m = STUDY_GROUP.exec(folded)) {
    const ownerEnd = m.index + m[0].length;
    const k = tokenIndexAt(tokens, ownerEnd - 1);
    const owner = tokens[k];
    if (!owner || owner.end !== ownerEnd) continue;
    const read = readBack(folded, tokens, k, ownerEnd, personAt);
    // The owner is named (教育部党组, 湖南省委) or is a committee by its level alone (省委).
    // (文化/部党组: a known body jieba split before its party group is the owner too.)
    const known = read !== null && (LEXICON.get(folded[read] ?? '') ?? []).some((e) => e.form === folded.slice(read, m.index));
    const start = read !== null && read < m.index && (known || nameLike(folded, tokens, read, ownerEnd)) ? read : owner.start;
    if (start !== owner.start || /^(?:[省市县区州]委|.{2,}(?:党组|党委|党工委))$/.test(wordAt(folded, owner))) {
      out.push({ start, end: ownerEnd + '理论学习中心组'.length });
    }
  }
  return out;
}
