import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SIDEBAR_CSS } from '@/components/sidebar/sidebar-css';
import { SidebarApp, type OpenSession } from '@/components/sidebar/SidebarApp';
import type { SidebarServices } from '@/components/sidebar/services';
import type { PageController } from '@/lib/dom/page-controller';
import { t, uiLanguage } from '@/lib/i18n';
import type { ConvertTarget } from '@/lib/messaging';
import { copyText, exportBaseName } from './sidebar-export';
import { downloadText } from '@/lib/dom/download';
import { dismissSelection, onSelectionResult } from './selection';
import { glossedAnnotation } from './glossary';
import { goToItem } from './sidebar-locate';
import { applyReflow, removeReflow } from './sidebar-reflow';
import type { LiveSettings } from '@/lib/settings';
import { loadSidebarPrefs, MAX_WIDTH, MIN_WIDTH, readWidth, sidebarOpenOn, sidebarWidth, type SidebarMode } from './sidebar-settings';

/**
 * The summary sidebar: mounts components/sidebar/SidebarApp, which holds its state, in
 * `<kanbao-sidebar>`'s open shadow root, and wires it to the page and the background.
 *
 * "Annotate selection": every selection result opens it (without remembering
 * that for the site) with a Selection section first. On a page that is not an article
 * (`controller.read` null: the annotator was loaded for the selection only) it shows that
 * section alone — no article sections, no analysis request — and clearing it closes the sidebar.
 */
export interface Sidebar {
  /**
   * Opens or closes it. `focus` (default true: an explicit request from the popup or a shortcut)
   * moves the keyboard into it; `remember` (default true) stores the choice for the site.
   */
  setOpen(open: boolean, opts?: { focus?: boolean; remember?: boolean }): Promise<void>;
}

/**
 * The page's one sidebar: a newer one (the reader forced an article after a selection-only
 * sidebar) replaces it, carrying its selection over.
 */
let current: { dispose(): void; open(): boolean } | null = null;

async function convertTexts(texts: string[], to: ConvertTarget): Promise<string[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'kanbao/convert-text', texts, to })) as { texts?: unknown } | undefined;
  const out = reply?.texts;
  if (!Array.isArray(out) || out.length !== texts.length || !out.every((s) => typeof s === 'string')) {
    throw new Error('conversion failed');
  }
  return out as string[];
}

export function createSidebar(ctx: ContentScriptContext, controller: PageController, settings: Promise<LiveSettings>): Sidebar {
  const read = controller.read;
  const doc = document;
  const site = location.hostname;
  // SidebarApp lives in this element for the page's lifetime; it enters the shadow root on
  // opening and leaves it on closing, so the app's state outlasts a closing.
  const root = doc.createElement('div');
  root.className = 'kb-root';
  // The sidebar speaks the interface's language, not the page's (a zh-Hant page would have an
  // English interface read in a Chinese voice); Chinese inside it says its own.
  const lang = uiLanguage(t);
  root.setAttribute('lang', lang);
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mode: SidebarMode = 'reflow';
  let session: OpenSession | null = null;
  let disposed = false;

  const services: SidebarServices = {
    page: {
      article: read?.article ?? null,
      info: controller.page,
      get url() {
        return location.href;
      },
      // Program spans carry their glossary cards: as shown for the model, as written for the JSON export.
      annotation: glossedAnnotation(controller),
      documentAnnotation: glossedAnnotation(controller, 'sources'),
      converted: () => controller.state().converted,
      onChange: (listener) => controller.onChange(listener),
    },
    goTo: (id, model) => {
      if (read) goToItem(doc, read, controller.annotation, model, id);
    },
    listenPageKeys(listener) {
      doc.addEventListener('keydown', listener, true);
      return () => doc.removeEventListener('keydown', listener, true);
    },
    analyze: (text, known) => browser.runtime.sendMessage({ type: 'kanbao/analyze', text, known }),
    openLibrary: () => void browser.runtime.sendMessage({ type: 'kanbao/library/open' }).catch((e: unknown) => console.warn('[kanbao] library', e)),
    convertTexts,
    copy: (text) => (ui ? copyText(ui.shadow, text) : Promise.resolve(false)),
    download(extension, mime, text) {
      const name = `${exportBaseName(location.href)}.${extension}`;
      if (ui) downloadText(ui.shadow, name, mime, text);
      return name;
    },
    place(width) {
      ui?.shadowHost.style.setProperty('--kb-width', `${width}px`);
      if (mode === 'reflow') applyReflow(doc, width);
    },
    unplace: () => removeReflow(doc),
    fitWidth: (w) => readWidth(w, innerWidth),
    saveWidth: (w) => void sidebarWidth.setValue(w).catch(() => {}),
    selections: onSelectionResult,
    dismissSelection,
  };

  // A sidebar this one replaces hands over: its selection is shown here, opened if it was open.
  const previous = current;
  const wasOpen = previous?.open() ?? false;
  previous?.dispose();

  const paint = () =>
    render(
      <SidebarApp
        services={services}
        t={t}
        session={session}
        minWidth={MIN_WIDTH}
        maxWidth={MAX_WIDTH}
        openOnReplay={wasOpen}
        onOpen={() => void api.setOpen(true, { remember: false, focus: false })}
        onClose={() => void api.setOpen(false)}
      />,
      root,
    );

  const mountUi = async () => {
    ui ??= await createShadowRootUi<void>(ctx, {
      name: 'kanbao-sidebar',
      mode: 'open',
      position: 'inline',
      // On <html>, after <body>: outside the article and any transformed page container.
      anchor: 'html',
      append: 'last',
      css: SIDEBAR_CSS,
      // Typing in the filter must not reach the page's own keyboard shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('lang', lang);
        container.append(root);
      },
    });
    return ui;
  };

  /** Closes for good: the app unmounts (its page effects end with it) and the host goes. */
  const end = () => {
    disposed = true;
    session = null;
    render(null, root);
    ui?.remove();
    controller.report({ sidebarOpen: false });
  };

  let queue: Promise<void> = Promise.resolve();
  const api: Sidebar = {
    setOpen(next, opts = {}) {
      const run = async () => {
        // A replaced sidebar stays closed.
        if (disposed && next) return;
        if (next !== (session !== null)) {
          if (next) {
            const [prefs, w] = await Promise.all([
              loadSidebarPrefs().catch(() => null),
              sidebarWidth.getValue().catch(() => null),
            ]);
            mode = prefs?.mode ?? 'reflow';
            const u = await mountUi();
            u.mount();
            session = { width: readWidth(w, innerWidth), focus: opts.focus !== false };
            paint();
          } else {
            session = null;
            paint();
            ui?.remove();
          }
        }
        controller.report({ sidebarOpen: session !== null });
        // Only an article's sidebar is remembered for the site.
        if (read && opts.remember !== false) await sidebarOpenOn(site).setValue(session !== null).catch(() => {});
      };
      queue = queue.then(run, run);
      return queue;
    },
  };

  paint();
  current = { open: () => session !== null, dispose: end };
  // The context ends only when the extension is gone (own-context.ts; a page cannot end it):
  // the sidebar goes, and the state must say so.
  ctx.onInvalidated(end);

  // Reopen as the reader left it on this site; else open by itself if that is the setting.
  if (read) {
    // The page's live settings: at load the sidebar adds no read of the whole settings document.
    void Promise.all([sidebarOpenOn(site).getValue(), settings.then((s) => s.current.sidebar.autoOpen)])
      .then(([remembered, auto]) => {
        if (remembered ?? auto) return api.setOpen(true, { remember: false, focus: false });
      })
      .catch((e: unknown) => console.warn('[kanbao] sidebar settings unavailable', e));
  }

  return api;
}
