import { type AnnotationItem, buildAnnotations, type Extraction, extractSteps, mergeExtraction } from '../../core/extract';
import { highlightInChunks, type Highlighter, type MarkKind } from './highlighter';
import { yieldToPage } from '../schedule';
import type { ArticleRead } from '../read';

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

/**
 * Extract, then highlight, never holding the main thread longer than `budgetMs` at a time:
 * a 200,000-character page is annotated in many short tasks instead of one long one.
 */
export async function annotateArticle(doc: Document, read: ArticleRead, opts: AnnotateOptions = {}): Promise<Annotated> {
  const budget = opts.budgetMs ?? 8;
  const { article } = read;
  const t0 = performance.now();
  // Time spent away (yielded to the page) is counted so that the work itself can be reported
  // apart from the wall-clock time the slicing adds.
  let idle = 0;
  const yieldFn = opts.yieldToMain ?? yieldToPage;
  const yieldToMain = async () => {
    const away = performance.now();
    await yieldFn();
    idle += performance.now() - away;
  };
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
  performance.measure('kanbao:extract', { start: t0 });
  const t1 = performance.now();
  const items = buildAnnotations(article.text, extraction);
  performance.measure('kanbao:label', { start: t1 });
  const highlighter = await highlightInChunks(doc, read, items, {
    kinds: opts.kinds, budgetMs: budget, yieldToMain, signal: opts.signal,
  });
  performance.measure('kanbao:annotate-work', { start: t0, duration: performance.now() - t0 - idle });
  const counts = { figure: extraction.figures.length, date: extraction.dates.length, program: extraction.programs.length };
  return { extraction, items, highlighter, counts };
}
