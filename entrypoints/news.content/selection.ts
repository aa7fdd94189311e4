import { extractAll, type Extraction } from '@/lib/core/extract';
import type { SelectionReply } from '@/lib/messaging';

/**
 * "Annotate selection": the context menu sends the selected text, the annotator
 * extracts its figures, dates and programs, and hands the result to whichever view subscribed
 * (the sidebar: `onSelectionResult(show)`); the last result waits for a view that subscribes later.
 */
export interface SelectionResult {
  text: string;
  extraction: Extraction;
}

type Listener = (r: SelectionResult) => void;
const listeners = new Set<Listener>();
let latest: SelectionResult | null = null;

/** Subscribes a view; it is called at once with the latest result, if any. Returns the unsubscribe. */
export function onSelectionResult(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => listeners.delete(listener);
}

/** The most recent result (null before the first selection). */
export function latestSelection(): SelectionResult | null {
  return latest;
}

/** The reader cleared this result: a view that subscribes later does not get it again. */
export function dismissSelection(r: SelectionResult): void {
  if (latest === r) latest = null;
}

/** Extracts, publishes and summarises a selection. `published` resolves relative dates. */
export function annotateSelection(text: string, published: string | null = null): SelectionReply {
  const extraction = extractAll(text, { published });
  latest = { text, extraction };
  for (const l of listeners) l(latest);
  const items = [
    ...extraction.figures.map((s) => ({ kind: 'figure' as const, text: s.text, start: s.start, end: s.end })),
    ...extraction.dates.map((s) => ({ kind: 'date' as const, text: text.slice(s.start, s.end), start: s.start, end: s.end })),
    ...extraction.programs.map((s) => ({ kind: 'program' as const, text: s.text, start: s.start, end: s.end })),
  ];
  return {
    counts: { figure: extraction.figures.length, date: extraction.dates.length, program: extraction.programs.length },
    items,
    shown: listeners.size > 0,
  };
}
