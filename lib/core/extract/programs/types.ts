import type { GlossaryCard } from '../../glossary';

/**
 * Named programs (guidelines §3 and §5.3). Kinds are for error analysis and UI grouping:
 * - `document`: a 《…》 title;
 * - `quoted_head`: a quoted name with its head noun (`“护企安商”机制`);
 * - `quoted_practice`: a quoted name of an implemented practice, platform or brand, recognised by a
 *   trigger verb before it or a programme noun at its end (`推进“一件事一次办”`, `“湖南公安服务平台”`);
 * - `numbered`: a numbered formulation, quoted or from the lexicon (`“五个担当”`, `两个确立`);
 * - `strategy`: an unquoted `…战略` or `X长制`;
 * - `slogan`: a quoted parallel-phrase slogan (`“本地人常去、外地人必去”`).
 */
export type ProgramKind = 'document' | 'quoted_head' | 'quoted_practice' | 'numbered' | 'strategy' | 'slogan';

export interface ProgramSpan {
  /** The span as written (original script). */
  text: string;
  /** UTF-16 offsets into the input, half-open. */
  start: number;
  end: number;
  kind: ProgramKind;
  /** The span in Simplified script with quote marks unified, so repeated mentions group. */
  name: string;
  /** What the formulation means, when the glossary knows it (added after extraction). */
  glossary?: GlossaryCard;
}

/** A candidate before it is checked against spans already taken. */
export interface ProgramHit {
  start: number;
  end: number;
  kind: ProgramKind;
}
