import type { MessageKey, Translate } from '@/lib/i18n';
import type { ScriptTarget } from '@/lib/messaging';

/** 简 · 繁 台 · 繁 港 · 原文: one press converts the page; the current script is pressed. */
export const CONVERT_BUTTONS: { to: ScriptTarget; label: MessageKey; title: MessageKey }[] = [
  { to: 'simplified', label: 'btn_simplified', title: 'target_simplified' },
  { to: 'taiwan', label: 'btn_taiwan', title: 'target_taiwan' },
  { to: 'hongkong', label: 'btn_hongkong', title: 'target_hongkong' },
  { to: 'original', label: 'btn_original', title: 'target_original' },
];

/**
 * The name a screen reader says and a voice user speaks: it starts with what the button shows
 * (繁 台), so "click 繁 台" works, and goes on with what that means (Traditional (Taiwan)) unless
 * the two are the same words (原文 in a Chinese interface).
 */
const accessibleName = (shown: string, meaning: string): string => (shown === meaning ? shown : `${shown} — ${meaning}`);

export function ConvertButtons({ t, converted, repaired, onConvert, disabled }: {
  t: Translate;
  converted: ScriptTarget;
  repaired: number;
  onConvert?: (to: ScriptTarget) => void;
  disabled?: boolean;
}) {
  return (
    <section class="kb-convert">
      <div role="group" aria-label={t('popup_convert_group')} data-testid="convert" class="kb-buttons">
        {CONVERT_BUTTONS.map((b) => (
          <button
            type="button"
            key={b.to}
            title={t(b.title)}
            aria-label={accessibleName(t(b.label), t(b.title))}
            data-to={b.to}
            aria-pressed={converted === b.to}
            disabled={disabled}
            onClick={() => onConvert?.(b.to)}
          >
            {t(b.label)}
          </button>
        ))}
      </div>
      {repaired > 0 && <p data-testid="repaired" class="kb-muted">{t('popup_repaired', repaired)}</p>}
    </section>
  );
}
