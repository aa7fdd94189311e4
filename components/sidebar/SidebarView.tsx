import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  filterModel, filterSelection, sectionCounts, selectionCount, stepId, stepKindOf,
  type SelectionModel, type SidebarModel, type StepKind,
} from '@/lib/core/sidebar';
import type { MessageKey, Translate } from '@/lib/i18n';
import { ArticleInfo } from './ArticleInfo';
import { EntityList, KeywordList, PeopleList, SummaryList } from './EntityLists';
import { ExportBar, type ExportFormat } from './ExportBar';
import { FiguresTable } from './FiguresTable';
import { ProgramsList } from './ProgramsList';
import { ResizeHandle } from './ResizeHandle';
import { Section } from './Section';
import { SelectionBody } from './SelectionSection';
import { StepButtons } from './StepButtons';

export type AnalysisStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

export interface SidebarViewProps {
  /** The article's model; null on a page that is not an article (the selection alone is shown). */
  model: SidebarModel | null;
  /** What "Annotate selection" found, shown first; null when there is none (or it was cleared). */
  selection?: SelectionModel | null;
  onClearSelection?(): void;
  analysis: AnalysisStatus;
  t: Translate;
  width: number;
  minWidth?: number;
  maxWidth?: number;
  /** The item last brought into view (by the sidebar or by keys on a mark). */
  activeId?: string | null;
  /** A short message for the live region (`Markdown copied`). */
  status?: string | null;
  onActivate(id: string): void;
  onClose(): void;
  onResize(width: number): void;
  onExport(format: ExportFormat): void;
  /** "Open in library": shown on an article when given. */
  onOpenLibrary?: () => void;
  /** The landmark element, for a container that moves focus into the sidebar. */
  rootRef?: Ref<HTMLElement>;
}

const STEP_SECTIONS: Record<StepKind, string> = { figure: 'figures', program: 'programs' };

/** Stands in for the article's model where there is none, so stepping finds nothing. */
const NO_ARTICLE: SidebarModel = {
  article: {
    title: '', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [], printEdition: null, outlet: null,
  },
  figures: [],
  programs: [],
  analysis: null,
};

/**
 * The summary sidebar, presentational: the model in, the reader's choices out through callbacks.
 * It keeps only view state (filter text, collapsed sections, sort, the current item).
 *
 * Keys inside the sidebar: Enter on an item goes to it; n / p go to the next / previous item
 * of the current kind (figures unless a program was last); ↑ / ↓ move between the items of a
 * section; / focuses the filter; Esc clears the filter, else closes the sidebar.
 */
export function SidebarView(props: SidebarViewProps) {
  const { analysis, t, width, onClose, onResize, onExport } = props;
  const article = props.model !== null;
  const model = props.model ?? NO_ARTICLE;
  const selection = props.selection ?? null;
  const minWidth = props.minWidth ?? 280;
  const maxWidth = props.maxWidth ?? 900;
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(props.activeId ?? null);
  const [stepKind, setStepKind] = useState<StepKind>('figure');
  const filterRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.activeId === undefined) return;
    setActive(props.activeId);
    const k = stepKindOf(model, props.activeId);
    if (k) setStepKind(k);
  }, [props.activeId, model]);

  const shown = useMemo(() => filterModel(model, query), [model, query]);
  const all = useMemo(() => sectionCounts(model), [model]);
  const counts = sectionCounts(shown);
  const shownSelection = useMemo(() => selection && filterSelection(selection, query), [selection, query]);
  // Without an article, the header counts the selection.
  const headerCounts = article || !selection ? all : { figures: selection.figures.length, programs: selection.programs.length };
  const a = shown.analysis;

  const activate = (id: string) => {
    setActive(id);
    const k = stepKindOf(model, id);
    if (k) setStepKind(k);
    props.onActivate(id);
  };
  const step = (kind: StepKind, dir: 1 | -1) => {
    const from = stepKindOf(model, active) === kind ? active : null;
    const id = stepId(model, kind, from, dir);
    if (id) activate(id);
  };
  const toggle = (id: string) =>
    setCollapsed((c) => {
      const n = new Set(c);
      if (!n.delete(id)) n.add(id);
      return n;
    });

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const typing = /^(?:INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
    if (e.key === 'Escape') {
      e.preventDefault();
      if (query && typing) setQuery('');
      else onClose();
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n' || e.key === 'p') {
      e.preventDefault();
      const section = target.closest?.('[data-section]')?.getAttribute('data-section');
      const kind = section === 'programs' ? 'program' : section === 'figures' ? 'figure' : stepKind;
      step(kind, e.key === 'n' ? 1 : -1);
    } else if (e.key === '/') {
      e.preventDefault();
      filterRef.current?.focus();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && target.hasAttribute('data-item')) {
      const items = [...(target.closest('[data-section]')?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
      const next = items[items.indexOf(target) + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  const section = (id: string, titleKey: MessageKey, count: number | null, body: ComponentChildren, actions?: ComponentChildren) => (
    <Section
      id={id}
      title={t(titleKey)}
      count={count}
      countLabel={count === null ? undefined : t('section_count', t(titleKey), count)}
      collapsed={collapsed.has(id)}
      onToggle={toggle}
      actions={actions}
    >
      {body}
    </Section>
  );
  const empty = (n: number) => (n === 0 ? <p class="kb-empty">{query ? t('no_match') : t('nothing')}</p> : null);
  /** Sections that wait for jieba: a loading or error line until its answer. */
  const pending = () =>
    analysis.state === 'error' ? (
      <p class="kb-error" role="alert">
        {t('analysis_error', analysis.message)}
      </p>
    ) : (
      <p class="kb-loading" role="status" aria-busy="true">
        {t('loading')}
      </p>
    );
  const stepper = (kind: StepKind, titleKey: MessageKey, n: number) => (
    <StepButtons
      kindLabel={t(titleKey)}
      previousLabel={t('previous_of', t(titleKey))}
      nextLabel={t('next_of', t(titleKey))}
      disabled={n === 0}
      onStep={(dir) => step(kind, dir)}
    />
  );
  const list = { t, activeId: active, onActivate: activate };

  return (
    <aside ref={props.rootRef} class="kb-sidebar" aria-label={t('sidebar_label')} onKeyDown={onKeyDown}>
      <ResizeHandle width={width} min={minWidth} max={maxWidth} label={t('resize')} onResize={onResize} />
      <div class="kb-panel">
        <header class="kb-header">
          <h1 tabIndex={-1}>{t('sidebar_title')}</h1>
          <p class="kb-header-counts" data-figures={headerCounts.figures} data-programs={headerCounts.programs}>
            {t('header_counts', headerCounts.figures, headerCounts.programs)}
          </p>
          <button type="button" class="kb-close" aria-label={t('close')} title={t('close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div class="kb-tools">
          <div class="kb-filter" role="search">
            <input
              ref={filterRef}
              type="search"
              aria-label={t('filter_label')}
              placeholder={t('filter_placeholder')}
              value={query}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          {article && <ExportBar t={t} onExport={onExport} />}
          {article && props.onOpenLibrary && (
            <div class="kb-export">
              <button type="button" data-testid="open-in-library" onClick={() => props.onOpenLibrary?.()}>
                {t('record_open_in_library')}
              </button>
            </div>
          )}
          <p class="kb-status" role="status" aria-live="polite">
            {props.status ?? ''}
          </p>
        </div>
        <div class="kb-scroll">
          {shownSelection && section(
            'selection',
            'section_selection',
            selectionCount(shownSelection),
            <SelectionBody selection={shownSelection} t={t} filtered={!!query.trim()} />,
            <button type="button" class="kb-selection-clear" onClick={() => props.onClearSelection?.()}>
              {t('selection_clear')}
            </button>,
          )}
          {article && articleSections()}
          {article && <p class="kb-help">{t('keys_help')}</p>}
        </div>
      </div>
    </aside>
  );

  function articleSections() {
    return (
      <>
        {section('article', 'section_article', null, <ArticleInfo article={shown.article} t={t} />)}
        {section(
          STEP_SECTIONS.figure,
          'section_figures',
          counts.figures,
          counts.figures ? <FiguresTable rows={shown.figures} {...list} /> : empty(0),
          stepper('figure', 'section_figures', all.figures),
        )}
        {section(
          STEP_SECTIONS.program,
          'section_programs',
          counts.programs,
          counts.programs ? <ProgramsList kinds={shown.programs} {...list} /> : empty(0),
          stepper('program', 'section_programs', all.programs),
        )}
        {section('people', 'section_people', a ? counts.people : null, a ? (empty(counts.people) ?? <PeopleList rows={a.people} {...list} />) : pending())}
        {section('organisations', 'section_organisations', a ? counts.organisations : null,
          a ? (empty(counts.organisations) ?? <EntityList rows={a.organisations} {...list} />) : pending())}
        {section('places', 'section_places', a ? counts.places : null, a ? (empty(counts.places) ?? <EntityList rows={a.places} {...list} />) : pending())}
        {section('keywords', 'section_keywords', a ? counts.keywords : null, a ? (empty(counts.keywords) ?? <KeywordList rows={a.keywords} {...list} />) : pending())}
        {section('summary', 'section_summary', a ? counts.summary : null, a ? (empty(counts.summary) ?? <SummaryList rows={a.summary} {...list} />) : pending())}
      </>
    );
  }
}
