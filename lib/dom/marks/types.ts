import type { AnnotationFacts } from '../../core/extract';

/** Shapes shared by the highlighter, its helpers and the tooltip. */

export type MarkKind = 'figure' | 'date' | 'program';

export const MARK_KINDS: readonly MarkKind[] = ['figure', 'date', 'program'];

/** Tag names of our page-level elements. Custom-element *names* only: content scripts in
 * Chrome have no customElements registry, and an undefined custom element is a plain inline
 * HTMLElement, which is exactly what a mark should be. */
export const MARK_TAG = 'kanbao-mark';
export const TOOLTIP_TAG = 'kanbao-tooltip';
export const FLASH_CLASS = 'kanbao-flash';

export interface Annotation {
  id: string;
  kind: MarkKind;
  /** UTF-16 offsets into article.text, half-open. */
  start: number;
  end: number;
  /** What the tooltip's value line says, as facts it words in the reader's language. */
  facts?: AnnotationFacts;
  /** A value line already worded, shown as it is where there are no facts (tests, tools). */
  label?: string;
  sentence?: string;
}

/**
 * Outer-first order when two spans cover exactly the same text: a program name is the natural
 * container of a figure or date inside it.
 */
export const KIND_NESTING_RANK: Record<MarkKind, number> = { program: 0, date: 1, figure: 2 };
