import type { Extraction } from './extract';
import type { FigureSpan } from './figures';
import type { DateSpan } from './dates';
import type { ProgramSpan } from './programs';
import { sentenceAt, splitSentences } from '../text';

/** One highlight: what the highlighter marks and the tooltip explains. Pure data. */
export interface AnnotationItem {
  id: string;
  kind: 'figure' | 'date' | 'program';
  start: number;
  end: number;
  /** The tooltip's value line, e.g. `13000 · more than · 家`. */
  label: string;
  sentence: string;
}

const APPROX: Record<string, string> = { about: 'about', gt: 'more than', lt: 'less than' };
const DIRECTION: Record<string, string> = { up: '↑', down: '↓' };
const COMPARISON: Record<string, string> = { yoy: 'year on year', mom: 'month on month' };

/** Plain digits with thousands separators; exact for the integers the extractor resolves. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(n).split('.');
  const grouped = groupThousands(int!);
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * `-1234567` → `-1,234,567`, as `/\B(?=(\d{3})+(?!\d))/g` inserts commas, but without a regex
 * (one fewer to compile at every page load). Anything but an optional sign and digits (`1e+21`)
 * goes to the regex.
 */
function groupThousands(int: string): string {
  const sign = int.startsWith('-') ? 1 : 0;
  for (let i = sign; i < int.length; i++) {
    const c = int.charCodeAt(i);
    if (c < 48 || c > 57) return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  let out = int.slice(0, sign);
  for (let i = sign; i < int.length; i++) {
    if (i > sign && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

export function figureLabel(f: FigureSpan): string {
  const parts: string[] = [];
  const v = f.value;
  const unit = f.unit === 'pp' ? ' percentage points' : f.unit === '%' ? '%' : '';
  if (Array.isArray(v)) parts.push(`${formatNumber(v[0])}–${formatNumber(v[1])}${unit}`);
  else if (typeof v === 'number') parts.push(`${formatNumber(v)}${unit}`);
  if (f.approx) parts.push(APPROX[f.approx] ?? f.approx);
  if (f.unit && f.unit !== '%' && f.unit !== 'pp') parts.push(f.unit);
  if (f.direction) parts.push(`${DIRECTION[f.direction] ?? f.direction}${f.comparison ? ' ' + (COMPARISON[f.comparison] ?? f.comparison) : ''}`);
  parts.push(f.kind.replaceAll('_', ' '));
  return parts.join(' · ');
}

export function dateLabel(d: DateSpan): string {
  return [d.iso ?? 'unresolved', d.kind].join(' · ');
}

export function programLabel(p: ProgramSpan): string {
  return [p.name, p.kind.replaceAll('_', ' ')].join(' · ');
}

/** Ids are stable for one text: the kind's letter and the span's rank in document order. */
export function buildAnnotations(text: string, x: Extraction): AnnotationItem[] {
  const ranges = splitSentences(text);
  const sentence = (at: number) => {
    const r = sentenceAt(ranges, at);
    return r ? text.slice(r.start, r.end) : '';
  };
  const items: AnnotationItem[] = [];
  const add = <T extends { start: number; end: number }>(kind: AnnotationItem['kind'], letter: string, spans: T[], label: (s: T) => string) => {
    [...spans].sort((a, b) => a.start - b.start || b.end - a.end).forEach((s, i) => {
      items.push({ id: `${letter}${i + 1}`, kind, start: s.start, end: s.end, label: label(s), sentence: sentence(s.start) });
    });
  };
  add('figure', 'f', x.figures, figureLabel);
  add('date', 'd', x.dates, dateLabel);
  add('program', 'p', x.programs, programLabel);
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}
