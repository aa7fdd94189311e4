import { useState } from 'preact/hooks';
import { checkNewSite, hostPattern, normaliseHost, type AddSiteError } from '@/lib/core/settings';
import type { MessageKey } from '@/lib/i18n';
import { SITES } from '@/lib/core/sites';
import type { SectionProps } from './types';

const ADD_ERROR: Record<AddSiteError, MessageKey> = { invalid: 'sites_err_invalid', builtin: 'sites_err_builtin', exists: 'sites_err_exists' };

/** Built-in outlets with switches, hosts switched off from the popup, and the reader's own sites. */
export function SitesSection({ t, settings, onChange, granted, onAddSite, onRemoveSite, onAllowSite }: SectionProps & {
  /** Whether the browser granted each user site's host permission. */
  granted: Record<string, boolean>;
  /** Called synchronously from the click, so the glue can ask for the permission within the gesture. */
  onAddSite: (host: string) => void;
  onRemoveSite: (host: string) => void;
  onAllowSite: (host: string) => void;
}) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { disabled, off, user } = settings.sites;

  const add = (e: Event) => {
    e.preventDefault();
    const checked = checkNewSite(settings, input);
    if ('error' in checked) {
      setError(t(ADD_ERROR[checked.error], normaliseHost(input) ?? input.trim()));
      return;
    }
    setError(null);
    setInput('');
    onAddSite(checked.host);
  };

  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sec_sites')}</h2>

      <h3>{t('sites_builtin')}</h3>
      <p class="hint">{t('sites_builtin_hint')}</p>
      <ul class="plain" data-testid="builtin-sites">
        {SITES.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                role="switch"
                data-site={s.id}
                checked={!disabled.includes(s.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const next = on ? disabled.filter((d) => d !== s.id) : [...disabled, s.id].sort();
                  onChange({ ...settings, sites: { ...settings.sites, disabled: next } });
                }}
              />
              <span>{s.name}</span> <span class="host">{s.hosts.join(' · ')}</span>
            </label>
          </li>
        ))}
      </ul>

      {off.length > 0 && (
        <>
          <h3>{t('sites_off')}</h3>
          <ul class="plain" data-testid="off-hosts">
            {off.map((h) => (
              <li key={h}>
                <span class="host">{h}</span>{' '}
                <button type="button" onClick={() => onChange({ ...settings, sites: { ...settings.sites, off: off.filter((o) => o !== h) } })}>
                  {t('sites_turn_on', h)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('sites_user')}</h3>
      <p class="hint">{t('sites_user_hint')}</p>
      <form class="inline" onSubmit={add} data-testid="add-site">
        <label>
          {t('sites_add_label')}{' '}
          <input
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={input}
            aria-invalid={error !== null}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('sites_add')}</button>
      </form>
      {error && <p id="site-error" role="alert" class="error">{error}</p>}
      {user.length === 0 ? (
        <p class="hint">{t('sites_none')}</p>
      ) : (
        <ul class="plain" data-testid="user-sites">
          {user.map((u) => (
            <li key={u.host} data-host={u.host}>
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={u.enabled}
                  onChange={(e) => {
                    const enabled = e.currentTarget.checked;
                    onChange({ ...settings, sites: { ...settings.sites, user: user.map((x) => (x.host === u.host ? { ...x, enabled } : x)) } });
                  }}
                />
                <span class="host" title={hostPattern(u.host)}>{u.host}</span>
              </label>{' '}
              {granted[u.host] === false && (
                <>
                  <span class="hint">{t('sites_needs_access')}</span>{' '}
                  <button type="button" data-testid="allow" onClick={() => onAllowSite(u.host)}>{t('sites_allow', u.host)}</button>
                </>
              )}
              <button type="button" aria-label={t('sites_remove', u.host)} onClick={() => onRemoveSite(u.host)}>✕</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
