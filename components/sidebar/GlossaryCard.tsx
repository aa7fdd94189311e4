import { glossLanguage, sourceLine, type GlossaryCard as Card } from '@/lib/core/glossary';
import { chineseLang } from '@/lib/core/text';
import { uiLanguage, type Translate } from '@/lib/i18n';

export interface GlossaryCardProps {
  id: string;
  card: Card;
  t: Translate;
}

/**
 * A formulation's card under its program in the sidebar, worded as in the tooltip: the gloss in
 * the interface's language, one numbered list per number in the name, since when and where.
 */
export function GlossaryCard({ id, card, t }: GlossaryCardProps) {
  const lang = glossLanguage(t);
  return (
    // The card's Chinese is in the card's script; its English gloss and its source line are not.
    <div id={id} class="kb-card" data-glossary={card.name} lang={chineseLang([card.name, ...card.items.flat()].join(''))}>
      <p class="kb-card-gloss" lang={lang === 'en' ? 'en' : undefined}>
        {card.gloss[lang]}
      </p>
      {card.items.map((group, i) => (
        <ol key={i} class="kb-card-items">
          {group.map((item, j) => (
            <li key={j}>{item}</li>
          ))}
        </ol>
      ))}
      <p class="kb-card-since" lang={uiLanguage(t)}>{sourceLine(card, t)}</p>
    </div>
  );
}
