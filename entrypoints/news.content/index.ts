import { HOST_MATCHES } from '@/lib/sites';
import { detectPage } from '@/lib/dom/detect-page';
import { readArticle } from '@/lib/dom/read-article';
import { parseMessage, type StateReply } from '@/lib/messaging';
import type { Article, PageInfo } from '@/lib/core/types';

/**
 * Orchestrates only: detect the page, read the article, answer messages.
 * On a page that is not an article it writes nothing to the DOM.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  main() {
    const t0 = performance.now();
    const page: PageInfo = detectPage(document, location.href);
    let article: Article | null = null;
    if (page.isArticle) {
      const read = readArticle(document, location.href);
      article = read.article;
      page.template = read.template;
      document.documentElement.setAttribute('data-kanbao', 'article');
      document.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
      performance.measure('kanbao:detect', { start: t0, end: performance.now() });
    }

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only our own extension's contexts may ask; pages cannot reach runtime.onMessage anyway.
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseMessage(raw);
      if (!msg) return undefined;
      if (msg.type === 'kanbao/state') {
        const reply: StateReply = {
          isArticle: page.isArticle,
          site: page.site,
          title: article?.title ?? null,
          published: article?.published ?? null,
          script: article?.script ?? null,
          page,
        };
        return Promise.resolve(reply);
      }
      return undefined;
    });
  },
});
