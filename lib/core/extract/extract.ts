import { findFigures, type FigureSpan } from './figures';
import { findDates, type DateSpan } from './dates';
import { findPrograms, type ProgramSpan } from './programs';

export interface Extraction {
  figures: FigureSpan[];
  dates: DateSpan[];
  programs: ProgramSpan[];
}

export interface ExtractOptions {
  /** The article's publication time, against which relative dates (去年10月) resolve. */
  published?: string | null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const shift = <T extends { start: number; end: number }>(spans: T[], by: number): T[] =>
  by === 0 ? spans : spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));

/** The three extractors over one line. A date wins over a figure that overlaps it. */
function extractLine(line: string, opts: ExtractOptions): Extraction {
  const dates = findDates(line, { published: opts.published ?? undefined });
  const figures = findFigures(line).filter((f) => !dates.some((d) => overlaps(d, f)));
  return { figures, dates, programs: findPrograms(line) };
}

/**
 * Extraction one paragraph (line) at a time: no figure, date or program crosses a paragraph, and
 * line-sized steps let the page's annotator yield to the main thread between them.
 * Each step yields the spans of one line, with offsets into the whole text.
 */
export function* extractSteps(text: string, opts: ExtractOptions = {}): Generator<Extraction, void, void> {
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      const x = extractLine(line, opts);
      yield { figures: shift(x.figures, pos), dates: shift(x.dates, pos), programs: shift(x.programs, pos) };
    }
    pos += line.length + 1;
  }
}

export function mergeExtraction(into: Extraction, part: Extraction): Extraction {
  into.figures.push(...part.figures);
  into.dates.push(...part.dates);
  into.programs.push(...part.programs);
  return into;
}

/** All figures, dates and programs of a text, offsets into it. */
export function extractAll(text: string, opts: ExtractOptions = {}): Extraction {
  const all: Extraction = { figures: [], dates: [], programs: [] };
  for (const part of extractSteps(text, opts)) mergeExtraction(all, part);
  return all;
}
