import type { Translate } from '@/lib/i18n';

/**
 * Whether this page is in the library: recorded, not yet, or why not (the most telling reason
 * first: a private window is never recorded, then a pause, then the site's switch).
 */
export type RecordState = 'recorded' | 'pending' | 'paused' | 'site-off' | 'private';

export interface LibraryModel {
  /** Null while the background has not answered. */
  state: RecordState | null;
  /** The site's "Record this site" switch; null when the tab's host is not known. */
  siteOn: boolean | null;
}

const LINE = {
  recorded: 'record_recorded',
  pending: 'record_pending',
  paused: 'record_not_paused',
  'site-off': 'record_not_site_off',
  private: 'record_not_private',
} as const;

/** The record state from the background's answer and the tab's window. */
export function recordState(status: { recorded: boolean; paused: boolean; siteOff: boolean }, incognito: boolean): RecordState {
  if (incognito) return 'private';
  if (status.recorded) return 'recorded';
  return status.paused ? 'paused' : status.siteOff ? 'site-off' : 'pending';
}

/** The popup's library line, its "Open library" button and the site's recording switch. */
export function LibraryLine({ t, model, disabled, onOpen, onSite }: {
  t: Translate;
  model: LibraryModel;
  disabled?: boolean;
  onOpen?: () => void;
  onSite?: (on: boolean) => void;
}) {
  return (
    <section class="kb-library" aria-label={t('record_section')}>
      {model.state && (
        <p class="kb-muted" data-testid="library-state" data-state={model.state} role="status">
          {t(LINE[model.state])}
        </p>
      )}
      <button type="button" class="kb-wide" data-testid="open-library" onClick={() => onOpen?.()}>
        {t('record_open_library')}
      </button>
      {model.siteOn !== null && (
        <label class="kb-row">
          <input
            type="checkbox"
            role="switch"
            data-testid="record-site"
            checked={model.siteOn}
            disabled={disabled}
            onChange={(e) => onSite?.(e.currentTarget.checked)}
          />
          {t('record_this_site')}
        </label>
      )}
    </section>
  );
}
