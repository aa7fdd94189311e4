import { useState } from 'preact/hooks';
import type { BucketUnit } from '@/lib/core/library';
import { GlossaryCard } from '../sidebar/GlossaryCard';
import { ArticleTable, safeHref } from './ArticleTable';
import { BarChart } from './charts';
import { fillPeriods } from './periods';
import { Picker } from './Picker';
import { useShowMore } from './ShowMore';
import type { ViewProps } from './types';
import { useLoad, useOnDemand } from './use-load';

/** One program across the library: its articles, its mentions per week or month, its sentences. */
export function ProgramView({ t, port, version, onRoute, name, glossary }: ViewProps & { name: string }) {
  const [unit, setUnit] = useState<BucketUnit>('month');
  // The list is read at once only when no program is asked for; a link to one shows it first.
  const [programs, wantPrograms] = useOnDemand(() => port.listPrograms(), [port, version], !name);
  const detail = useLoad(() => (name ? port.programDetail(name) : Promise.resolve(null)), [port, version, name]);
  const d = detail.state === 'ready' ? detail.value : null;
  // What the formulation means, when the glossary knows it: the same card as in the page.
  const card = useLoad(() => (name && glossary ? glossary(name) : Promise.resolve(null)), [glossary, name]);
  const articles = d?.articles ?? [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const periods = d ? fillPeriods(unit === 'week' ? d.weeks : d.months, unit) : [];
  const charted = periods.reduce((s, p) => s + p.count, 0);
  const undated = Math.max(0, (d?.mentions ?? 0) - charted);
  const chartTitle = unit === 'week' ? t('library_chart_week') : t('library_chart_month');
  const peak = Math.max(0, ...periods.map((p) => p.count));
  const rows = useShowMore(articles, 100, d);
  const sentences = useShowMore(d?.sentences ?? [], 50, d);

  return (
    <section aria-labelledby="program-h">
      <h2 id="program-h">{name ? t('library_heading_key', t('library_view_program'), name) : t('library_view_program')}</h2>
      <Picker t={t} id="pick-program" label={t('library_pick_program')} options={programs} current={name} onPick={(key) => onRoute({ view: 'program', key })} onWant={wantPrograms} />
      {programs.state === 'ready' && programs.value.length === 0 && !name && <p class="kb-empty">{t('library_program_none')}</p>}
      {detail.state === 'error' && <p role="alert" class="error">{t('library_open_failed', detail.error)}</p>}
      {name && d && articles.length === 0 && <p class="kb-empty" data-testid="not-found">{t('library_not_found', name)}</p>}
      {d && articles.length > 0 && (
        <>
          <p data-testid="program-summary">{t('library_program_summary', d.mentions, articles.length)}</p>
          {card.state === 'ready' && card.value && <GlossaryCard id="program-card" card={card.value} t={t} />}
          <h3 id="program-chart-h">{chartTitle}</h3>
          <div class="inline" role="group" aria-labelledby="program-chart-h">
            {(['week', 'month'] as const).map((u) => (
              <button key={u} type="button" aria-pressed={unit === u} data-unit={u} onClick={() => setUnit(u)}>
                {u === 'week' ? t('library_per_week') : t('library_per_month')}
              </button>
            ))}
          </div>
          {periods.length > 0 && (
            <>
              <BarChart data={periods} title={t('library_heading_key', chartTitle, name)} desc={t('library_chart_range', periods[0]!.period, periods[periods.length - 1]!.period, peak)} />
              <details>
                <summary>{t('library_chart_table')}</summary>
                <table class="grid" data-testid="period-table">
                  <caption class="visually-hidden">{chartTitle}</caption>
                  <thead>
                    <tr><th scope="col">{t('library_col_period')}</th><th scope="col" class="num">{t('library_col_mentions')}</th></tr>
                  </thead>
                  <tbody>
                    {periods.map((p) => <tr key={p.period}><th scope="row">{p.period}</th><td class="num">{p.count}</td></tr>)}
                  </tbody>
                </table>
              </details>
            </>
          )}
          {undated > 0 && <p class="hint">{t('library_chart_undated', undated)}</p>}
          <h3>{t('library_articles_n', articles.length)}</h3>
          <ArticleTable t={t} onRoute={onRoute} rows={rows.shown} caption={t('library_articles_n', articles.length)} />
          {rows.more(t)}
          <h3>{t('library_sentences')}</h3>
          <ul class="kb-sentences" data-testid="sentences">
            {sentences.shown.map((s, i) => {
              const a = byId.get(s.articleId);
              const href = a && safeHref(a.url);
              return (
                <li key={`${s.articleId}-${i}`}>
                  <blockquote>{s.sentence}</blockquote>
                  <span class="hint">
                    {href ? <a href={href} target="_blank" rel="noreferrer">{a.title}</a> : a?.title} · {s.date?.slice(0, 10) ?? t('library_undated')}
                  </span>
                </li>
              );
            })}
          </ul>
          {sentences.more(t)}
        </>
      )}
    </section>
  );
}
