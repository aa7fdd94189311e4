import { traditionalFor, type Settings, type TraditionalVariant } from '@/lib/core/settings';
import { type MessageKey, t } from '@/lib/i18n';
import { HIGHLIGHT_KINDS, type Request, type ScriptTarget, type StateReply } from '@/lib/messaging';
import { followPermissions, getSettings, grantedPatterns, watchSettings } from '@/lib/settings';
import { annotateSelectionIn, registerUserSites } from './inject';

/**
 * Keyboard commands and the context menu. Both act on a tab by sending
 * it the same plain-object messages the popup sends. The menu's convert items show on the pages
 * Kanbao runs on (built-in and added sites); "Annotate selection" shows on any web page, since
 * clicking it grants activeTab there.
 */
export const CONVERT_MENU: { id: string; title: MessageKey; to: ScriptTarget }[] = [
  { id: 'kanbao-convert-simplified', title: 'menu_convert_simplified', to: 'simplified' },
  { id: 'kanbao-convert-taiwan', title: 'menu_convert_taiwan', to: 'taiwan' },
  { id: 'kanbao-convert-hongkong', title: 'menu_convert_hongkong', to: 'hongkong' },
  { id: 'kanbao-convert-original', title: 'menu_convert_original', to: 'original' },
];
export const SELECTION_MENU_ID = 'kanbao-annotate-selection';
const WEB_PAGES = ['http://*/*', 'https://*/*'];

const send = (tabId: number, msg: Request) => browser.tabs.sendMessage(tabId, msg) as Promise<StateReply | undefined>;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const browserLanguages = (): readonly string[] => globalThis.navigator?.languages ?? [];

/** What a command does to the tab, given the tab's current state and the Traditional setting. */
export function commandMessage(
  command: string,
  state: StateReply | undefined,
  languages: readonly string[],
  traditional: TraditionalVariant = 'auto',
): Request | null {
  switch (command) {
    case 'convert-simplified':
      return { type: 'kanbao/convert', to: 'simplified' };
    case 'convert-traditional':
      return { type: 'kanbao/convert', to: traditionalFor(traditional, languages) };
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

/** The menu items, titled in the browser's language. */
export function menuItems(convertPatterns: string[]): { id: string; title: string; contexts: ['page'] | ['selection']; documentUrlPatterns: string[] }[] {
  return [
    ...CONVERT_MENU.map((m) => ({ id: m.id, title: t(m.title), contexts: ['page'] as ['page'], documentUrlPatterns: convertPatterns })),
    { id: SELECTION_MENU_ID, title: t('menu_annotate_selection'), contexts: ['selection'], documentUrlPatterns: WEB_PAGES },
  ];
}

export function installControls(documentUrlPatterns: string[]): void {
  // One job at a time: menus and registrations are rebuilt as a whole.
  let queue: Promise<void> = Promise.resolve();
  const serial = (job: () => Promise<void>) => {
    queue = queue.then(job, job).catch((e: unknown) => console.warn('[kanbao] controls', e));
    return queue;
  };

  const userPatterns = async (s?: Settings) => grantedPatterns(s ?? (await getSettings()));

  const createMenus = () =>
    serial(async () => {
      const patterns = [...documentUrlPatterns, ...(await userPatterns())];
      await browser.contextMenus.removeAll();
      for (const item of menuItems(patterns)) browser.contextMenus.create(item);
    });

  /** After a change to the groups, the user sites or their permissions: the detector's registration and the menus. */
  const refreshUserSites = () =>
    serial(async () => {
      const patterns = await userPatterns();
      await registerUserSites(patterns);
      for (const m of CONVERT_MENU) await browser.contextMenus.update(m.id, { documentUrlPatterns: [...documentUrlPatterns, ...patterns] }).catch(() => {});
    });

  // Chrome keeps menus across service-worker restarts, Firefox's MV2 background page does not:
  // build them on install and on every browser start.
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  void refreshUserSites();
  watchSettings(() => void refreshUserSites());
  // A grant or a revocation, from Kanbao's pages or the browser's own: the settings follow (a
  // group whose hosts went is switched off, one whose hosts all arrived switched on), then the
  // registration. A saved change comes back through watchSettings; refreshing here covers the rest.
  const follow = (added: string[] | null) =>
    void followPermissions(added).catch((e: unknown) => console.warn('[kanbao] permissions', e)).finally(() => void refreshUserSites());
  browser.permissions?.onAdded?.addListener((p) => follow(p.origins ?? []));
  browser.permissions?.onRemoved?.addListener(() => follow(null));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === SELECTION_MENU_ID) {
      if (info.selectionText?.trim()) {
        annotateSelectionIn(tab.id, info.frameId ?? 0, info.selectionText).catch((e: unknown) => console.warn('[kanbao] annotate selection', e));
      }
      return;
    }
    const item = CONVERT_MENU.find((m) => m.id === info.menuItemId);
    if (item) send(tab.id, { type: 'kanbao/convert', to: item.to }).catch(() => {});
  });

  browser.commands.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    const state = await send(tabId, { type: 'kanbao/state' }).catch(() => undefined);
    if (!state?.isArticle) return;
    const settings = await getSettings().catch(() => null);
    const msg = commandMessage(command, state, browserLanguages(), settings?.conversion.traditional);
    if (msg) await send(tabId, msg).catch(() => {});
  });
}
