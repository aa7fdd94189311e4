import type { Draft } from './draft';
import { ONE_IS_COUNT_AFTER, ONE_TIME_AFTER, ONE_TIME_VERBS } from './lexicon';
import type { NumberToken } from './number';
import { decimalToNumber } from '../../text';

/**
 * Whether an assembled numeral + unit is a figure at all (guidelines §1.2, §5.1): bare numbers,
 * articles (`一个问题`), vague magnitude words (`万名干部`), ordinals in disguise (`二十大`,
 * `二期`, `前三位`, `十四届`), clock minutes, calendar periods (`前10个月`).
 */

const VALUE_VERB_BEFORE = /(?:为|达|达到|是|至|到|收于|报|录得|降至|升至)$/;
const BIG_FOLLOWER_BLOCKED = /[会学型量小于多批幅概约家都众力部局国关事步半]/;

/** Whether a single (non-range) draft is a figure at all. */
export function acceptable(f: string, d: Draft, num: NumberToken): boolean {
  const info = d.unitInfo;
  // The financial numerals write amounts; elsewhere they are names (the singer 伍佰).
  if (num.financial && info?.kind !== 'money') return false;
  const value = Array.isArray(num.value) ? decimalToNumber(num.value[1]) : decimalToNumber(num.value);
  if (!info) {
    if (num.script === 'arabic') {
      return num.hasMagnitude || d.approx !== null
        || (num.decimal && VALUE_VERB_BEFORE.test(f.slice(Math.max(0, d.start - 4), d.start)));
    }
    return (num.hasMagnitude && !num.onlyMagnitude) || (d.approx !== null && value >= 10);
  }
  // `万名`, `百户`, `千亩`: a single bare magnitude character is vague or part of a name
  // (`万名干部`, `每百户`); a compound one is a real amount (`突破千亿元`, `百万人次`).
  if (num.onlyMagnitude && d.approx === null && num.runEnd - num.start < 2) return false;
  if (info.kind === 'big') {
    // `三大产业` counts; `二十大` is the 20th Party Congress (ordinal, §1.2).
    const next = f[d.end] ?? '';
    return !num.isOne && value <= 10 && Number.isInteger(value) && /[\u4e00-\u9fff]/.test(next)
      && !BIG_FOLLOWER_BLOCKED.test(next);
  }
  if (info.kind === 'time' && /^(?:个月|个季度)$/.test(d.unitText ?? '') && isYearToDatePeriod(f, d.start)) return false;
  // `二期工程` is phase two; `前三位`, `前10名` are rankings: ordinals, not quantities.
  if (d.unitText === '期' && num.script === 'cn') return false;
  // Scores (`95分`) only in Arabic and not as the minutes of a clock time (`9时40分`).
  if (d.unitText === '分' && (num.script === 'cn' || /[时点:]/.test(f[num.start - 1] ?? ''))) return false;
  // `十四届全国人大` names a session (ordinal); `连续举办六届` / `已举办三届` count sessions.
  if (d.unitText === '届' && /[\u4e00-\u9fff]/.test(f[d.end] ?? '') && !/(?:连续|举办|共|已|累计)$/.test(f.slice(Math.max(0, d.start - 4), d.start))) {
    return false;
  }
  if ((d.unitText === '位' || d.unitText === '名') && f[d.start - 1] === '前') return false;
  // A lone 零 is "zero-" in words (`零距离`, `零部件`), not a count.
  if (num.script === 'cn' && !num.decimal && value === 0) return false;
  // `最多一天` is "on the best day": a bound before a lone 一 does not make it a count.
  const boundOne = d.approx !== null && f.startsWith('最多', d.start);
  if (num.isOne && (d.approx === null || boundOne) && !d.half && !d.cents) return oneIsCount(f, d);
  return true;
}

/** `今年前10个月`, `前三个季度`: a period of the calendar (a date, §5.2), not a duration. */
function isYearToDatePeriod(f: string, start: number): boolean {
  if (f[start - 1] !== '前') return false;
  const before = f[start - 2] ?? '';
  return before === '' || before === '年' || !/[\u4e00-\u9fff]/.test(before);
}

/**
 * A lone `一` + classifier is usually an article (`一个问题`, `一家企业`); it counts after
 * 仅/只/共, as a multiple (`多一倍`), a proportion (`一成`), an age (`一周年`), or a duration in a duration frame
 * (`生活一个月`, `一年来`; not `新的一年`, `有一天`).
 */
function oneIsCount(f: string, d: Draft): boolean {
  const kind = d.unitInfo?.kind;
  if (kind === 'multiple' || kind === 'tenths' || kind === 'age') return true;
  // `一千克`, `一千米`: a metric-prefixed unit after 一 measures (it read as 一千 before the prefix
  // was the unit's); `一米阳光`, `一桶鱼` stay articles like any classifier.
  if (kind === 'physical' && /^[千百]/.test(d.unitText ?? '')) return true;
  if (ONE_IS_COUNT_AFTER.some((w) => f.startsWith(w, d.start - w.length))) return true;
  if (kind === 'time') {
    return ONE_TIME_VERBS.some((w) => f.startsWith(w, d.start - w.length)) || ONE_TIME_AFTER.test(f.slice(d.end, d.end + 2));
  }
  return false;
}
