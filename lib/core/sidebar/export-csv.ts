import type { SidebarModel } from './model';

/** The key figures as CSV (RFC 4180: CRLF line ends; fields with `"`, `,`, CR or LF quoted, `"` doubled). */
export const CSV_COLUMNS = ['id', 'text', 'value', 'kind', 'subject', 'direction', 'comparison', 'measures', 'start', 'end'] as const;

export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(m: SidebarModel): string {
  const rows = [CSV_COLUMNS.map(csvField).join(',')];
  for (const f of m.figures) {
    rows.push([f.id, f.text, f.value, f.kind, f.subject, f.direction, f.comparison, f.measures, f.start, f.end].map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
