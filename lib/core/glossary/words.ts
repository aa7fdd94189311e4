import type { Translate } from '../types';
import type { GlossaryCard } from './types';

/**
 * How the interface words a card, shared by the tooltip and the sidebar so the two say the same:
 * which gloss to show and the line that dates it. `t` is the interface's translator.
 */

/** The gloss for the interface's language: the locale itself answers (`zh` in both Chinese interfaces). */
export function glossLanguage(t: Translate): 'zh' | 'en' {
  return t('glossary_lang') === 'zh' ? 'zh' : 'en';
}

/** `Since 2014 · First stated in … (2014-03-09)`. */
export function sourceLine(card: GlossaryCard, t: Translate): string {
  return [t('glossary_since', card.since), t('glossary_first_stated', card.source.title, card.source.date)].join(' · ');
}
