import { buildAnnotations, type AnnotationItem } from '../core/annotations';
import { extractSteps, mergeExtraction, type Extraction } from '../core/extract';
import { highlightInChunks, type Highlighter, type MarkKind } from './highlighter';
import type { ArticleRead } from './read-article';

export interface AnnotateOptions {
  kinds?: Iterable<MarkKind>;
  /** Longest stretch of main-thread work between yields, in ms. */
  budgetMs?: number;
  yieldToMain?: () => Promise<void>;
  signal?: AbortSignal;
}

export interface Annotated {
  extraction: Extraction;
  items: AnnotationItem[];
  highlighter: Highlighter;
  counts: Record<MarkKind, number>;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}

/**
 * Extract, then highlight, never holding the main thread longer than `budgetMs` at a time:
 * a 200,000-character page is annotated in many short tasks instead of one long one.
 */
export async function annotateArticle(doc: Document, read: ArticleRead, opts: AnnotateOptions = {}): Promise<Annotated> {
  const budget = opts.budgetMs ?? 8;
  const yieldToMain = opts.yieldToMain ?? defaultYield;
  const { article } = read;
  const extraction: Extraction = { figures: [], dates: [], programs: [] };
  let sliceStart = performance.now();
  for (const part of extractSteps(article.text, { published: article.published })) {
    mergeExtraction(extraction, part);
    if (performance.now() - sliceStart >= budget) {
      await yieldToMain();
      if (opts.signal?.aborted) break;
      sliceStart = performance.now();
    }
  }
  const items = buildAnnotations(article.text, extraction);
  const highlighter = await highlightInChunks(doc, read, items, {
    kinds: opts.kinds, budgetMs: budget, yieldToMain, signal: opts.signal,
  });
  const counts = { figure: extraction.figures.length, date: extraction.dates.length, program: extraction.programs.length };
  return { extraction, items, highlighter, counts };
}
