import { SELECTION_KINDS, truncateText, type SelectionKind, type SelectionModel } from '@/lib/core/sidebar';
import type { MessageKey, Translate } from '@/lib/i18n';

/** Characters of the selected text shown above its items. */
export const SELECTION_TEXT_MAX = 120;

const TITLES: Record<SelectionKind, MessageKey> = {
  figures: 'selection_figures',
  dates: 'selection_dates',
  programs: 'selection_programs',
};

export interface SelectionBodyProps {
  /** The selection, as filtered. */
  selection: SelectionModel;
  t: Translate;
  /** Whether a filter is typed (the empty line says "nothing matches" rather than "none found"). */
  filtered?: boolean;
}

/**
 * The body of the sidebar's Selection section ("Annotate selection"): the
 * selected text, shortened, then what was found in it grouped by kind — each item as written
 * with its value (a figure's value, a date's ISO form, a program's normalised name).
 * The items are not links: their offsets are in the selected text, not in the article.
 */
export function SelectionBody({ selection, t, filtered }: SelectionBodyProps) {
  const quote = truncateText(selection.text, SELECTION_TEXT_MAX);
  return (
    <div class="kb-selection">
      <blockquote class="kb-selection-text" aria-label={t('selection_text')} title={quote === selection.text ? undefined : truncateText(selection.text, 1000)}>
        {quote}
      </blockquote>
      {SELECTION_KINDS.map((kind) => {
        const rows = selection[kind];
        const head = `kb-selection-${kind}-head`;
        return (
          <div class="kb-selection-group" data-kind={kind} key={kind}>
            <h3 id={head}>
              {t(TITLES[kind])}
              <span class="kb-count kb-count-small" data-count={rows.length}>
                {rows.length}
              </span>
            </h3>
            {rows.length ? (
              <ul class="kb-list" aria-labelledby={head}>
                {rows.map((r) => (
                  <li class="kb-selection-item" data-id={r.id} key={r.id}>
                    <span class="kb-selection-as-written">{r.text}</span>
                    <span class={`kb-selection-value${r.value === null ? ' kb-muted' : ''}`}>{r.value ?? t('selection_unresolved')}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="kb-empty">{filtered ? t('no_match') : t('nothing')}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
