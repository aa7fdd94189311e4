import { HAN_RANGES, hanKnown } from '../../text';

/**
 * The official unquoted part of a campaign name before its quoted slogan (guidelines §3.1.2,
 * patterns §3.14): `万名干部联万企“送政策、解难题、优服务”行动`. Such prefixes have the
 * "N actors + verb + N targets" shape of pairing campaigns (`万名干部联万企`, `千企帮千村`,
 * `百校结百县`); anything else before a quote (`三级“项目警官”梯队`, a place, a verb) stays out.
 */
const pairing = (han: string, flags: string) =>
  new RegExp(`[百千万十]+[名个家所支户]?${han}{1,3}[联进帮助包结兴连访走入下][百千万十]+${han}{1,2}$`, flags);

/**
 * `\p{Script=Han}` repeated makes the exact pattern slow to compile (over a millisecond, at every
 * page load), so it is the fallback: text whose every character is known to be Han or not
 * (`hanKnown`, nearly all text) gets the same pattern over plain ideograph ranges, which matches
 * exactly the same there. Both are built on first use.
 */
let exact: RegExp | null = null;
let plain: RegExp | null = null;

/**
 * The pattern ends in `[百千万十]+` and one or two Han characters (up to four UTF-16 units), so
 * without one of those numerals in the last five units it cannot match.
 */
const PAIRING_TAIL = /[百千万十]/;
const TAIL_UNITS = 5;

/**
 * Era and edition words that official names carry before the quote (`新时代“枫桥经验”`,
 * `新一轮“菜篮子”工程`, `新版“X”清单`). Only when contiguous: after `的` or punctuation they describe the
 * name rather than belong to it (`新时代的“X”`).
 */
const ERA_PREFIX = /(?:新时代|新时期|新征程|新一轮|新一代|新阶段|新版)$/;

/**
 * Start offset of the official prefix ending at `quoteStart` (an era word, a pairing campaign, or
 * both: `新时代万名干部联万企“…”行动`), or `quoteStart`.
 */
export function campaignPrefixStart(t: string, quoteStart: number): number {
  const pairing = pairingPrefixStart(t, quoteStart);
  const era = ERA_PREFIX.exec(t.slice(Math.max(0, pairing - 3), pairing));
  return era ? pairing - era[0].length : pairing;
}

function pairingPrefixStart(t: string, quoteStart: number): number {
  const window = t.slice(Math.max(0, quoteStart - 14), quoteStart);
  if (!PAIRING_TAIL.test(window.slice(-TAIL_UNITS))) return quoteStart;
  const re = hanKnown(window) ? (plain ??= pairing(`[${HAN_RANGES}]`, '')) : (exact ??= pairing('\\p{Script=Han}', 'u'));
  const m = re.exec(window);
  return m ? quoteStart - (window.length - m.index) : quoteStart;
}
