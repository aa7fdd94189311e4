/**
 * Span scoring as in the annotation guidelines §4: strict = exact (start, end);
 * optional gold items are removed, and so is every prediction that overlaps one.
 */
export interface GoldSpan {
  text: string;
  start: number;
  end: number;
  optional?: boolean;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Predictions that were not in gold, and gold that was not predicted: for error analysis. */
  falsePositives: { start: number; end: number; text: string }[];
  falseNegatives: { start: number; end: number; text: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreStrict(
  gold: readonly GoldSpan[],
  predicted: readonly { start: number; end: number; text: string }[],
): Score {
  const optional = gold.filter((g) => g.optional);
  const required = gold.filter((g) => !g.optional);
  const preds = predicted.filter((p) => !optional.some((o) => overlaps(o, p)));
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const goldKeys = new Set(required.map(key));
  const predKeys = new Set(preds.map(key));
  const tp = [...predKeys].filter((k) => goldKeys.has(k)).length;
  const fp = predKeys.size - tp;
  const fn = goldKeys.size - tp;
  const precision = predKeys.size ? tp / predKeys.size : 1;
  const recall = goldKeys.size ? tp / goldKeys.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    tp, fp, fn, precision, recall, f1,
    falsePositives: preds.filter((p) => !goldKeys.has(key(p))).map(({ start, end, text }) => ({ start, end, text })),
    falseNegatives: required.filter((g) => !predKeys.has(key(g))).map(({ start, end, text }) => ({ start, end, text })),
  };
}
