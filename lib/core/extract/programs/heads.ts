import { isHan } from '../../text';

/**
 * Head nouns that join a quoted name (guidelines §3.1.2, §5.3; patterns §2.1):
 * `“护企安商”机制`, `“三位一体”防护体系`, `“千年古城迎新春·祛疾纳福游零陵”民俗文化系列活动`.
 *
 * Heads are a class, not a list of single words: the nouns that follow quoted names in news prose
 * fall into a few families (institutions, campaigns, plans and documents, models and experience,
 * platforms, zones, brands and ideas), and a head is any member of a family, after a descriptive
 * modifier or not (`“X”综合试验区`, `“X”发展模式`, `“X”治理经验`). The families were read off the
 * words that follow quotes in the corpus and seed pages, so they cover the shapes news writes, not
 * one test string each.
 *
 * - A descriptive modifier of up to six Han characters may stand between quote and head
 *   (`民俗文化`, `防护`, `工作责任`, `电商提升`), but never a function word, and it never starts with
 *   a verb or adverb (that makes it a predicate): `“一企一警”等7项工作机制` and
 *   `“X”推动平台建设` do not attach.
 * - Weak heads (`建设 功能 项目 服务 …`) attach only directly after the quote; `制` only when it
 *   does not start a verb (`制定`).
 * - `经验` is borderline in the guidelines (§5.3, optional) but names the practice as a whole
 *   (`“浦江”经验`), so it attaches like `模式`; `工作` stays out: `“六稳”工作` is work on the
 *   programme, not its name.
 * - A quoted name that already ends in a programme noun (`“湖南公安服务平台”功能`) is complete:
 *   what follows is an attribute of it, not part of the name.
 */
const HEAD_FAMILIES = {
  institutions: ['工作责任机制', '机制', '制度', '体制', '体系', '防护体系'],
  campaigns: ['专项行动', '专项整治', '系列活动', '行动计划', '攻坚行动', '攻坚战', '保卫战', '会战', '攻坚', '行动', '活动', '工程', '计划'],
  plans: ['规划纲要', '规划', '方案', '政策', '举措', '措施', '倡议', '标准', '清单', '试点', '改革'],
  models: ['模式', '经验', '工作法', '做法', '范式', '原则', '理念', '战略', '战略布局', '总体布局', '空间布局', '产业布局', '发展格局'],
  // Designations a programme awards or pilots in (`“四好农村路”示范县`, `“无废城市”试点城市`).
  designations: ['示范县', '示范市', '示范村', '示范镇', '示范城市', '示范单位', '示范项目', '示范工程', '试点城市', '试点县', '试点单位'],
  platforms: ['平台', '系统', '热线', '小程序', 'APP', 'App', 'app', '板块'],
  // Zones that a programme creates or names; place words (`社区`, `城区`, `景区`) are not heads.
  zones: ['示范区', '先行区', '试验区', '实验区', '合作区', '先导区', '示范片区', '核心区', '承载区', '集聚区', '引领区',
    '样板区', '示范带', '示范点', '示范基地', '新区', '特区', '园区', '自贸区', '经济带', '经济圈', '生活圈', '服务圈'],
  teams: ['梯队', '专班'],
  brands: ['品牌'],
};
const STRONG_HEADS = Object.values(HEAD_FAMILIES).flat();
/** Zones that also name a place: a head after a quote, but a quoted name ending in one is a place. */
const PLACE_ZONES = new Set(['新区', '特区', '园区', '自贸区', '经济带', '经济圈']);
const WEAK_HEADS = ['建设', '功能', '项目', '服务'];

/** Characters that end a modifier: function words, particles, numbers and measure words. */
const MODIFIER_STOP = /[的等和与及或是在为将把被对向从了着过并也都还又就才以其这那该此各每要会能可所让使由于於个项条]/;
/**
 * Inside a modifier, characters that begin a clause word there are part of compound words
 * (`以工代赈模式`, `为民服务机制`, `对口帮扶机制`, `要素保障机制`, `可持续发展模式`), so only real
 * function words, coordination and demonstratives end it.
 */
const INNER_STOP = /[的等和与及或是在了着过并也都还又就才这那该此每把被将让使由于於]/;
/** Compound words that begin with a function character and still describe a head (`对口帮扶机制`). */
const COMPOUND_START = /^(?:对口|对标|为民|以工代赈|可持续|要素|项目化|条块)/;
/** Verbs that make the words after the quote a predicate, not a modifier. */
const PREDICATE_START = /^(?:推动|推进|实施|开展|打造|加强|提升|助力|促进|带动|落实|形成|构建|完善|发挥|取得|成为|得到|实现|进行|深化|启动|建立|纳入|覆盖|保障|持续|不断|全面|正式|已经|进一步|有效|成功|累计|共|已|再|均|将|正|又|更|最|还|让|使)/;
const MAX_MODIFIER = 8;

const NOUN_ENDINGS = [...STRONG_HEADS.filter((h) => !PLACE_ZONES.has(h)), '制'];

/** The endings by their last character: every quote is checked, usually against none of them. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const n of NOUN_ENDINGS) ENDINGS_BY_LAST.set(n.at(-1)!, [...(ENDINGS_BY_LAST.get(n.at(-1)!) ?? []), n]);

/** The quoted name itself ends in a programme noun (`湖南公安服务平台`, `河长制`). */
export function endsWithProgrammeNoun(content: string): boolean {
  return (ENDINGS_BY_LAST.get(content.at(-1) ?? '') ?? []).some((n) => content.endsWith(n));
}

/** Heads indexed by first character, longest first: one Map lookup per position tried. */
function index(heads: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const h of [...heads].sort((a, b) => b.length - a.length)) map.set(h[0]!, [...(map.get(h[0]!) ?? []), h]);
  return map;
}
const strongIndex = index(STRONG_HEADS);
const weakIndex = index(WEAK_HEADS);

function headAt(t: string, i: number, heads: ReadonlyMap<string, readonly string[]>): string | null {
  for (const h of heads.get(t[i] ?? '') ?? []) if (t.startsWith(h, i)) return h;
  return null;
}

/** The end offset of the head attached after a quote ending at `end`, or null. */
export function attachHead(t: string, end: number, content: string): number | null {
  if (endsWithProgrammeNoun(content)) return null;
  const weak = headAt(t, end, weakIndex);
  let best: number | null = null;
  if (weak) best = end + weak.length;
  // `制` alone: `“项目警官”制`, but not `“X”制定`, `“X”制造`.
  if (t[end] === '制' && !/[定造作约止品成服衡订]/.test(t[end + 1] ?? '')) best = end + 1;
  for (let k = 0; k <= MAX_MODIFIER; k++) {
    const i = end + k;
    if (k > 0) {
      const ch = t[i - 1] ?? '';
      const stop = k === 1 && !COMPOUND_START.test(t.slice(end, end + 4)) ? MODIFIER_STOP : INNER_STOP;
      if (!isHan(ch) || stop.test(ch)) break;
    }
    const head = headAt(t, i, strongIndex);
    if (head && (k === 0 || !PREDICATE_START.test(t.slice(end, i)))) best = Math.max(best ?? 0, i + head.length);
  }
  return best;
}
