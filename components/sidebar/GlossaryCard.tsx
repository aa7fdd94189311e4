import { glossLanguage, sourceLine, type GlossaryCard as Card } from '@/lib/core/glossary';
import type { Translate } from '@/lib/i18n';

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
    <div id={id} class="kb-card" data-glossary={card.name}>
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
      <p class="kb-card-since">{sourceLine(card, t)}</p>
    </div>
  );
}
