import type { Quote } from './quotes';
import { isHan } from '../../text';

/**
 * A quoted name without a head counts when it is the thing being implemented, launched,
 * promoted or relied on (guidelines §3.1.3, patterns §2.1.3): a trigger verb within about six
 * characters before it (`扎实推进“一件事一次办”`, `推进公安“一网通办”`, `打好发展“六仗”`).
 *
 * The walk back skips whole quotes and the joiners right after them, so one verb governs a chain:
 * `打造一批“本地人常去、外地人必去”“烟火气、湖南味、国际范”的“夜潇湘”网红打卡地`. Any other
 * `的` ends the walk: in `推动党的科学理论“飞入寻常百姓家”` the verb governs 理论, not the quote.
 */
/** Verbs whose object is, in PD prose, almost always a policy or practice. */
const STRONG_TRIGGERS = [
  '推进', '推行', '落实', '实施', '实行', '开展', '启动', '部署', '深化', '践行', '贯彻', '登录', '上线',
  '推出', '开通', '启用', '打好', '打赢', '推广', '试行', '施行', '做到', '增强', '坚定', '树牢', '坚持',
  '全面推开', '推开', '持续开展', '组织开展', '共建', '下载', '创新推出',
];
/**
 * Verbs that also take metaphors (`打造“升级版”`, `用好“指挥棒”`, `聚焦“卡脖子”`): their quote
 * needs corroboration, see `triggerStrength`.
 */
const WEAK_TRIGGERS = [
  '打造', '创建', '建设', '构建', '建立', '搭建', '完善', '健全', '强化', '依托', '聚焦', '围绕', '按照',
  '紧扣', '用好', '发挥', '参与', '加入', '拓展', '扩展', '借助', '运用', '升级', '探索', '推动', '做好',
  '抓好', '开启',
];
const BUDGET = 4;
const JOINERS = /[的、和与及]/;
export type TriggerStrength = 'strong' | 'weak' | null;

/** Triggers indexed by last character, longest first, with their strength. */
const byLast = new Map<string, [string, 'strong' | 'weak'][]>();
for (const [list, strength] of [[STRONG_TRIGGERS, 'strong'], [WEAK_TRIGGERS, 'weak']] as const) {
  for (const v of list) byLast.set(v.at(-1)!, [...(byLast.get(v.at(-1)!) ?? []), [v, strength]]);
}
for (const list of byLast.values()) list.sort((a, b) => b[0].length - a[0].length);

function triggerEndsAt(t: string, j: number): TriggerStrength {
  for (const [v, strength] of byLast.get(t[j - 1] ?? '') ?? []) {
    if (j >= v.length && t.startsWith(v, j - v.length)) return strength;
  }
  return null;
}

/** `quotesByEnd` maps a quote's end offset to its start, to hop over neighbouring quotes. */
export function triggerBefore(t: string, start: number, quotesByEnd: ReadonlyMap<number, Quote>): TriggerStrength {
  let j = start;
  let budget = BUDGET;
  while (j > 0 && budget >= 0) {
    const previousQuote = quotesByEnd.get(j);
    if (previousQuote) {
      // Only a chain of adjacent quotes shares a verb; after other words, the verb is theirs.
      if (budget < BUDGET) return null;
      j = previousQuote.start;
      continue;
    }
    const found = triggerEndsAt(t, j);
    if (found) return found;
    const ch = t[j - 1]!;
    if (JOINERS.test(ch)) {
      if (budget < BUDGET || !quotesByEnd.has(j - 1)) return null;
      j--;
      continue;
    }
    if (!isHan(ch) && !/\d/.test(ch)) return null;
    budget--;
    j--;
  }
  return null;
}

/** Start of the chain of adjacent quotes (and joiners) that ends with the quote at `start`. */
export function chainStart(t: string, start: number, quotesByEnd: ReadonlyMap<number, Quote>): number {
  let j = start;
  for (;;) {
    const joined = JOINERS.test(t[j - 1] ?? '') ? quotesByEnd.get(j - 1) : undefined;
    const previous = quotesByEnd.get(j) ?? joined;
    if (!previous) return j;
    j = previous.start;
  }
}
