import type { PopupState } from '@/components/popup/PopupView';
import type { LibraryStatus, StateReply } from '@/lib/messaging';

export interface TargetTab {
  id: number;
  /** Null when the browser does not show the popup the tab's address. */
  url: string | null;
  /** The tab is in a private window (nothing there is recorded in the library). */
  incognito?: boolean;
}

/** The tab the popup speaks to: the active tab, or the one given as `?tab=` (tests open the popup in a tab). */
export async function targetTab(): Promise<TargetTab | undefined> {
  const forced = new URLSearchParams(location.search).get('tab');
  if (forced) {
    const id = Number(forced);
    if (!Number.isInteger(id)) return undefined;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url ?? null, incognito: tab?.incognito === true };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url ?? null, incognito: tab.incognito };
}

export async function targetTabId(): Promise<number | undefined> {
  return (await targetTab())?.id;
}

/** Asks the content script of a tab for its state. */
export async function queryTabState(tabId: number): Promise<PopupState> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'kanbao/state' })) as StateReply | undefined;
    return reply ? { status: 'ready', reply } : { status: 'unavailable' };
  } catch {
    // No content script in this tab: a page outside our sites, or a browser page.
    return { status: 'unavailable' };
  }
}

/** Asks the content script of the popup's tab for its state. */
export async function queryActiveTabState(): Promise<PopupState> {
  const tabId = await targetTabId();
  return tabId === undefined ? { status: 'unavailable' } : queryTabState(tabId);
}

/** Resolves when the tab has finished loading again (after a reload), or after `ms`. */
export function tabLoaded(tabId: number, ms = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, ms);
    browser.tabs.onUpdated.addListener(onUpdated);
  });
}

/** Asks the background whether this page is in the library; null when it could not say. */
export async function libraryStatus(url: string): Promise<LibraryStatus | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'kanbao/library/status', url })) as LibraryStatus | undefined;
    return reply ?? null;
  } catch {
    return null;
  }
}
