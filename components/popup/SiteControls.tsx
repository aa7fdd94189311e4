import type { Translate } from '@/lib/i18n';
import type { ScriptTarget } from '@/lib/messaging';
import { CONVERT_BUTTONS } from './ConvertButtons';

export interface SiteModel {
  /** Kanbao annotates this host (settings: outlet, off list, user site). */
  enabled: boolean;
  /** This host's automatic conversion rule, or null for the default. */
  rule: ScriptTarget | null;
  /**
   * "Always on this site": the host is one of the reader's sites and this browser granted it; null
   * (no switch) on the built-in outlets, which are always on.
   */
  always?: boolean | null;
}

/** The per-site switch and automatic conversion for the tab's host. */
export function SiteControls({ t, host, site, onEnabled, onRule, onAlwaysOn, disabled }: {
  t: Translate;
  host: string;
  site: SiteModel;
  onEnabled?: (on: boolean) => void;
  onRule?: (target: ScriptTarget | null) => void;
  /** Called synchronously from the click, so the glue can ask for the permission within the gesture. */
  onAlwaysOn?: (on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <section class="kb-site-controls" aria-labelledby="kb-site-heading">
      <h2 id="kb-site-heading">{t('popup_site_heading', host)}</h2>
      <label class="kb-row">
        <input
          type="checkbox"
          role="switch"
          data-testid="site-enabled"
          checked={site.enabled}
          disabled={disabled}
          onChange={(e) => onEnabled?.(e.currentTarget.checked)}
        />
        {t('popup_annotate_site')}
      </label>
      {site.always !== undefined && site.always !== null && (
        <label class="kb-row">
          <input
            type="checkbox"
            role="switch"
            data-testid="always-on"
            checked={site.always}
            disabled={disabled}
            onChange={(e) => onAlwaysOn?.(e.currentTarget.checked)}
          />
          {t('popup_always_on')}
        </label>
      )}
      <label class="kb-row">
        <span>{t('popup_auto_convert')}</span>
        <select
          data-testid="site-rule"
          value={site.rule ?? ''}
          disabled={disabled || !site.enabled}
          onChange={(e) => onRule?.((e.currentTarget.value || null) as ScriptTarget | null)}
        >
          <option value="">{t('popup_auto_default')}</option>
          {CONVERT_BUTTONS.filter((b) => b.to !== 'original').map((b) => (
            <option key={b.to} value={b.to}>{`${t(b.label)} · ${t(b.title)}`}</option>
          ))}
          <option value="original">{t('popup_auto_never')}</option>
        </select>
      </label>
    </section>
  );
}
