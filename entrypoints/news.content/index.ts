import { HOST_MATCHES } from '@/lib/sites';
import { PageController } from '@/lib/dom/page-controller';
import { parseMessage, type Request, type StateReply } from '@/lib/messaging';
import { createConversion } from './conversion';
import { createSidebar } from './sidebar';

/**
 * The annotator: loaded by the background into a page the detector (detect.content.ts) found to
 * be an article, never listed in the manifest. Orchestrates only: the controller reads the page
 * and annotates it, and the features (conversion, sidebar) hang off it.
 */
declare global {
  // Set in the content scripts' isolated world, which the page cannot see.
  var __kanbaoAnnotator: boolean | undefined;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A second injection into the same document (a detector that ran twice) must do nothing.
    if (globalThis.__kanbaoAnnotator) return;
    globalThis.__kanbaoAnnotator = true;
    const controller = new PageController(document, location.href);
    const article = controller.page.isArticle;
    const conversion = article ? createConversion(controller) : null;
    const sidebar = article ? createSidebar(ctx, controller) : null;
    if (article) {
      controller
        .annotate()
        .then(() => {
          const { counts } = controller.state();
          // The badge counts what a reader scans for: figures plus named programs.
          return browser.runtime.sendMessage({ type: 'kanbao/badge', count: counts.figure + counts.program });
        })
        .catch((e: unknown) => console.warn('[kanbao] annotate failed', e));
    }

    const answer = async (msg: Request): Promise<StateReply> => {
      switch (msg.type) {
        case 'kanbao/state':
          break;
        case 'kanbao/highlights':
          controller.setKinds(msg.kinds);
          break;
        case 'kanbao/convert':
          await conversion?.convertTo(msg.to);
          break;
        case 'kanbao/rescan':
          await conversion?.rescan();
          break;
        case 'kanbao/sidebar':
          await sidebar?.setOpen(msg.open);
          break;
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
