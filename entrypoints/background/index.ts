// First: it starts compiling jieba's wasm before the other modules are evaluated.
import './early-wasm';
import { isLibraryRequest, parseBackgroundMessage, type BackgroundRequest } from '@/lib/messaging';
import { convertOnly, convertTexts } from './convert';
import { answerConvertPort } from './convert-port';
import { afterReaders, analyze, warmJieba } from './analyze';
import { answerGlossary } from './glossary';
import { answerExtract, warmExtractor } from './extract';
import { setBadge } from './badge';
import { installControls } from './controls';
import { injectAnnotator } from './inject';
import { answerLibrary, type LibrarySender } from './library';
import { HOST_MATCHES } from '@/lib/core/sites';
import { readsOnLoad } from '@/lib/core/settings';
import { getSettings } from '@/lib/settings';

/** Starts jieba for the frame at `pageUrl` (the browser's word, not the message's) unless its site is off. */
function warmIfSwitchedOn(pageUrl: string | undefined): void {
  let host: string;
  try {
    host = new URL(pageUrl ?? '').hostname;
  } catch {
    return;
  }
  getSettings()
    .then((s) => {
      if (readsOnLoad(s, host)) warmJieba();
    })
    .catch(() => undefined); // only a head start: kanbao/inject starts jieba too
}

/**
 * The background owns the heavy engines (OpenCC's phrase dictionaries, jieba's wasm), so that
 * the content script every page loads stays small. It answers only our own content scripts.
 */
export default defineBackground(() => {
  installControls(HOST_MATCHES);
  const answer = async (msg: BackgroundRequest, tabId: number, frameId: number, pageUrl: string | undefined): Promise<unknown> => {
    switch (msg.type) {
      case 'kanbao/convert-text':
        return convertTexts(msg);
      case 'kanbao/analyze':
        return analyze(msg);
      case 'kanbao/glossary':
        // Converting the cards (a Traditional page) may build the phrase converter first, the
        // longest task of a fresh background: it waits until jieba has started and answered the reader.
        return answerGlossary(msg, async (texts, to) => {
          await afterReaders();
          return convertOnly({ type: 'kanbao/convert-text', texts, to, quotes: null });
        });
      case 'kanbao/warm':
        // A page still parsing whose address is an article's: jieba's wasm and dictionary take
        // longer than the page takes to load, so they start now, on a site switched on and chosen;
        // nothing else is loaded yet. The reply does not wait for it.
        warmIfSwitchedOn(pageUrl);
        return { ok: true };
      case 'kanbao/inject':
        // An article was recognised: its reader may open the sidebar next. The wasm is fetched and
        // compiled off the thread meanwhile, so the injection does not wait for it.
        warmJieba();
        await injectAnnotator(tabId, frameId);
        // The annotator asks for its extraction next (kanbao/extract): compile the extractor first.
        warmExtractor();
        return { ok: true };
      case 'kanbao/extract':
        return answerExtract(msg);
      case 'kanbao/badge':
        // The content script does not wait for the badge to be drawn.
        setBadge(tabId, msg.count).catch((e: unknown) => console.warn('[kanbao] badge failed', e));
        return { ok: true };
      default:
        return undefined;
    }
  };

  // Conversion batches from content scripts on a long-lived Port (sendMessage remains their fallback).
  browser.runtime.onConnect.addListener((port) => {
    answerConvertPort(port, browser.runtime.id, convertTexts);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Pages cannot send runtime messages to us; still, answer only our extension's own contexts.
    if (sender.id !== browser.runtime.id) return undefined;
    // The library also answers our extension pages (the popup asks whether a page was recorded).
    const ownPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    if (sender.tab?.id === undefined && !ownPage) return undefined;
    const msg = parseBackgroundMessage(raw);
    if (!msg) return undefined;
    if (isLibraryRequest(msg)) {
      const from: LibrarySender = { contentScript: sender.tab?.id !== undefined && !ownPage, ownPage, incognito: sender.tab?.incognito === true };
      return answerLibrary(msg, from, sender.tab?.id);
    }
    if (sender.tab?.id === undefined) return undefined;
    return answer(msg, sender.tab.id, sender.frameId ?? 0, sender.url);
  });
});
