import { glossLanguage, sourceLine, type GlossaryCard } from '../../core/glossary';
import type { Translate } from '../../i18n';

/**
 * A formulation's glossary card in the tooltip: the gloss in the interface's language, the items
 * (one numbered list per number in the name: 三严 and 三实 are two lists), and since when and
 * where it was first stated. Built with createElement and textContent only.
 */

/** The card as a detached element of `doc`. */
export function cardElement(doc: Document, card: GlossaryCard, t: Translate): HTMLElement {
  const el = (tag: string, cls: string, text?: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const box = el('div', 'card');
  box.setAttribute('data-glossary', card.name);
  const lang = glossLanguage(t);
  const gloss = el('div', 'gloss', card.gloss[lang]);
  // The Chinese gloss takes the page's language (and its glyphs) from the page around it.
  if (lang === 'en') gloss.setAttribute('lang', 'en');
  box.append(gloss);
  for (const group of card.items) {
    const ol = el('ol', 'items');
    for (const item of group) ol.append(el('li', '', item));
    box.append(ol);
  }
  box.append(el('div', 'since', sourceLine(card, t)));
  return box;
}
