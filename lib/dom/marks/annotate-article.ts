import { type AnnotationItem, buildAnnotations, type Extraction, extractSteps, mergeExtraction } from '../../core/extract';
import { highlightInChunks, type Highlighter, type MarkKind } from './highlighter';
import { drainInChunks, timedYield } from '../schedule';
import type { ArticleRead } from '../read';
import type { GlossaryCard } from '../../core/glossary';
import type { Groundwork } from './groundwork';

export interface AnnotateOptions {
  kinds?: Iterable<MarkKind>;
  /** Longest stretch of main-thread work between yields, in ms (default SLICE_MS). */
  budgetMs?: number;
  yieldToMain?: () => Promise<void>;
  signal?: AbortSignal;
  /** The glossary card of a program's name, for its tooltip (null until the cards arrive). */
  card?: (name: string) => GlossaryCard | null;
  /**
   * Extraction done elsewhere: the content script asks the background, whose extractor is already
   * compiled and warm. Null or a rejection means "extract here"; so does no answer in time
   * (see `elsewhereDeadline`).
   */
  extractElsewhere?: (text: string, published: string | null) => Promise<Extraction | null>;
  /**
   * Groundwork of this read, begun while the text is away (the content script starts it when it
   * sends the text), or null: then the index and the sentences are made after the extraction, as
   * without. Groundwork of another read is not used.
   */
  groundwork?: (read: ArticleRead) => Promise<Groundwork> | null;
}

/**
 * How long to wait for the extraction elsewhere before extracting here too: a little more than a
 * warm extractor needs for the text (about 1 ms per 1,000 characters, and the message's way there
 * and back). A background still busy starting up is not waited for beyond it; its answer is still
 * taken if it comes first while the page extracts.
 */
const elsewhereDeadline = (chars: number): number => 25 + chars / 1000;

export interface Annotated {
  extraction: Extraction;
  items: AnnotationItem[];
  highlighter: Highlighter;
  counts: Record<MarkKind, number>;
}

const LATE = Symbol('late');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Extract, then highlight, never holding the main thread longer than `budgetMs` at a time:
 * a 200,000-character page is annotated in many short tasks instead of one long one.
 */
export async function annotateArticle(doc: Document, read: ArticleRead, opts: AnnotateOptions = {}): Promise<Annotated> {
  const { article } = read;
  const t0 = performance.now();
  const { yieldToMain, away } = timedYield(opts.yieldToMain);
  const schedule = { budgetMs: opts.budgetMs, yieldToMain, signal: opts.signal };
  // Its slices run while this waits (or before this began), and it counts their work itself.
  const ground = opts.groundwork?.(read) ?? null;
  let waited = 0;
  let extraction: Extraction = { figures: [], dates: [], programs: [] };
  const local = extraction;
  function* merge(): Generator<void, void, void> {
    for (const part of extractSteps(article.text, { published: article.published })) {
      mergeExtraction(local, part);
      yield;
    }
  }
  if (opts.extractElsewhere) {
    const w0 = performance.now();
    const remote = opts.extractElsewhere(article.text, article.published ?? null).catch(() => null);
    const early = await Promise.race([remote, sleep(elsewhereDeadline(article.text.length)).then((): typeof LATE => LATE)]);
    waited = performance.now() - w0;
    if (early !== LATE && early) {
      extraction = early;
    } else {
      // No answer yet (or none at all): extract here, and stop at the next slice if it arrives.
      const arrived: { x: Extraction | null } = { x: null };
      const stop = new AbortController();
      if (early === LATE) {
        void remote.then((x) => {
          if (!x) return;
          arrived.x = x;
          stop.abort();
        });
      }
      if (opts.signal?.aborted) stop.abort();
      else opts.signal?.addEventListener('abort', () => stop.abort(), { once: true });
      await drainInChunks(merge(), { ...schedule, signal: stop.signal });
      extraction = arrived.x ?? local;
    }
  } else {
    // Aborted: what was found so far is labelled, and the highlighter, seeing the same signal,
    // leaves the page as it was.
    await drainInChunks(merge(), schedule);
  }
  performance.measure('kanbao:extract', { start: t0 });
  const g0 = performance.now();
  const groundwork = ground ? await ground.catch(() => null) : null;
  waited += performance.now() - g0;
  const usable = groundwork?.read === read ? groundwork : null;
  const t1 = performance.now();
  const items = usable ? buildAnnotations(article.text, extraction, usable.sentences) : buildAnnotations(article.text, extraction);
  performance.measure('kanbao:label', { start: t1 });
  const highlighter = await highlightInChunks(doc, read, items, { ...schedule, kinds: opts.kinds, card: opts.card, index: usable?.index });
  // Main-thread work only: neither the yields nor the waits, plus the groundwork's own.
  performance.measure('kanbao:annotate-work', { start: t0, duration: performance.now() - t0 - away() - waited + (usable?.workMs ?? 0) });
  const counts = { figure: extraction.figures.length, date: extraction.dates.length, program: extraction.programs.length };
  return { extraction, items, highlighter, counts };
}
