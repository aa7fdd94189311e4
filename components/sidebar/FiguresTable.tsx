import { useState } from 'preact/hooks';
import type { FigureKind } from '@/lib/core/extract';
import type { FigureRow } from '@/lib/core/sidebar';
import type { MessageKey, Translate } from '@/lib/i18n';
import { ItemButton } from './ItemButton';

export type FigureSortKey = 'text' | 'value' | 'kind' | 'measures';
export interface FigureSort {
  key: FigureSortKey;
  dir: 'ascending' | 'descending';
}

export interface FiguresTableProps {
  rows: FigureRow[];
  t: Translate;
  activeId: string | null;
  onActivate(id: string): void;
}

export const figureKindLabel = (t: Translate, kind: FigureKind) => t(`fig_${kind}`);

const COLUMNS: { key: FigureSortKey; label: MessageKey }[] = [
  { key: 'text', label: 'col_figure' },
  { key: 'value', label: 'col_value' },
  { key: 'kind', label: 'col_kind' },
  { key: 'measures', label: 'col_measures' },
];

function compare(a: FigureRow, b: FigureRow, key: FigureSortKey, t: Translate): number {
  switch (key) {
    case 'value':
      return a.sortValue - b.sortValue;
    case 'kind':
      return figureKindLabel(t, a.kind).localeCompare(figureKindLabel(t, b.kind));
    case 'text':
      return a.text.localeCompare(b.text, 'zh');
    case 'measures':
      // Rows that say nothing about what they measure go last either way.
      return (a.measures === '' ? 1 : 0) - (b.measures === '' ? 1 : 0) || a.measures.localeCompare(b.measures, 'zh');
  }
}

/** Sort order: a column's header cycles ascending → descending → page order. */
export function sortRows(rows: readonly FigureRow[], sort: FigureSort | null, t: Translate): FigureRow[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  // Ties keep page order: the sort is stable and ties compare by position.
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key, t) || a.start - b.start);
}

/** The key-figures table: sortable columns (aria-sort on the headers) and a filter by kind. */
export function FiguresTable({ rows, t, activeId, onActivate }: FiguresTableProps) {
  const [sort, setSort] = useState<FigureSort | null>(null);
  const [kind, setKind] = useState<FigureKind | ''>('');
  // A chosen kind stays in the list even when the text filter leaves none of it.
  const kinds = [...new Set([...rows.map((r) => r.kind), ...(kind ? [kind] : [])])];
  const shown = sortRows(kind ? rows.filter((r) => r.kind === kind) : rows, sort, t);
  const cycle = (key: FigureSortKey) =>
    setSort((s) => (s?.key !== key ? { key, dir: 'ascending' } : s.dir === 'ascending' ? { key, dir: 'descending' } : null));

  return (
    <div class="kb-figures">
      <label class="kb-kind-filter">
        <span>{t('kind_filter')}</span>
        <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as FigureKind | '')}>
          <option value="">{t('kind_all')} ({rows.length})</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {figureKindLabel(t, k)} ({rows.filter((r) => r.kind === k).length})
            </option>
          ))}
        </select>
      </label>
      <table class="kb-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.dir : 'none'}>
                <button type="button" class="kb-sort" data-sort={c.key} onClick={() => cycle(c.key)}>
                  {t(c.label)}
                  <span aria-hidden="true" class="kb-sort-mark">
                    {sort?.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-id={r.id} class={r.id === activeId ? 'kb-active' : undefined}>
              <td>
                <ItemButton id={r.id} label={t('go_to', r.text)} active={r.id === activeId} onActivate={onActivate}>
                  {r.text}
                </ItemButton>
              </td>
              <td class="kb-num">{r.value}</td>
              <td class="kb-kind">{figureKindLabel(t, r.kind)}</td>
              <td class="kb-measures">{r.measures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
