import type { MessageKey, Translate } from '@/lib/i18n';
import { HIGHLIGHT_KINDS, type HighlightKind, type KindSwitches as Switches } from '@/lib/messaging';

export const KIND_LABEL: Record<HighlightKind, MessageKey> = { figure: 'kind_figure', date: 'kind_date', program: 'kind_program' };

/** One switch per highlight kind, with how many the page holds. */
export function KindSwitches({ t, counts, kinds, onKind, disabled }: {
  t: Translate;
  counts: Record<HighlightKind, number>;
  kinds: Switches;
  onKind?: (kind: HighlightKind, on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset class="kb-kinds" data-testid="kinds">
      <legend>{t('popup_highlights')}</legend>
      {HIGHLIGHT_KINDS.map((k) => (
        <label key={k} class={`kb-kind kb-kind-${k}`}>
          <input
            type="checkbox"
            role="switch"
            data-kind={k}
            checked={kinds[k]}
            disabled={disabled}
            onChange={(e) => onKind?.(k, e.currentTarget.checked)}
          />
          <span class="kb-swatch" aria-hidden="true" />
          <span class="kb-kind-name">{t(KIND_LABEL[k])}</span>
          <span class="kb-count" data-count={k}>{counts[k]}</span>
        </label>
      ))}
    </fieldset>
  );
}
