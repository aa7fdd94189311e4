import type { PopupState } from '@/components/PopupView';
import type { StateReply } from '@/lib/messaging';

/** Asks the content script of the active tab (or the tab given in `?tab=` for tests) for its state. */
export async function queryActiveTabState(): Promise<PopupState> {
  const forced = new URLSearchParams(location.search).get('tab');
  let tabId: number | undefined;
  if (forced) tabId = Number(forced);
  else [{ id: tabId } = { id: undefined }] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tabId === undefined || Number.isNaN(tabId)) return { status: 'unavailable' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'kanbao/state' })) as StateReply | undefined;
    if (!reply) return { status: 'unavailable' };
    return { status: 'ready', reply };
  } catch {
    // No content script in this tab: a page outside our sites, or a browser page.
    return { status: 'unavailable' };
  }
}
