import type { SidebarLayout } from '@/lib/core/settings';
import type { SectionProps } from './types';

/** Open the sidebar by itself on articles; beside the page (reflow) or over it. */
export function SidebarSection({ t, settings, onChange }: SectionProps) {
  const s = settings.sidebar;
  const set = (part: Partial<typeof s>) => onChange({ ...settings, sidebar: { ...s, ...part } });
  return (
    <section id="sidebar" aria-labelledby="sidebar-h">
      <h2 id="sidebar-h">{t('sec_sidebar')}</h2>
      <label class="field">
        <input type="checkbox" role="switch" data-testid="auto-open" checked={s.autoOpen} onChange={(e) => set({ autoOpen: e.currentTarget.checked })} />
        {t('sb_auto_open')}
      </label>
      <fieldset>
        <legend>{t('sb_layout')}</legend>
        {(['reflow', 'overlay'] as SidebarLayout[]).map((mode) => (
          <label key={mode} class="field">
            <input type="radio" name="sidebar-mode" value={mode} data-testid={`mode-${mode}`} checked={s.mode === mode} onChange={() => set({ mode })} />
            {t(mode === 'reflow' ? 'sb_reflow' : 'sb_overlay')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
