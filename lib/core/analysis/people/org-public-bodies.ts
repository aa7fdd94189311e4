/*
 * Bodies of the state, the army and diplomacy by their fixed shapes (ministries' departments, a
 * level's bare bodies and departments, missions, armed services, army units, cultural centres,
 * friendship bodies, mechanisms) and armed groups named in quotation marks.
 */
import { isHanWord, type TaggedToken, tokenIndexAt } from '../tokens';
import { FUNCTION_WORDS, POST_AT_END, overlaps } from './lexicon';
import { BARE_BODIES, BARE_BODY_AFTER, DETERMINERS, PROVINCE } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { type Candidate, isHead, wordAt } from './org-candidates';
import { nameLike } from './org-heads';
import { LEXICON, ownerEndingAt } from './org-lexicon-spans';
import { CITY_NAMES } from './org-places';
import { readBack } from './org-read-back';

/** A group named in quotation marks right after its kind (极端组织“伊斯兰国”, 恐怖组织“基地”). */
const QUOTED_GROUP = /(?:极端|恐怖|武装|反政府|激进|军事|准军事)(?:组织|团体|派别)[“「]([^”」，。、]{2,16})[”」]/gu;

export function quotedGroupSpans(folded: string, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  QUOTED_GROUP.lastIndex = 0;
  for (let m = QUOTED_GROUP.exec(folded); m; m = QUOTED_GROUP.exec(folded)) {
    const start = m.index + m[0].length - 1 - m[1]!.length;
    const span = { start, end: start + m[1]!.length };
    if (!overlaps(personAt, span)) out.push(span);
  }
  return out;
}

/** A people's army of the revolutionary wars and its numbered units (八路军一二九师, 新四军第四支队,
 * 志愿军第三十八军): each unit is a body, named with its army. The Red Army's units are written with
 * 红 and the number alone (红四方面军, 红二十五军, 红4军, 红1军团), as the histories write them; a
 * unit's department named right after it is a body too (红4军政治部, 八路军一二九师司令部). */
const UNIT_NUMBER = '[一二三四五六七八九十百〇零两\\d０-９]{1,4}';
const ARMY_UNIT = new RegExp(
  `(?:(?:八路军|新四军|中国人民志愿军|志愿军|中国工农红军)(?:第?${UNIT_NUMBER}(?:方面军|兵团|军团|纵队|支队|师|旅|团|军))+` +
    `|红${UNIT_NUMBER}(?:方面军|军团|军|师)(?:第?${UNIT_NUMBER}(?:师|团))*)` +
    '(?:政治部|司令部|后勤部|供给部|卫生部|参谋处|宣传部|组织部|保卫部|保卫局)*',
  'g',
);

export function armyUnitSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  ARMY_UNIT.lastIndex = 0;
  for (let m = ARMY_UNIT.exec(folded); m; m = ARMY_UNIT.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** `河内中国文化中心`, `河内孔子学院`: China's cultural centres and Confucius Institutes abroad,
 * named by the foreign city or country that hosts each (a cultural centre is otherwise a venue). */
export function culturalCentreSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of folded.matchAll(/中国文化中心|孔子学院|孔子课堂/g)) {
    const at = m.index;
    const host = tokens[tokenIndexAt(tokens, at) - 1];
    if (host?.end === at && FOREIGN_PLACES.has(wordAt(folded, host))) out.push({ start: host.start, end: at + m[0].length });
  }
  return out;
}

/** `中越友好协会`, `中俄友好小组`: a friendship body of China and a country, both by their
 * one-character names (jieba reads 友好 as an adjective, which opens no name read back). */
const FRIENDSHIP_BODY = /(?:中[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳非阿]|[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳非阿]中)友好(?:协会|促进会|联合会|委员会|小组|合作委员会)/g;

export function friendshipSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  FRIENDSHIP_BODY.lastIndex = 0;
  for (let m = FRIENDSHIP_BODY.exec(folded); m; m = FRIENDSHIP_BODY.exec(folded)) {
    // (其中/越…: the pair opens a word of its own, not the end of one.)
    if (tokens[tokenIndexAt(tokens, m.index)]?.start !== m.index) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Tags of the words of a department's remit between its ministry and 司 (预算/v, 国民经济/n 综合/vn 统计/v). */
const REMIT_TAGS = new Set(['n', 'v', 'vn', 'l', 'nz', 'ns', 'j', 'b', 'an', 'a', 'nr', 'x']);

/**
 * `财政部预算司`, `国家统计局国民经济综合统计司`, `国家发展改革委就业收入分配和消费司`: a department (司)
 * right after a known central body, its remit in between whatever verbs it holds (a name read back from
 * 司 stops at most verbs). The remit is two to twelve characters of words, with 和 or 与 only between two
 * of them, and no person, post or head of another body.
 */
export function ministryDepartmentSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    // (建设司/nt: jieba glues the last remit word to 司 at times.)
    if (!w.endsWith('司') || w.length > 3 || /(?:公司|上司|官司|寿司)$/.test(w) || overlaps(personAt, t) || j === 0) return;
    for (let k = j - 1; k >= 0 && t.start - tokens[k]!.start <= 12; k--) {
      const r = tokens[k]!;
      const rw = wordAt(folded, r);
      const conj = /^[和与]$/.test(rw) && k < j - 1 && k > 0 && REMIT_TAGS.has(tokens[k - 1]!.tag);
      if (!isHanWord(rw) || overlaps(personAt, r) || (!REMIT_TAGS.has(r.tag) && !conj) || (FUNCTION_WORDS.test(rw) && !conj) ||
        POST_AT_END.test(rw) || DETERMINERS.test(rw)) return;
      // The ministry ends right before this word: the department runs from the ministry's start.
      const owner = ownerEndingAt(folded, r.start);
      if (owner !== null && t.start - r.start >= 2) {
        out.push({ start: owner, end: t.end });
        return;
      }
      if (isHead(rw)) return;
    }
  });
  return out;
}

/** A standing mechanism that acts as a body (`国务院联防联控机制`), a head jieba cuts into several words. */
const MECHANISM = /联防联控(?:工作)?机制/g;

export function mechanismSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  MECHANISM.lastIndex = 0;
  for (let m = MECHANISM.exec(folded); m; m = MECHANISM.exec(folded)) {
    const end = m.index + m[0].length;
    const k = tokenIndexAt(tokens, m.index) - 1;
    const before = tokens[k];
    if (!before || before.end !== m.index || !isHanWord(before.word)) continue;
    const start = readBack(folded, tokens, k, before.end, personAt);
    if (start !== null && start < m.index && (nameLike(folded, tokens, start, m.index) || LEXICON.has(folded[start]!) &&
      (LEXICON.get(folded[start]!) ?? []).some((e) => folded.slice(start, m.index) === e.form))) out.push({ start, end });
  }
  return out;
}

/** A level's government, legislature or advisory body, by the level's own character (市政府, 省人大). */
const LEVEL_GOVERNMENT = /^([省市县区州])(?:人民政府|政府|人大|政协)/;

/** `政法委书记`, `人大副主任`, `纪委等部门`: a local body by its bare name, a word of its own after
 * a clause or list mark, shown to be a body by the post or the `等部门` after it. */
export function bareBodySpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    const w = wordAt(folded, t);
    // 省委书记/n 胡春华: jieba glues a province's or a city's committee to its secretary; the
    // committee is the body, named by its level alone as the text names it; so it is glued to
    // its standing committee's members (省委常委/j, 秘书长…).
    // (纪委书记/n, 团委书记/n: a discipline or youth league committee by its bare name, the same.)
    const glued = /^([省市县区州]委|纪委|团委|政法委)(?:副?书记|常委)$/.exec(w);
    // 省委/j 省政府, 省委和省政府: a level's committee right before the same level's government,
    // legislature or advisory body (or joined to it by 和) is a body of its own, as in a list.
    const joined = tokens[j + 1] !== undefined && /^[和及与]$/.test(tokens[j + 1]!.word) ? tokens[j + 2] : tokens[j + 1];
    if (/^[省市县区州]委$/.test(w) && joined && (joined === tokens[j + 1] ? joined.start === t.end : true) &&
      LEVEL_GOVERNMENT.exec(wordAt(folded, joined))?.[1] === w[0] && !overlaps(personAt, t)) {
      out.push({ start: t.start, end: t.end });
      return;
    }
    const before = tokens[j - 1];
    // 德兴市/ns 政协委员/n, 长沙市/ns 人大代表/nz: a place's political consultative conference or
    // people's congress, glued to the title of its members, after the place and its level.
    const member = /^(政协|人大)(?:委员|代表|常委)$/.exec(w);
    if (member && before && before.end === t.start && before.tag === 'ns' && /\p{Script=Han}[省市县区州]$/u.test(wordAt(folded, before)) && !overlaps(personAt, t)) {
      out.push({ start: before.start, end: t.start + member[1]!.length });
      return;
    }
    if ((!BARE_BODIES.test(w) && !glued) || overlaps(personAt, t)) return;
    // 河内/s 市委书记: a foreign city jieba knows as a place before its committee glued to the secretary.
    if (glued && before && before.end === t.start && FOREIGN_PLACES.has(wordAt(folded, before))) {
      out.push({ start: before.start, end: t.start + glued[1]!.length });
      return;
    }
    // 时任/n 礼泉/n 县委书记, 浙江/ns 开化/v 县委书记: a county's or a city's name jieba does not know, read
    // as a noun or a verb, right before its committee glued to the secretary, where a word of holding
    // the office, a province or a list mark opens it (the province is part of the name).
    const place = glued && before && before.end === t.start ? gluedPlace(folded, tokens, j - 1) : null;
    if (place !== null && !overlaps(personAt, { start: place, end: t.start })) {
      out.push({ start: place, end: t.start + glued![1]!.length });
      return;
    }
    if (before && before.end === t.start && isHanWord(before.word) && !/^[和与及、]$/.test(wordAt(folded, before))) return;
    // A discipline, youth league or political-legal committee by its bare name is a place's own only
    // after that place's committee membership (市委常委、纪委书记); after `我院党委副书记、` it is the
    // writer's unit's, no name.
    if (glued && !/^[省市县区州]委$/.test(glued[1]!) && !/[省市县区州]委(?:常委|委员)[、，,]$/.test(folded.slice(Math.max(0, t.start - 6), t.start))) return;
    if (glued) out.push({ start: t.start, end: t.start + glued[1]!.length });
    else if (BARE_BODY_AFTER.test(folded.slice(t.end, t.end + 5))) out.push({ start: t.start, end: t.end });
  });
  return out;
}

/** Where the place's name before a committee glued to its secretary starts (see bareBodySpans), or null. */
function gluedPlace(folded: string, tokens: readonly TaggedToken[], k: number): number | null {
  const t = tokens[k]!;
  const w = wordAt(folded, t);
  if (!/^(?:n|v|nr|nrfg|ns|nz|x|j)$/.test(t.tag) || !/^\p{Script=Han}{2,3}$/u.test(w) || FUNCTION_WORDS.test(w) || DETERMINERS.test(w) || /任$/.test(w)) return null;
  const prev = tokens[k - 1];
  if (!prev || prev.end !== t.start || !isHanWord(prev.word)) return prev && /^[、，,：:（(]$/.test(prev.word) ? t.start : null;
  const pw = wordAt(folded, prev);
  if (/^(?:[时后现曾原历升调出新]任|担任|出任)$/.test(pw)) return t.start;
  return prev.tag === 'ns' && PROVINCE.test(pw) ? prev.start : null;
}

/**
 * The departments of a local government by their remit's usual short form and their head
 * (`住建局`, `发改委`, `人社厅`, `卫健委`, `市场监管局`): a closed set, as every province, city and
 * county names its own departments the same way.
 */
const LOCAL_DEPARTMENT = new RegExp(
  '(?:' + ['住建', '住房城乡建设', '发改', '发展改革', '经信', '工信', '人社', '人力资源社会保障', '卫健', '卫生健康', '市场监管', '市监', '文旅', '文化旅游',
    '文广旅', '教体', '教育', '公安', '民政', '司法', '财政', '自然资源', '自然资源和规划', '生态环境', '交通运输', '水利', '水务', '农业农村', '商务',
    '应急管理', '审计', '统计', '医保', '医疗保障', '林业', '城管', '城市管理', '退役军人事务', '信访', '大数据', '政务服务', '行政审批', '科技', '国资',
    '乡村振兴', '民宗', '侨务', '外事', '体育', '档案', '粮食和储备', '金融', '地方金融监管', '数据'].join('|') + ')(?:局|委|厅)',
  'g',
);

/**
 * `长沙市/ns 住/v 建局/x`, `市住/x 建局/x`: a local department jieba cut across its short name is
 * read from its level (and the place the level ends) to its head, whatever the tags.
 */
export function localDepartmentSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  LOCAL_DEPARTMENT.lastIndex = 0;
  for (let m = LOCAL_DEPARTMENT.exec(folded); m; m = LOCAL_DEPARTMENT.exec(folded)) {
    const end = m.index + m[0].length;
    // 局长, 委员: the head's character opens a post, the department is inside a post's word.
    if (/^[长员]/.test(folded[end] ?? '') || !/^[省市县区州]$/.test(folded[m.index - 1] ?? '')) continue;
    let start = m.index - 1;
    const place = tokens[tokenIndexAt(tokens, start)];
    // The place the level ends (长沙市/ns): the department is that place's.
    if (place && place.end === m.index && place.start < start && (place.tag === 'ns' || CITY_NAMES.has(folded.slice(place.start, start)))) start = place.start;
    const span = { start, end };
    if (overlaps(personAt, span)) continue;
    out.push(span);
  }
  return out;
}

/**
 * `中国常驻联合国代表团`: a country's permanent mission to a body or a city is a body, named by the
 * country, 常驻 and what it is accredited to (常驻/v breaks the name read back from 代表团).
 */
const PERMANENT_MISSION = /常驻(\p{Script=Han}{2,12}?)代表团/gu;

export function missionSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  PERMANENT_MISSION.lastIndex = 0;
  for (let m = PERMANENT_MISSION.exec(folded); m; m = PERMANENT_MISSION.exec(folded)) {
    const before = tokens[tokenIndexAt(tokens, m.index) - 1];
    if (!before || before.end !== m.index) continue;
    const country = wordAt(folded, before);
    // The country sending it opens the name; without one it is a kind of mission, no name.
    if (country !== '中国' && !FOREIGN_PLACES.has(country)) continue;
    if (/[，。、；：和与及的]/.test(m[1]!)) continue;
    out.push({ start: before.start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * `中国人民解放军东部战区`, `解放军海军`: the armed forces' name right before one of their services
 * or theatre commands is that service or command named whole (the two halves are each a known
 * body or a common word, and were found apart or not at all).
 */
const ARMED_SERVICE = /(?:中国人民解放军|解放军|中国人民武装警察部队|武警部队)(?:[东南西北中]部战区|海军|空军|陆军|火箭军|战略支援部队|联勤保障部队|信息支援部队|军事航天部队|网络空间部队)(?!部(?!队))/g;

export function serviceSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  ARMED_SERVICE.lastIndex = 0;
  for (let m = ARMED_SERVICE.exec(folded); m; m = ARMED_SERVICE.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
