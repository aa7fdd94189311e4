import { foldToSimplified } from '../../text';
import { findLexicon } from './lexicon';
import { attributive, classifyQuote } from './quoted';
import { findQuotes, type Quote } from './quotes';
import { isScareQuote } from './speech';
import { findTitles } from './titles';
import type { ProgramHit, ProgramSpan } from './types';
import { findChiefSystems, findStrategies } from './unquoted';

export type { ProgramSpan } from './types';

/**
 * Named programs in Chinese news text (guidelines §3 and §5.3): strings in, spans out.
 *
 * Rules are written in Simplified and run on the script-folded text (offsets stay valid). Passes
 * run from the most to the least certain, and a later hit that overlaps an earlier one is dropped,
 * because items never nest within the programs array: 《》 titles, then quotes, then the lexicon
 * of unquoted formulations, then unquoted `…战略` and `X长制`.
 *
 * Every mention of a name counts (§3.1.6), and an article introduces a name with its cue once
 * (`启动“光之城”系列活动`) and then uses it bare (`点亮“光之城”魔方`): a quote whose content was
 * accepted as a name elsewhere in the same text is one too, unless a scare-quote cue stands before it
 * or it modifies the noun right after it (`“项目警官”戴锐` is a role, optional in the guidelines), or
 * the sentence rejects it (`打破了“X”的模式`: what is broken or abandoned is named as a foil).
 */
export function findPrograms(text: string): ProgramSpan[] {
  const f = foldToSimplified(text);
  const taken: ProgramHit[] = [];
  const free = (h: ProgramHit) => !taken.some((s) => s.start < h.end && h.start < s.end);
  const add = (hits: readonly ProgramHit[]) => {
    for (const h of hits) if (free(h)) taken.push(h);
  };

  const titles = findTitles(f);
  add(titles);
  const inTitle = (q: Quote) => titles.some((s) => s.start <= q.start && q.end <= s.end);
  const quotes = findQuotes(f).filter((q) => !inTitle(q));
  const quotesByEnd = new Map(quotes.map((q) => [q.end, q]));
  const named = new Map<string, ProgramHit['kind']>();
  const rest: Quote[] = [];
  for (const q of quotes) {
    const hit = classifyQuote(f, q, quotesByEnd);
    if (hit && free(hit)) {
      taken.push(hit);
      if (!named.has(contentOf(f, q))) named.set(contentOf(f, q), hit.kind === 'quoted_head' ? 'quoted_practice' : hit.kind);
    } else if (!hit) rest.push(q);
  }
  for (const q of rest) {
    const kind = named.get(contentOf(f, q));
    const foil = REJECTED_BEFORE.test(f.slice(Math.max(0, q.start - 4), q.start));
    const hit = kind && !foil && !isScareQuote(f, q.start) && !attributive(f, q.end) ? { start: q.start, end: q.end, kind } : null;
    if (hit && free(hit)) taken.push(hit);
  }
  add(findLexicon(f));
  add(findStrategies(f));
  add(findChiefSystems(f));

  return taken
    .sort((a, b) => a.start - b.start)
    .map((h) => ({ text: text.slice(h.start, h.end), start: h.start, end: h.end, kind: h.kind, name: nameOf(f.slice(h.start, h.end)) }));
}

const REJECTED_BEFORE = /(?:打破|破除|摒弃|抛弃|告别|走出|跳出|反对|杜绝|摆脱)了?$/;

function contentOf(folded: string, q: Quote): string {
  return folded.slice(q.start + 1, q.end - 1).trim();
}

/** Simplified text with quote styles unified, so `“夜潇湘”`, `「夜瀟湘」` and `"夜潇湘"` group. */
function nameOf(folded: string): string {
  // Most names have no such quote marks: each replacement runs only when it has something to do.
  let name = folded;
  if (name.includes('"')) name = name.replace(/"([^"]*)"/g, '“$1”');
  if (name.includes('「') || name.includes('『')) name = name.replace(/[「『]/g, '“');
  if (name.includes('」') || name.includes('』')) name = name.replace(/[」』]/g, '”');
  return name;
}
