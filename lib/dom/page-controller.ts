import type { PageInfo } from '../core/types';
import type { GlossaryCard } from '../core/glossary';
import { HIGHLIGHT_KINDS, type KindSwitches, type StateReply } from '../messaging';
import { analyzePage, analyzePageSteps, type ArticleRead, type PageAnalysis, readArticleSteps } from './read';
import { annotateArticle, type Annotated, type AnnotateOptions } from './marks';
import { runInChunks, timedYield, type ChunkSchedule } from './schedule';

/** State that features other than highlighting (conversion, sidebar) report through the controller. */
export type FeatureState = Pick<StateReply, 'converted' | 'repaired' | 'sidebarOpen'>;

export interface OpenOptions extends ChunkSchedule {
  /** Read the page as an article even when the detector says otherwise (see the constructor). */
  force?: boolean;
}

/** Detect and read in one go, measured as `kanbao:read`. */
function analyzeNow(doc: Document, url: string | null, force: boolean): PageAnalysis {
  const t0 = performance.now();
  const analysis = analyzePage(doc, url, force);
  if (analysis.read) performance.measure('kanbao:read', { start: t0, end: performance.now() });
  return analysis;
}

/**
 * The content script's state and actions, without browser APIs: detect and read, annotate on
 * request, answer what the messages ask. Tests drive it in happy-dom.
 *
 * `new PageController(…)` reads the page in one task (tests, small pages); the content script uses
 * `PageController.open(…)`, which reads in short slices and never holds the page's main thread for
 * long (a 200,000-character page took one 45–70 ms task, a 5,000-deep page seconds).
 */
export class PageController {
  readonly page: PageInfo;
  private current: ArticleRead | null;
  private annotated: Annotated | null = null;
  /** The annotation in progress, if any: a second annotate() joins it. */
  private annotating: Promise<void> | null = null;
  /** A refresh's read in progress: annotate() waits for it and marks what it reads. */
  private reading: Promise<ArticleRead> | null = null;
  /** Refreshes run one after the other. */
  private refreshes: Promise<void> = Promise.resolve();
  private kinds: KindSwitches = { figure: true, date: true, program: true };
  private features: FeatureState = { converted: 'original', repaired: 0, sidebarOpen: false };
  private readonly listeners = new Set<() => void>();
  /** Glossary cards by program name, in the script the page shows (they arrive after annotating). */
  private cards: ReadonlyMap<string, GlossaryCard> = new Map();
  private sourceCards: ReadonlyMap<string, GlossaryCard> = new Map();

  /**
   * `force`: the reader asked to annotate this page (the popup's "Annotate this page"), so it is
   * read as an article even when the detector says otherwise; its signals end with `forced`.
   */
  constructor(
    private readonly doc: Document,
    private readonly url: string | null,
    opts: { force?: boolean } = {},
    analysis: PageAnalysis = analyzeNow(doc, url, opts.force ?? false),
  ) {
    const { page, read } = analysis;
    this.page = page;
    this.current = read;
    if (page.isArticle) {
      doc.documentElement.setAttribute('data-kanbao', 'article');
      doc.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
    }
  }

  /**
   * Detects and reads the page in slices of at most `budgetMs` (default SLICE_MS), yielding to the
   * page between them; resolves with the controller, already read, like the constructor's.
   * `kanbao:read` measures the work only, not the time spent yielded.
   */
  static async open(doc: Document, url: string | null, opts: OpenOptions = {}): Promise<PageController> {
    const t0 = performance.now();
    const { yieldToMain, away } = timedYield(opts.yieldToMain);
    const analysis = await runInChunks(analyzePageSteps(doc, url, opts.force ?? false), { budgetMs: opts.budgetMs, yieldToMain });
    if (analysis.read) performance.measure('kanbao:read', { start: t0, duration: performance.now() - t0 - away() });
    return new PageController(doc, url, { force: opts.force }, analysis);
  }

  /** The article as last read (it is read again when a conversion changes the text's length). */
  get read(): ArticleRead | null {
    return this.current;
  }

  /** Finds and highlights the article's figures, dates and programs (once; again after clear). */
  annotate(opts: AnnotateOptions = {}): Promise<void> {
    this.annotating ??= this.annotateOnce(opts).finally(() => {
      this.annotating = null;
    });
    return this.annotating;
  }

  private async annotateOnce(opts: AnnotateOptions): Promise<void> {
    while (this.reading) await this.reading.catch(() => null);
    if (!this.current || this.annotated) return;
    const t0 = performance.now();
    const on = HIGHLIGHT_KINDS.filter((k) => this.kinds[k]);
    this.annotated = await annotateArticle(this.doc, this.current, { ...opts, kinds: on, card: (name) => this.cards.get(name) ?? null });
    this.doc.documentElement.setAttribute('data-kanbao-annotated', String(this.annotated.items.length));
    performance.measure('kanbao:annotate', { start: t0, end: performance.now() });
    this.changed();
  }

  /**
   * Reads the article again and re-annotates: after a conversion that changed a text's length,
   * offsets no longer match the page. Clearing first is safe: the highlighter carries text
   * written into its marks back into the page's own nodes. The read is sliced like open()'s;
   * refreshes queue one after the other, and an annotation in progress lands before it is cleared.
   */
  refresh(opts: AnnotateOptions = {}): Promise<void> {
    if (!this.page.isArticle) return Promise.resolve();
    const job = this.refreshes.then(() => this.refreshOnce(opts));
    this.refreshes = job.catch(() => undefined);
    return job;
  }

  private async refreshOnce(opts: AnnotateOptions): Promise<void> {
    await this.annotating?.catch(() => undefined);
    const wasAnnotated = this.annotated !== null;
    this.clear();
    const reading = runInChunks(readArticleSteps(this.doc, this.url), { budgetMs: opts.budgetMs, yieldToMain: opts.yieldToMain });
    this.reading = reading;
    try {
      this.current = await reading;
    } finally {
      if (this.reading === reading) this.reading = null;
    }
    if (wasAnnotated) await this.annotate(opts);
    this.changed();
  }

  /**
   * Switches kinds in one task: fine before annotate() and on small pages. On a page with
   * thousands of marks use setKindsInChunks (the content script's messages do).
   */
  setKinds(kinds: Partial<KindSwitches>): void {
    Object.assign(this.kinds, kinds);
    this.annotated?.highlighter.setKindsVisible(kinds);
    this.changed();
  }

  /** Like setKinds, in short slices: on a page with thousands of marks a switch must not freeze it. */
  async setKindsInChunks(kinds: Partial<KindSwitches>): Promise<void> {
    Object.assign(this.kinds, kinds);
    await this.annotated?.highlighter.setKindsVisibleInChunks(kinds);
    this.changed();
  }

  /** Removes every mark, the page style and the tooltip: the DOM is as it was before annotate(). */
  clear(): void {
    this.annotated?.highlighter.clear();
    this.annotated = null;
    this.doc.documentElement.removeAttribute('data-kanbao-annotated');
    this.changed();
  }

  /** Features report their part of the state here; listeners (the sidebar) hear every change. */
  report(part: Partial<FeatureState>): void {
    this.features = { ...this.features, ...part };
    this.changed();
  }

  /** The glossary's cards by program name, as shown (an open tooltip shows its card at once), and as
   * the glossary writes them (`sources`, Simplified; the same cards when nothing was converted). */
  setGlossary(cards: ReadonlyMap<string, GlossaryCard>, sources: ReadonlyMap<string, GlossaryCard> = cards): void {
    this.cards = cards;
    this.sourceCards = sources;
    this.annotated?.highlighter.refreshTooltip();
    this.changed();
  }

  get glossary(): ReadonlyMap<string, GlossaryCard> {
    return this.cards;
  }

  get glossarySources(): ReadonlyMap<string, GlossaryCard> {
    return this.sourceCards;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  get annotation(): Annotated | null {
    return this.annotated;
  }

  state(): StateReply {
    const a = this.current?.article ?? null;
    const x = this.annotated?.extraction;
    return {
      isArticle: this.page.isArticle,
      site: this.page.site,
      title: a?.title ?? null,
      published: a?.published ?? null,
      source: a?.source ?? null,
      authors: a?.authors ?? [],
      editors: a?.editors ?? [],
      script: a?.script ?? null,
      page: this.page,
      annotated: this.annotated !== null,
      counts: { figure: x?.figures.length ?? 0, date: x?.dates.length ?? 0, program: x?.programs.length ?? 0 },
      kinds: { ...this.kinds },
      ...this.features,
    };
  }
}
