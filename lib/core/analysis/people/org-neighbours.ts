/*
 * Names found from the bodies already kept: short names a text defines, back-references to an
 * owner or a task force, and the other items of a list one of whose items is a body.
 */
import { isHanWord, type Span, type TaggedToken, tokenIndexAt, tokensWithin } from '../tokens';
import { FUNCTION_WORDS, POST_AT_END, overlaps } from './lexicon';
import { CATEGORY_WORDS, DETERMINERS, HEAD_TAGS, INDUSTRY, LEVEL_START, NOT_BODY_END, ORG_HEAD, PROPER_TAGS } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { type Candidate, isHead, wordAt } from './org-candidates';
import { GENERIC_BEFORE_HEAD } from './org-kinds';
import { opensClause } from './org-name-parts';
import { CITY_NAMES } from './org-places';
import { CONFER_ACT, REGION, readBack } from './org-read-back';

/** `（以下简称“汇川技术”）`, `(下称"该行")`: the short name a text defines for the body before it. */
const SHORT_NAME_DEFINED = /[（(](?:以下简称|以下称|下称|简称)[：:]?[“"「『]([^”"」』）)]{2,12})[”"」』][）)]/g;

/**
 * Every use of a short name the text defines right after a body's name is a mention of that body,
 * grouped under it (`深圳市汇川技术股份有限公司（以下简称“汇川技术”）…汇川技术拟…`): no rule would
 * tie the two together, as the short name is no end of the full one.
 */
export function definedShortNames(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array, personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  SHORT_NAME_DEFINED.lastIndex = 0;
  for (let m = SHORT_NAME_DEFINED.exec(folded); m; m = SHORT_NAME_DEFINED.exec(folded)) {
    const owner = kept.find((c) => c.end === m!.index);
    const short = m[1]!;
    // A pronoun or a kind (该公司, 公司) is no name of the body's own.
    if (!owner || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(short) || /^(?:本|该|公司|集团|银行|本行|本公司)/.test(short)) continue;
    const key = owner.body !== undefined ? `#${owner.body}` : folded.slice(owner.start, owner.end);
    for (let at = folded.indexOf(short); at >= 0; at = folded.indexOf(short, at + short.length)) {
      const span = { start: at, end: at + short.length };
      // 厄特孔院/阿斯马拉/nrt 大学: the defined short name glued to another body's name read back by
      // rule is that body, and the proper name after it opens the other body (two bodies, not one).
      const glued = kept.find((c) => c.start === at && c.end > span.end && c.body === undefined && c.groupKey === undefined);
      const next = glued ? tokens[tokenIndexAt(tokens, span.end)] : undefined;
      if (glued && next?.start === span.end && PROPER_TAGS.has(next.tag) && next.tag !== 'x' && glued.end - span.end >= 3 && !overlaps(personAt, span)) {
        glued.start = span.end;
        out.push({ ...span, groupKey: key });
        continue;
      }
      if (overlaps(taken, span) || overlaps(personAt, span)) continue;
      taken.fill(1, span.start, span.end);
      out.push({ ...span, groupKey: key });
    }
  }
  return out;
}

/** A registered company's legal form, which a back-reference drops (供排水集团 of …集团有限公司). */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)$/;

/**
 * `沧州市供排水集团有限公司大浪淀水库管理处…供排水集团`: a body named first only as the owner at the
 * start of a sub-body's name, then on its own by that name without its place (or its legal form), is
 * a body of its own (docs/people.md: an owner named on its own is required), reported under its full
 * name with the short one as a form. Only owners that end in a head of two characters or more, and
 * short names of four characters or more that stand as words of their own, are taken.
 */
export function ownerBackReferences(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of [...kept]) {
    if (c.groupKey !== undefined || c.end - c.start < 8) continue;
    const first = tokens[tokenIndexAt(tokens, c.start)];
    if (!first || first.start !== c.start) continue;
    // The longest owner first (…集团有限公司 before …集团), so the full name is the one reported.
    const heads: TaggedToken[] = [];
    for (let j = tokenIndexAt(tokens, c.start) + 1; j < tokens.length && tokens[j]!.end < c.end; j++) {
      if (tokens[j]!.end - tokens[j]!.start >= 2 && isHead(wordAt(folded, tokens[j]!))) heads.unshift(tokens[j]!);
    }
    for (const t of heads) {
      const owner = folded.slice(c.start, t.end);
      // The owner's place (沧州市, 湖南省) is what a back-reference drops.
      let from = c.start;
      for (let k = tokenIndexAt(tokens, c.start); tokens[k] && tokens[k]!.end < t.end && (tokens[k]!.tag === 'ns' ||
        CITY_NAMES.has(wordAt(folded, tokens[k]!))); k++) from = tokens[k]!.end;
      const shorts = new Set([folded.slice(from, t.end), folded.slice(from, t.end).replace(LEGAL_FORM, '')]);
      for (const short of shorts) {
        if (short.length < 4 || short === owner || !isHead(short) || LEVEL_START.test(short)) continue;
        for (let at = folded.indexOf(short, c.end); at >= 0; at = folded.indexOf(short, at + short.length)) {
          const span = { start: at, end: at + short.length };
          const head = tokens[tokenIndexAt(tokens, at)];
          const tail = tokens[tokenIndexAt(tokens, span.end)];
          if (head?.start !== at || (tail && tail.start !== span.end) || overlaps(taken, span) || overlaps(personAt, span)) continue;
          taken.fill(1, span.start, span.end);
          out.push({ ...span, groupKey: `owner:${owner}` });
        }
      }
      if (out.some((o) => o.groupKey === `owner:${owner}`)) out.push({ start: c.start, end: t.end, groupKey: `owner:${owner}`, formOnly: true });
    }
  }
  return out;
}

/** A task force's head word that a back-reference keeps (领导小组 of 推进…工作领导小组). */
const TASK_FORCE_END = /(?:领导小组|总指挥部|指挥部|工作组|组委会)$/;

/**
 * `经推进…建设工作领导小组批准，领导小组办公室发表…`: after a task force is named, its office named by
 * the task force's head word alone (领导小组办公室, 指挥部办公室) is that task force's office, a body
 * of its own, reported as written. It must open its clause (after a pause or a preposition), so that
 * no longer name is cut.
 */
export function taskForceOffices(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    const m = TASK_FORCE_END.exec(folded.slice(c.start, c.end));
    if (!m || c.end - c.start <= m[0].length || seen.has(m[0])) continue;
    seen.add(m[0]);
    const office = `${m[0]}办公室`;
    for (let at = folded.indexOf(office, c.end); at >= 0; at = folded.indexOf(office, at + office.length)) {
      const span = { start: at, end: at + office.length };
      const k = tokenIndexAt(tokens, at);
      if (tokens[k]?.start !== at || (tokens[tokenIndexAt(tokens, span.end)]?.start !== span.end && span.end < folded.length) ||
        overlaps(taken, span) || overlaps(personAt, span) || !opensClause(folded, tokens, k)) continue;
      taken.fill(1, span.start, span.end);
      out.push(span);
    }
  }
  return out;
}

/** Tags of the words a list item that names a body is made of. */
const ITEM_TAGS = new Set([...HEAD_TAGS, 'nz', 'eng']);
/** A meeting's, a fair's or a games' name (世界生命科学大会, 中国肿瘤学大会), or a project's or a
 * programme's (江苏物流中心项目): an event or a work, no body (docs/people.md). A congress of
 * deputies (人民代表大会) and a conference that is a standing body (政治协商会议, 贸易和发展会议) are bodies. */
const MEETING_END = /(?:(?<!代表)大会|论坛|峰会|博览会|展览会|交易会|研讨会|年会|座谈会|发布会|运动会|项目|工程|计划|平台|行动|活动)$/;
/** A level's own party committee, government, legislature, advisory body or discipline commission. */
const LEVEL_BODY = /^[省市县区州](?:委|政府|人大|政协|纪委|监委)$/;

/**
 * `水利部、住房城乡建设部、市场监管总局`, `宇通客车、中铁盾构`: the items of a 、 list one of whose
 * items is a body are bodies too, when they are names (a proper word, or several words) and not
 * places. Each item is read back like a name; the list ends at the first item that is not one.
 */
export function listNeighbours(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const accept = (start: number, end: number): boolean => {
    const span = { start, end };
    // An item found already (a known body, a name with its head) goes on with the list.
    if (kept.some((o) => o.start === start && o.end === end) || out.some((o) => o.start === start && o.end === end)) return true;
    const inner = tokensWithin(tokens, start, end);
    const w = folded.slice(start, end);
    // 县直各单位: the bodies directly under a county as a class, no name.
    // (市属国有企业纪委: the bodies belonging to a city as a class, no name either.)
    if (end - start < 2 || end - start > 12 || !isHanWord(w) || /^[省市县区]直|^[省市县区部]属/.test(w) || overlaps(taken, span) || overlaps(personAt, span)) return false;
    // (北方/f 华创: a region opening the item is part of its name, see REGION.)
    if (inner.length === 0 || inner.every((t) => t.tag === 'ns' || CITY_NAMES.has(wordAt(folded, t))) ||
      inner.some((t) => !ITEM_TAGS.has(t.tag) && !(t.start === inner[0]!.start && REGION.test(wordAt(folded, t))))) return false;
    // (90后新农/nz 人/n、…公司总经理: an item ending in a word for people describes a person, no body.)
    if (/^(?:人|农人|青年|农民|工人|党员|群众|学生|村民|居民|市民|网友|游客|创客)$/.test(wordAt(folded, inner[inner.length - 1]!))) return false;
    if (inner.some((t) => FUNCTION_WORDS.test(wordAt(folded, t)) || CATEGORY_WORDS.test(wordAt(folded, t)) ||
      DETERMINERS.test(wordAt(folded, t)) || POST_AT_END.test(wordAt(folded, t)))) return false;
    // A head alone (医院, 学校) or a venue (物资贸易中心) is no body's name; a level's committee,
    // government, legislature or advisory body is, in a list of that level's bodies
    // (省委、省人大常委会、省政府、省政协).
    // (世界生命科学大会|联合组织, 江苏物流中心项目: a meeting's or a project's name is no body's.)
    if (MEETING_END.test(w) && !isHead(w)) return false;
    // (“妇女之家”秧歌队、舞龙舞狮队和广场舞队: a troupe or a team named only by what it does is a
    // kind; a place, a proper name or a level names one.)
    if (/[队团]$/.test(w) && !inner.some((t) => /^(?:ns|nz|nt|nr|nrt|nrfg|eng|j)$/.test(t.tag) || LEVEL_START.test(wordAt(folded, t)) || CITY_NAMES.has(wordAt(folded, t)))) return false;
    if (!(inner.length >= 2 || LEVEL_BODY.test(w) || inner.some((t) => PROPER_TAGS.has(t.tag) && t.tag !== 'ns') || (isHead(w) && w.replace(ORG_HEAD, '') !== '')) ||
      NOT_BODY_END.test(w) || inner.every((t) => isHead(wordAt(folded, t)) && GENERIC_BEFORE_HEAD.test(wordAt(folded, t).replace(ORG_HEAD, '')))) return false;
    taken.fill(1, start, end);
    out.push(span);
    return true;
  };
  for (const c of kept) {
    // Forwards: 、 then an item of name words; or 和/与/及 then an item that ends in the same
    // word as this body (新颜科技和魔蝎科技, 甲公司与乙公司): two bodies of one kind.
    const lastToken = tokens[tokenIndexAt(tokens, c.end - 1)];
    const kind = lastToken && lastToken.end === c.end && lastToken.end - lastToken.start >= 2 ? wordAt(folded, lastToken) : '';
    let k = tokenIndexAt(tokens, c.end);
    // 华为、高通和苹果: after a 、 item, the member joined by 和 closes the same list, whatever its kind.
    let listed = false;
    while (tokens[k]?.word === '、' || ((kind !== '' || listed) && tokens[k] !== undefined && /^[和与及]$/.test(wordAt(folded, tokens[k]!)) &&
      (listed || tokens[k]!.start === c.end))) {
      const conj = tokens[k]!.word !== '、';
      let e = k + 1;
      // (省政协和省军区/负责同志: the officials of the bodies listed end the item.)
      while (e < tokens.length && ITEM_TAGS.has(tokens[e]!.tag) && isHanWord(tokens[e]!.word) && !FUNCTION_WORDS.test(wordAt(folded, tokens[e]!)) &&
        !/^(?:负责同志|负责人|主要负责人|同志|领导|领导同志|干部|代表)$/.test(wordAt(folded, tokens[e]!)) &&
        !POST_AT_END.test(wordAt(folded, tokens[e]!)) && !CONFER_ACT.test(wordAt(folded, tokens[e]!)) && tokens[e]!.end - tokens[k + 1]!.start <= 12) {
        e++;
        // A joined item stops at its kind word.
        if (conj && wordAt(folded, tokens[e - 1]!) === kind) break;
        // 通威/股份/涨超/x: after an industry word or a head, an unknown word is the sentence's verb.
        const done = wordAt(folded, tokens[e - 1]!);
        if ((INDUSTRY.test(done) || isHead(done)) && tokens[e]?.tag === 'x') break;
      }
      // 华大/nz|九天/t、: an item that runs on into a word no name holds was cut, not read whole.
      const rest = tokens[e];
      const cut = rest !== undefined && e > k + 1 && rest.start === tokens[e - 1]!.end && isHanWord(rest.word) &&
        (/^(?:t|f|b|a|ng)$/.test(rest.tag) || (rest.end - rest.start === 1 && /^(?:v|vg|zg|n)$/.test(rest.tag))) && !/^[等和与及]/.test(rest.word);
      if (e === k + 1 || cut || (conj && !listed && wordAt(folded, tokens[e - 1]!) !== kind) || !accept(tokens[k + 1]!.start, tokens[e - 1]!.end)) break;
      listed = !conj;
      k = e;
      if (conj) break;
    }
    // Backwards: an item read back from the word before 、.
    let b = tokenIndexAt(tokens, c.start) - 1;
    while (b > 0 && tokens[b]!.word === '、' && tokens[b]!.end === tokens[b + 1]!.start) {
      const start = readBack(folded, tokens, b - 1, tokens[b - 1]!.end);
      if (start === null || !accept(start, tokens[b - 1]!.end)) break;
      b = tokenIndexAt(tokens, start) - 1;
    }
  }
  return out;
}

/** A list closed by 等 and a kind of company (等企业, 等龙头企业, 等车企): its members are companies. */
const COMPANY_LIST_END = /^等(?:\p{Script=Han}{0,4}?)(?:企业|公司|车企|药企|房企|厂商|品牌|平台|银行|券商|互联网公司|科技公司)/u;
/** Kinds of company standing as list members (国企、民企等企业), no names. */
const KIND_MEMBER = /^(?:国企|民企|央企|外企|私企|企业|公司|银行|平台|厂商|品牌|商家|个体户|中小企业|大企业|小微企业|上市公司|龙头企业)$|[企类型性方]$/;

/**
 * `华为、中兴/ns、小米/n等企业`: in a list the text closes with 等 and a kind of company, and in which
 * one member is a body found already, the other members are companies too, whatever jieba tagged
 * them (a place's name, a common noun); kinds of company among them (国企、民企) name none.
 */
export function companyListMembers(folded: string, tokens: readonly TaggedToken[], kept: readonly Candidate[], taken: Uint8Array,
  personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const itemAt = (k: number): [number, number] | null => {
    // One or two name words (中国/海油), read forwards from token k.
    let e = k;
    while (e < tokens.length && e - k < 2 && (ITEM_TAGS.has(tokens[e]!.tag) || tokens[e]!.tag === 'ns') && isHanWord(tokens[e]!.word) &&
      !FUNCTION_WORDS.test(wordAt(folded, tokens[e]!)) && !DETERMINERS.test(wordAt(folded, tokens[e]!)) && wordAt(folded, tokens[e]!) !== '等') e++;
    if (e === k) return null;
    const len = tokens[e - 1]!.end - tokens[k]!.start;
    return len >= 2 && len <= 6 ? [k, e] : null;
  };
  for (const c of kept) {
    // Walk back to the list's first member, then forwards over every member to the closing 等.
    let first = tokenIndexAt(tokens, c.start);
    if (tokens[first]?.start !== c.start) continue;
    while (first >= 2 && tokens[first - 1]!.word === '、') {
      let b = first - 2;
      if (b > 0 && (ITEM_TAGS.has(tokens[b - 1]!.tag) || tokens[b - 1]!.tag === 'ns') && tokens[b - 1]!.end === tokens[b]!.start &&
        tokens[b]!.end - tokens[b - 1]!.start <= 6 && !FUNCTION_WORDS.test(wordAt(folded, tokens[b - 1]!))) b--;
      const it = itemAt(b);
      if (!it || it[1] !== first - 1) break;
      first = b;
    }
    const members: Span[] = [];
    let k = first;
    for (;;) {
      const it = itemAt(k);
      if (!it) break;
      members.push({ start: tokens[it[0]]!.start, end: tokens[it[1] - 1]!.end });
      k = it[1];
      if (tokens[k] && /^(?:、|和|与|及)$/.test(tokens[k]!.word)) k++;
      else break;
    }
    if (members.length < 2 || !COMPANY_LIST_END.test(folded.slice(members[members.length - 1]!.end, members[members.length - 1]!.end + 10))) continue;
    if (!members.some((m) => m.start <= c.start && c.end <= m.end)) continue;
    for (const m of members) {
      const w = folded.slice(m.start, m.end);
      if (KIND_MEMBER.test(w) || overlaps(taken, m) || overlaps(personAt, m) || FOREIGN_PLACES.has(w) || CITY_NAMES.has(w)) continue;
      taken.fill(1, m.start, m.end);
      out.push(m);
    }
  }
  return out;
}
