import { builtinGlossary, cardOf, type Glossary, type GlossaryCard } from '@/lib/core/glossary';
import type { ConvertTarget, GlossaryReply, GlossaryRequest } from '@/lib/messaging';

/**
 * The glossary's cards for a page. The data (the bulk of this module's weight) lives here, in the
 * background, and never in the content scripts: the annotator asks with the names it marked and
 * gets the cards back in the script the reader sees, so a Traditional page shows a Traditional
 * card. The conversion is the background's own converter, the one that converts the page.
 */
export type ConvertStrings = (texts: string[], to: ConvertTarget) => Promise<string[]>;

/** The card's Chinese strings, in a fixed order: the English gloss and the note stay as written. */
function mapCardText(c: GlossaryCard, f: (s: string) => string): GlossaryCard {
  return {
    ...c,
    name: f(c.name),
    items: c.items.map((g) => g.map(f)),
    gloss: { zh: f(c.gloss.zh), en: c.gloss.en },
    source: { title: f(c.source.title), date: c.source.date },
  };
}

export async function answerGlossary(msg: GlossaryRequest, convert: ConvertStrings, glossary: Glossary = builtinGlossary()): Promise<GlossaryReply> {
  const cards = msg.names.map((name) => {
    const e = glossary.lookup(name);
    return e ? cardOf(e) : null;
  });
  // The glossary is written in Simplified: only a Traditional view needs the converter.
  if (msg.script === 'simplified' || cards.every((c) => c === null)) return { cards };
  const texts: string[] = [];
  for (const c of cards) if (c) mapCardText(c, (s) => (texts.push(s), s));
  const out = await convert(texts, msg.script);
  if (out.length !== texts.length) throw new Error(`the converter returned ${out.length} strings for ${texts.length}`);
  let i = 0;
  return { cards: cards.map((c) => c && mapCardText(c, () => out[i++]!)), sources: cards };
}
