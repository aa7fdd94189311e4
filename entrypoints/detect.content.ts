import { HOST_MATCHES } from '@/lib/core/sites';
import { classifyUrl, type UrlVerdict } from '@/lib/core/article';
import { detectPage } from '@/lib/dom/read';
import { readsOnLoad } from '@/lib/core/settings';
import { basicState, parseMessage } from '@/lib/messaging';
import { getSettings } from '@/lib/settings';

/**
 * The small content script every page of our sites loads: it only decides whether the page is
 * an article. On an article it marks <html> and asks the background to load the annotator (the
 * extractors, highlighter, converter glue and sidebar), so pages that are not articles — most
 * pages of these sites — pay for the detector alone. The background also registers it where the
 * reader allowed more (a group of sites, "any page", a site added or kept "always on"), only once
 * the browser granted it; a site switched off in the settings is left alone.
 *
 * It starts before the page is parsed: jieba (the worker, the wasm, then a dictionary built in
 * one long task of the background) takes longer to start than a page takes to load, so an address
 * that the URL rules already call an article starts it at once (`kanbao/warm`; the background
 * leaves a site switched off alone). The page itself is read once it is parsed, as a script run
 * at idle would.
 */
export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    const t0 = performance.now();
    const url = location.href;
    const verdict = classifyUrl(url);
    // Sent at once: the background checks the site's switch itself, so that the worker's own start
    // overlaps the settings read instead of following it.
    if (verdict.kind === 'article') browser.runtime.sendMessage({ type: 'kanbao/warm' }).catch(() => undefined);
    // The rules run once per page: their verdict is kept for the detection, unless the page
    // changed its address while it was parsing (history.replaceState).
    const early = { ms: performance.now() - t0, url, verdict };
    // Registered where the reader allowed more, the same file runs at idle: the page is parsed.
    if (document.readyState !== 'loading') {
      void detectParsed(early);
      return;
    }
    // A page can dispatch a DOMContentLoaded of its own: only the document's state is believed.
    // A task after the event, the page's own handlers (which may write the title or the metadata
    // the detector reads) have run, as they have at idle.
    const parsed = () => {
      if (document.readyState === 'loading') return;
      document.removeEventListener('DOMContentLoaded', parsed);
      setTimeout(() => void detectParsed(early), 0);
    };
    document.addEventListener('DOMContentLoaded', parsed);
  },
});

/** What the detector learnt before the page was parsed; its milliseconds count in the detector's measure. */
interface Early {
  ms: number;
  url: string;
  verdict: UrlVerdict;
}

async function detectParsed(early: Early): Promise<void> {
  const t0 = performance.now();
  const url = location.href;
  const page = url === early.url ? detectPage(document, url, early.verdict) : detectPage(document, url);
  // The popup learns what the detector saw, unless the annotator answers for the page: on an
  // article it is on its way (the detector stays silent while it decides), and the popup's
  // "Annotate this page" or the menu's "Annotate selection" can load it anywhere.
  let answer = !page.isArticle;
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!answer || globalThis.__kanbaoAnnotator) return undefined;
    if (sender.id !== browser.runtime.id || parseMessage(raw)?.type !== 'kanbao/state') return undefined;
    return Promise.resolve(basicState(page));
  });
  // Recorded on every page (a timeline entry, not the DOM): the bench reads what detection costs,
  // both parts (the address checked at the start, the page once parsed).
  performance.measure('kanbao:detect', { start: t0 - early.ms, end: performance.now() });
  if (!page.isArticle) return; // nothing is written to the page
  const settings = await getSettings().catch(() => null);
  // Switched off here, or no longer chosen (a group switched off while its registration was
  // still being replaced): the page is left alone, and the popup says so.
  if (settings && !readsOnLoad(settings, location.hostname)) {
    answer = true;
    return;
  }
  document.documentElement.setAttribute('data-kanbao', 'article');
  document.documentElement.setAttribute('data-kanbao-site', page.site ?? 'unknown');
  browser.runtime.sendMessage({ type: 'kanbao/inject' }).catch((e: unknown) => console.warn('[kanbao] could not load the annotator', e));
}
