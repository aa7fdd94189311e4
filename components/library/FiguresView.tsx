import type { FigurePoint } from '@/lib/core/library';
import { safeHref } from './ArticleTable';
import { LineChart, type LinePoint } from './charts';
import { formatCompact, formatNumber } from './format';
import { Picker } from './Picker';
import { useShowMore } from './ShowMore';
import type { ViewProps } from './types';
import { useLoad, useOnDemand } from './use-load';

/** The unit most of the figures use: values in different units are not drawn on one axis. */
function commonUnit(units: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best: string | null = null;
  for (const [u, n] of counts) if (best === null || n > counts.get(best)!) best = u;
  return best;
}

const day = (iso: string) => iso.slice(0, 10);

/** A range is drawn at its middle, with a whisker from its low to its high end. */
function toPoint(p: FigurePoint): LinePoint | null {
  const x = Date.parse(`${day(p.date)}T00:00:00Z`);
  if (Number.isNaN(x)) return null;
  if (typeof p.value === 'number') return Number.isFinite(p.value) ? { x, y: p.value, label: `${day(p.date)}: ${p.text}` } : null;
  const [low, high] = p.value;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  return { x, y: (low + high) / 2, low, high, label: `${day(p.date)}: ${p.text}` };
}

const valueText = (v: FigurePoint['value']) => (typeof v === 'number' ? formatNumber(v) : `${formatNumber(v[0])}–${formatNumber(v[1])}`);

/** Figures that measure the same thing across articles, as a chart and a table. */
export function FiguresView({ t, port, version, onRoute, subject }: ViewProps & { subject: string }) {
  const [subjects, wantSubjects] = useOnDemand(() => port.listMeasures(), [port, version], !subject);
  const detail = useLoad(() => (subject ? port.figureSeriesFor(subject) : Promise.resolve(null)), [port, version, subject]);
  const rows = detail.state === 'ready' && detail.value ? detail.value.points : [];
  const unit = commonUnit(rows.map((r) => r.unit ?? ''));
  const points = rows.filter((r) => (r.unit ?? '') === unit).map(toPoint).filter((p): p is LinePoint => p !== null);
  const unitName = (u: string | null) => u || t('library_no_unit');
  const mixed = rows.some((r) => (r.unit ?? '') !== unit);
  const table = useShowMore(rows, 200, detail);
  const days = points.map((p) => new Date(p.x).toISOString().slice(0, 10)).sort();

  return (
    <section aria-labelledby="figures-h">
      <h2 id="figures-h">{subject ? t('library_heading_key', t('library_view_figures'), subject) : t('library_view_figures')}</h2>
      <Picker t={t} id="pick-subject" label={t('library_pick_subject')} options={subjects} current={subject} onPick={(k) => onRoute({ view: 'figures', key: k })} onWant={wantSubjects} />
      {subjects.state === 'ready' && subjects.value.length === 0 && !subject && <p class="kb-empty">{t('library_figures_none')}</p>}
      {detail.state === 'error' && <p role="alert" class="error">{t('library_open_failed', detail.error)}</p>}
      {subject && detail.state === 'ready' && rows.length === 0 && <p class="kb-empty" data-testid="not-found">{t('library_not_found', subject)}</p>}
      {points.length > 0 && (
        <>
          <h3>{t('library_figures_chart')}</h3>
          <LineChart
            points={points}
            title={t('library_heading_key', t('library_figures_chart'), `${subject} (${unitName(unit)})`)}
            desc={t('library_figures_desc', points.length, days[0]!, days[days.length - 1]!)}
            format={(n) => formatCompact(n, document.documentElement.lang || undefined)}
          />
          {mixed && <p class="hint">{t('library_figures_units', unitName(unit))}</p>}
        </>
      )}
      {rows.length > 0 && (
        <table class="grid" data-testid="figures">
          <caption class="visually-hidden">{subject}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library_col_date')}</th>
              <th scope="col">{t('library_col_figure')}</th>
              <th scope="col" class="num">{t('library_col_value')}</th>
              <th scope="col">{t('library_col_unit')}</th>
              <th scope="col">{t('library_col_article')}</th>
            </tr>
          </thead>
          <tbody>
            {table.shown.map((r, i) => {
              const href = safeHref(r.url);
              return (
                <tr key={`${r.articleId}-${i}`}>
                  <td class="kb-date">{day(r.date)}</td>
                  <th scope="row" title={r.sentence}>{r.text}</th>
                  <td class="num">{valueText(r.value)}</td>
                  <td>{unitName(r.unit)}</td>
                  <td>{href ? <a href={href} target="_blank" rel="noreferrer">{r.title}</a> : r.title}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {table.more(t)}
    </section>
  );
}
