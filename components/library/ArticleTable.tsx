import type { JSX } from 'preact';
import type { Translate } from '@/lib/i18n';
import { dayOf } from './format';
import type { LibraryArticle } from '@/lib/core/library';

/** Only web addresses become links: a record imported from a file could carry any scheme. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Up, Down, Home and End move the focus between the rows' title links (Tab still leaves the
 * table, so a long list never traps the keyboard).
 */
function moveFocus(e: JSX.TargetedKeyboardEvent<HTMLTableSectionElement>) {
  const move = MOVES[e.key];
  if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
  const links = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-row-link]')];
  const i = links.indexOf(e.target as HTMLElement);
  if (i < 0) return;
  e.preventDefault();
  links[move(i, links.length)]?.focus();
}

/** Articles as a table: the title links to the article, then outlet, date and counts. */
export function ArticleTable({ t, rows, caption }: { t: Translate; rows: readonly LibraryArticle[]; caption: string }) {
  return (
    <table class="grid kb-articles" data-testid="articles">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('library_col_title')}</th>
          <th scope="col">{t('library_col_outlet')}</th>
          <th scope="col">{t('library_col_published')}</th>
          <th scope="col" class="num">{t('library_col_figures')}</th>
          <th scope="col" class="num">{t('library_col_programs')}</th>
          <th scope="col" class="num">{t('library_col_people')}</th>
        </tr>
      </thead>
      <tbody onKeyDown={moveFocus}>
        {rows.map((a) => {
          const href = safeHref(a.url);
          return (
            <tr key={a.id} data-id={a.id}>
              <th scope="row" class="kb-title">
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer" data-row-link>{a.title || a.url}</a>
                ) : (
                  <span tabIndex={0} data-row-link>{a.title || a.url}</span>
                )}
              </th>
              <td>{a.outlet}</td>
              <td class="kb-date">{dayOf(a) ?? t('library_undated')}</td>
              <td class="num">{a.counts.figures}</td>
              <td class="num">{a.counts.programs}</td>
              <td class="num">{a.counts.people}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
