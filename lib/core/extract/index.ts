/**
 * The three extractors (figures, dates, programs) over the article's lines, and the
 * annotation items the highlighter and the tooltip show. Pure: strings in, spans out.
 */
export { buildAnnotations, formatNumber, type AnnotationFacts, type AnnotationItem } from './annotations';
export { lunarName, type DateSpan } from './dates';
export { extractAll, extractSteps, mergeExtraction, type Extraction } from './extract';
export type { FigureKind, FigureSpan } from './figures';
export type { ProgramKind, ProgramSpan } from './programs';
