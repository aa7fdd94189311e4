import { HOST_MATCHES } from '@/lib/core/sites';
import { MAX_SELECTION, type Request, type SelectionReply, type StateReply } from '@/lib/messaging';

/**
 * Loading Kanbao's content scripts into pages. MV3 has the scripting API; Firefox's MV2 build
 * has tabs.executeScript and contentScripts.register. On our own sites the host permission
 * covers it; elsewhere `activeTab` does, granted when the reader clicks the toolbar button (the
 * popup's "Annotate this page"), a menu item or a shortcut.
 */
export const ANNOTATOR_FILE = '/content-scripts/news.js';
export const DETECTOR_FILE = '/content-scripts/detect.js';

export async function injectAnnotator(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId, runAt: 'document_idle' });
  }
}

/**
 * Runs the detector in a tab's top frame now, as a page load would where Kanbao has access: used
 * right after the reader granted the tab's site, so its page need not be loaded again.
 */
export async function injectDetector(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [DETECTOR_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: DETECTOR_FILE, frameId: 0, runAt: 'document_idle' });
  }
}

const sendTo = <T>(tabId: number, msg: Request, frameId = 0) =>
  browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<T | undefined>;

/** True for the annotator's state reply (the detector's has `annotated: false` and no features). */
const isState = (x: unknown): x is StateReply => typeof x === 'object' && x !== null && 'isArticle' in x && 'counts' in x;

/**
 * "Annotate this page" (the popup): load the annotator into the tab's top frame if it is not
 * there yet, and ask it to read the page as an article whatever the detector said.
 */
export async function annotatePage(tabId: number): Promise<StateReply> {
  await injectAnnotator(tabId, 0); // a second load does nothing (the annotator guards itself)
  const reply = await sendTo<StateReply>(tabId, { type: 'kanbao/annotate-page' });
  if (!isState(reply)) throw new Error('the page did not answer');
  return reply;
}

const isSelectionReply = (x: unknown): x is SelectionReply =>
  typeof x === 'object' && x !== null && Array.isArray((x as SelectionReply).items) && typeof (x as SelectionReply).counts === 'object';

/**
 * "Annotate selection" (the context menu): the frame's annotator lists what the text holds; a
 * page without one (not recognised, or outside our sites) gets it loaded first.
 */
export async function annotateSelectionIn(tabId: number, frameId: number, text: string): Promise<SelectionReply> {
  const msg: Request = { type: 'kanbao/annotate-selection', text: text.slice(0, MAX_SELECTION) };
  const first = await sendTo<SelectionReply>(tabId, msg, frameId).catch(() => undefined);
  if (isSelectionReply(first)) return first;
  await injectAnnotator(tabId, frameId);
  const reply = await sendTo<SelectionReply>(tabId, msg, frameId);
  if (!isSelectionReply(reply)) throw new Error('the page did not answer');
  return reply;
}

// ---- Sites beyond the built-in outlets -------------------------------------------------------------

export const USER_SCRIPT_ID = 'kanbao-user-sites';

/** Firefox's MV2 API for content scripts registered at run time (not in Chrome's types). */
interface ContentScriptsApi {
  register(o: { matches: string[]; excludeMatches?: string[]; js: { file: string }[]; runAt: 'document_idle' }): Promise<{ unregister(): Promise<void> | void }>;
}
const contentScriptsApi = () => (browser as unknown as { contentScripts?: ContentScriptsApi }).contentScripts;
let firefoxRegistration: { unregister(): Promise<void> | void } | null = null;
let firefoxPatterns = '';

/**
 * Runs the detector on the granted groups' and user sites' pages as on the built-in ones: one
 * registered content script for all of them, replaced whenever the list or the permissions
 * change. The built-in outlets are excluded: the manifest's content script already runs there,
 * and "any page" would otherwise load the detector twice. MV3 keeps the registration across
 * sessions; Firefox MV2's lives as long as the background page, which registers it at every start.
 */
export async function registerUserSites(patterns: readonly string[]): Promise<void> {
  if (browser.scripting?.registerContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] });
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
    if (existing.length === (patterns.length ? 1 : 0) && (!existing[0] || same(existing[0].matches ?? [], patterns))) return;
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
    if (patterns.length) {
      await browser.scripting.registerContentScripts([
        {
          id: USER_SCRIPT_ID, matches: [...patterns], excludeMatches: [...HOST_MATCHES], js: [DETECTOR_FILE.slice(1)],
          runAt: 'document_idle', persistAcrossSessions: true,
        },
      ]);
    }
  } else if (contentScriptsApi()) {
    const key = [...patterns].sort().join(' ');
    if (key === firefoxPatterns && (firefoxRegistration !== null) === patterns.length > 0) return;
    firefoxPatterns = key;
    await firefoxRegistration?.unregister();
    firefoxRegistration = null;
    if (patterns.length) {
      firefoxRegistration = await contentScriptsApi()!.register({
        matches: [...patterns], excludeMatches: [...HOST_MATCHES], js: [{ file: DETECTOR_FILE }], runAt: 'document_idle',
      });
    }
  }
}
