import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installControls } from '@/entrypoints/background/controls';
import { registerUserSites, USER_SCRIPT_ID } from '@/entrypoints/background/inject';
import { ACCESS_GROUPS, accessPatterns, ANY_PAGE, defaultSettings } from '@/lib/core/settings';
import { HOST_MATCHES } from '@/lib/core/sites';
import { followPermissions, getSettings, grantedPatterns, groupAccess, saveSettings, switchGroup, switchSite } from '@/lib/settings';
import { fakeI18n, fakePermissions } from './helpers';

/** The groups that ask the browser for something beyond the built-in outlets. */
const ASKING = ACCESS_GROUPS.filter((g) => accessPatterns(g).length > 0);

/** MV3's registered content scripts, kept like the browser keeps them. */
function fakeScripting() {
  const registered = new Map<string, { matches?: string[]; excludeMatches?: string[] }>();
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (f?: { ids?: string[] }) =>
    [...registered].filter(([id]) => !f?.ids || f.ids.includes(id)).map(([id, s]) => ({ id, ...s }))) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (f: { ids: string[] }) => {
    for (const id of f.ids) registered.delete(id);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (list: { id: string; matches?: string[] }[]) => {
    for (const s of list) registered.set(s.id, s);
  }) as never);
  return { matches: () => registered.get(USER_SCRIPT_ID)?.matches ?? [], registered };
}

/** The background's listeners, as it installs them, without its menus. */
function installBackground() {
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((() => 0) as never);
  vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  installControls(HOST_MATCHES);
}

beforeEach(() => fakeI18n());
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 50)); // jobs the listeners started finish before the mocks go
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('access groups, each asked for and given back', () => {
  it('has at least the provincial and local media and "any page" asking for hosts', () => {
    expect(ASKING).toContain('local');
    expect(ASKING).toContain('any');
  });

  for (const group of ASKING) {
    it(`${group}: switching on asks for exactly its hosts and saves it; off saves and gives them back`, async () => {
      const perms = fakePermissions();
      await expect(switchGroup(group, true)).resolves.toBe(true);
      expect(perms.request).toHaveBeenCalledWith({ origins: accessPatterns(group) });
      expect((await getSettings()).sites.groups).toEqual([group]);
      expect((await groupAccess())[group]).toBe(true);

      await expect(switchGroup(group, false)).resolves.toBe(true);
      expect((await getSettings()).sites.groups).toEqual([]);
      expect(perms.remove).toHaveBeenCalledWith({ origins: accessPatterns(group) });
      expect(perms.granted.size).toBe(0);
    });

    it(`${group}: a refused prompt changes nothing`, async () => {
      fakePermissions(false);
      await expect(switchGroup(group, true)).resolves.toBe(false);
      expect((await getSettings()).sites.groups).toEqual([]);
    });
  }

  it('gives back only what no other group or site still needs', async () => {
    const perms = fakePermissions();
    const local = accessPatterns('local');
    await saveSettings({ ...defaultSettings(), sites: { ...defaultSettings().sites, user: [{ host: local[0]!.replace(/^\*:\/\/\*\.|\/\*$/g, ''), enabled: true }] } });
    await switchGroup('local', true);
    await switchGroup('local', false);
    expect(perms.remove).toHaveBeenCalledWith({ origins: local.slice(1) });
    expect(perms.granted.has(local[0]!)).toBe(true);
  });

  it('the detector is registered on the granted groups\' hosts, never on the built-in outlets', async () => {
    const perms = fakePermissions();
    await switchGroup('local', true);
    await switchGroup('any', true);
    const s = await getSettings();
    expect(await grantedPatterns(s)).toEqual([...new Set([...accessPatterns('local'), ANY_PAGE])].sort());
    for (const p of await grantedPatterns(s)) expect(HOST_MATCHES).not.toContain(p);
    // Switched on in the settings (synced from another browser) but not granted here: not registered.
    perms.granted.clear();
    expect(await grantedPatterns(s)).toEqual([]);
  });
});

describe('the background follows the permissions (MV3)', () => {
  for (const group of ASKING) {
    it(`${group}: registers the detector when granted, unregisters it when switched off`, async () => {
      fakePermissions();
      const scripts = fakeScripting();
      installBackground();
      await switchGroup(group, true);
      await vi.waitFor(() => expect(scripts.matches()).toEqual(accessPatterns(group)));
      expect(scripts.registered.get(USER_SCRIPT_ID)?.excludeMatches).toEqual(HOST_MATCHES);
      await switchGroup(group, false);
      await vi.waitFor(() => expect(scripts.registered.size).toBe(0));
    });

    it(`${group}: revoked in the browser's own page, it is switched off and unregistered`, async () => {
      const perms = fakePermissions();
      const scripts = fakeScripting();
      installBackground();
      await switchGroup(group, true);
      await vi.waitFor(() => expect(scripts.matches()).toEqual(accessPatterns(group)));
      perms.revoke(accessPatterns(group).slice(0, 1));
      await vi.waitFor(() => expect(scripts.registered.size).toBe(0));
      await vi.waitFor(async () => expect((await getSettings()).sites.groups).toEqual([]));
    });
  }

  it('a grant from the browser\'s own menu ("on all sites") switches "any page" on', async () => {
    const perms = fakePermissions();
    const scripts = fakeScripting();
    installBackground();
    perms.allow([ANY_PAGE]);
    await vi.waitFor(async () => expect((await getSettings()).sites.groups).toEqual(['any']));
    await vi.waitFor(() => expect(scripts.matches()).toEqual([ANY_PAGE]));
  });

  it('a grant whose page closed before saving ("always on this site" from the popup) still becomes a user site', async () => {
    const perms = fakePermissions();
    const scripts = fakeScripting();
    installBackground();
    perms.allow(['*://*.example.org/*']);
    await vi.waitFor(async () => expect((await getSettings()).sites.user).toEqual([{ host: 'example.org', enabled: true }]));
    await vi.waitFor(() => expect(scripts.matches()).toEqual(['*://*.example.org/*']));
  });

  it('followPermissions writes nothing when nothing changed', async () => {
    fakePermissions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(followPermissions(null)).resolves.toBe(false);
    await expect(followPermissions(['*://*.people.com.cn/*'])).resolves.toBe(false);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('the background follows the permissions (Firefox MV2: contentScripts.register)', () => {
  for (const group of ASKING) {
    it(`${group}: registered when granted, unregistered when revoked`, async () => {
      const perms = fakePermissions();
      const scripting = fakeBrowser.scripting;
      const live: { matches: string[]; excludeMatches?: string[] }[] = [];
      const register = vi.fn(async (o: { matches: string[]; excludeMatches?: string[] }) => {
        live.push(o);
        return { unregister: () => void live.splice(live.indexOf(o), 1) };
      });
      (fakeBrowser as unknown as { scripting?: unknown }).scripting = undefined;
      (fakeBrowser as unknown as { contentScripts?: unknown }).contentScripts = { register };
      try {
        await registerUserSites([]); // forget any registration an earlier test left in the module
        installBackground();
        await switchGroup(group, true);
        await vi.waitFor(() => expect(live.map((o) => o.matches)).toEqual([accessPatterns(group)]));
        expect(live[0]!.excludeMatches).toEqual(HOST_MATCHES);
        perms.revoke(accessPatterns(group));
        await vi.waitFor(() => expect(live).toEqual([]));
        await vi.waitFor(async () => expect((await getSettings()).sites.groups).toEqual([]));
      } finally {
        (fakeBrowser as unknown as { scripting?: unknown }).scripting = scripting;
        delete (fakeBrowser as unknown as { contentScripts?: unknown }).contentScripts;
      }
    });
  }
});

describe('always on this site', () => {
  it('asks for the host, lists it as a user site, and gives it back when switched off', async () => {
    const perms = fakePermissions();
    await expect(switchSite('news.example.org', true)).resolves.toBe(true);
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://*.news.example.org/*'] });
    expect((await getSettings()).sites.user).toEqual([{ host: 'news.example.org', enabled: true }]);
    await switchSite('news.example.org', false);
    expect((await getSettings()).sites.user).toEqual([]);
    expect(perms.granted.size).toBe(0);
  });
  it('switches a listed but disabled site back on', async () => {
    fakePermissions();
    await saveSettings({ ...defaultSettings(), sites: { ...defaultSettings().sites, user: [{ host: 'example.org', enabled: false }] } });
    await switchSite('example.org', true);
    expect((await getSettings()).sites.user).toEqual([{ host: 'example.org', enabled: true }]);
  });
});

