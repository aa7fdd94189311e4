import type { JSX } from 'preact';
import type { LibraryArticle } from '@/lib/core/library';
import type { Translate } from '@/lib/i18n';
import { dayOf } from './format';
import { routeHash } from './route';
import type { LibraryRoute, LibraryViewName } from './types';

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

/** A link to another view of the library, followed in the page (the glue writes the address). */
function ViewLink({ route, onRoute, children }: { route: LibraryRoute; onRoute: (r: LibraryRoute) => void; children: string }) {
  return (
    <a
      href={routeHash(route)}
      onClick={(e) => {
        e.preventDefault();
        onRoute(route);
      }}
    >
      {children}
    </a>
  );
}

/** What the article names, each a way into its own view: programs, people, what its figures measure. */
function ArticleLinks({ t, a, onRoute }: { t: Translate; a: LibraryArticle; onRoute: (r: LibraryRoute) => void }) {
  const groups: [LibraryViewName, string, string[]][] = [
    ['program', t('library_col_programs'), [...new Set(a.programs.map((p) => p.name))]],
    ['person', t('library_col_people'), [...new Set(a.people.map((p) => p.name))]],
    ['figures', t('library_col_figures'), [...new Set(a.figures.flatMap((f) => (f.measures ? [f.measures] : [])))]],
  ];
  if (groups.every(([, , names]) => names.length === 0)) return null;
  return (
    <details class="kb-more">
      <summary>{t('library_row_more')}</summary>
      <dl>
        {groups.filter(([, , names]) => names.length > 0).map(([view, label, names]) => (
          <div key={view}>
            <dt>{label}</dt>
            <dd>
              {names.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' · '}
                  <ViewLink route={{ view, key }} onRoute={onRoute}>{key}</ViewLink>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/**
 * Articles as a table: the title links to the article, then outlet, date and counts. With
 * onRoute, each title also opens what the article names (programs, people, subjects of figures)
 * as links to their views.
 */
export function ArticleTable({ t, rows, caption, onRoute }: {
  t: Translate;
  rows: readonly LibraryArticle[];
  caption: string;
  onRoute?: (route: LibraryRoute) => void;
}) {
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
                {onRoute && <ArticleLinks t={t} a={a} onRoute={onRoute} />}
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
