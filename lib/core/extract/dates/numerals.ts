/**
 * Values of the small numbers that occur inside dates: Arabic (`02`, `2023`), Chinese
 * digit-by-digit years (`二〇二三`), and Chinese counts up to 59 (`十`, `十二`, `二十一`, `三十`).
 * Anything else returns NaN so that callers can reject the match.
 */
const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function dateNumber(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  // Digit-by-digit years: 二〇二三 → 2023.
  if (raw.length === 4 && [...raw].every((c) => c in DIGIT)) {
    return [...raw].reduce((acc, c) => acc * 10 + DIGIT[c]!, 0);
  }
  const ten = raw.indexOf('十');
  if (ten < 0) return raw.length === 1 && raw in DIGIT ? DIGIT[raw]! : NaN;
  const tensRaw = raw.slice(0, ten);
  const unitsRaw = raw.slice(ten + 1);
  const tens = tensRaw === '' ? 1 : tensRaw.length === 1 ? (DIGIT[tensRaw] ?? NaN) : NaN;
  const units = unitsRaw === '' ? 0 : unitsRaw.length === 1 ? (DIGIT[unitsRaw] ?? NaN) : NaN;
  return tens * 10 + units;
}
