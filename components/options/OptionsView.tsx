import { AccessGroups, type GroupModel } from '@/components/access/AccessGroups';
import type { AccessGroup, Settings } from '@/lib/core/settings';
import type { Translate } from '@/lib/i18n';
import { BackupSection } from './BackupSection';
import { ConversionSection } from './ConversionSection';
import { HighlightsSection } from './HighlightsSection';
import { LibrarySection } from './LibrarySection';
import { OverridesSection } from './OverridesSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SidebarSection } from './SidebarSection';
import { SitesSection } from './SitesSection';
import type { BrowserName, CommandInfo, StatusLine } from './types';

export interface OptionsModel {
  /** Null until the settings are read. */
  settings: Settings | null;
  localOnly: boolean;
  granted: Record<string, boolean>;
  /** The access groups with what this browser granted (empty until known). */
  access?: GroupModel[];
  commands: CommandInfo[];
  browser: BrowserName;
  autoTraditional: 'taiwan' | 'hongkong';
  status: StatusLine | null;
}

export interface OptionsActions {
  onChange: (next: Settings) => void;
  onAddSite: (host: string) => void;
  onRemoveSite: (host: string) => void;
  onAllowSite: (host: string) => void;
  /** Called synchronously from the click, so the glue can ask for the permission within the gesture. */
  onGroup?: (group: AccessGroup, on: boolean) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onShortcuts: () => void;
  /** Opens (or brings forward) library.html. */
  onOpenLibrary?: () => void;
}

/** The options page, presentational: every change goes out through a callback. */
export function OptionsView({ t, model, actions }: { t: Translate; model: OptionsModel; actions: OptionsActions }) {
  const { settings } = model;
  return (
    <main class="kb-options" data-ready={settings !== null}>
      <header>
        <h1>{t('options_title')}</h1>
        <p class="hint" data-testid="storage">{model.localOnly ? t('options_storage_local') : t('options_storage_sync')}</p>
        <nav aria-label={t('options_title')}>
          <a href="#sites">{t('sec_sites')}</a> · <a href="#access">{t('sec_access')}</a> · <a href="#highlights">{t('sec_highlights')}</a> ·{' '}
          <a href="#conversion">{t('sec_script')}</a> · <a href="#sidebar">{t('sec_sidebar')}</a> ·{' '}
          <a href="#overrides">{t('sec_overrides')}</a> · <a href="#library">{t('record_section')}</a> ·{' '}
          <a href="#shortcuts">{t('sec_shortcuts')}</a> ·{' '}
          <a href="#backup">{t('sec_backup')}</a>
        </nav>
      </header>
      <div class="status" role="status" aria-live="polite" data-testid="status" data-kind={model.status?.kind ?? ''}>
        {model.status?.kind === 'ok' ? model.status.text : ''}
      </div>
      <div role="alert" data-testid="alert" class="error">{model.status?.kind === 'error' ? model.status.text : ''}</div>
      {settings && (
        <>
          <SitesSection
            t={t}
            settings={settings}
            onChange={actions.onChange}
            granted={model.granted}
            onAddSite={actions.onAddSite}
            onRemoveSite={actions.onRemoveSite}
            onAllowSite={actions.onAllowSite}
          />
          <section id="access" aria-labelledby="access-h">
            <h2 id="access-h">{t('sec_access')}</h2>
            <p class="hint">{t('access_hint')}</p>
            <AccessGroups t={t} groups={model.access ?? []} idPrefix="options" onSwitch={(g, on) => actions.onGroup?.(g, on)} />
          </section>
          <HighlightsSection t={t} settings={settings} onChange={actions.onChange} />
          <ConversionSection t={t} settings={settings} onChange={actions.onChange} autoTraditional={model.autoTraditional} />
          <SidebarSection t={t} settings={settings} onChange={actions.onChange} />
          <OverridesSection t={t} settings={settings} onChange={actions.onChange} />
          <LibrarySection t={t} settings={settings} onChange={actions.onChange} onOpenLibrary={actions.onOpenLibrary} />
          <ShortcutsSection t={t} commands={model.commands} browser={model.browser} onShortcuts={actions.onShortcuts} />
          <BackupSection t={t} onExport={actions.onExport} onImport={actions.onImport} />
        </>
      )}
    </main>
  );
}
