/**
 * Named programs: numbered formulations, quoted names, titles and slogans, as spans.
 */
export { findPrograms } from './find-programs';
export type { ProgramKind, ProgramSpan } from './types';
