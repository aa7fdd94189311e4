import { HOST_MATCHES } from '@/lib/sites';
import { PageController } from '@/lib/dom/page-controller';
import { parseMessage, type Request, type StateReply } from '@/lib/messaging';
import { createConversion } from './conversion';
import { createSidebar } from './sidebar';

/**
 * Orchestrates only: the controller detects and reads the page; on an article it annotates, and
 * the features (conversion, sidebar) hang off it. On a page that is not an article nothing is
 * written to the DOM and only `kanbao/state` is answered.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
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
