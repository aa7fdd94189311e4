import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgramKind } from '@/lib/core/extract';
import type { ArticleFilter } from '@/lib/core/library';
import { ArticleTable } from './ArticleTable';
import type { ViewProps } from './types';
import { useDebounced, useLoad, useOnDemand } from './use-load';

/** The program kinds the filter offers; their labels are the sidebar's (`prog_…`). */
export const PROGRAM_KINDS: readonly ProgramKind[] = ['document', 'quoted_head', 'quoted_practice', 'numbered', 'strategy', 'slogan'];

const PAGE = 100;
interface Filters {
  query: string;
  outlet: string;
  from: string;
  to: string;
  kind: ProgramKind | '';
}

const EMPTY: Filters = { query: '', outlet: '', from: '', to: '', kind: '' };

/** The library's filter for the fields set; empty ones are left out. */
export function toFilter(f: Filters, limit: number): ArticleFilter {
  return {
    ...(f.query.trim() && { query: f.query.trim() }),
    ...(f.outlet && { outlet: f.outlet }),
    ...(f.from && { from: f.from }),
    ...(f.to && { to: f.to }),
    ...(f.kind && { programKind: f.kind }),
    sort: 'published',
    limit,
  };
}

/** Every recorded article, newest first, with filters and one search box. */
export function ArticlesView({ t, port, version, onRoute, initialQuery = '' }: ViewProps & { initialQuery?: string }) {
  const [filter, setFilter] = useState<Filters>({ ...EMPTY, query: initialQuery });
  const [limit, setLimit] = useState(PAGE);
  const query = useDebounced(filter.query, 150);
  const search = useRef<HTMLInputElement>(null);
  const page = useLoad(() => port.listArticles(toFilter({ ...filter, query }, limit)), [port, version, limit, query, filter.outlet, filter.from, filter.to, filter.kind]);
  const value = page.state === 'ready' ? page.value : null;
  const filtered = Object.entries(filter).some(([, v]) => v !== '');
  // An empty answer to a filter needs the library's size, to tell "nothing matches" from "the
  // library is empty"; an unfiltered answer is that size already, so opening asks once.
  const askSize = value?.total === 0 && filtered;
  const size = useLoad(() => (askSize ? port.listArticles({ limit: 1 }).then((p) => p.total) : Promise.resolve(value?.total ?? 0)), [port, version, askSize, value?.total]);
  const [outlets, wantOutlets] = useOnDemand(() => port.listOutlets(), [port, version], false);

  // "/" goes to the search box from anywhere on the page but a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, select, textarea, [contenteditable]')) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const set = (patch: Partial<Filters>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };

  return (
    <section aria-labelledby="articles-h">
      <h2 id="articles-h">{t('library_view_articles')}</h2>
      <form class="kb-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field kb-search">
          <label for="lib-search">{t('library_search')}</label>
          <input
            id="lib-search"
            ref={search}
            type="search"
            value={filter.query}
            aria-describedby="lib-search-hint"
            autocomplete="off"
            onInput={(e) => set({ query: e.currentTarget.value })}
          />
        </div>
        <p class="hint" id="lib-search-hint">{t('library_search_hint')}</p>
        <div class="inline">
          <label>
            {t('library_filter_outlet')}{' '}
            <select value={filter.outlet} data-testid="outlet" aria-busy={outlets.state === 'loading'} onFocus={wantOutlets} onPointerDown={wantOutlets} onChange={(e) => set({ outlet: e.currentTarget.value })}>
              <option value="">{t('library_filter_all_outlets')}</option>
              {outlets.state === 'ready' && outlets.value.map((o) => <option key={o.name} value={o.name}>{t('library_option_count', o.name, o.articles)}</option>)}
            </select>
          </label>
          <label>
            {t('library_filter_kind')}{' '}
            <select value={filter.kind} data-testid="kind" onChange={(e) => set({ kind: e.currentTarget.value as ProgramKind | '' })}>
              <option value="">{t('library_filter_all_kinds')}</option>
              {PROGRAM_KINDS.map((k) => <option key={k} value={k}>{t(`prog_${k}`)}</option>)}
            </select>
          </label>
        </div>
        <div class="inline">
          <label>
            {t('library_filter_from')}{' '}
            <input type="date" value={filter.from} data-testid="from" onChange={(e) => set({ from: e.currentTarget.value })} />
          </label>
          <label>
            {t('library_filter_to')}{' '}
            <input type="date" value={filter.to} data-testid="to" onChange={(e) => set({ to: e.currentTarget.value })} />
          </label>
          <button type="button" disabled={!filtered} onClick={() => set(EMPTY)}>{t('library_filter_clear')}</button>
        </div>
      </form>
      {page.state === 'error' && <p role="alert" class="error">{t('library_open_failed', page.error)}</p>}
      <p class="hint" role="status" aria-live="polite" data-testid="count">
        {page.state === 'loading' ? t('library_loading') : value && (value.total > 0 || filtered) ? t('library_count', value.articles.length, value.total) : ''}
      </p>
      {value && value.total === 0 && size.state === 'ready' && size.value === 0 && <p class="kb-empty" data-testid="empty">{t('library_empty')}</p>}
      {value && value.total === 0 && size.state === 'ready' && size.value > 0 && <p class="kb-empty">{t('library_no_match')}</p>}
      {value && value.articles.length > 0 && (
        <>
          <p class="hint">{t('library_keys_hint')}</p>
          <ArticleTable t={t} onRoute={onRoute} rows={value.articles} caption={t('library_view_articles')} />
          {value.total > value.articles.length && (
            <p><button type="button" onClick={() => setLimit((n) => n + PAGE)}>{t('library_more')}</button></p>
          )}
        </>
      )}
    </section>
  );
}
