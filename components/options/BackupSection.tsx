import type { Translate } from '@/lib/i18n';

/** Export every setting to a JSON file, or import one (validated: a bad file changes nothing). */
export function BackupSection({ t, onExport, onImport }: {
  t: Translate;
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  return (
    <section id="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('sec_backup')}</h2>
      <p class="hint">{t('bk_hint')}</p>
      <p class="inline">
        <button type="button" data-testid="export" onClick={onExport}>{t('bk_export')}</button>
        <label class="file-button">
          <span>{t('bk_import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
      </p>
    </section>
  );
}
