import { type Extraction, lunarName } from '../extract';
import { normal } from './match';
import { figureValue } from './model';

/**
 * "Annotate selection": what was found in a selected text, as the rows of the sidebar's
 * Selection section. Pure, like the rest of the model.
 */
/** One thing found in the selection: as written, and its value label. */
export interface SelectionRow {
  /** `sf1`, `sd1`, `sp1`: the kind's letter and the rank in the selection (not a mark's id). */
  id: string;
  /** UTF-16 offsets into the selected text. */
  start: number;
  end: number;
  text: string;
  /** Figures: the normalised value (`61.6%`); dates: ISO, else a lunar date's name (`农历十月初一`), null
   * when unresolved; programs: the normalised name. */
  value: string | null;
}

export interface SelectionModel {
  /** The selected text as sent (the view truncates it). */
  text: string;
  figures: SelectionRow[];
  dates: SelectionRow[];
  programs: SelectionRow[];
}

export const SELECTION_KINDS = ['figures', 'dates', 'programs'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export function buildSelectionModel(text: string, x: Extraction): SelectionModel {
  const rows = <T extends { start: number; end: number }>(letter: string, spans: readonly T[], row: (s: T) => Pick<SelectionRow, 'text' | 'value'>) =>
    [...spans]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((s, i): SelectionRow => ({ id: `s${letter}${i + 1}`, start: s.start, end: s.end, ...row(s) }));
  return {
    text,
    figures: rows('f', x.figures, (f) => ({ text: f.text, value: figureValue(f) })),
    dates: rows('d', x.dates, (d) => ({ text: text.slice(d.start, d.end), value: d.iso ?? (d.lunar ? lunarName(d.lunar) : null) })),
    programs: rows('p', x.programs, (p) => ({ text: p.text, value: p.name })),
  };
}

export function selectionCount(m: SelectionModel): number {
  return m.figures.length + m.dates.length + m.programs.length;
}

/** The selection with only the rows whose text or value matches `query` (the text itself stays). */
export function filterSelection(m: SelectionModel, query: string): SelectionModel {
  const q = normal(query.trim());
  if (!q) return m;
  const keep = (rows: SelectionRow[]) => rows.filter((r) => normal(r.text).includes(q) || (!!r.value && normal(r.value).includes(q)));
  return { text: m.text, figures: keep(m.figures), dates: keep(m.dates), programs: keep(m.programs) };
}

/** At most `max` characters (code points) of `s`, whitespace collapsed, with `…` when cut. */
export function truncateText(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}
