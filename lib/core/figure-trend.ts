import { DOWN_VERBS, MOM_MARKERS, TREND_ADVERBS, UP_VERBS, YOY_MARKERS } from './figure-lexicon';

/**
 * Change metadata for a figure (patterns §1.9): `同比下降61.6%` → direction 'down',
 * comparison 'yoy'. Only the words right before the figure count (optionally an adverb such as
 * `分别`/`名义`, `了`, `至/到`), so `由83.3%提升至100%` gives 100% direction 'up' and 83.3% nothing.
 */
export interface Trend {
  direction?: 'up' | 'down';
  comparison?: 'yoy' | 'mom';
}

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');

const TREND_RE = new RegExp(
  `(?:(${alt(YOY_MARKERS)})|(${alt(MOM_MARKERS)}))?(?:${alt(TREND_ADVERBS)})?(?:(${alt(UP_VERBS)})|(${alt(DOWN_VERBS)}))了?(?:分别)?(?:为|至|到)?$`,
);
const LOOKBACK = 16;

/** Last characters a trend phrase can end with: most figures are rejected on one lookup. */
const LAST_CHARS = new Set([...UP_VERBS, ...DOWN_VERBS].map((w) => w[w.length - 1]!).concat(['了', '别', '为', '至', '到']));

/** `f` is the normalized text, `start` where the figure's span begins. */
export function trendBefore(f: string, start: number): Trend {
  if (!LAST_CHARS.has(f[start - 1] ?? '')) return {};
  const m = TREND_RE.exec(f.slice(Math.max(0, start - LOOKBACK), start));
  if (!m) return {};
  const trend: Trend = { direction: m[3] ? 'up' : 'down' };
  if (m[1]) trend.comparison = 'yoy';
  else if (m[2]) trend.comparison = 'mom';
  return trend;
}

/** Separators of a list whose items share the first item's trend (`下降61.6%、53.1%、31.5%`). */
export const LIST_SEPARATOR = /^(?:、|和|及|与|,|，)$/;
