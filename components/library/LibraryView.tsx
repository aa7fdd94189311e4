import type { GlossaryCard } from '@/lib/core/glossary';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '@/lib/i18n';
import { ArticlesView } from './ArticlesView';
import { DataView } from './DataView';
import { FiguresView } from './FiguresView';
import { PersonView } from './PersonView';
import { ProgramView } from './ProgramView';
import { routeHash, VIEWS } from './route';
import type { LibraryPort, LibraryRoute, LibraryViewName, StatusLine } from './types';

export const VIEW_LABELS: Record<LibraryViewName, MessageKey> = {
  articles: 'library_view_articles',
  program: 'library_view_program',
  person: 'library_view_person',
  figures: 'library_view_figures',
  data: 'library_view_data',
};

/**
 * The library page, presentational: the port reads and changes the library, the route says which
 * view shows, and a change of view goes out through onRoute (the glue writes it to the address).
 */
export function LibraryView({ t, port, route, onRoute, download, glossary }: {
  t: Translate;
  port: LibraryPort;
  route: LibraryRoute;
  onRoute: (route: LibraryRoute) => void;
  download?: (name: string, text: string, type: string) => void;
  glossary?: (name: string) => Promise<GlossaryCard | null>;
}) {
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const props = { t, port, version, onRoute, onStatus: setStatus, glossary };
  // Articles are recorded in other tabs while this one waits: coming back to it reads the library again.
  useEffect(() => {
    const back = () => {
      if (document.visibilityState === 'visible') setVersion((n) => n + 1);
    };
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, []);
  // A message about one view does not follow the reader to another (also when the address changes).
  useEffect(() => setStatus(null), [route.view, route.key]);

  return (
    <main class="kb-options kb-library" data-view={route.view}>
      <header>
        <h1>{t('library_title')}</h1>
        <p class="hint">{t('library_local_note')}</p>
        <nav aria-label={t('library_views')}>
          <ul class="kb-tabs">
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={routeHash({ view: v, key: '' })}
                  aria-current={route.view === v ? 'page' : undefined}
                  data-view={v}
                  onClick={(e) => {
                    e.preventDefault();
                    onRoute({ view: v, key: '' });
                  }}
                >
                  {t(VIEW_LABELS[v])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div class="status" role="status" aria-live="polite" data-testid="status">{status?.kind === 'ok' ? status.text : ''}</div>
      <div role="alert" class="error" data-testid="alert">{status?.kind === 'error' ? status.text : ''}</div>
      {route.view === 'articles' && <ArticlesView {...props} initialQuery={route.key} />}
      {route.view === 'program' && <ProgramView {...props} name={route.key} />}
      {route.view === 'person' && <PersonView {...props} name={route.key} />}
      {route.view === 'figures' && <FiguresView {...props} subject={route.key} />}
      {route.view === 'data' && <DataView {...props} onChanged={() => setVersion((n) => n + 1)} download={download} />}
    </main>
  );
}
