/**
 * Loads the annotator content script into the frame whose detector asked for it. MV3 has the
 * scripting API; Firefox's MV2 build has tabs.executeScript. Both need only the host permission
 * the page already grants us (and `scripting` in MV3).
 */
export const ANNOTATOR_FILE = '/content-scripts/news.js';

export async function injectAnnotator(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId, runAt: 'document_idle' });
  }
}
