import { isHanWord, type Span, type TaggedToken } from '../tokens';
import { NOT_PLACES, PLACE_SUFFIX, overlaps } from './lexicon';
import { sortEntities } from './organisations';
import type { NamedEntity } from './types';

/** Places: words jieba tags ns, minus its dictionary's common words; 湖南 and 湖南省 are one place. */
export function places(text: string, folded: string, tokens: readonly TaggedToken[], personAt: Uint8Array): NamedEntity[] {
  interface Group {
    /** Each written form (folded) with its count, and its first original spelling. */
    forms: Map<string, number>;
    first: Map<string, string>;
    mentions: Span[];
  }
  const groups = new Map<string, Group>();
  for (const t of tokens) {
    if (t.tag !== 'ns' || overlaps(personAt, t)) continue;
    const w = folded.slice(t.start, t.end);
    if (!isHanWord(w) || w.length < 2 || NOT_PLACES.has(w)) continue;
    const key = w.length >= 3 && /[省市县]$/.test(w) ? w.slice(0, -1) : w;
    if (key.length < 2 || (NOT_PLACES.has(key) && !PLACE_SUFFIX.test(w))) continue;
    const g: Group = groups.get(key) ?? { forms: new Map(), first: new Map(), mentions: [] };
    g.forms.set(w, (g.forms.get(w) ?? 0) + 1);
    if (!g.first.has(w)) g.first.set(w, text.slice(t.start, t.end));
    g.mentions.push({ start: t.start, end: t.end });
    groups.set(key, g);
  }
  const out: NamedEntity[] = [];
  for (const g of groups.values()) {
    // The most frequent form names the place; ties go to the first seen (Map order).
    let best = '';
    for (const [form, n] of g.forms) if (n > (g.forms.get(best) ?? 0)) best = form;
    out.push({ name: g.first.get(best)!, mentions: g.mentions, count: g.mentions.length });
  }
  return sortEntities(out);
}

