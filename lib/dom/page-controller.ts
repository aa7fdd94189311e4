import type { PageInfo } from '../core/types';
import { HIGHLIGHT_KINDS, type HighlightKind, type KindSwitches, type StateReply } from '../messaging';

/** State that features other than highlighting (conversion, sidebar) report through the controller. */
export type FeatureState = Pick<StateReply, 'converted' | 'repaired' | 'sidebarOpen'>;
import { analyzePage } from './analyze-page';
import { annotateArticle, type Annotated, type AnnotateOptions } from './annotate-article';
import { readArticle, type ArticleRead } from './read-article';

/**
 * The content script's state and actions, without browser APIs: detect and read on creation,
 * annotate on request, answer what the messages ask. Tests drive it in happy-dom.
 */
export class PageController {
  readonly page: PageInfo;
  private current: ArticleRead | null;
  private annotated: Annotated | null = null;
  private kinds: KindSwitches = { figure: true, date: true, program: true };
  private features: FeatureState = { converted: 'original', repaired: 0, sidebarOpen: false };
  private readonly listeners = new Set<() => void>();

  /**
   * `force`: the reader asked to annotate this page (the popup's "Annotate this page"), so it is
   * read as an article even when the detector says otherwise; its signals end with `forced`.
   */
  constructor(private readonly doc: Document, private readonly url: string | null, opts: { force?: boolean } = {}) {
    const t0 = performance.now();
    let { page, read } = analyzePage(doc, url);
    if (opts.force && !read) {
      read = readArticle(doc, url);
      page = { ...page, isArticle: true, template: read.template, signals: [...page.signals, 'forced'] };
    }
    if (read) performance.measure('kanbao:read', { start: t0, end: performance.now() });
    this.page = page;
    this.current = read;
    if (page.isArticle) {
      doc.documentElement.setAttribute('data-kanbao', 'article');
      doc.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
    }
  }

  /** The article as last read (it is read again when a conversion changes the text's length). */
  get read(): ArticleRead | null {
    return this.current;
  }

  /** Finds and highlights the article's figures, dates and programs (once; again after clear). */
  async annotate(opts: AnnotateOptions = {}): Promise<void> {
    if (!this.current || this.annotated) return;
    const t0 = performance.now();
    const on = HIGHLIGHT_KINDS.filter((k) => this.kinds[k]);
    this.annotated = await annotateArticle(this.doc, this.current, { ...opts, kinds: on });
    this.doc.documentElement.setAttribute('data-kanbao-annotated', String(this.annotated.items.length));
    performance.measure('kanbao:annotate', { start: t0, end: performance.now() });
    this.changed();
  }

  /**
   * Reads the article again and re-annotates: after a conversion that changed a text's length,
   * offsets no longer match the page. Clearing first is safe: the highlighter carries text
   * written into its marks back into the page's own nodes.
   */
  async refresh(opts: AnnotateOptions = {}): Promise<void> {
    if (!this.page.isArticle) return;
    const wasAnnotated = this.annotated !== null;
    this.clear();
    this.current = readArticle(this.doc, this.url);
    if (wasAnnotated) await this.annotate(opts);
    this.changed();
  }

  setKinds(kinds: Partial<KindSwitches>): void {
    for (const k of Object.keys(kinds) as HighlightKind[]) {
      const on = kinds[k]!;
      this.kinds[k] = on;
      this.annotated?.highlighter.setKindVisible(k, on);
    }
    this.changed();
  }

  /** Like setKinds, in short slices: on a page with thousands of marks a switch must not freeze it. */
  async setKindsInChunks(kinds: Partial<KindSwitches>): Promise<void> {
    for (const k of Object.keys(kinds) as HighlightKind[]) {
      const on = kinds[k]!;
      this.kinds[k] = on;
      await this.annotated?.highlighter.setKindVisibleInChunks(k, on);
    }
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
