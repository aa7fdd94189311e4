import { HOST_MATCHES } from '@/lib/sites';
import { PageController } from '@/lib/dom/page-controller';
import { parseMessage, type Request, type StateReply } from '@/lib/messaging';

/**
 * Orchestrates only: the controller detects and reads the page; on an article it annotates.
 * On a page that is not an article nothing is written to the DOM.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main() {
    const controller = new PageController(document, location.href);
    if (controller.page.isArticle) {
      controller.annotate().catch((e: unknown) => console.warn('[kanbao] annotate failed', e));
    }

    const answer = (msg: Request): StateReply => {
      switch (msg.type) {
        case 'kanbao/state':
          return controller.state();
        case 'kanbao/highlights':
          controller.setKinds(msg.kinds);
          return controller.state();
      }
    };

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only our own extension's contexts may ask; a page's scripts cannot reach onMessage anyway.
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseMessage(raw);
      if (!msg) return undefined;
      return Promise.resolve(answer(msg));
    });
  },
});
