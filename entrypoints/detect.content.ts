import { HOST_MATCHES } from '@/lib/core/sites';
import { detectPage } from '@/lib/dom/read';
import { annotationEnabled, chosenHere } from '@/lib/core/settings';
import { basicState, parseMessage } from '@/lib/messaging';
import { getSettings } from '@/lib/settings';

/**
 * The small content script every page of our sites loads: it only decides whether the page is
 * an article. On an article it marks <html> and asks the background to load the annotator (the
 * extractors, highlighter, converter glue and sidebar), so pages that are not articles — most
 * pages of these sites — pay for the detector alone. The background also registers it where the
 * reader allowed more (a group of sites, "any page", a site added or kept "always on"), only once
 * the browser granted it; a site switched off in the settings is left alone.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  async main() {
    const t0 = performance.now();
    const page = detectPage(document, location.href);
    // The popup learns what the detector saw, unless the annotator answers for the page: on an
    // article it is on its way (the detector stays silent while it decides), and the popup's
    // "Annotate this page" or the menu's "Annotate selection" can load it anywhere.
    let answer = !page.isArticle;
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (!answer || globalThis.__kanbaoAnnotator) return undefined;
      if (sender.id !== browser.runtime.id || parseMessage(raw)?.type !== 'kanbao/state') return undefined;
      return Promise.resolve(basicState(page));
    });
    // Recorded on every page (a timeline entry, not the DOM): the bench reads what detection costs.
    performance.measure('kanbao:detect', { start: t0, end: performance.now() });
    if (!page.isArticle) return; // nothing is written to the page
    const settings = await getSettings().catch(() => null);
    // Switched off here, or no longer chosen (a group switched off while its registration was
    // still being replaced): the page is left alone, and the popup says so.
    if (settings && (!annotationEnabled(settings, location.hostname) || !chosenHere(settings, location.hostname))) {
      answer = true;
      return;
    }
    document.documentElement.setAttribute('data-kanbao', 'article');
    document.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
    browser.runtime.sendMessage({ type: 'kanbao/inject' }).catch((e: unknown) => console.warn('[kanbao] could not load the annotator', e));
  },
});
