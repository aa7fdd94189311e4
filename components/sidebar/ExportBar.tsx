import type { Translate } from '@/lib/i18n';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export function ExportBar({ t, onExport }: { t: Translate; onExport(format: ExportFormat): void }) {
  const buttons: [ExportFormat, string][] = [
    ['markdown', t('export_markdown')],
    ['csv', t('export_csv')],
    ['json', t('export_json')],
  ];
  return (
    <div class="kb-export" role="group" aria-label={t('export_label')}>
      {buttons.map(([f, label]) => (
        <button key={f} type="button" data-export={f} onClick={() => onExport(f)}>
          {label}
        </button>
      ))}
    </div>
  );
}
