/**
 * Figures: numbers with their units, approximations and trends, as spans with exact values.
 */
export { findFigures } from './find-figures';
export type { FigureKind, FigureSpan } from './types';
