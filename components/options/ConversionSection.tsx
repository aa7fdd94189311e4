import { useState } from 'preact/hooks';
import {
  DEFAULT_TARGETS, TARGETS, TRADITIONAL_VARIANTS, normaliseHost, setRule, type DefaultTarget, type Quotes, type Target, type TraditionalVariant,
} from '@/lib/core/settings';
import type { MessageKey } from '@/lib/i18n';
import type { SectionProps } from './types';

const TARGET_LABEL: Record<Target, MessageKey> = {
  simplified: 'target_simplified', taiwan: 'target_taiwan', hongkong: 'target_hongkong', original: 'popup_auto_never',
};
const DEFAULT_LABEL: Record<DefaultTarget, MessageKey> = {
  original: 'conv_default_original', simplified: 'target_simplified', traditional: 'conv_default_traditional',
};
const QUOTES: { value: Quotes; label: MessageKey }[] = [
  { value: null, label: 'conv_quotes_keep' },
  { value: 'corner', label: 'conv_quotes_corner' },
  { value: 'curly', label: 'conv_quotes_curly' },
];

/** Default target, what Traditional means, quotation marks, and the rules per site. */
export function ConversionSection({ t, settings, onChange, autoTraditional }: SectionProps & {
  /** What `auto` resolves to in this browser now. */
  autoTraditional: 'taiwan' | 'hongkong';
}) {
  const c = settings.conversion;
  const set = (part: Partial<typeof c>) => onChange({ ...settings, conversion: { ...c, ...part } });
  const [host, setHost] = useState('');
  const [target, setTarget] = useState<Target>('simplified');
  const [error, setError] = useState<string | null>(null);
  const rules = Object.entries(c.rules);

  const addRule = (e: Event) => {
    e.preventDefault();
    const h = normaliseHost(host);
    if (!h) {
      setError(t('sites_err_invalid', host.trim()));
      return;
    }
    setError(null);
    setHost('');
    onChange(setRule(settings, h, target));
  };

  const variantLabel = (v: TraditionalVariant) =>
    v === 'auto' ? t('conv_trad_auto', t(TARGET_LABEL[autoTraditional])) : t(TARGET_LABEL[v]);

  return (
    <section id="conversion" aria-labelledby="conversion-h">
      <h2 id="conversion-h">{t('sec_script')}</h2>
      <label class="field">
        <span>{t('conv_default')}</span>
        <select data-testid="default-target" value={c.defaultTarget} onChange={(e) => set({ defaultTarget: e.currentTarget.value as DefaultTarget })}>
          {DEFAULT_TARGETS.map((d) => <option key={d} value={d}>{t(DEFAULT_LABEL[d])}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('conv_traditional')}</span>
        <select data-testid="traditional" value={c.traditional} onChange={(e) => set({ traditional: e.currentTarget.value as TraditionalVariant })}>
          {TRADITIONAL_VARIANTS.map((v) => <option key={v} value={v}>{variantLabel(v)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('conv_quotes')}</span>
        <select data-testid="quotes" value={c.quotes ?? ''} onChange={(e) => set({ quotes: (e.currentTarget.value || null) as Quotes })}>
          {QUOTES.map((q) => <option key={q.label} value={q.value ?? ''}>{t(q.label)}</option>)}
        </select>
      </label>

      <h3>{t('conv_rules')}</h3>
      <p class="hint">{t('conv_rules_hint')}</p>
      {rules.length === 0 ? (
        <p class="hint">{t('conv_rules_none')}</p>
      ) : (
        <table class="grid" data-testid="rules">
          <thead>
            <tr>
              <th scope="col">{t('conv_rule_host')}</th>
              <th scope="col">{t('conv_rule_target')}</th>
              <th scope="col"><span class="visually-hidden">✕</span></th>
            </tr>
          </thead>
          <tbody>
            {rules.map(([h, to]) => (
              <tr key={h} data-host={h}>
                <th scope="row" class="host">{h}</th>
                <td>
                  <select aria-label={t('conv_rule_for', h)} value={to} onChange={(e) => onChange(setRule(settings, h, e.currentTarget.value as Target))}>
                    {TARGETS.map((x) => <option key={x} value={x}>{t(TARGET_LABEL[x])}</option>)}
                  </select>
                </td>
                <td>
                  <button type="button" aria-label={t('conv_rule_remove', h)} onClick={() => onChange(setRule(settings, h, null))}>✕</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="inline" onSubmit={addRule} data-testid="add-rule">
        <label>
          {t('conv_rule_host')}{' '}
          <input type="text" inputMode="url" placeholder="example.com" value={host} aria-invalid={error !== null} onInput={(e) => setHost(e.currentTarget.value)} />
        </label>
        <label>
          {t('conv_rule_target')}{' '}
          <select value={target} onChange={(e) => setTarget(e.currentTarget.value as Target)}>
            {TARGETS.map((x) => <option key={x} value={x}>{t(TARGET_LABEL[x])}</option>)}
          </select>
        </label>
        <button type="submit">{t('conv_rule_add')}</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
