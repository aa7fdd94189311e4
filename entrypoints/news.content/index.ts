import { HOST_MATCHES } from '@/lib/core/sites';
import { PageController } from '@/lib/dom/page-controller';
import { prepareGroundwork, type Groundwork } from '@/lib/dom/marks';
import type { ArticleRead } from '@/lib/dom/read';
import { parseMessage, type Request, type SelectionReply, type StateReply } from '@/lib/messaging';
import { openLiveSettings } from '@/lib/settings';
import { followColours } from './colours';
import { followGlossary } from './glossary';
import { createConversion } from './conversion';
import { libraryRecorder } from './library-record';
import { annotateSelection } from './selection';
import { OwnContext } from './own-context';
import { createSidebar, type Sidebar } from './sidebar';
import { extractInBackground, MAX_SENT_CHARS } from './extract-elsewhere';

/**
 * The annotator: loaded by the background into a page the detector (detect.content.ts) found to
 * be an article, never listed in the manifest. Orchestrates only: the controller reads the page
 * and annotates it, and the features (conversion, sidebar) hang off it.
 *
 * The popup's "Annotate this page" and the menu's "Annotate selection" also load it (through
 * activeTab) into pages the detector did not take: `kanbao/annotate-page` then reads the page as
 * an article anyway; a selection is annotated on any page.
 */
declare global {
  // Set in the content scripts' isolated world, which the page cannot see.
  var __kanbaoAnnotator: boolean | undefined;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // A second injection into the same document (a detector that ran twice) must do nothing.
    if (globalThis.__kanbaoAnnotator) return;
    globalThis.__kanbaoAnnotator = true;
    // Not WXT's context: a page can invalidate that one with a forged event (see own-context.ts).
    const ctx = new OwnContext('news', { noScriptStartedPostMessage: true });
    // Read once for the page and kept current by storage events (conversion reads it per batch).
    const settings = openLiveSettings();
    settings.then((s) => ctx.onInvalidated(() => s.close())).catch(() => {});
    // Once per page, after the first annotation; never from a private window.
    const record = libraryRecorder((m) => browser.runtime.sendMessage(m), () => browser.extension?.inIncognitoContext === true);
    // The background's extractor is warm from earlier articles; this script's is cold (see
    // extract-elsewhere.ts). Asked as soon as the article is read, so the background extracts while
    // the features below are set up and the settings arrive.
    const extractElsewhere = extractInBackground((m) => browser.runtime.sendMessage(m));
    // The text index and the sentences, built while the extraction is away (see prepareGroundwork)
    // and taken once, by the annotation of the same read.
    let early: { read: ArticleRead; work: Promise<Groundwork> } | null = null;
    const groundwork = (read: ArticleRead) => {
      const taken = early;
      early = null;
      return taken?.read === read ? taken.work : null;
    };
    const annotating = { extractElsewhere, groundwork };

    /** Conversion, sidebar and highlights for an article (the detector's, or one the reader forced). */
    const start = (c: PageController) => {
      const read = c.read;
      if (read) extractElsewhere.ask(read.article.text, read.article.published ?? null);
      // Only while a request is away: a text kept here is extracted here, its groundwork beside it.
      if (read && read.article.text.length <= MAX_SENT_CHARS) {
        const work = prepareGroundwork(read);
        work.catch(() => undefined);
        early = { read, work };
      }
      // The sidebar is made once the marks are in (loading its interface strings takes a few
      // milliseconds the marks need not wait for), or earlier when a message needs it.
      let sidebar: Sidebar | null = null;
      const features = {
        conversion: createConversion(c, settings),
        get sidebar(): Sidebar {
          return (sidebar ??= createSidebar(ctx, c, settings));
        },
      };
      const ensureSidebar = () => void features.sidebar;
      (async () => {
        // Kinds shown from the start (afterwards the popup switches them for this page alone), and
        // the reader's colours (options page), which follow every change.
        const live = await settings;
        // Glossary cards for the marked formulations, asked after each annotation lands.
        ctx.onInvalidated(followGlossary(c, live, (m) => browser.runtime.sendMessage(m)));
        await c.setKindsInChunks(live.current.highlights.shown);
        const stopColours = followColours(document, live);
        ctx.onInvalidated(stopColours);
        try {
          await c.annotate(annotating);
        } finally {
          ensureSidebar();
        }
        // Before the library's record, whose jieba run would hold the background meanwhile.
        if (c.read) features.conversion.prepare(c.read.article).catch((e: unknown) => console.warn('[kanbao] preparing a conversion failed', e));
        record(c, location.href, live.current);
        const { counts } = c.state();
        // The badge counts what a reader scans for: figures plus named programs.
        await browser.runtime.sendMessage({ type: 'kanbao/badge', count: counts.figure + counts.program });
      })().catch((e: unknown) => {
        // Whatever failed, the reader still gets the sidebar (it may reopen itself: see sidebar.tsx).
        ensureSidebar();
        console.warn('[kanbao] annotate failed', e);
      });
      return features;
    };
    /**
     * The page is read in short slices (PageController.open), so the controller arrives a little
     * later; messages wait for it. `force` (the popup's "Annotate this page") reads a page the
     * detector did not take. Sessions chain, so two such requests never start twice.
     */
    const open = async (force: boolean) => {
      const controller = await PageController.open(document, location.href, { force });
      return { controller, features: controller.page.isArticle ? start(controller) : null };
    };
    let session = open(false);
    session.catch((e: unknown) => console.warn('[kanbao] reading the page failed', e));
    let selectionSidebar: ReturnType<typeof createSidebar> | null = null;

    const answer = async (msg: Request): Promise<StateReply | SelectionReply> => {
      if (msg.type === 'kanbao/annotate-page') session = session.then((s) => (s.features ? s : open(true)));
      const { controller, features } = await session;
      switch (msg.type) {
        case 'kanbao/state':
          break;
        case 'kanbao/annotate-page':
          // After kanbao/clear the article is read but not annotated: annotate it again.
          if (features && !controller.state().annotated) await controller.annotate(annotating);
          break;
        case 'kanbao/clear':
          // Original first, while the marks are still there (the path every conversion test
          // takes), then the marks, the tooltip and the page style. Not remembered for the site:
          // clearing one page is not a choice of script.
          await selectionSidebar?.setOpen(false, { remember: false });
          await features?.sidebar.setOpen(false, { remember: false });
          await features?.conversion.convertTo('original', { remember: false });
          controller.clear();
          break;
        case 'kanbao/highlights':
          await controller.setKindsInChunks(msg.kinds);
          break;
        case 'kanbao/convert':
          await features?.conversion.convertTo(msg.to);
          break;
        case 'kanbao/rescan':
          await features?.conversion.rescan();
          break;
        case 'kanbao/sidebar':
          await features?.sidebar.setOpen(msg.open);
          break;
        case 'kanbao/annotate-selection': {
          // The sidebar lists the result; on a page that is not an article, one for the selection alone.
          const sidebar = features?.sidebar ?? (selectionSidebar ??= createSidebar(ctx, controller, settings));
          const reply = annotateSelection(msg.text, controller.read?.article.published ?? null);
          await sidebar.setOpen(true, { remember: false });
          return reply;
        }
      }
      return controller.state();
    };

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only our own extension's contexts may ask; a page's scripts cannot reach onMessage anyway.
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseMessage(raw);
      if (!msg) return undefined;
      return answer(msg);
    });
  },
});
