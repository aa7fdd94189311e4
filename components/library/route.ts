import type { LibraryRoute, LibraryViewName } from './types';

export const VIEWS: readonly LibraryViewName[] = ['articles', 'program', 'person', 'figures', 'data'];

/** Reads `#view=…&key=…`; anything unknown opens the article list. */
export function parseRoute(hash: string): LibraryRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view') ?? '';
  const known = (VIEWS as readonly string[]).includes(view);
  return { view: known ? (view as LibraryViewName) : 'articles', key: known ? (params.get('key') ?? '').slice(0, 500) : '' };
}

/** The address fragment for a route; the key is left out when empty. */
export function routeHash(route: LibraryRoute): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.key) params.set('key', route.key);
  return `#${params.toString()}`;
}
