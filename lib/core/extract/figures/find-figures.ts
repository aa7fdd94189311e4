import { acceptable } from './accept';
import { buildFigureContext, eligibleStart, type FigureContext, insideLabelOk } from './context';
import { finishDraft, type ScanResult } from './draft';
import { normalizeForMatching } from './normalize';
import { readNumber } from './number';
import { buildSimple, mergeSecond } from './simple';
import { scanDoubling, scanFraction, scanHalf, scanSlashFraction } from './special';
import { comparisonBefore, isListSeparator, trendBefore } from './trend';
import type { FigureSpan } from './types';

export type { FigureSpan } from './types';

/**
 * FIGURES extractor (guidelines v2 §1 and §5.1): every quantity written with a numeral, as the
 * maximal core `[prefix approximator] numeral [magnitude] [suffix approximator] [unit] [post
 * approximator]`. Pure: one string in, spans out, offsets in UTF-16 units of the input.
 *
 * The rules run on `normalizeForMatching(text)` (Traditional folded to Simplified, full-width
 * digits made ASCII, one unit for one), so they are written once and offsets stay valid.
 * Dates and clock times are left to the dates extractor; ordinals, codes, names, lexicalised
 * words and programme labels are not figures.
 */
export function findFigures(text: string): FigureSpan[] {
  const f = normalizeForMatching(text);
  const ctx = buildFigureContext(f);
  const out: FigureSpan[] = [];
  const starts = /[0-9零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟半翻]/g;
  for (let m = starts.exec(f); m; m = starts.exec(f)) {
    const { draft, next } = scanAt(f, m.index, ctx);
    if (draft) out.push(withTrend(f, finishDraft(text, draft), out[out.length - 1]));
    starts.lastIndex = Math.max(next, m.index + 1);
  }
  return out;
}

function withTrend(f: string, span: FigureSpan, previous: FigureSpan | undefined): FigureSpan {
  const trend = trendBefore(f, span.start);
  // A negative change is a fall: `同比-4.1%` and `同比增长-4.1%` both go down by 4.1%.
  if (isNegativeChange(span)) {
    const comparison = trend.comparison ?? comparisonBefore(f, span.start);
    if (trend.direction || comparison) return comparison ? { ...span, direction: 'down', comparison } : { ...span, direction: 'down' };
  }
  if (trend.direction) return { ...span, ...trend };
  // `同比下降61.6%、53.1%、31.5%`: list items share the first item's trend.
  if (previous?.direction && isListSeparator(f.slice(previous.end, span.start))) {
    const inherited: FigureSpan = { ...span, direction: previous.direction };
    if (previous.comparison) inherited.comparison = previous.comparison;
    return inherited;
  }
  return span;
}

function scanAt(f: string, p: number, ctx: FigureContext): ScanResult {
  if (f[p] === '翻') return scanDoubling(f, p, ctx);
  if (f[p] === '半') return scanHalf(f, p, ctx);
  const num = readNumber(f, p);
  if (!num) return { draft: null, next: p + 1 };
  const skip: ScanResult = { draft: null, next: Math.max(num.runEnd, p + 1) };
  if (!eligibleStart(f, p, ctx) || num.digitString) return { draft: null, next: skipOrdinalRange(f, p, skip.next) };
  if (f.startsWith('分之', num.runEnd)) return scanFraction(f, num, ctx) ?? skip;
  if (num.script === 'arabic' && f[num.runEnd] === '/') return scanSlashFraction(f, num, ctx) ?? skip;

  const first = buildSimple(f, num, true);
  if (first === 'date') return skip;
  const merged = mergeSecond(f, first, ctx);
  if (merged === 'date') return { draft: null, next: Math.max(skip.next, first.end) };
  const draft = merged ?? first;
  if (merged === null && !acceptable(f, draft, num)) return { draft: null, next: Math.max(skip.next, num.end) };
  if (!insideLabelOk(ctx, draft, p)) return { draft: null, next: draft.end };
  return { draft, next: draft.end };
}

function isNegativeChange(span: FigureSpan): boolean {
  return typeof span.value === 'number' && span.value < 0 && (span.unit === '%' || span.unit === 'pp');
}

/** `第1至3名`: the second half of an ordinal range is an ordinal too. */
function skipOrdinalRange(f: string, p: number, next: number): number {
  if (f[p - 1] !== '第') return next;
  const m = /(?:至|到|-|—|–|~)(?:第)?(?:\d+|[一二两三四五六七八九十百]+)/y;
  m.lastIndex = next;
  const hit = m.exec(f);
  return hit ? next + hit[0].length : next;
}
