import { DOWN_VERBS, MOM_MARKERS, TREND_ADVERBS, UP_VERBS, YOY_MARKERS } from './lexicon';

/**
 * Change metadata for a figure (patterns §1.9): `同比下降61.6%` → direction 'down',
 * comparison 'yoy'. Only the words right before the figure count (optionally an adverb such as
 * `分别`/`名义`, `了`, `至/到`), so `由83.3%提升至100%` gives 100% direction 'up' and 83.3% nothing.
 */
export interface Trend {
  direction?: 'up' | 'down';
  comparison?: 'yoy' | 'mom';
}

/**
 * The phrase is, as a regex over the last LOOKBACK characters before the figure:
 *
 *   (?:(YOY)|(MOM))?(?:ADVERB)?(?:(UP)|(DOWN))了?(?:分别)?(?:为|至|到)?$
 *
 * with every word list longest first. It is matched here by walking that regex's own
 * backtracking order (leftmost start; at a start, alternatives in order, an optional part tried
 * before it is skipped), so the answer is exactly the regex's. Compiling the regex at every page
 * load cost about half a millisecond, more than all the trends of a page take this way.
 */
const LOOKBACK = 16;

const longestFirst = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length);

/** Words by first character, keeping the longest-first order: one Map lookup per position. */
function byFirst(ws: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of longestFirst(ws)) {
    const list = map.get(w[0]!);
    if (list) list.push(w);
    else map.set(w[0]!, [w]);
  }
  return map;
}

interface Lists {
  yoy: Map<string, string[]>;
  mom: Map<string, string[]>;
  adverbs: Map<string, string[]>;
  up: Map<string, string[]>;
  down: Map<string, string[]>;
  /** Every way `了?(?:分别)?(?:为|至|到)?` can end the phrase. */
  tails: Set<string>;
}

let lists: Lists | null = null;

function build(): Lists {
  const tails = new Set<string>();
  for (const le of ['了', '']) for (const fb of ['分别', '']) for (const to of ['为', '至', '到', '']) tails.add(le + fb + to);
  return {
    yoy: byFirst(YOY_MARKERS), mom: byFirst(MOM_MARKERS), adverbs: byFirst(TREND_ADVERBS),
    up: byFirst(UP_VERBS), down: byFirst(DOWN_VERBS), tails,
  };
}

function verbAt(s: string, i: number, l: Lists): Trend['direction'] | null {
  for (const v of l.up.get(s[i]!) ?? []) if (s.startsWith(v, i) && l.tails.has(s.slice(i + v.length))) return 'up';
  for (const v of l.down.get(s[i]!) ?? []) if (s.startsWith(v, i) && l.tails.has(s.slice(i + v.length))) return 'down';
  return null;
}

function afterComparison(s: string, i: number, l: Lists): Trend['direction'] | null {
  for (const a of l.adverbs.get(s[i]!) ?? []) {
    if (!s.startsWith(a, i)) continue;
    const direction = verbAt(s, i + a.length, l);
    if (direction) return direction;
  }
  return verbAt(s, i, l);
}

function phraseAt(s: string, i: number, l: Lists): Trend | null {
  for (const [words, comparison] of [[l.yoy, 'yoy'], [l.mom, 'mom']] as const) {
    for (const c of words.get(s[i]!) ?? []) {
      if (!s.startsWith(c, i)) continue;
      const direction = afterComparison(s, i + c.length, l);
      if (direction) return { direction, comparison };
    }
  }
  const direction = afterComparison(s, i, l);
  return direction ? { direction } : null;
}

/** Last characters of the verbs, and of what may follow them: most figures are rejected on one lookup. */
const VERB_LAST = new Set([...UP_VERBS, ...DOWN_VERBS].map((w) => w[w.length - 1]!));
const LAST_CHARS = new Set([...VERB_LAST, '了', '别', '为', '至', '到']);
const LONGEST_TAIL = '了分别为'.length;

/** Some verb can end where an allowed tail begins (`…为`, `…了`): else no phrase can match. */
function verbBeforeTail(s: string, l: Lists): boolean {
  for (let k = s.length; k >= Math.max(1, s.length - LONGEST_TAIL); k--) {
    if (VERB_LAST.has(s[k - 1]!) && l.tails.has(s.slice(k))) return true;
  }
  return false;
}

/** `f` is the normalized text, `start` where the figure's span begins. */
export function trendBefore(f: string, start: number): Trend {
  if (!LAST_CHARS.has(f[start - 1] ?? '')) return {};
  lists ??= build();
  const s = f.slice(Math.max(0, start - LOOKBACK), start);
  if (!verbBeforeTail(s, lists)) return {};
  for (let i = 0; i < s.length; i++) {
    const trend = phraseAt(s, i, lists);
    if (trend) return trend;
  }
  return {};
}

/** Separators of a list whose items share the first item's trend (`下降61.6%、53.1%、31.5%`). */
const LIST_SEPARATORS: ReadonlySet<string> = new Set(['、', '和', '及', '与', ',', '，']);

export const isListSeparator = (between: string): boolean => LIST_SEPARATORS.has(between);

/**
 * `同比-4.1%`, `环比为-0.3个百分点`: a comparison written right before a signed figure, with no
 * verb (the sign says the direction).
 */
export function comparisonBefore(f: string, start: number): Trend['comparison'] | null {
  const s = f.slice(Math.max(0, start - LOOKBACK), start).replace(/(?:分别)?(?:为|是)?$/, '');
  if (YOY_MARKERS.some((w) => s.endsWith(w))) return 'yoy';
  if (MOM_MARKERS.some((w) => s.endsWith(w))) return 'mom';
  return null;
}
