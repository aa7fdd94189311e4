import { useState } from 'preact/hooks';
import { LIMITS, checkOverride, type OverrideError } from '@/lib/core/settings';
import type { SectionProps } from './types';

/** Phrase → phrase replacements applied after OpenCC. */
export function OverridesSection({ t, settings, onChange }: SectionProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = settings.overrides;

  const message = (e: OverrideError) =>
    e === 'empty' ? t('ov_err_empty') : e === 'long' ? t('ov_err_long', LIMITS.phrase) : t('ov_err_exists', from);

  const add = (e: Event) => {
    e.preventDefault();
    const problem = checkOverride(settings, from, to);
    if (problem) {
      setError(message(problem));
      return;
    }
    setError(null);
    setFrom('');
    setTo('');
    onChange({ ...settings, overrides: [...list, { from, to }] });
  };

  return (
    <section id="overrides" aria-labelledby="overrides-h">
      <h2 id="overrides-h">{t('sec_overrides')}</h2>
      <p class="hint">{t('ov_hint')}</p>
      {list.length === 0 ? (
        <p class="hint">{t('ov_none')}</p>
      ) : (
        <table class="grid" data-testid="overrides">
          <thead>
            <tr>
              <th scope="col">{t('ov_from')}</th>
              <th scope="col">{t('ov_to')}</th>
              <th scope="col"><span class="visually-hidden">✕</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((o) => (
              <tr key={o.from}>
                <td lang="zh">{o.from}</td>
                <td lang="zh">{o.to}</td>
                <td>
                  <button type="button" aria-label={t('ov_remove', o.from)} onClick={() => onChange({ ...settings, overrides: list.filter((x) => x.from !== o.from) })}>✕</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="inline" onSubmit={add} data-testid="add-override">
        <label>
          {t('ov_from')} <input type="text" lang="zh" maxLength={LIMITS.phrase} value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('ov_to')} <input type="text" lang="zh" maxLength={LIMITS.phrase} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('ov_add')}</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
