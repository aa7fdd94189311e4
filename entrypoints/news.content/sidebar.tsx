import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SIDEBAR_CSS } from '@/components/sidebar/sidebar-css';
import { SidebarView, type AnalysisStatus } from '@/components/sidebar/SidebarView';
import type { ExportFormat } from '@/components/sidebar/ExportBar';
import type { Analysis } from '@/lib/core/analysis';
import { buildSelectionModel, buildSidebarModel, convertModel, documentJson, locate, type SelectionModel, type SidebarModel, stepId, stepKindOf, toCsv, toMarkdown } from '@/lib/core/sidebar';
import type { Annotated } from '@/lib/dom/marks';
import type { PageController } from '@/lib/dom/page-controller';
import { translator } from '@/lib/i18n/sidebar-strings';
import { sidebarTranslator } from '@/lib/i18n/t';
import type { ConvertTarget, ScriptTarget } from '@/lib/messaging';
import { copyText, downloadText, exportBaseName } from './sidebar-export';
import { onSelectionResult, type SelectionResult } from './selection';
import { revealText } from './sidebar-locate';
import { applyReflow, removeReflow } from './sidebar-reflow';
import {
  MAX_WIDTH, MIN_WIDTH, readMode, readWidth, sidebarAutoOpen, sidebarMode, sidebarOpenOn, sidebarWidth, type SidebarMode,
} from './sidebar-settings';

/**
 * The summary sidebar (issue 5): browser glue around the presentational SidebarView.
 *
 * "Annotate selection" (issue 6 item 5): every selection result opens it (without remembering
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

const EMPTY = { figures: [], dates: [], programs: [] };
const STATUS_MS = 4000;

/**
 * The page's one sidebar: a newer one (the reader forced an article after a selection-only
 * sidebar) replaces it, carrying its selection over.
 */
let current: { dispose(): void; open(): boolean } | null = null;
/** The selection result the reader cleared: a newer sidebar does not show it again. */
let cleared: SelectionResult | null = null;

function isAnalysis(x: unknown): x is Analysis {
  const a = x as Partial<Analysis> | null;
  return !!a && Array.isArray(a.keywords) && Array.isArray(a.summary) && !!a.people && Array.isArray(a.people.people)
    && Array.isArray(a.people.organisations) && Array.isArray(a.people.places);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : typeof e === 'string' ? e : 'no answer';
}

async function convertTexts(texts: string[], to: ConvertTarget): Promise<string[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'kanbao/convert-text', texts, to })) as { texts?: unknown } | undefined;
  const out = reply?.texts;
  if (!Array.isArray(out) || out.length !== texts.length || !out.every((s) => typeof s === 'string')) {
    throw new Error('conversion failed');
  }
  return out as string[];
}

export function createSidebar(ctx: ContentScriptContext, controller: PageController): Sidebar {
  const read = controller.read;
  const doc = document;
  const site = location.hostname;
  // The browser's i18n chooses the language, as for every other string; the table is the fallback.
  const t = sidebarTranslator(translator('en'));

  let ui: ShadowRootContentScriptUi<void> | null = null;
  let open = false;
  let mode: SidebarMode = 'reflow';
  let width = readWidth(null, innerWidth);
  let analysis: Analysis | null = null;
  let analysisStatus: AnalysisStatus = { state: 'loading' };
  let analysisRequest: Promise<void> | null = null;
  let activeId: string | null = null;
  let status: string | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let widthTimer: ReturnType<typeof setTimeout> | undefined;
  let selection: SelectionModel | null = null;
  let selectionResult: SelectionResult | null = null;
  let disposed = false;

  // ---- The model: rebuilt when the annotation or the analysis changes, converted with the page.
  let base: { annotation: Annotated | null; analysis: Analysis | null; model: SidebarModel } | null = null;
  let shown: { from: SidebarModel; target: ScriptTarget; model: SidebarModel } | null = null;
  let converting: { from: SidebarModel; target: ScriptTarget } | null = null;

  const baseModel = (): SidebarModel => {
    if (!read) throw new Error('no article');
    const annotation = controller.annotation;
    if (!base || base.annotation !== annotation || base.analysis !== analysis) {
      const model = buildSidebarModel({
        article: read.article, site: controller.page.site, extraction: annotation?.extraction ?? EMPTY,
        items: annotation?.items ?? [], analysis,
      });
      base = { annotation, analysis, model };
    }
    return base.model;
  };

  /** The model in the page's current script; until a conversion lands, the original strings. */
  const displayModel = (): SidebarModel => {
    const from = baseModel();
    const target = controller.state().converted;
    if (target === 'original') return from;
    if (shown && shown.from === from && shown.target === target) return shown.model;
    if (!converting || converting.from !== from || converting.target !== target) {
      const job = (converting = { from, target });
      convertModel(from, (texts) => convertTexts(texts, target))
        .then((model) => {
          if (converting !== job) return;
          shown = { from, target, model };
          converting = null;
          paint();
        })
        .catch((e: unknown) => {
          if (converting === job) converting = null;
          console.warn('[kanbao] sidebar conversion failed', e);
        });
    }
    return from;
  };

  // ---- Actions
  const setStatus = (s: string | null) => {
    status = s;
    clearTimeout(statusTimer);
    if (s) statusTimer = setTimeout(() => setStatus(null), STATUS_MS);
    paint();
  };

  const activate = (id: string) => {
    if (!read) return;
    activeId = id;
    const annotation = controller.annotation;
    if (!annotation?.highlighter.focusMark(id)) {
      // No mark (a keyword, a person, a sentence, or a hidden kind): select the words instead.
      const item = annotation?.items.find((i) => i.id === id) ?? locate(baseModel(), id);
      if (item && item.start >= 0) revealText(doc, read, item.start, item.end);
    }
    paint();
  };

  const resize = (w: number) => {
    width = readWidth(w, innerWidth);
    ui?.shadowHost.style.setProperty('--kb-width', `${width}px`);
    if (mode === 'reflow') applyReflow(doc, width);
    clearTimeout(widthTimer);
    widthTimer = setTimeout(() => void sidebarWidth.setValue(width).catch(() => {}), 300);
    paint();
  };

  const exportAs = async (format: ExportFormat) => {
    if (!ui || !read) return;
    const name = exportBaseName(location.href);
    if (format === 'markdown') {
      const ok = await copyText(ui.shadow, toMarkdown(displayModel(), t));
      setStatus(ok ? t('copied') : t('copy_failed'));
    } else if (format === 'csv') {
      // A byte-order mark, so spreadsheet programs read the UTF-8 Chinese correctly.
      downloadText(ui.shadow, `${name}.csv`, 'text/csv;charset=utf-8', '\ufeff' + toCsv(displayModel()));
      setStatus(t('downloaded', `${name}.csv`));
    } else {
      const json = documentJson({
        input: location.href, url: location.href, page: controller.page, article: read.article,
        extraction: controller.annotation?.extraction ?? EMPTY, analysis,
      });
      downloadText(ui.shadow, `${name}.json`, 'application/json', json);
      setStatus(t('downloaded', `${name}.json`));
    }
  };

  /** jieba runs in the background; asked once per page (again only after a failure). */
  const requestAnalysis = () => {
    if (!read) return;
    analysisRequest ??= (async () => {
      analysisStatus = { state: 'loading' };
      try {
        const known = read.article.authors.filter((a) => a.length <= 20).slice(0, 100);
        const reply: unknown = await browser.runtime.sendMessage({ type: 'kanbao/analyze', text: read.article.text, known });
        if (isAnalysis(reply)) {
          analysis = reply;
          analysisStatus = { state: 'ready' };
        } else {
          const error = (reply as { error?: unknown } | null)?.error;
          analysisStatus = { state: 'error', message: typeof error === 'string' ? error : 'no answer' };
          analysisRequest = null;
        }
      } catch (e) {
        analysisStatus = { state: 'error', message: message(e) };
        analysisRequest = null;
      }
      paint();
    })();
  };

  // ---- Keys on a mark the sidebar focused: n / p continue through the kind, Esc returns.
  const buttonFor = (model: SidebarModel, id: string): string => {
    for (const k of model.programs) for (const g of k.groups) if (g.ids.includes(id)) return g.ids[0]!;
    return id;
  };
  const onMarkKey = (e: KeyboardEvent) => {
    const mark = e.target as Element | null;
    if (!read || !ui || !mark || mark.localName !== 'kanbao-mark' || e.ctrlKey || e.metaKey || e.altKey) return;
    const id = mark.getAttribute('data-kanbao-id');
    const model = baseModel();
    const kind = stepKindOf(model, id);
    if (!id || !kind) return;
    if (e.key === 'n' || e.key === 'p') {
      const next = stepId(model, kind, id, e.key === 'n' ? 1 : -1);
      if (next) activate(next);
    } else if (e.key === 'Escape') {
      const target = [...ui.shadow.querySelectorAll<HTMLElement>('[data-item]')].find((b) => b.dataset.id === buttonFor(model, id));
      (target ?? ui.shadow.querySelector<HTMLElement>('h1'))?.focus();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  // ---- Rendering
  function paint(): void {
    if (!open || !ui) return;
    render(
      <SidebarView
        model={read ? displayModel() : null}
        selection={selection}
        onClearSelection={clearSelection}
        analysis={analysisStatus}
        t={t}
        width={width}
        minWidth={MIN_WIDTH}
        maxWidth={MAX_WIDTH}
        activeId={activeId}
        status={status}
        onActivate={activate}
        onClose={() => void api.setOpen(false)}
        onResize={resize}
        onExport={(f) => void exportAs(f)}
      />,
      ui.uiContainer,
    );
  }

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
      onMount: () => undefined,
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    });
    return ui;
  };

  const closeUi = () => {
    ui?.remove();
    removeReflow(doc);
    doc.removeEventListener('keydown', onMarkKey, true);
  };

  let queue: Promise<void> = Promise.resolve();
  const api: Sidebar = {
    setOpen(next, opts = {}) {
      const run = async () => {
        // A replaced sidebar stays closed.
        if (disposed && next) return;
        if (next !== open) {
          if (next) {
            const [m, w] = await Promise.all([
              sidebarMode.getValue().catch(() => 'reflow'),
              sidebarWidth.getValue().catch(() => null),
            ]);
            mode = readMode(m);
            width = readWidth(w, innerWidth);
            const u = await mountUi();
            u.mount();
            u.shadowHost.style.setProperty('--kb-width', `${width}px`);
            if (mode === 'reflow') applyReflow(doc, width);
            doc.addEventListener('keydown', onMarkKey, true);
            open = true;
            requestAnalysis();
            paint();
            if (opts.focus !== false) u.shadow.querySelector<HTMLElement>('h1')?.focus();
          } else {
            open = false;
            closeUi();
          }
        }
        controller.report({ sidebarOpen: open });
        // Only an article's sidebar is remembered for the site.
        if (read && opts.remember !== false) await sidebarOpenOn(site).setValue(open).catch(() => {});
      };
      queue = queue.then(run, run);
      return queue;
    },
  };

  // ---- The selection: shown first; cleared by the reader (and then, without an article, closed).
  function clearSelection(): void {
    cleared = selectionResult;
    selection = null;
    selectionResult = null;
    if (!read) void api.setOpen(false, { remember: false });
    else paint();
  }
  const showSelection = (r: SelectionResult, openIt: boolean) => {
    if (disposed || r === cleared) return;
    selectionResult = r;
    selection = buildSelectionModel(r.text, r.extraction);
    if (openIt) void api.setOpen(true, { remember: false, focus: false }).then(() => {
      ui?.shadow.querySelector('.kb-scroll')?.scrollTo?.({ top: 0 });
    });
    paint();
  };

  // A sidebar this one replaces hands over: its selection is shown here, opened if it was open.
  const previous = current;
  const wasOpen = previous?.open() ?? false;
  previous?.dispose();
  let subscribing = true;
  const unsubscribe = onSelectionResult((r) => showSelection(r, !subscribing || wasOpen));
  subscribing = false;
  current = {
    open: () => open,
    dispose() {
      disposed = true;
      unsubscribe();
      open = false;
      closeUi();
      controller.report({ sidebarOpen: false });
    },
  };

  controller.onChange(() => paint());
  ctx.onInvalidated(() => {
    // The context ends only when the extension is gone (own-context.ts; a page cannot end it):
    // the sidebar goes, and the state must say so.
    open = false;
    closeUi();
    controller.report({ sidebarOpen: false });
  });

  // Reopen as the reader left it on this site; else open by itself if that is the setting.
  if (read) {
    void Promise.all([sidebarOpenOn(site).getValue(), sidebarAutoOpen.getValue()])
      .then(([remembered, auto]) => {
        if (remembered ?? auto) return api.setOpen(true, { remember: false, focus: false });
      })
      .catch((e: unknown) => console.warn('[kanbao] sidebar settings unavailable', e));
  }

  return api;
}
