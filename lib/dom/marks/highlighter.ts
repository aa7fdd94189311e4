import { drain, drainInChunks, SLICE_MS, type ChunkSchedule } from '../schedule';
import { focusMarks } from './focus';
import { MarkPlanner, type NodeRecord, type Plan } from './plan';
import { commitRecord, prepareRecord, renderRecord, unrenderRecord, type PreparedRecord } from './render';
import { MARK_KINDS, type Annotation, type MarkKind } from './types';
import { ensurePageStyle } from './page-style';
import type { ArticleRead } from '../read';
import { TextIndexBuilder, type TextIndex } from './text-index';
import { isIndexCurrent } from './groundwork';
import { installTooltip, type Tooltip } from './tooltip';
import type { GlossaryCard } from '../../core/glossary';

export type { Annotation, MarkKind } from './types';
export type { ChunkSchedule } from '../schedule';

/**
 * Turns annotation spans into <kanbao-mark> elements in the page, and takes them out again.
 *
 * Every job (mark, toggle a kind, clear) is a generator of small steps — one block to index, a
 * batch of annotations to map, one Text node to (un)mark — so the same code runs synchronously
 * or sliced into short tasks (`…InChunks`), which is how a 200,000-character page stays
 * responsive. Only one highlighter is live per document: starting a new one first clears the
 * previous one, which is what makes running highlight twice equal to running it once.
 */

export interface HighlightOptions {
  /** Kinds visible from the start (default: all). */
  kinds?: Iterable<MarkKind>;
  /** Install the hover/focus tooltip (default true). */
  tooltip?: boolean;
  /** The glossary card of a program's name, asked each time its tooltip opens (cards arrive later). */
  card?: (name: string) => GlossaryCard | null;
  /**
   * An index of the same read built earlier (groundwork.ts): used when every Text node it maps
   * is unchanged, else the index is built again.
   */
  index?: TextIndex;
}

export interface ChunkOptions extends HighlightOptions, ChunkSchedule {
  /** Aborting clears whatever was done so far. */
  signal?: AbortSignal;
}

/** Kinds to show (true) or hide (false); a kind left out keeps its state. */
export type KindChanges = Partial<Record<MarkKind, boolean>>;

export interface Highlighter {
  /** Ids that got no marks: unmapped block, skipped text, or invalid offsets. */
  readonly dropped: readonly string[];
  readonly cleared: boolean;
  /** The marks of one span, in document order (several when it crosses elements). */
  marks(id: string): Element[];
  /** Scrolls to, focuses and flashes the span's marks. False if it has none visible. */
  focusMark(id: string): boolean;
  isKindVisible(kind: MarkKind): boolean;
  /**
   * Removes (off) or restores (on) every mark of the kinds given, in one pass: each Text node that
   * carries any of them is marked again once, so the browser lays the page out once, not once per kind.
   */
  setKindsVisible(changes: KindChanges): void;
  setKindsVisibleInChunks(changes: KindChanges, schedule?: ChunkSchedule): Promise<void>;
  /** Restores the DOM exactly as it was (original Text nodes put back), removes style and tooltip. */
  clear(): void;
  clearInChunks(schedule?: ChunkSchedule): Promise<void>;
  /** An open tooltip shows its mark again: what `card` answers has changed. */
  refreshTooltip(): void;
}

const live = new WeakMap<Document, Session>();

/** Annotations mapped, and Text nodes collected, per step: each batch is well under a millisecond. */
const PLAN_BATCH = 200;
const COLLECT_BATCH = 500;
/**
 * The marked copies go into the page in stretches of up to this many slice budgets (40 ms by
 * default), not one slice each. Any yield between two of them lets the browser lay the page out
 * with half the marks in, and then again with all of them: on a 200,000-character page each layout
 * takes 70–120 ms, while putting in all 3,600 marks takes 9–18 ms. Only the copies built beforehand
 * go in this way, so the stretch is DOM insertion alone.
 */
const COMMIT_BUDGETS = 4;

class Session implements Highlighter {
  private plan: Plan = { records: [], byId: new Map(), dropped: [] };
  private readonly visible: Set<MarkKind>;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private tooltip: Tooltip | null = null;
  private style: HTMLStyleElement | null = null;
  /** Records [0, renderedUpTo) have had their render step. */
  private renderedUpTo = 0;
  private markCache: Map<string, Element[]> | null = null;
  /** Counts changes of `visible`: a copy prepared before a toggle is built again when it goes in. */
  private visibleVersion = 0;
  cleared = false;

  constructor(
    private readonly doc: Document,
    private readonly read: ArticleRead,
    private readonly annotations: readonly Annotation[],
    private readonly options: HighlightOptions,
  ) {
    this.visible = new Set(options.kinds ?? MARK_KINDS);
  }

  get dropped(): readonly string[] {
    return this.plan.dropped;
  }

  /** `commitMs`: the longest stretch of putting copies in between two steps (0: one copy a step). */
  *markSteps(commitMs = 0): Generator<void, void, void> {
    let index = this.options.index && isIndexCurrent(this.options.index) ? this.options.index : null;
    if (!index) {
      const builder = new TextIndexBuilder(this.read);
      for (let i = 0; i < builder.blockCount; i++) {
        if (this.cleared) return;
        builder.addBlock(i);
        yield;
      }
      index = builder.build();
    }
    if (this.cleared) return;
    const planner = new MarkPlanner(index, this.read.article.text.length);
    for (let i = 0; i < this.annotations.length; i++) {
      planner.add(this.annotations[i]!);
      if (i % PLAN_BATCH === PLAN_BATCH - 1) {
        yield;
        if (this.cleared) return;
      }
    }
    for (let i = 0; i < planner.runCount; i += COLLECT_BATCH) {
      planner.collect(i, i + COLLECT_BATCH);
      yield;
      if (this.cleared) return;
    }
    this.plan = planner.plan();
    if (this.plan.records.length > 0) this.style = ensurePageStyle(this.doc);
    if (this.options.tooltip !== false) this.tooltip = installTooltip(this.doc, (id) => this.describe(id));
    yield;
    // Every marked copy is built first, off the page, and only then put in: the page changes in
    // a slice or two, so the browser lays it out about once for all the marks, not once per frame.
    const { records } = this.plan;
    const prepared: ({ version: number; copy: PreparedRecord | null } | null)[] = [];
    for (let i = this.renderedUpTo; i < records.length; i++) {
      if (this.cleared) return;
      prepared[i] = { version: this.visibleVersion, copy: prepareRecord(records[i]!, this.visible) };
      yield;
    }
    let since = performance.now();
    while (this.renderedUpTo < records.length) {
      if (this.cleared) return;
      const i = this.renderedUpTo++;
      const ready = prepared[i];
      prepared[i] = null;
      const rec = records[i]!;
      commitRecord(rec, ready && ready.version === this.visibleVersion ? ready.copy : prepareRecord(rec, this.visible));
      this.markCache = null;
      if (performance.now() - since >= commitMs) {
        yield;
        since = performance.now();
      }
    }
  }

  private describe(id: string) {
    const ann = this.plan.byId.get(id);
    if (!ann) return null;
    const text = this.read.article.text.slice(ann.start, ann.end);
    const card = ann.facts?.kind === 'program' ? (this.options.card?.(ann.facts.name) ?? null) : null;
    return { kind: ann.kind, facts: ann.facts, label: ann.label, sentence: ann.sentence, text, card };
  }

  refreshTooltip(): void {
    this.tooltip?.refresh();
  }

  marks(id: string): Element[] {
    if (!this.markCache) {
      const cache = new Map<string, Element[]>();
      for (const rec of this.plan.records) {
        for (const m of rec.marks) {
          const key = m.getAttribute('data-kanbao-id') ?? '';
          const list = cache.get(key);
          if (list) list.push(m);
          else cache.set(key, [m]);
        }
      }
      this.markCache = cache;
    }
    return [...(this.markCache.get(id) ?? [])];
  }

  focusMark(id: string): boolean {
    if (this.cleared) return false;
    return focusMarks(this.marks(id), this.timers);
  }

  isKindVisible(kind: MarkKind): boolean {
    return this.visible.has(kind);
  }

  /**
   * Re-renders only the Text nodes that carry a switched kind, each once, with the visible set *at
   * the time it is processed*: overlapping chunked switches therefore always converge on the latest
   * state. Switching every kind one at a time would mark a node that carries all three three
   * times, and on a page whose article is one long paragraph each of those is a layout of all of it.
   */
  private *toggleSteps(changes: KindChanges): Generator<void, void, void> {
    if (this.cleared) return;
    const changed = MARK_KINDS.filter((k) => changes[k] !== undefined && this.visible.has(k) !== changes[k]);
    if (changed.length === 0) return;
    for (const k of changed) {
      if (changes[k]) this.visible.add(k);
      else this.visible.delete(k);
    }
    this.visibleVersion++;
    const touched: NodeRecord[] = [];
    for (let i = 0; i < this.renderedUpTo; i++) {
      const rec = this.plan.records[i]!;
      if (changed.some((k) => rec.kinds.has(k))) touched.push(rec);
    }
    const current = this.tooltip?.current;
    if (current && touched.some((r) => r.marks.includes(current))) this.tooltip?.hide();
    for (const rec of touched) {
      if (this.cleared) return;
      unrenderRecord(rec);
      renderRecord(rec, this.visible);
      this.markCache = null;
      yield;
    }
  }

  setKindsVisible(changes: KindChanges): void {
    drain(this.toggleSteps(changes));
  }

  setKindsVisibleInChunks(changes: KindChanges, schedule?: ChunkSchedule): Promise<void> {
    return drainInChunks(this.toggleSteps(changes), schedule);
  }

  /** Stops every other job and detaches the UI; the marks themselves go in `unmarkSteps`. */
  private beginClear(): void {
    this.cleared = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.tooltip?.destroy();
    this.tooltip = null;
    this.markCache = null;
  }

  private *unmarkSteps(): Generator<void, void, void> {
    for (const rec of this.plan.records) {
      if (!rec.rendered) continue;
      unrenderRecord(rec);
      yield;
    }
    // Only the element we created: a newer session may have added its own by now.
    this.style?.remove();
    this.style = null;
    // Unregistered only once the page is restored, so a highlight() that starts during a chunked
    // clear finishes that clear first instead of indexing half-marked text.
    if (live.get(this.doc) === this) live.delete(this.doc);
  }

  clear(): void {
    // Always runs to the end, even over a chunked clear in progress: a new session must find
    // the page exactly as it was.
    this.beginClear();
    drain(this.unmarkSteps());
  }

  clearInChunks(schedule?: ChunkSchedule): Promise<void> {
    this.beginClear();
    return drainInChunks(this.unmarkSteps(), schedule);
  }
}

function start(doc: Document, read: ArticleRead, annotations: readonly Annotation[], options: HighlightOptions): Session {
  live.get(doc)?.clear();
  const session = new Session(doc, read, annotations, options);
  live.set(doc, session);
  return session;
}

/** Synchronous: marks everything before returning. */
export function highlight(
  doc: Document,
  read: ArticleRead,
  annotations: readonly Annotation[],
  options: HighlightOptions = {},
): Highlighter {
  const session = start(doc, read, annotations, options);
  drain(session.markSteps());
  return session;
}

/**
 * Same result as `highlight`, but never works longer than `budgetMs` without yielding. Resolves
 * with the highlighter when done (or when cleared/aborted midway, in which case the DOM is
 * already restored).
 */
export async function highlightInChunks(
  doc: Document,
  read: ArticleRead,
  annotations: readonly Annotation[],
  options: ChunkOptions = {},
): Promise<Highlighter> {
  const session = start(doc, read, annotations, options);
  const signal = options.signal;
  const onAbort = () => session.clear();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) session.clear();
  try {
    await drainInChunks(session.markSteps(COMMIT_BUDGETS * (options.budgetMs ?? SLICE_MS)), options);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return session;
}
