import { HOST_MATCHES } from '@/lib/sites';
import { detectPage } from '@/lib/dom/detect-page';
import { basicState, parseMessage } from '@/lib/messaging';

/**
 * The small content script every page of our sites loads: it only decides whether the page is
 * an article. On an article it marks <html> and asks the background to load the annotator (the
 * extractors, highlighter, converter glue and sidebar), so pages that are not articles — most
 * pages of these sites — pay for the detector alone.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const t0 = performance.now();
    const page = detectPage(document, location.href);
    if (!page.isArticle) {
      // Nothing is written to the page; the popup still learns that it is not an article.
      browser.runtime.onMessage.addListener((raw: unknown, sender) => {
        if (sender.id !== browser.runtime.id || parseMessage(raw)?.type !== 'kanbao/state') return undefined;
        return Promise.resolve(basicState(page));
      });
      return;
    }
    document.documentElement.setAttribute('data-kanbao', 'article');
    document.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
    performance.measure('kanbao:detect', { start: t0, end: performance.now() });
    browser.runtime.sendMessage({ type: 'kanbao/inject' }).catch((e: unknown) => console.warn('[kanbao] could not load the annotator', e));
  },
});
