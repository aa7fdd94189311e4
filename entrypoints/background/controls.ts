import { defaultTraditional } from '@/lib/core/script-choice';
import { HIGHLIGHT_KINDS, type Request, type ScriptTarget, type StateReply } from '@/lib/messaging';

/**
 * Keyboard commands and the page's context menu. Both act on a tab by sending it the same
 * plain-object messages the popup sends.
 */
const MENU: { id: string; title: string; to: ScriptTarget }[] = [
  { id: 'kanbao-convert-simplified', title: 'Convert to Simplified (简)', to: 'simplified' },
  { id: 'kanbao-convert-taiwan', title: 'Convert to Traditional, Taiwan (繁 台)', to: 'taiwan' },
  { id: 'kanbao-convert-hongkong', title: 'Convert to Traditional, Hong Kong (繁 港)', to: 'hongkong' },
  { id: 'kanbao-convert-original', title: 'Show the original script (原文)', to: 'original' },
];

const send = (tabId: number, msg: Request) => browser.tabs.sendMessage(tabId, msg) as Promise<StateReply | undefined>;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What a command does to the tab, given the tab's current state. */
export function commandMessage(command: string, state: StateReply | undefined, languages: readonly string[]): Request | null {
  switch (command) {
    case 'convert-simplified':
      return { type: 'kanbao/convert', to: 'simplified' };
    case 'convert-traditional':
      return { type: 'kanbao/convert', to: defaultTraditional(languages) };
    case 'convert-original':
      return { type: 'kanbao/convert', to: 'original' };
    case 'toggle-sidebar':
      return { type: 'kanbao/sidebar', open: !(state?.sidebarOpen ?? false) };
    case 'toggle-highlights': {
      // Any kind shown → hide all; none shown → show all.
      const on = !HIGHLIGHT_KINDS.some((k) => state?.kinds[k]);
      return { type: 'kanbao/highlights', kinds: { figure: on, date: on, program: on } };
    }
    default:
      return null;
  }
}

export function installControls(documentUrlPatterns: string[]): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menus persist across service-worker restarts; create them once per install or update.
    browser.contextMenus.removeAll().then(() => {
      for (const m of MENU) {
        browser.contextMenus.create({ id: m.id, title: m.title, contexts: ['page'], documentUrlPatterns });
      }
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = MENU.find((m) => m.id === info.menuItemId);
    if (item && tab?.id !== undefined) send(tab.id, { type: 'kanbao/convert', to: item.to }).catch(() => {});
  });
  browser.commands.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    const state = await send(tabId, { type: 'kanbao/state' }).catch(() => undefined);
    if (!state?.isArticle) return;
    const msg = commandMessage(command, state, navigator.languages ?? [navigator.language]);
    if (msg) await send(tabId, msg).catch(() => {});
  });
}
