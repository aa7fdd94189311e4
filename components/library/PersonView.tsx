import { ArticleTable, safeHref } from './ArticleTable';
import { Picker } from './Picker';
import { useShowMore } from './ShowMore';
import type { ViewProps } from './types';
import { useLoad, useOnDemand } from './use-load';

/** One person across the library: the titles the articles gave them, by date, and the articles. */
export function PersonView({ t, port, version, onRoute, name }: ViewProps & { name: string }) {
  const [people, wantPeople] = useOnDemand(() => port.listPeople(), [port, version], !name);
  const detail = useLoad(() => (name ? port.personDetail(name) : Promise.resolve(null)), [port, version, name]);
  const d = detail.state === 'ready' ? detail.value : null;
  const articles = d?.articles ?? [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const titles = useShowMore(d?.titles ?? [], 100, d);
  const rows = useShowMore(articles, 100, d);

  return (
    <section aria-labelledby="person-h">
      <h2 id="person-h">{name ? t('library_heading_key', t('library_view_person'), name) : t('library_view_person')}</h2>
      <Picker t={t} id="pick-person" label={t('library_pick_person')} options={people} current={name} onPick={(k) => onRoute({ view: 'person', key: k })} onWant={wantPeople} />
      {people.state === 'ready' && people.value.length === 0 && !name && <p class="kb-empty">{t('library_person_none')}</p>}
      {detail.state === 'error' && <p role="alert" class="error">{t('library_open_failed', detail.error)}</p>}
      {name && d && articles.length === 0 && <p class="kb-empty" data-testid="not-found">{t('library_not_found', name)}</p>}
      {d && articles.length > 0 && (
        <>
          {d.titles.length > 0 && (
            <>
              <h3 id="person-titles-h">{t('library_person_titles')}</h3>
              <table class="grid" data-testid="titles" aria-labelledby="person-titles-h">
                <thead>
                  <tr>
                    <th scope="col">{t('library_col_date')}</th>
                    <th scope="col">{t('library_col_post')}</th>
                    <th scope="col">{t('library_col_article')}</th>
                  </tr>
                </thead>
                <tbody>
                  {titles.shown.map((row, i) => {
                    const a = byId.get(row.articleId);
                    const href = a && safeHref(a.url);
                    return (
                      <tr key={`${row.articleId}-${i}`}>
                        <td class="kb-date">{row.date.slice(0, 10)}</td>
                        <th scope="row">{row.title}</th>
                        <td>{href ? <a href={href} target="_blank" rel="noreferrer">{a.title}</a> : a?.title}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {titles.more(t)}
            </>
          )}
          <h3>{t('library_articles_n', articles.length)}</h3>
          <ArticleTable t={t} onRoute={onRoute} rows={rows.shown} caption={t('library_articles_n', articles.length)} />
          {rows.more(t)}
        </>
      )}
    </section>
  );
}
