import { useState } from 'preact/hooks';
import { normaliseHost, setLibraryPaused, setRecordingEnabled } from '@/lib/core/settings';
import type { SectionProps } from './types';

/**
 * The library of articles read: pause recording, the sites whose articles are never recorded
 * (switched off here or from the popup), and the way into the library page.
 */
export function LibrarySection({ t, settings, onChange, onOpenLibrary }: SectionProps & { onOpenLibrary?: () => void }) {
  const { paused, offHosts } = settings.library;
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(input);
    setInvalid(host === null);
    if (!host) return;
    onChange(setRecordingEnabled(settings, host, false));
    setInput('');
  };
  return (
    <section id="library" aria-labelledby="library-h">
      <h2 id="library-h">{t('record_section')}</h2>
      <p class="hint">{t('record_hint')}</p>
      <button type="button" data-testid="open-library" onClick={() => onOpenLibrary?.()}>
        {t('record_open')}
      </button>
      <label class="field">
        <input
          type="checkbox"
          role="switch"
          data-testid="library-paused"
          checked={paused}
          onChange={(e) => onChange(setLibraryPaused(settings, e.currentTarget.checked))}
        />
        {t('record_pause')}
      </label>
      <h3 id="library-off-h">{t('record_off_sites')}</h3>
      {offHosts.length === 0 ? (
        <p class="hint" data-testid="library-off-none">{t('record_off_none')}</p>
      ) : (
        <ul aria-labelledby="library-off-h" data-testid="library-off">
          {offHosts.map((host) => (
            <li key={host} data-host={host}>
              <span>{host}</span>{' '}
              <button type="button" aria-label={`${t('record_site_again')}: ${host}`} onClick={() => onChange(setRecordingEnabled(settings, host, true))}>
                {t('record_site_again')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form data-testid="library-add" onSubmit={add}>
        <label>
          {t('record_add_site')}{' '}
          <input
            type="text"
            placeholder="example.com"
            value={input}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'library-add-error' : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t('record_add')}</button>
        {invalid && <p id="library-add-error" role="alert" class="error">{t('record_add_invalid')}</p>}
      </form>
    </section>
  );
}
