import type { Extraction } from './extract';
import type { FigureKind, FigureSpan } from './figures';
import { lunarName, type DateSpan } from './dates';
import type { ProgramKind, ProgramSpan } from './programs';
import { sentenceAt, splitSentences, type SentenceRange } from '../text';


/**
 * What a figure's value line says, as facts: the tooltip words them in the reader's language
 * (lib/core stays free of interface strings, so the same item serves English, 简体 and 繁體).
 */
export interface FigureFacts {
  kind: 'figure';
  figureKind: FigureKind;
  /** Resolved exactly; [low, high] for ranges. */
  value: number | [number, number];
  /** As in FigureSpan: a measure word or currency in Simplified, '%', '‰', 'pp', or null. */
  unit: string | null;
  approx: FigureSpan['approx'];
  direction: 'up' | 'down' | null;
  comparison: 'yoy' | 'mom' | null;
}

export interface DateFacts {
  kind: 'date';
  dateKind: DateSpan['kind'];
  /** Null when the text does not pin the date down. */
  iso: string | null;
  /** A lunar date's name in its own calendar (`农历十月初一`), beside `iso` when the year let it convert. */
  lunar?: string;
}

export interface ProgramFacts {
  kind: 'program';
  programKind: ProgramKind;
  /** The name in Simplified with quote marks unified. */
  name: string;
}

export type AnnotationFacts = FigureFacts | DateFacts | ProgramFacts;

/** One highlight: what the highlighter marks and the tooltip explains. Pure data. */
export interface AnnotationItem {
  id: string;
  kind: AnnotationFacts['kind'];
  start: number;
  end: number;
  /** What the tooltip's value line says: value, unit, approximation, trend, kind. */
  facts: AnnotationFacts;
  sentence: string;
}

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

export function figureFacts(f: FigureSpan): FigureFacts {
  return {
    kind: 'figure', figureKind: f.kind, value: f.value, unit: f.unit, approx: f.approx,
    direction: f.direction ?? null, comparison: f.comparison ?? null,
  };
}

export function dateFacts(d: DateSpan): DateFacts {
  return { kind: 'date', dateKind: d.kind, iso: d.iso, ...(d.lunar ? { lunar: lunarName(d.lunar) } : {}) };
}

export function programFacts(p: ProgramSpan): ProgramFacts {
  return { kind: 'program', programKind: p.kind, name: p.name };
}

/**
 * Ids are stable for one text: the kind's letter and the span's rank in document order.
 * `ranges`: splitSentences(text), when the caller has it already (the annotator splits the
 * text while the extraction is away).
 */
export function buildAnnotations(text: string, x: Extraction, ranges: readonly SentenceRange[] = splitSentences(text)): AnnotationItem[] {
  const sentence = (at: number) => {
    const r = sentenceAt(ranges, at);
    return r ? text.slice(r.start, r.end) : '';
  };
  const items: AnnotationItem[] = [];
  const add = <T extends { start: number; end: number }>(kind: AnnotationItem['kind'], letter: string, spans: T[], facts: (s: T) => AnnotationFacts) => {
    [...spans].sort((a, b) => a.start - b.start || b.end - a.end).forEach((s, i) => {
      items.push({ id: `${letter}${i + 1}`, kind, start: s.start, end: s.end, facts: facts(s), sentence: sentence(s.start) });
    });
  };
  add('figure', 'f', x.figures, figureFacts);
  add('date', 'd', x.dates, dateFacts);
  add('program', 'p', x.programs, programFacts);
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}
