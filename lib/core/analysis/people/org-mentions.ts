/*
 * Rule 3 of organisations.ts, the names a sentence's shape gives away: before a leader's post,
 * the items of a list the text calls companies, a body's own units, an outlet named as the source.
 */
import { isHanWord, type TaggedToken, tokenIndexAt, tokensWithin } from '../tokens';
import { FUNCTION_WORDS, POST_AT_END, overlaps } from './lexicon';
import { CATEGORY_WORDS, DETERMINERS, LEADER_POST, LIST_OF_COMPANIES, NOT_ORG_HEAD, ORG_HEAD, PROPER_TAGS, SPLIT_WORDS } from './org-words';
import { type Candidate, wordAt } from './org-candidates';
import { UNIT_BEFORE_TITLE } from './org-extensions';
import { NOT_SUB_HEAD, nameLike } from './org-heads';
import { CITY_NAMES } from './org-places';
import { CLAUSE_END_X, readBack } from './org-read-back';

export function postSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const post = tokens[j]!;
    if (!LEADER_POST.test(wordAt(folded, post)) || personAt[post.end] !== 1) continue;
    // 副会长, 常务副主任, 原所长: the rank words belong to the post.
    let k = j - 1;
    // (国务院/常务副/n 秘书长: jieba glues the rank words together at times.)
    // (中国足协/专职/副主席: so do full-time and resident, 专职 and 驻会.)
    while (k > 0 && /^(?:副|常务|执行|名誉|荣誉|首席|轮值|联席|代理|原|前|常务副|执行副|第一副|专职|专职副|驻会|兼职)$/.test(wordAt(folded, tokens[k]!))) k--;
    // 万科的总裁王石: the body is the name before 的, not 的 with it (刚从广交会回来的总经理: a
    // verb before 的 names none).
    if (k > 0 && wordAt(folded, tokens[k]!) === '的') {
      k--;
      if (!/^(?:n|nz|nt|ns|nrt|j|x|eng)$/.test(tokens[k]!.tag)) continue;
    }
    // 市委督查室（承担市减负办工作）主任: a note in brackets between a body and its officer's post says
    // what else the body does; the body is the name before the note.
    if (/^[）)]$/.test(wordAt(folded, tokens[k]!))) {
      let open = k - 1;
      while (open > 0 && k - open <= 12 && !/^[（(）)]$/.test(wordAt(folded, tokens[open]!))) open--;
      if (open <= 0 || !/^[（(]$/.test(wordAt(folded, tokens[open]!))) continue;
      k = open - 1;
    }
    // 国家发展改革/委副/x 主任: jieba glued the rank's 副 to the body's last character; it is the post's.
    const end = tokens[k]!.end - (tokens[k]!.end - tokens[k]!.start >= 2 && folded[tokens[k]!.end - 1] === '副' ? 1 : 0);
    // 小米集团红米品牌总经理: a brand or a department of a body is no body.
    if (CATEGORY_WORDS.test(wordAt(folded, tokens[k]!))) continue;
    const start = readBack(folded, tokens, k, end);
    if (start === null || start >= end) continue;
    // 中国国家主席: the state's president is a post of its own (国家主席), no body named 中国国家.
    if (wordAt(folded, tokens[k]!) === '国家') continue;
    // 省卫生健康委疾控工作/负责人: a line of work between a body and the post is the officer's remit;
    // the body ends at its head before it, and with no head there is none (食堂工作负责人).
    let bodyEnd = end;
    if (folded.endsWith('工作', end)) {
      bodyEnd = start;
      for (let e = end - 2; e > start + 1; e--) {
        if (ORG_HEAD.test(folded.slice(start, e)) && !NOT_ORG_HEAD.test(folded.slice(start, e))) {
          bodyEnd = e;
          break;
        }
      }
      if (bodyEnd === start) continue;
    }
    if (nameLike(folded, tokens, start, bodyEnd)) out.push({ start, end: bodyEnd });
  }
  return out;
}

/** `前往金风科技、特变电工、九圣禾种业等企业`: every item of a list the text calls companies. */
export function listSpans(folded: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    if (!t.word.startsWith('等') || !LIST_OF_COMPANIES.test(folded.slice(t.start, t.start + 12))) return;
    const items: Candidate[] = [];
    for (let e = j - 1; e >= 0 && isHanWord(tokens[e]!.word);) {
      const end = tokens[e]!.end;
      const start = readBack(folded, tokens, e, end);
      // 怪兽/n 充电/v、街电、小电等品牌: an item no name reads back from ends the list there; the
      // items after it still count.
      if (start === null) break;
      const inner = tokensWithin(tokens, start, end);
      // An item of several words or one jieba does not know is a name; one common word
      // (新能源、人工智能等企业) is a trade. Two characters are a name only as one word jieba does
      // not know or knows as a proper name (街电/x).
      const shortName = end - start === 2 && inner.length === 1 && /^(?:x|nz|nrt)$/.test(inner[0]!.tag) &&
        !FUNCTION_WORDS.test(wordAt(folded, inner[0]!)) && !DETERMINERS.test(wordAt(folded, inner[0]!)) && !CLAUSE_END_X.test(wordAt(folded, inner[0]!));
      if (((end - start < 3 && !shortName) || end - start > 10 || !(inner.length >= 2 || inner.some((x) => PROPER_TAGS.has(x.tag))) ||
        inner.every((x) => x.tag === 'ns' || CITY_NAMES.has(wordAt(folded, x)))) && items.length === 0) return;
      if ((end - start < 3 && !shortName) || end - start > 10 || !(inner.length >= 2 || inner.some((x) => PROPER_TAGS.has(x.tag))) ||
        inner.every((x) => x.tag === 'ns' || CITY_NAMES.has(wordAt(folded, x)))) break;
      items.push({ start, end });
      const before = tokenIndexAt(tokens, start) - 1;
      if (tokens[before]?.word !== '、') break;
      e = before - 1;
    }
    // One item is no list: the word before 等 may be a trade.
    if (items.length >= 2) out.push(...items);
  });
  return out;
}

/** A body's word for itself (我院, 本校, 该局): what follows is one of its own units. */
const SELF_REFERENCE = /^(?:[我本该](?:院|校|所|局|厅|委|部|行|馆|站|中心)|我司)$/;

/** A unit's head inside the writer's own body: a department, a party branch, an office. */
const OWN_UNIT_HEAD = /(?:科|党支部|党总支|党委|团委|工会|办公室|教研室|研究室|实验室|处)$/;

/**
 * `我院医技药剂党支部`, `我院药剂科`, `该校教务处`: a unit a body names after its word for itself has
 * no proper name of its own, yet it is a sub-body (docs/people.md). Up to three words after the
 * self-reference, the first that ends in a unit's head closes the name (with the unit's own party
 * branch or office right after it: `检验科党支部`); a bare head (`我院党委`) names none, nor does a
 * discipline (`学科`, `本科`).
 */
export function ownUnitSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, j) => {
    if (!SELF_REFERENCE.test(wordAt(folded, t))) return;
    // 该校招生/v 就业处/v 处长: an office named before its head's title, whatever jieba tagged its words.
    const titled = UNIT_BEFORE_TITLE.exec(folded.slice(t.end, t.end + 12));
    if (titled && !/[，。、；：的和与及在是为了]/.test(titled[1]!) && !overlaps(personAt, { start: t.end, end: t.end + titled[1]!.length })) {
      out.push({ start: t.end, end: t.end + titled[1]!.length });
      return;
    }
    for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
      const u = tokens[k]!;
      const w = wordAt(folded, u);
      if (u.start !== tokens[k - 1]!.end || !isHanWord(w) || !/^(?:n|nz|j|b|vn|l)$/.test(u.tag) || overlaps(personAt, u) ||
        POST_AT_END.test(w) || SPLIT_WORDS.test(w)) return;
      if (!OWN_UNIT_HEAD.test(w) || NOT_SUB_HEAD.test(w)) continue;
      const start = tokens[j + 1]!.start;
      const head = OWN_UNIT_HEAD.exec(w)![0];
      // 药剂科 (a remit before 科), 医技药剂党支部; not 党委 or 办公室 alone.
      if (u.end - start - head.length < (head === '科' ? 1 : 2)) return;
      // 检验科/党支部: the unit's own party branch or office right after it is the name.
      const branch = tokens[k + 1];
      const end = branch && branch.start === u.end && /^(?:党支部|党总支|党委|团委|工会|办公室)$/.test(wordAt(folded, branch)) ? branch.end : u.end;
      out.push({ start, end });
      return;
    }
  });
  return out;
}

/** An outlet named as the body that reports (`据澎湃新闻报道`, `新京报记者获悉`, `接受财联社采访`,
 * `没有央视新闻的报道`). */
const MEDIA_SOURCE = new RegExp(
  '(?<=^|[据从向和与、，。：；\\s“（(]|接受|没有|通过|根据)(?![据从向和与]|接受)(\\p{Script=Han}{2,8}?(?:新闻|日报|晚报|时报|早报|商报|青年报|周刊|周末|杂志|财经|之声|之音|报|社|电视台|网))' +
    // (据乌通社（ukrinform）消息: the outlet's own Latin name in brackets may stand between.)
    // (据经济之声《天下财经》报道: and so may the title of its programme.)
    '(?=(?:[（(][A-Za-z][A-Za-z0-9 .&\'-]{0,30}[）)]|《[^》]{1,12}》)?(?:\\d{1,2}月\\d{1,2}日|此前|日前|近日|早前|稍早|此后|随后|的)?(?:记者|报道|消息|援引|采访|评论员|发文|刊文|刊发|披露|(?:独家)?获悉|发表|刊登|刊载|转载|曝光|联合|注意到|了解到|梳理|统计|专访|社论))',
  'gu',
);
/** Outlets by class or by reference, not by name (相关新闻, 外媒, 本报). */
const NOT_MEDIA_NAME = /^(?:本|该|我|此|各|这|那|其|相关|有关|多家|多个|一些|部分|众多|主流|官方|当地|外媒|境外|国外|海外|网络|媒体|新闻|记者|日报|多)/;
/** News of a time or an event, no outlet (今年全国两会新闻报道, 奥运会新闻, 春节新闻). */
const NEWS_OF_EVENT = /^(?:今年|去年|明年|今天|昨天|当天|本届|此次|这次|近年|近日|每年)|(?:会|节|赛|展)新闻$/;
/** Words that end in 报 or 网 and name a paper's kind or a report, no outlet (情况通报, 年报, 电网). */
const NOT_MEDIA_END = /(?:通报|举报|警报|汇报|情报|申报|预报|简报|公报|月报|年报|季报|战报|喜报|捷报|海报|电报|学报|小报|财报|电网|互联网|局域网|物联网)$/;

export function mediaSpans(folded: string): Candidate[] {
  const out: Candidate[] = [];
  MEDIA_SOURCE.lastIndex = 0;
  for (let m = MEDIA_SOURCE.exec(folded); m; m = MEDIA_SOURCE.exec(folded)) {
    const name = m[1]!;
    // 陈辉 李清华本报记者: a byline run into 本报 (the paper itself) is no outlet's name.
    if (NOT_MEDIA_NAME.test(name) || name.length < 3 || name.endsWith('本报') || NOT_MEDIA_END.test(name)) continue;
    // 图片均为|澎湃新闻记者: a copula or a preposition opening the match is the sentence's.
    // (如果没有|央视新闻的报道, 通过|人民日报的报道: the clause before the outlet is the sentence's.)
    // (他告诉|晨报记者, 专家告诉|新京报记者: whoever tells the paper's reporter is the sentence's.)
    // (他在接受|湖北日报专访: whoever is interviewed is the sentence's too.)
    const clause = /^.{0,4}?(?:没有|通过|根据|告诉|接受)/u.exec(name)?.[0].length ?? 0;
    // (（作者系|人民日报记者）: a credit's subject before the copula is the sentence's too.)
    const lead = clause || (/^(?:作者|图片|照片|摄影|稿件)?(?:均为|皆为|均系|均由|均来自|来自|为|系|由|是)/.exec(name)?.[0].length ?? 0);
    if (name.length - lead < 3 || NOT_MEDIA_NAME.test(name.slice(lead)) || NEWS_OF_EVENT.test(name.slice(lead))) continue;
    // 美联社和法新社援引: two outlets joined by 和 are two names.
    const pair = /^(.{2,}?(?:新闻|日报|晚报|时报|早报|报|社|电视台|网))[和与及](.{2,})$/u.exec(name.slice(lead));
    if (pair) {
      const second = m.index + lead + pair[1]!.length + 1;
      out.push({ start: m.index + lead, end: m.index + lead + pair[1]!.length });
      if (!NOT_MEDIA_NAME.test(pair[2]!)) out.push({ start: second, end: m.index + name.length });
      continue;
    }
    out.push({ start: m.index + lead, end: m.index + name.length });
  }
  return out;
}
