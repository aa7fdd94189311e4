import { foldToSimplified } from '../../lib/core/text/fold';
import type { ScriptTarget } from '../../lib/dom/swap/types';

/**
 * A deterministic fake of the background's converter for the DOM property tests: the fold of
 * lib/core/text/fold.ts (Traditional → Simplified, length-preserving), its reverse, and a few entries
 * that change lengths. Converting twice is NOT the same as converting once (`l` → `ll`), on
 * purpose: Kanbao must always convert from the page's originals, never from converted text.
 */
/** Simplified → Traditional, from the fold table: the first Traditional character folding to each. */
const REVERSE = (() => {
  const rev = new Map<string, string>();
  let all = '';
  for (let c = 0x3400; c <= 0x9fff; c++) all += String.fromCharCode(c);
  const folded = foldToSimplified(all);
  for (let i = 0; i < all.length; i++) if (folded[i] !== all[i] && !rev.has(folded[i]!)) rev.set(folded[i]!, all[i]!);
  return rev;
})();

/**
 * - `preserving`: the fold and its reverse only; no text changes length.
 * - `opencc`: plus the one kind of length change OpenCC itself makes (`二噁英` ⇄ `二𫫇英`, an astral
 *   character for a BMP one); converting converted text changes nothing more.
 * - `full`: plus entries that are not idempotent (`l` → `ll`, `o` → `oo`, `𠀀` → `[𠀀]`): text
 *   converted twice differs from text converted once.
 */
export type FakeMode = 'preserving' | 'opencc' | 'full';

const EXTRA: Record<FakeMode, Record<ScriptTarget, [string, string][]>> = {
  preserving: { simplified: [], taiwan: [], hongkong: [] },
  opencc: { simplified: [['噁', '𫫇']], taiwan: [['𫫇', '噁']], hongkong: [['𫫇', '噁']] },
  full: {
    simplified: [['噁', '𫫇'], ['l', 'll']],
    taiwan: [['𫫇', '噁'], ['𠀀', '[𠀀]']],
    hongkong: [['𫫇', '噁'], ['𠀀', '[𠀀]'], ['裡', '裏'], ['o', 'oo']],
  },
};

function base(text: string, to: ScriptTarget): string {
  const out = foldToSimplified(text);
  return to === 'simplified' ? out : Array.from(out, (ch) => REVERSE.get(ch) ?? ch).join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The extra entries win over the fold: the text is cut at them and the rest is folded. */
export function fakeConvert(text: string, to: ScriptTarget, mode: FakeMode = 'full'): string {
  const extra = EXTRA[mode][to];
  if (extra.length === 0) return base(text, to);
  const map = new Map(extra);
  const re = new RegExp(extra.map(([k]) => escape(k)).join('|'), 'gu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += base(text.slice(last, m.index), to) + map.get(m[0])!;
    last = m.index + m[0].length;
  }
  return out + base(text.slice(last), to);
}
