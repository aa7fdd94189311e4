import type { GlossaryCard } from '@/lib/core/glossary';
import type { Translate } from '@/lib/i18n';
import type { Library } from '@/lib/library';

/**
 * Everything the page asks of the library: the part of lib/library's `Library` it uses. The
 * page's glue passes the open IndexedDB library; tests pass an in-memory one. Every call may
 * reject (a closed or broken database), and the views show that as an error rather than a blank.
 */
export type LibraryPort = Pick<
  Library,
  | 'listArticles' | 'listOutlets' | 'listPrograms' | 'listPeople' | 'listMeasures'
  | 'programDetail' | 'personDetail' | 'figureSeriesFor'
  | 'exportAll' | 'importAll' | 'deleteArticle' | 'deleteOutlet' | 'deleteAll' | 'storageUsed'
>;

/** The views, as the address names them: `library.html#view=program&key=…`. */
export type LibraryViewName = 'articles' | 'program' | 'person' | 'figures' | 'data';

export interface LibraryRoute {
  view: LibraryViewName;
  /** The program, person or subject shown; '' for none. */
  key: string;
}

export interface StatusLine {
  kind: 'ok' | 'error';
  text: string;
}

/** What every view receives. */
export interface ViewProps {
  t: Translate;
  port: LibraryPort;
  /** Changes after an import or a delete, so views read the library again. */
  version: number;
  onRoute: (route: LibraryRoute) => void;
  onStatus: (status: StatusLine) => void;
  /** The glossary's card for a program name, or null (the background holds the glossary). */
  glossary?: (name: string) => Promise<GlossaryCard | null>;
}
