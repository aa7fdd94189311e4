import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONVERT_MENU, SELECTION_MENU_ID, commandMessage, installControls, menuItems } from '@/entrypoints/background/controls';
import { annotatePage, annotateSelectionIn, registerUserSites, USER_SCRIPT_ID } from '@/entrypoints/background/inject';
import { defaultSettings } from '@/lib/core/settings';
import type { Request, SelectionReply, StateReply } from '@/lib/messaging';
import { grantedPatterns, saveSettings } from '@/lib/settings';
import { HOST_MATCHES } from '@/lib/core/sites/sites';
import { fakeI18n, flush, seedReply } from './helpers';

const state = (over: Partial<StateReply>): StateReply => ({ ...seedReply, ...over });

const selectionReply: SelectionReply = {
  counts: { figure: 1, date: 0, program: 0 }, items: [{ kind: 'figure', text: '61.6%', start: 2, end: 7 }], shown: false,
};

beforeEach(() => fakeI18n());
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('keyboard commands', () => {
  it('convert to Simplified, to the browser language\'s Traditional, and back to the original', () => {
    expect(commandMessage('convert-simplified', state({}), ['en'])).toEqual({ type: 'kanbao/convert', to: 'simplified' });
    expect(commandMessage('convert-traditional', state({}), ['zh-HK'])).toEqual({ type: 'kanbao/convert', to: 'hongkong' });
    expect(commandMessage('convert-traditional', state({}), ['zh-TW'])).toEqual({ type: 'kanbao/convert', to: 'taiwan' });
    expect(commandMessage('convert-original', state({}), [])).toEqual({ type: 'kanbao/convert', to: 'original' });
  });
  it('convert to the Traditional variant chosen in the settings', () => {
    expect(commandMessage('convert-traditional', state({}), ['zh-TW'], 'hongkong')).toEqual({ type: 'kanbao/convert', to: 'hongkong' });
    expect(commandMessage('convert-traditional', state({}), ['zh-HK'], 'taiwan')).toEqual({ type: 'kanbao/convert', to: 'taiwan' });
  });
  it('toggle the sidebar and the highlights from the tab\'s state', () => {
    expect(commandMessage('toggle-sidebar', state({ sidebarOpen: true }), [])).toEqual({ type: 'kanbao/sidebar', open: false });
    expect(commandMessage('toggle-sidebar', state({}), [])).toEqual({ type: 'kanbao/sidebar', open: true });
    expect(commandMessage('toggle-highlights', state({ kinds: { figure: false, date: true, program: false } }), [])).toEqual({
      type: 'kanbao/highlights', kinds: { figure: false, date: false, program: false },
    });
    expect(commandMessage('toggle-highlights', state({ kinds: { figure: false, date: false, program: false } }), [])).toEqual({
      type: 'kanbao/highlights', kinds: { figure: true, date: true, program: true },
    });
  });
  it('ignores unknown commands', () => {
    expect(commandMessage('format-disk', state({}), [])).toBeNull();
  });
});

describe('the context menu', () => {
  it('has four convert items on Kanbao\'s pages and "Annotate selection" on every web page, in the browser\'s language', () => {
    const items = menuItems(['*://*.people.com.cn/*']);
    expect(items.map((i) => [i.id, i.title, i.contexts[0]])).toEqual([
      ['kanbao-convert-simplified', 'Convert to Simplified (简)', 'page'],
      ['kanbao-convert-taiwan', 'Convert to Traditional, Taiwan (繁 台)', 'page'],
      ['kanbao-convert-hongkong', 'Convert to Traditional, Hong Kong (繁 港)', 'page'],
      ['kanbao-convert-original', 'Show the original script (原文)', 'page'],
      [SELECTION_MENU_ID, 'Annotate selection', 'selection'],
    ]);
    expect(items[0]!.documentUrlPatterns).toEqual(['*://*.people.com.cn/*']);
    expect(items[4]!.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
  });
  it('speaks Simplified Chinese in a Chinese browser', () => {
    vi.restoreAllMocks();
    fakeI18n('zh_CN');
    expect(menuItems([]).map((i) => i.title)).toEqual(['转换为简体（简）', '转换为繁体·台湾（繁 台）', '转换为繁体·香港（繁 港）', '显示原文（原文）', '标注所选文字']);
  });
});

describe('the background\'s controls, installed', () => {
  // Jobs the listeners started finish before the mocks go.
  afterEach(() => new Promise((r) => setTimeout(r, 50)));

  function install() {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
    const registered: unknown[] = [];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered.splice(0, 0)) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (s: unknown[]) => void registered.push(...s)) as never);
    const created: { id: string; title: string }[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((item: { id: string; title: string }) => created.push(item)) as never);
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined as never);
    // The fake browser has no menu clicks or commands: keep the listeners and call them.
    const listeners: { menu?: (info: unknown, tab: unknown) => void; command?: (c: string) => Promise<void> } = {};
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((l: never) => void (listeners.menu = l)) as never);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: never) => void (listeners.command = l)) as never);
    installControls(HOST_MATCHES);
    return { created, click: (info: unknown, tab: unknown) => listeners.menu!(info, tab), command: (c: string) => listeners.command!(c) };
  }

  it('builds the menus on install and on browser start', async () => {
    const { created } = install();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(created.map((c) => c.id)).toEqual([...CONVERT_MENU.map((m) => m.id), SELECTION_MENU_ID]));
    created.length = 0;
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(5));
  });

  it('converts the page from a menu item', async () => {
    const { click } = install();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(seedReply as never);
    click({ menuItemId: 'kanbao-convert-hongkong' }, { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: 'kanbao/convert', to: 'hongkong' });
  });

  it('annotates a selection on a page with no annotator: loads it (activeTab), then sends the text to that frame', async () => {
    const { click } = install();
    const sent: [number, Request, unknown][] = [];
    let loaded = false;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, msg: Request, opts: unknown) => {
      sent.push([id, msg, opts]);
      if (!loaded) throw new Error('Receiving end does not exist.');
      return selectionReply;
    }) as never);
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => void (loaded = true)) as never);
    click({ menuItemId: SELECTION_MENU_ID, selectionText: '刑事警情同比下降61.6%', frameId: 3 }, { id: 9 });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 9, frameIds: [3] }, files: ['/content-scripts/news.js'] });
    expect(sent[1]).toEqual([9, { type: 'kanbao/annotate-selection', text: '刑事警情同比下降61.6%' }, { frameId: 3 }]);
  });

  it('runs a command on an article with the Traditional variant from the settings', async () => {
    const { command } = install();
    await saveSettings({ ...defaultSettings(), conversion: { ...defaultSettings().conversion, traditional: 'hongkong' } });
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'http://hn.people.com.cn/x.html', active: true });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(seedReply as never);
    await command('convert-traditional');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(tab.id, { type: 'kanbao/convert', to: 'hongkong' }));
  });

  it('does nothing on a page that is not an article', async () => {
    const { command } = install();
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'http://hn.people.com.cn/GB/index.html', active: true });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ...seedReply, isArticle: false } as never);
    await command('convert-simplified');
    await flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('registers the detector on the user sites whose permission was granted, and again when they change', async () => {
    install();
    await saveSettings({ ...defaultSettings(), sites: { disabled: [], off: [], groups: [], user: [{ host: 'example.com', enabled: true }, { host: 'off.org', enabled: false }] } });
    await vi.waitFor(() => expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: USER_SCRIPT_ID, matches: ['*://*.example.com/*'], excludeMatches: HOST_MATCHES, js: ['content-scripts/detect.js'],
        runAt: 'document_idle', persistAcrossSessions: true,
      },
    ]));
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.update).toHaveBeenCalledWith('kanbao-convert-simplified', {
      documentUrlPatterns: [...HOST_MATCHES, '*://*.example.com/*'],
    }));
  });
});

describe('loading the annotator', () => {
  it('annotates a page on request: the annotator first, then kanbao/annotate-page', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(seedReply as never);
    await expect(annotatePage(4)).resolves.toEqual(seedReply);
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['/content-scripts/news.js'] });
    expect(send).toHaveBeenCalledWith(4, { type: 'kanbao/annotate-page' }, { frameId: 0 });
  });
  it('uses tabs.executeScript where there is no scripting API (Firefox MV2)', async () => {
    const scripting = fakeBrowser.scripting;
    (fakeBrowser as unknown as { scripting?: unknown }).scripting = undefined;
    try {
      const exec = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue([] as never);
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(seedReply as never);
      await annotatePage(4);
      expect(exec).toHaveBeenCalledWith(4, { file: '/content-scripts/news.js', frameId: 0, runAt: 'document_idle' });
    } finally {
      (fakeBrowser as unknown as { scripting?: unknown }).scripting = scripting;
    }
  });
  it('does not load it again when the frame already answers a selection', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(selectionReply as never);
    await expect(annotateSelectionIn(1, 0, '61.6%')).resolves.toEqual(selectionReply);
    expect(exec).not.toHaveBeenCalled();
  });
  it('fails clearly when the page never answers', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await expect(annotatePage(4)).rejects.toThrow('the page did not answer');
    await expect(annotateSelectionIn(4, 0, 'x')).rejects.toThrow('the page did not answer');
  });
  it('lists only granted, switched-on user sites', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => p.origins[0] !== '*://*.nope.org/*') as never);
    const s = { ...defaultSettings(), sites: { disabled: [], off: ['b.org'], groups: [], user: [
      { host: 'a.org', enabled: true }, { host: 'b.org', enabled: true }, { host: 'c.org', enabled: false }, { host: 'nope.org', enabled: true },
    ] } };
    expect(await grantedPatterns(s)).toEqual(['*://*.a.org/*']);
  });
  it('registers through contentScripts.register where there is no scripting API (Firefox MV2), replacing the old one', async () => {
    const scripting = fakeBrowser.scripting;
    const unregister = vi.fn();
    const register = vi.fn(async () => ({ unregister }));
    (fakeBrowser as unknown as { scripting?: unknown }).scripting = undefined;
    (fakeBrowser as unknown as { contentScripts?: unknown }).contentScripts = { register };
    try {
      await registerUserSites(['*://*.a.org/*']);
      await registerUserSites(['*://*.a.org/*']); // unchanged: nothing to do
      await registerUserSites(['*://*.b.org/*']);
      await registerUserSites([]);
      expect(register.mock.calls).toEqual([
        [{ matches: ['*://*.a.org/*'], excludeMatches: HOST_MATCHES, js: [{ file: '/content-scripts/detect.js' }], runAt: 'document_idle' }],
        [{ matches: ['*://*.b.org/*'], excludeMatches: HOST_MATCHES, js: [{ file: '/content-scripts/detect.js' }], runAt: 'document_idle' }],
      ]);
      expect(unregister).toHaveBeenCalledTimes(2);
    } finally {
      (fakeBrowser as unknown as { scripting?: unknown }).scripting = scripting;
      delete (fakeBrowser as unknown as { contentScripts?: unknown }).contentScripts;
    }
  });
});
