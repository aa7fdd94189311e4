import { glossLanguage, sourceLine, type GlossaryCard } from '../../core/glossary';
import { chineseLang } from '../../core/text';
import { uiLanguage, type Translate } from '../../i18n';

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
  // The card's Chinese (its items, a Chinese gloss) is in the card's script: Traditional on a
  // Traditional page, whatever the interface's language.
  box.setAttribute('lang', chineseLang([card.name, ...card.items.flat()].join('')));
  const lang = glossLanguage(t);
  const gloss = el('div', 'gloss', card.gloss[lang]);
  if (lang === 'en') gloss.setAttribute('lang', 'en');
  box.append(gloss);
  for (const group of card.items) {
    const ol = el('ol', 'items');
    for (const item of group) ol.append(el('li', '', item));
    box.append(ol);
  }
  const since = el('div', 'since', sourceLine(card, t));
  since.setAttribute('lang', uiLanguage(t));
  box.append(since);
  return box;
}
