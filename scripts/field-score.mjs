// Scores of `npm run field`, apart from the runner so that tests can check them.
//
// Body F1: the multiset of character bigrams of the text with all whitespace removed, against the
// ground truth's; P = shared / bigrams of the reader, R = shared / bigrams of the truth,
// F1 = 2PR/(P+R). Date: right when the reader's timestamp, cut to the precision the truth shows
// (day, minute or second), equals the truth; a less precise answer is wrong, a more precise one is
// cut. Only the written digits are compared: every page of the corpus is on Beijing time.

export function bigrams(text) {
  const s = [...text.replace(/\s+/g, '')];
  const counts = new Map();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s[i] + s[i + 1];
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

export function bigramF1(got, truth) {
  const a = bigrams(got);
  const b = bigrams(truth);
  let overlap = 0;
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const n of b.values()) nb += n;
  for (const [g, n] of a) overlap += Math.min(n, b.get(g) ?? 0);
  if (overlap === 0) return 0;
  const p = overlap / na;
  const r = overlap / nb;
  return (2 * p * r) / (p + r);
}

/** The digits of a timestamp as written, zone left out: `2024-05-13T13:48+08:00` → `202405131348`. */
export function dateDigits(value) {
  if (!value) return null;
  const m = String(value).match(/(\d{4})\D(\d{1,2})\D(\d{1,2})(?:\D+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return null;
  const pad = (x) => x.padStart(2, '0');
  return m[1] + pad(m[2]) + pad(m[3]) + (m[4] ? pad(m[4]) + m[5] + (m[6] ?? '') : '');
}

export function dateRight(got, truth) {
  const g = dateDigits(got);
  const t = dateDigits(truth);
  return g !== null && t !== null && g.length >= t.length && g.slice(0, t.length) === t;
}
