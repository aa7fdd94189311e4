import { type AnnotationItem, buildAnnotations, type Extraction, extractSteps, mergeExtraction } from '../../core/extract';
import { highlightInChunks, type Highlighter, type MarkKind } from './highlighter';
import { drainInChunks, timedYield } from '../schedule';
import type { ArticleRead } from '../read';
import type { GlossaryCard } from '../../core/glossary';

export interface AnnotateOptions {
  kinds?: Iterable<MarkKind>;
  /** Longest stretch of main-thread work between yields, in ms (default SLICE_MS). */
  budgetMs?: number;
  yieldToMain?: () => Promise<void>;
  signal?: AbortSignal;
  /** The glossary card of a program's name, for its tooltip (null until the cards arrive). */
  card?: (name: string) => GlossaryCard | null;
}

export interface Annotated {
  extraction: Extraction;
  items: AnnotationItem[];
  highlighter: Highlighter;
  counts: Record<MarkKind, number>;
}

/**
 * Extract, then highlight, never holding the main thread longer than `budgetMs` at a time:
 * a 200,000-character page is annotated in many short tasks instead of one long one.
 */
export async function annotateArticle(doc: Document, read: ArticleRead, opts: AnnotateOptions = {}): Promise<Annotated> {
  const { article } = read;
  const t0 = performance.now();
  const { yieldToMain, away } = timedYield(opts.yieldToMain);
  const schedule = { budgetMs: opts.budgetMs, yieldToMain, signal: opts.signal };
  const extraction: Extraction = { figures: [], dates: [], programs: [] };
  function* merge(): Generator<void, void, void> {
    for (const part of extractSteps(article.text, { published: article.published })) {
      mergeExtraction(extraction, part);
      yield;
    }
  }
  // Aborted: what was found so far is labelled, and the highlighter, seeing the same signal,
  // leaves the page as it was.
  await drainInChunks(merge(), schedule);
  performance.measure('kanbao:extract', { start: t0 });
  const t1 = performance.now();
  const items = buildAnnotations(article.text, extraction);
  performance.measure('kanbao:label', { start: t1 });
  const highlighter = await highlightInChunks(doc, read, items, { ...schedule, kinds: opts.kinds, card: opts.card });
  performance.measure('kanbao:annotate-work', { start: t0, duration: performance.now() - t0 - away() });
  const counts = { figure: extraction.figures.length, date: extraction.dates.length, program: extraction.programs.length };
  return { extraction, items, highlighter, counts };
}
