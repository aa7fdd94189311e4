import { useEffect, useState } from 'preact/hooks';
import { VIEW_LABELS, LibraryView } from '@/components/library/LibraryView';
import { parseRoute, routeHash } from '@/components/library/route';
import type { LibraryPort, LibraryRoute } from '@/components/library/types';
import type { GlossaryCard } from '@/lib/core/glossary';
import { t, type Translate } from '@/lib/i18n';
import { openLibrary } from '@/lib/library';
import { parseGlossaryReply } from '@/lib/messaging';

/** A program's card from the background, which holds the glossary (the page does not bundle it). */
async function askGlossary(name: string) {
  const reply = parseGlossaryReply(await browser.runtime.sendMessage({ type: 'kanbao/glossary', names: [name], script: 'simplified' }), 1);
  return reply?.cards[0] ?? null;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Browser glue for the library page: opens the IndexedDB library of this extension's origin (the
 * page reads it directly; nothing goes through the background), and keeps the view in the
 * address (`#view=…&key=…`) so the popup, the sidebar and the options page can link to a view.
 */
export function LibraryApp({ tr = t, open = () => openLibrary(), glossary = askGlossary }: {
  tr?: Translate;
  open?: () => Promise<LibraryPort>;
  glossary?: (name: string) => Promise<GlossaryCard | null>;
}) {
  const [route, setRoute] = useState<LibraryRoute>(() => parseRoute(location.hash));
  const [port, setPort] = useState<LibraryPort | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    open().then(setPort, (e: unknown) => setFailed(describe(e)));
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    const view = tr(VIEW_LABELS[route.view]);
    document.title = `${route.key ? tr('library_heading_key', view, route.key) : view} · ${tr('library_title')}`;
  }, [route]);

  const go = (next: LibraryRoute) => {
    const hash = routeHash(next);
    // Each view is a history entry, so Back returns to the previous one.
    if (location.hash !== hash) history.pushState(null, '', hash);
    setRoute(next);
  };

  if (failed) return <main class="kb-options kb-library"><h1>{tr('library_title')}</h1><p role="alert" class="error">{tr('library_open_failed', failed)}</p></main>;
  if (!port) return <main class="kb-options kb-library"><h1>{tr('library_title')}</h1><p class="hint" role="status">{tr('library_loading')}</p></main>;
  return <LibraryView t={tr} port={port} route={route} onRoute={go} glossary={glossary} />;
}
