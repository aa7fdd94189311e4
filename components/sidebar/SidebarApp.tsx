import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { documentJson, toCsv, toMarkdown } from '@/lib/core/sidebar';
import type { Translate } from '@/lib/i18n';
import type { ExportFormat } from './ExportBar';
import type { SidebarServices } from './services';
import { SidebarView } from './SidebarView';
import { useAnalysis } from './use-analysis';
import { useMarkKeys } from './use-mark-keys';
import { useSelection } from './use-selection';
import { useSidebarModel } from './use-sidebar-model';
import { useStatus } from './use-status';

/** One opening of the sidebar: a new object each time it opens. */
export interface OpenSession {
  /** The width it opens with (remembered, fitted to the window). */
  width: number;
  /** An explicit request (popup, shortcut): the keyboard moves into the sidebar. */
  focus: boolean;
}

export interface SidebarAppProps {
  services: SidebarServices;
  t: Translate;
  /** Set while the sidebar is open; null while it is closed. */
  session: OpenSession | null;
  minWidth: number;
  maxWidth: number;
  /** The sidebar this one replaced was open: the selection it hands over opens this one too. */
  openOnReplay?: boolean;
  /** A new selection result asks for the sidebar. */
  onOpen(): void;
  onClose(): void;
}

const WIDTH_SAVE_MS = 300;
const EMPTY = { figures: [], dates: [], programs: [] };

/**
 * The sidebar's state, in Preact: rendered once per page and kept while the sidebar is closed
 * (it then renders nothing), so jieba's answer, the converted model, the selection and the
 * current item outlast a closing, while the view's own state (filter, collapsed sections, sort)
 * starts afresh at each opening, as the view is mounted again. Its page effects — the host's
 * width and the page's reflow, keys on marks — hold only while open.
 */
export function SidebarApp({ services, t, session, minWidth, maxWidth, openOnReplay = false, onOpen, onClose }: SidebarAppProps) {
  const open = session !== null;
  const { page } = services;
  const article = page.article;
  const analysis = useAnalysis(open, article, services.analyze);
  const { base, shown } = useSidebarModel(open, page, analysis.analysis, services.convertTexts);
  const [selection, clearSelection] = useSelection(services, openOnReplay, onOpen);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [status, say] = useStatus();
  const root = useRef<HTMLElement>(null);

  // The width: as the session opened, until the reader resizes it.
  const [resized, setResized] = useState<{ session: OpenSession; width: number } | null>(null);
  const width = session ? (resized?.session === session ? resized.width : session.width) : 0;
  const saveTimer = useRef<ReturnType<typeof setTimeout>>();
  const resize = (w: number) => {
    if (!session) return;
    const next = services.fitWidth(w);
    setResized({ session, width: next });
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => services.saveWidth(next), WIDTH_SAVE_MS);
  };

  // Layout effects: placed and focused before the browser paints the opened sidebar.
  useLayoutEffect(() => {
    if (session) services.place(width);
  }, [services, session, width]);
  useLayoutEffect(() => (session ? () => services.unplace() : undefined), [services, session]);
  useLayoutEffect(() => {
    if (session?.focus) root.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [session]);
  // A selection shown while open starts the list from the top, where its section is.
  useEffect(() => {
    if (session && selection) root.current?.querySelector('.kb-scroll')?.scrollTo?.({ top: 0 });
  }, [session, selection]);

  const activate = (id: string) => {
    if (!base) return;
    setActiveId(id);
    services.goTo(id, base);
  };
  useMarkKeys(open && base ? services.listenPageKeys : null, base, activate, root);

  const exportAs = async (format: ExportFormat) => {
    if (!article || !shown) return;
    if (format === 'markdown') {
      const ok = await services.copy(toMarkdown(shown, t));
      say(ok ? t('copied') : t('copy_failed'));
    } else if (format === 'csv') {
      // A byte-order mark, so spreadsheet programs read the UTF-8 Chinese correctly.
      say(t('downloaded', services.download('csv', 'text/csv;charset=utf-8', '\ufeff' + toCsv(shown))));
    } else {
      const json = documentJson({
        input: page.url, url: page.url, page: page.info, article, extraction: (page.documentAnnotation ?? page.annotation)()?.extraction ?? EMPTY, analysis: analysis.analysis,
      });
      say(t('downloaded', services.download('json', 'application/json', json)));
    }
  };

  if (!session) return null;
  return (
    <SidebarView
      rootRef={root}
      model={shown}
      selection={selection?.model ?? null}
      onClearSelection={() => {
        clearSelection();
        // Without an article the selection was all there was to show.
        if (!article) onClose();
      }}
      analysis={analysis.status}
      t={t}
      width={width}
      minWidth={minWidth}
      maxWidth={maxWidth}
      activeId={activeId}
      status={status}
      onActivate={activate}
      onClose={onClose}
      onResize={resize}
      onExport={(f) => void exportAs(f)}
      onOpenLibrary={services.openLibrary && (() => services.openLibrary?.())}
    />
  );
}
