import type { PopupState } from '@/components/PopupView';
import type { StateReply } from '@/lib/messaging';

/** The tab the popup speaks to: the active tab, or the one given as `?tab=` (tests open the popup in a tab). */
export async function targetTabId(): Promise<number | undefined> {
  const forced = new URLSearchParams(location.search).get('tab');
  if (forced) return Number.isNaN(Number(forced)) ? undefined : Number(forced);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the content script of that tab for its state. */
export async function queryActiveTabState(): Promise<PopupState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { status: 'unavailable' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'kanbao/state' })) as StateReply | undefined;
    if (!reply) return { status: 'unavailable' };
    return { status: 'ready', reply };
  } catch {
    // No content script in this tab: a page outside our sites, or a browser page.
    return { status: 'unavailable' };
  }
}
