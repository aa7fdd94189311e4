import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * A length-preserving Traditional → Simplified fold, for *matching* only.
 *
 * People's Daily's /BIG5/ pages mix scripts (`1.3萬余家`, `干部`), so rules are written once,
 * in Simplified, and run on the folded text; offsets found there index the original text
 * directly because every UTF-16 unit maps to exactly one unit. Conversions that would change
 * the length (astral characters, one-to-many entries) are left out: the fold never moves an offset.
 */
let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of (TSCharacters as string).split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to) continue;
    // `to` may list alternatives; the first is OpenCC's preferred form.
    if (from.length === 1 && to[0] !== undefined && to.charCodeAt(0) < 0xd800) map.set(from, to[0]);
  }
  return map;
}

export function foldToSimplified(text: string): string {
  table ??= buildTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += table.get(ch) ?? ch;
  }
  return out;
}
