/*
 * Rule 2 of organisations.ts: a head (公司, 研究所, 省委…) with the name read back before it, and the
 * test a read-back name must pass to count as a name.
 */
import { isHanWord, type TaggedToken, tokenIndexAt, tokensWithin } from '../tokens';
import { FUNCTION_WORDS, NOT_PLACES, POST_AT_END, overlaps } from './lexicon';
import { CATEGORY_WORDS, COMPOUND_AFTER, DETERMINERS, HEAD_TAGS, LEADER_POST, LEVEL_START, MEDIA_AFTER, MEETING_AFTER, NOT_BODY_END, ORG_HEAD, PROPER_TAGS, SPLIT_WORDS, STOP_TAGS } from './org-words';
import { FOREIGN_PLACES } from './foreign-places';
import { isNameShape } from './name-shape';
import { type Candidate, isHead, wordAt } from './org-candidates';
import { COMPANY_KIND, GENERIC_AREA, GENERIC_BEFORE_HEAD, GENERIC_FOREIGN, GENERIC_ZONE, QUANTIFIER, RANK } from './org-kinds';
import { COMPANY_LEXICON, LEXICON, knownBodyInside } from './org-lexicon-spans';
import { adjectiveNamedPlace, townName } from './org-name-parts';
import { CITY_NAMES } from './org-places';
import { NOUNISH, REGION, readBack } from './org-read-back';

/** Words ending like a department that are no department (大学本科, 医院深处). */
export const NOT_SUB_HEAD = /^(?:本科|学科|专科|预科|文科|理科|工科|百科|小组|班组|深处|之处|到处|各处|此处|住处|好处|用处|出处|教室|卧室|浴室|会议室)$/;

/** A department right after a body's head (南京总医院/麻醉科, 中央纪委/信访室, 电子部/有线处): a
 * sub-body named by its remit alone, heading the longer name. */
function isSubHead(folded: string, tokens: readonly TaggedToken[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t || !prev || prev.end !== t.start) return false;
  const w = wordAt(folded, t);
  // 中国艺术研究院/话剧/所/c, 电子部/有线/处: a lone 所 or 处 after a two-character remit right
  // after a body's head is that body's institute or division, whatever jieba tagged it (所 as a
  // conjunction); not when it opens a word of the sentence (所长, 所以, 所有, 处理).
  const owner0 = tokens[j - 2];
  if (/^[所处]$/.test(w) && owner0 && owner0.end === prev.start && /^(?:n|nz|ns)$/.test(prev.tag) && prev.end - prev.start === 2 &&
    isHead(wordAt(folded, owner0)) && owner0.end - owner0.start >= 3 && /^(?:nt|n|j)$/.test(owner0.tag) &&
    !/^[长以有谓在属得需要作为的于理置分]/.test(folded[t.end] ?? '')) return true;
  if (!/^(?:n|nz|nt|nr|j|b|l)$/.test(t.tag)) return false;
  // 中国抗癌协会/康复会/nr: a society's branch or council named right after it (康复会, 青委会), not
  // its meetings (年会, 大会) nor its members.
  const pw = wordAt(folded, prev);
  if (w.length >= 3 && w.length <= 4 && w.endsWith('会') && !/(?:大会|年会|全会|例会|峰会|晚会|座谈会|研讨会|发布会|报告会|运动会|博览会|展会|交流会|推介会|论证会|茶话会|联欢会)$/.test(w) &&
    pw.length >= 4 && /(?:协会|学会|联合会|研究会|基金会|促进会)$/.test(pw) && isHead(pw)) return true;
  if (w.length >= 2 && w.length <= 4 && /[科室处]$/.test(w) && !NOT_SUB_HEAD.test(w) && isHead(wordAt(folded, prev)) && wordAt(folded, prev).length >= 2) return true;
  // 清华大学/建筑系/n: a department of a university or a college named by its discipline.
  if (w.length >= 3 && w.length <= 5 && w.endsWith('系') && !/(?:关系|体系|联系|派系|水系|星系|直系|母系|父系|语系|谱系|世系|维系|山系)$/.test(w) &&
    /(?:大学|学院)$/.test(pw) && isHead(pw)) return true;
  // 香港政府/物料/供应处: a two-character remit between the body's head and the department's.
  const owner = tokens[j - 2];
  if (!owner || owner.end !== prev.start || prev.tag !== 'n' || prev.end - prev.start !== 2 || !isHead(wordAt(folded, owner)) ||
    owner.end - owner.start < 2) return false;
  return w.length >= 3 && w.length <= 4 && /[科室处]$/.test(w) && !NOT_SUB_HEAD.test(w);
}

/** Whether the name read back from tokens[j] would go on to a later head (公安局 → 芙蓉分局): then
 * only the longer one is reported. A conjunction or a verb between them splits. */
function continuesToHead(folded: string, tokens: readonly TaggedToken[], j: number): boolean {
  // 委和省/x: the conjunction glued to the head already splits the next body off.
  if (/^[委局厅办部院署][和与及][省市县区州]$/.test(wordAt(folded, tokens[j]!))) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const t = tokens[k]!;
    const w = wordAt(folded, t);
    // 天津警备区某部: a unit left unnamed (某部, 某旅) is no longer name of the body before it.
    if (w.startsWith('某')) return false;
    // 省医保局会同省药监局: a word joining two bodies (会同, tagged a noun at times) splits them.
    // 大浪/nz 淀/zg 水库: a bound character after a name word is the rest of that name.
    const boundInName = t.tag === 'zg' && /^(?:nz|ns|nrt|x)$/.test(tokens[k - 1]!.tag) && tokens[k - 1]!.end === t.start;
    if (!isHanWord(w) || FUNCTION_WORDS.test(w) || (STOP_TAGS.has(t.tag) && !boundInName) || t.tag === 'v' || t.tag === 'p' || t.tag === 'c' ||
      POST_AT_END.test(w) || CATEGORY_WORDS.test(w) || DETERMINERS.test(w) || SPLIT_WORDS.test(w)) return false;
    // 县武警中队和县…: a conjunction glued to the next body's level (和县) splits the two.
    if (/^[和与及][省市县区州]$/.test(w)) return false;
    // 湖南省委省政府, 市委市政府: a second body opening with its level is another body.
    if (k === j + 1 && /^[省市县区州]/.test(w) && /[委]$/.test(wordAt(folded, tokens[j]!))) return false;
    // 中国科学院学部委员: an academician's old title, not a division of the academy.
    if (w === '学部' && folded.startsWith('委员', t.end)) return false;
    if (isHead(w) || isSubHead(folded, tokens, k)) return !(w.length === 1 && /^[了过着]/.test(folded[t.end] ?? ''));
  }
  return false;
}

export function headSpans(folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let j = 0; j < tokens.length; j++) {
    let head = tokens[j]!;
    // 中国人民大学/党委书记: jieba glues a party committee to its secretary; the committee heads.
    // A department's party group (县应急管理局/党组书记) is no body apart: the department heads.
    // 中央财经/大学教授: a school or hospital glued to its staff heads the same way.
    // 省卫生健康/委和省/x: a head character glued to the conjunction and the next body's level.
    // 浦东有轨交通/公司公告/n称: a company glued to its filing, its shares or its staff (济南供电/公司员工)
    // heads the same way, and a
    // one-character head glued to its own chief (促进/局局长/n) or an association to its president
    // (中国/商会会长/n) too.
    const glued = /^(?:党委|党工委|党支部|党总支|纪委|团委|[省市县区州]委)(?=副?(?:书记|委员|常委))|^(?:大学|学院|医院|中学|小学|学校|幼儿园)(?=教授|副?校长|副?院长|副?园长|讲师|研究员|教师|老师|医生|护士|专家)|^系(?=副?主任)|^[委局厅办部院署](?=[和与及][省市县区州]$)|^(?:公司|集团)(?=公告|股价|股票|年报|财报|员工|职工)|^(?:局(?=副?局长)|厅(?=副?厅长)|部(?=副?部长)|院(?=副?院长)|处(?=副?处长)|所(?=副?所长))|^(?:商会|协会|学会|联合会|研究会|基金会|促进会|联谊会|总会)(?=副?(?:会长|秘书长|理事长|主席))/
      .exec(wordAt(folded, head));
    if (glued && j > 0) head = { ...head, word: head.word.slice(0, glued[0].length), end: head.start + glued[0].length, tag: 'n' };
    // 总体设计/部副/n 主任: a one-character head glued to the deputy of its head's title heads alone.
    else if (/^[部局处科室所院]副$/.test(wordAt(folded, head)) && j > 0 && /^(?:主任|部长|局长|处长|科长|所长|院长|书记)/.test(folded.slice(head.end, head.end + 3))) {
      head = { ...head, word: head.word.slice(0, 1), end: head.start + 1, tag: 'n' };
    }
    // 改/革委会/同市/x: jieba glued 会 of 会同 (acting together with) to the head 委; the body ends at 委.
    else if (/委会$/.test(wordAt(folded, head)) && folded[head.end] === '同' && head.end - head.start >= 3) {
      head = { ...head, word: head.word.slice(0, -1), end: head.end - 1, tag: 'n' };
    }
    const hw = wordAt(folded, head);
    // 太岳区党/委, 党/员, 党/性: a lone 党 that opens a longer word (a committee, a member) heads no party.
    if (hw.endsWith('党') && /^[委组员性建内外务校史章纪风课旗徽政籍龄费代支总工]/.test(folded[head.end] ?? '')) continue;
    // jieba tags a lone head character after a name word as a verb at times (国防科工/办/v).
    // 省卫生健康/委/zg: and as a bound morpheme (zg) at times.
    // 伊朗/原子能/组织/v负责人: 组织 read as the verb 'organise' is a body's head after a noun of its
    // remit when what follows is no object but its officer, a pause or its own act.
    // (村委会组织。: after a body's own head it is what that body does.)
    const organisation = hw === '组织' && head.tag === 'v' && tokens[j - 1]?.end === head.start && /^(?:n|nz|ns|j)$/.test(tokens[j - 1]!.tag) &&
      !isHead(wordAt(folded, tokens[j - 1]!)) &&
      (LEADER_POST.test(wordAt(folded, tokens[j + 1] ?? head)) || /^(?:总干事|发言人|秘书处|成员国)$/.test(wordAt(folded, tokens[j + 1] ?? head)) ||
        /^[，。；、”）]|^(?:表示|称|说|发表|宣布|发布)/.test(folded.slice(head.end, head.end + 2)));
    // 南京东路/ns 警署/v: a police or garrison unit's head jieba tags a verb right after a place is the head.
    const placeHead = head.tag === 'v' && /^(?:警署|公署|分署|分局|总局|总队|支队|大队|中队|派出所)$/.test(hw) && tokens[j - 1]?.end === head.start &&
      /^(?:ns|nz|nt)$/.test(tokens[j - 1]!.tag);
    // 省/消协/v: an association's short form jieba tags a verb, right after its level or its place.
    const shortAssociation = head.tag === 'v' && /^[消作记美书音剧影舞曲民足篮]协$/.test(hw) && tokens[j - 1]?.end === head.start &&
      (/^(?:ns|nz|nt)$/.test(tokens[j - 1]!.tag) || /^[省市县区州]$/.test(wordAt(folded, tokens[j - 1]!)));
    // 丰都新农人/互助会/v: a mutual-aid association's head jieba tags a verb, right after its members.
    const mutualAid = hw === '互助会' && tokens[j - 1]?.end === head.start && NOUNISH.has(tokens[j - 1]!.tag);
    // 乡/民政/所/c 负责人: a township's office by its remit, whose 所 jieba tags a conjunction, before
    // its staff or a pause (群众/所/需 and 省政府/所/在地 are the sentence's 所).
    const township = hw === '所' && head.tag === 'c' && tokens[j - 1]?.end === head.start && tokens[j - 1]!.tag === 'n' &&
      /^(?:[，。、；：）)]|负责人|所长|副所长|工作人员|干部|职工|民警|和|等)/.test(folded.slice(head.end, head.end + 4));
    // 沈阳市卫生/监督/所/c, 省产品质量/检验/所/c: a state institute named by its remit of supervising,
    // testing or managing is a head whatever follows; only 为/被 before it makes the passive 所.
    const remitInstitute = hw === '所' && head.tag === 'c' && tokens[j - 1]?.end === head.start && /^(?:n|vn)$/.test(tokens[j - 1]!.tag) &&
      /(?:监督|检测|检验|监测|管理|防治|保护)$/.test(wordAt(folded, tokens[j - 1]!)) &&
      !/[为被]/.test(folded.slice(Math.max(0, head.start - 8), head.start).split(/[，。；：！？]/).pop() ?? '');
    const tagOk = HEAD_TAGS.has(head.tag) || organisation || placeHead || shortAssociation || mutualAid || township || remitInstitute || /^(?:[分支]行|[一二三四五六七八九十]中|附中|附小)$/.test(hw) || (hw.length === 1 && (head.tag === 'v' || head.tag === 'zg'));
    // 天文学/会: jieba cuts a society (学会) into its discipline and the verb 会; after a noun ending
    // in 学, and with no verb after it (化学/会/有 is 'will'), it is the society's head.
    const discipline = tokens[j - 1];
    const society = hw === '会' && discipline !== undefined && discipline.end === head.start && NOUNISH.has(discipline.tag) &&
      discipline.end - discipline.start >= 2 && wordAt(folded, discipline).endsWith('学') && !/^(?:v|vn|d|ad|ul|uz|p|a)$/.test(tokens[j + 1]?.tag ?? 'x');
    // 日本国会, 美国参议院: a country's legislature heads a name only right after the country, so
    // that it does not split longer names that hold it (…国会及行政当局中国委员会).
    if (hw.endsWith('学部') && folded.startsWith('委员', head.end)) continue;
    // (日本国会/nt: jieba may know a country's legislature as one word; the country opens it. Its
    // building, 德国国会/nt 大厦, is no body.)
    const chamber = /^(\p{Script=Han}{2,4}?)(?:国会|参议院|众议院|上议院|下议院|国民议会)$/u.exec(hw);
    const legislature = (/^(?:国会|参议院|众议院|上议院|下议院|国民议会)$/.test(hw) && tokens[j - 1]?.tag === 'ns' && tokens[j - 1]!.end === head.start) ||
      (head.tag === 'nt' && chamber !== null && FOREIGN_PLACES.has(chamber[1]!) && !/^(?:大厦|大楼|广场)/.test(folded.slice(head.end, head.end + 2)));
    // …学院社会政策与发展研究/系/v 教授: a lone 系 after a discipline, in a college's or a university's
    // name and before its staff, is the college's department (jieba reads it as the copula).
    const department = hw === '系' && discipline !== undefined && discipline.end === head.start && /^(?:n|vn|nz)$/.test(discipline.tag) &&
      /大学|学院/.test(folded.slice(Math.max(0, head.start - 24), discipline.start)) &&
      /^(?:副?教授|副?主任|讲师|助教|研究员|博士生?|硕士生?|学生|教师|老师|主任)/.test(folded.slice(head.end, head.end + 3));
    if ((!society && !legislature && !department && !isSubHead(folded, tokens, j) && (!isHead(hw) || !tagOk)) || continuesToHead(folded, tokens, j)) continue;
    // 客户端, 网站: the outlet's app or site in page chrome, not the body.
    if (/[报社台网]$/.test(hw) && MEDIA_AFTER.test(folded.slice(head.end, head.end + 3))) continue;
    if (hw.length === 1 && !society) {
      // 学部/局, 基础教育/司: a one-character head only right after a noun, never the first
      // character of a post (派出所/所/长…).
      const prev = tokens[j - 1];
      // 中国银行/办/了: a one-character head with an aspect particle after it is a verb.
      // 省卫生/健康/a委: an adjective of the body's remit before 委, 局 or 办 too.
      if (!prev || folded[head.end] === '长' || /^[了过着]/.test(folded[head.end] ?? '') ||
        !(HEAD_TAGS.has(prev.tag) || (/^(?:v|a|an)$/.test(prev.tag) && /[局委办司厅署]/.test(hw))) ||
        !isHanWord(prev.word)) continue;
    }
    let start = readBack(folded, tokens, j, head.end, personAt);
    if (start === null || (hw.length === 1 && start === head.start)) continue;
    // 三角/m 镇政府: a town's name before a body opening with 镇 or 乡.
    const town = tokens[tokenIndexAt(tokens, start) - 1];
    if (/^[镇乡]/.test(folded[start]!) && town && town.end === start && townName(folded, town) && !(personAt && overlaps(personAt, town))) start = town.start;
    // 国防科工/办/v is a body; 明星/办/v and 国家/办/v are 'run by' (…办的, 国家办和社会办), and
    // 南斯拉夫/办/v 展览 is holding something in a place.
    if (hw.length === 1 && head.tag === 'v' && (head.end - start < 4 ||
      tokensWithin(tokens, start, head.start).every((t) => t.tag === 'ns' || FOREIGN_PLACES.has(wordAt(folded, t)) || CITY_NAMES.has(wordAt(folded, t))))) continue;
    // 在德令哈/nr 办/v 讲座, 回乡/办/v 民宿: 办 with what is held or run after it is the verb, whatever
    // jieba took the word before it for; an office's short name (减负办, 新闻办) is followed by its acts.
    if (hw === '办' && head.tag === 'v' && RUN_OBJECT.test(folded.slice(head.end, head.end + 3))) continue;
    // 中/f 越/d 双边合作指导委员会: China and a neighbour by their one-character names before a body
    // they run together open its name.
    const pairFirst = tokens[tokenIndexAt(tokens, start) - 2];
    if (pairFirst && pairFirst.end === start - 1 && pairFirst.start === start - 2 && tokens[tokenIndexAt(tokens, start) - 1]?.start === start - 1 &&
      /^(?:中[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳欧非阿]|[越老柬缅泰朝韩日俄美英法德印巴蒙哈吉塔乌土埃菲马新澳欧非阿]中)$/.test(folded.slice(start - 2, start)) &&
      /^(?:双边|联合|合作|政府间|两国)/.test(folded.slice(start, start + 3))) start -= 2;
    const name = folded.slice(start, head.end);
    if (COMPOUND_AFTER.test(folded.slice(head.end, head.end + 4)) && /中心$/.test(hw)) continue;
    if (NOT_BODY_END.test(name) || MEETING_AFTER.test(folded.slice(head.end, head.end + 4)) || GENERIC_FOREIGN.test(name) || COMPANY_KIND.test(name)) continue;
    // 全国农民专业合作社: the nation's cooperatives counted as a class, no one cooperative.
    if (/^全国(?:农民)?(?:专业)?合作社$/.test(name)) continue;
    // 加工厂, 发电厂: a factory by its trade is no name; a place or a brand before it makes one (玉溪卷烟厂).
    if (hw.endsWith('厂') && !LEVEL_START.test(name) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.start >= start && /^(?:ns|nz|nt|nrt|nr|eng)$/.test(t.tag))) continue;
    // 省级实验实训中心, 省级重点实验室: a rank before a facility's kind is a designation, no name.
    const s0 = tokenIndexAt(tokens, start);
    if (tokens.slice(Math.max(0, s0 - 2), s0 + 1).some((t) => RANK.test(wordAt(folded, t)) && t.start <= start) &&
      !tokens.slice(Math.max(0, s0 - 2), j).some((t) => t.start < start && t.end <= start && /^(?:ns|nz|nt|nr|nrt)$/.test(t.tag))) continue;
    // 政邦智库: a think tank by a name of its own; a country or a kind before 智库 is a class of them
    // (中国智库, 高端智库).
    if (hw.endsWith('智库') && !tokens.slice(tokenIndexAt(tokens, start), j).some((t) => /^(?:nz|x|nr|nrt|eng|nt)$/.test(t.tag))) continue;
    // 韩国队, 中国队: a national side in sport, not a body (optional by docs/people.md).
    if (/国队$/.test(hw)) continue;
    // 马科斯政府, 岸田政府: a leader's administration, not a body.
    const beforeHead = tokens[j - 1];
    // (贝宁/nr 政府: a country of the closed list is no leader.)
    if (/^(?:政府|内阁)$/.test(hw) && beforeHead && /^(?:nr|nrt|nrfg|x)$/.test(beforeHead.tag) && !FOREIGN_PLACES.has(wordAt(folded, beforeHead)) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.tag === 'ns' || LEVEL_START.test(wordAt(folded, t)))) continue;
    // 英国工党政府, 德国社会民主党政府: a party's government is the administration it leads, as a
    // leader's is; the party is the body named.
    if (/^(?:政府|内阁)$/.test(hw) && start < head.start && folded[head.start - 1] === '党') {
      if (nameLike(folded, tokens, start, head.start)) out.push({ start, end: head.start });
      continue;
    }
    // 美日菲联盟, 美国-日本联盟: countries allied, not a body.
    if (/[联同]盟$/.test(hw) && tokensWithin(tokens, start, head.start).every((t) => t.tag === 'ns' || /^[美日韩英澳菲法德俄印加意欧中朝越泰以伊沙土乌波荷比瑞挪丹芬希葡西墨]+$/.test(wordAt(folded, t)))) continue;
    // A known body read back further than a place before it (积极主动与世界贸易组织) is the known body alone.
    // A level opening the name reads it whole (省/教育/考试院 is no 考试院 of Taiwan's).
    const levelOpens = /^[省市县区州]$/.test(wordAt(folded, tokens[tokenIndexAt(tokens, start)]!));
    if (!levelOpens && knownBodyInside(folded, tokens, start, head.end)) continue;
    // A word jieba did not know is a name only with a known name or a level around it
    // (护园队/x and 中开/x新局/x are not).
    // Jenny公司…Jenny说: a Latin word the text has speak or feel is a person, and the 公司 after it
    // the company she works for, no name.
    const latin = tokens[tokenIndexAt(tokens, start)];
    if (latin?.tag === 'eng' && latin.start === start && tokenIndexAt(tokens, latin.end) === j && speaksInText(folded, latin.word)) continue;
    // 大/a 和/c 银行/n 纽约/ns 分行: a bare kind word opening the name means the owner's name was lost
    // before it (大和银行); the branch read from the kind is a cut, no name.
    const opener = tokens[tokenIndexAt(tokens, start)];
    if (opener?.start === start && opener.end < head.start && /^(?:公司|银行|集团|大学|学院|医院|学校|中学|小学)$/.test(wordAt(folded, opener))) continue;
    // 历史建筑旧湾仔警署: a body named as it was (旧, the old…) is a building or a thing of the past,
    // no body acting now.
    if (tokensWithin(tokens, start, head.start).some((t) => t.start >= start && wordAt(folded, t) === '旧')) continue;
    // 技术开发型研究所, 研究型大学: a body described by its type is a kind, no name.
    if (/型(?:研究所|研究院|大学|学院|企业|公司|医院|学校|中心|银行)$/.test(folded.slice(start, head.end))) continue;
    // 多家/m 理工大学/nt: a kind counted (多家, 几所, 三个) is no name unless a proper word precedes its head.
    const count = tokens[tokenIndexAt(tokens, start) - 1];
    if (count?.end === start && QUANTIFIER.test(wordAt(folded, count)) &&
      !tokensWithin(tokens, start, head.start).some((t) => t.start >= start && PROPER_TAGS.has(t.tag) && t.tag !== 'x')) continue;
    const unknownHead = (head.tag === 'x' && (start === head.start || hw.length === 2)) || head.tag === 'v';
    // 国家局/nt 党组/n 成员、副局长: a department's party group right before its own officers' titles
    // is led by the department's head; the department is the body (docs/people.md).
    if (hw === '党组' && start < head.start && /^(?:副?书记|成员|副?组长)/.test(folded.slice(head.end, head.end + 3))) {
      if (nameLike(folded, tokens, start, head.start)) out.push({ start, end: head.start });
      continue;
    }
    if (nameLike(folded, tokens, start, head.end, unknownHead)) out.push({ start, end: head.end });
  }
  return out;
}

/** Whether the text has `word` say, tell or feel something, as only a person does (Jenny说, Amber感到). */
function speaksInText(folded: string, word: string): boolean {
  const re = new RegExp(`${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:说|说道|告诉|感到|觉得|记得|担心)`);
  return re.test(folded);
}

/** A read-back name counts when it holds a proper name or opens with a level or a known body. */
export function nameLike(folded: string, tokens: readonly TaggedToken[], start: number, end: number, strict = false): boolean {
  const name = folded.slice(start, end);
  if (name.length < 3 || !/^[\p{Script=Han}A-Za-z0-9Ａ-Ｚａ-ｚ&.\-—－“”「」（）()·]+$/u.test(name) || !/\p{Script=Han}/u.test(name) ||
    /^[各该本（(]/.test(name)) return false;
  // ＴＣＬ通信设备股份有限公司: a brand in full-width Latin letters opening the name (read back whole
  // only with two letters or more) is a proper name.
  if (/^[Ａ-Ｚａ-ｚ]{2,}\p{Script=Han}/u.test(name)) return true;
  // 国家集团, 国家队, 中贝两国政府, 全国优秀童声合唱团: the state or the nation as a kind, countries
  // as a pair, an honour, no name.
  if (/^(?:国家|全国|中央)(?:控股)?(?:集团|公司|队|银行|企业)$/.test(name) || /两国|各国|多国|双方/.test(name) ||
    /^全国(?:优秀|先进|十佳|百佳|第)/.test(name)) return false;
  // 市属国有企业纪委, 省属高校: bodies counted by whom they belong to are a class, no name.
  if (/^[市省区县部]属/.test(name)) return false;
  // 区县工会, 市县（产业）工会, 乡镇卫生院: two levels joined and a head are every such body of those
  // levels, no one of them (a named one carries its place: 沙坪坝区总工会).
  const levels = /^(?:区县|县区|市县|县市|省市|市区县|县市区|省市县|乡镇|镇街|镇村|乡村|市州|地市)(?:[（(]\p{Script=Han}{1,4}[）)])?(\p{Script=Han}+)$/u.exec(name);
  if (levels && isHead(levels[1]!)) return false;
  // 省市县三级工会, 县乡两级医院: bodies counted over several levels, or a grade (三级医院), name no one.
  if (/[两二三四五]级/.test(name)) return false;
  // A level (省公安厅), a known body (教育部基础教育司) or a quoted name (“衡阳群众”志愿服务队) opens it.
  // An association or a research body names itself by its trade: long enough, it needs no proper
  // name (人工智能产业发展联盟); generic centres and offices (街道综合服务中心) still do.
  if (name.length >= 7 && /(?:协会|学会|联盟|基金会|研究会|促进会|联合会|商会|研究院|研究所|研究中心|实验室|委员会)$/.test(name)) return true;
  // A university's college or institute named by the disciplines it joins (水产与生命学院, 经济与管理学院).
  if (/^\p{Script=Han}{2,6}[与和]\p{Script=Han}{2,6}(?:学院|研究院|研究所|学部)$/u.test(name)) return true;
  // A magazine, a publisher or a paper takes a common phrase for its name (人之初杂志社, 读者出版社);
  // the head says it is a name (kinds open with a scope: 国外出版社, 地方报社).
  if (name.length >= 5 && /(?:杂志社|出版社|画报社|报社)$/.test(name) && !/^(?:国外|海外|境外|外国|国内|地方|民营|大型|小型|知名|多家|各|其他|有关|相关)/.test(name)) return true;
  // An international body opens with its reach (国际可再生能源联盟, 全球能源互联网发展合作组织).
  if (name.length >= 6 && /^(?:国际|全球|世界|亚洲|亚太|欧洲|非洲|拉美)/.test(name)) return true;
  // A court or an institution of that reach is named by its remit in two characters (国际调解院,
  // 国际仲裁院): shorter, and a generic 院 stands in no common phrase of the reach.
  if (/^(?:国际|全球|世界|亚洲|亚太|欧洲|非洲|拉美)\p{Script=Han}{2}院$/u.test(name)) return true;
  // 大同/d 市委: a place jieba did not tag as one, right before a city's or a county's committee or
  // government (read back only there, see readBack).
  const placeWord = tokens[tokenIndexAt(tokens, start)];
  if (placeWord?.start === start && /^(?:d|a|nr)$/.test(placeWord.tag) && /^(?:[省市县区州]委|[市县区]政府|[市县区]人民政府)$/.test(folded.slice(placeWord.end, end)) &&
    tokens[tokenIndexAt(tokens, placeWord.end)]?.end === end) return true;
  // (首都经济贸易大学: the capital opens a name as a level does.)
  if (LEVEL_START.test(name) || /^首都\p{Script=Han}{3,}/u.test(name) || /^(?:推进|推动|促进|深化|加快|落实)?[“「][^”」]{2,}[”」]./.test(name) || (LEXICON.get(name[0]!) ?? []).some((e) => name.length - e.form.length >= 3 && name.startsWith(e.form)) ||
    // (安踏/v 集团: a company the lexicon knows, before its group's or its company's word.)
    (COMPANY_LEXICON.get(name[0]!) ?? []).some((e) => name.startsWith(e.form) && name.length - e.form.length >= 2)) return true;
  const glued = folded[start - 1] === '系' && tokens[tokenIndexAt(tokens, start)]?.start === start - 1;
  return tokensWithin(tokens, glued ? start - 1 : start, end).some((t) => {
    // A one-character place counts (美中贸易全国委员会); other one-character words do not.
    if (t.tag === 'eng') return t.start >= start && t.end <= end && t.word.length >= 2;
    // 开元区/n人民法院: a noun that ends in an area's level right before a head is a place, unless
    // it is a kind of zone (开发区, 保护区) or a part of a town (城区, 辖区).
    if (t.start >= start && t.end <= end && (CITY_NAMES.has(wordAt(folded, t)) || (REGION.test(wordAt(folded, t)) && t.end < end))) return true;
    // 南头/f镇党委: a town's or a village's name before its level.
    if (t.start >= start && t.end < end && /[镇乡村]/.test(folded[t.end]!) && townName(folded, t)) return true;
    // (幸福/a 社区居委会: a community named by a word of praise, see readBack.)
    if (t.start === start && adjectiveNamedPlace(folded, tokens, tokenIndexAt(tokens, t.start))) return true;
    const after = tokens[tokenIndexAt(tokens, t.end)];
    if (t.tag === 'n' && t.start >= start && t.end - t.start === 3 && /[区县]$/.test(wordAt(folded, t)) && !GENERIC_ZONE.test(wordAt(folded, t)) &&
      after?.start === t.end && isHead(wordAt(folded, after))) return true;
    // (系政邦/x: a word whose glued copula was cut off counts from the name's start.)
    const from = t.start === start - 1 && folded[t.start] === '系' ? start : t.start;
    if (from < start || t.end > end || !PROPER_TAGS.has(t.tag) || !isHanWord(t.word) || (t.end - from < 2 && t.tag !== 'ns')) return false;
    if (strict && t.tag === 'x') return false;
    const w = folded.slice(t.start, t.end);
    // 中断/ns, 新建/ns: common words jieba's dictionary tags as places.
    if (t.tag === 'ns' && (NOT_PLACES.has(w) || GENERIC_AREA.test(w))) return false;
    // 绥德/nrt县委: a word before a level and its head is a place, whatever jieba tagged it.
    const next = tokens[tokenIndexAt(tokens, t.end)];
    if (t.tag !== 'nr' && t.tag !== 'nrfg' && next?.start === t.end && next.end === end && /^[省市县区州][委]$|^[县市]政府$/.test(folded.slice(next.start, next.end))) return true;
    // jieba tags some common words nr (养老): a name counts only with a name's shape.
    const rest = w.replace(ORG_HEAD, '');
    if (rest !== w && GENERIC_BEFORE_HEAD.test(rest)) return false;
    // 岳麓区/nr: a word jieba took for a name that ends in an area's level is a place.
    // 阿里巴巴/nrt集团: a company the lexicon knows counts whatever jieba tagged it.
    // 贝宁/nr: a country or a foreign city of the closed list counts whatever jieba tagged it.
    return (rest === w || rest.length >= 2) && (!t.tag.startsWith('nr') || isNameShape(w) || (w.length >= 3 && /[省市县区镇乡]$/.test(w)) || FOREIGN_PLACES.has(w) ||
      (LEXICON.get(w[0]!) ?? []).some((e) => e.company && e.form === w) ||
      // 奥里诺科/nrt钢铁公司, 布鲁金斯/nr学会: a transliterated word of three characters or more names the body.
      (/^nrt?$/.test(t.tag) && w.length >= 3 && t.end < end) ||
      // 瑞穗/nr 银行: a bank's or a broker's name jieba took for a person's.
      (/^nrt?$/.test(t.tag) && w.length === 2 && /^(?:银行|证券|保险|基金)$/.test(folded.slice(t.end, end))));
  });
}

/** What one holds or runs (`办讲座`, `办展`, `办厂`, `办实事`, `办手续`), after a 办 that is a verb. */
const RUN_OBJECT = /^(?:讲座|展|学(?!院|校)|厂|事(?!处)|实事|好事|活动|培训|比赛|赛事|晚会|婚礼|班|手续|业务|证|网店|民宿|农家乐|企业|公司|合作社)/;
