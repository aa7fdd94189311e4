// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccessGroups, type GroupModel } from '@/components/access/AccessGroups';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { accessPatterns, ACCESS_GROUPS, ANY_PAGE, defaultSettings, setGroup } from '@/lib/core/settings';
import { translatorFor } from '@/lib/i18n/t';
import type { Request, StateReply } from '@/lib/messaging';
import { getSettings, saveSettings } from '@/lib/settings';
import { en, fakeI18n, fakePermissions, fakeWindows, messages, seedReply } from './helpers';

const groups = (over: Partial<GroupModel> = {}): GroupModel[] =>
  ACCESS_GROUPS.map((group) => ({ group, on: false, pending: false, hosts: accessPatterns(group).length, ...over }));

beforeEach(async () => {
  await fakeWindows();
  fakeI18n();
});
afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 20));
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('AccessGroups', () => {
  it('is four labelled switches, each described by what it grants', () => {
    render(<AccessGroups t={en} groups={groups()} idPrefix="t" onSwitch={() => {}} />);
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => (s as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Central media', 'Provincial and local media', 'Government portals', 'Any page that reads as a Chinese news article',
    ]);
    for (const s of switches) {
      const hint = document.getElementById(s.getAttribute('aria-describedby')!);
      expect(hint?.textContent).toBeTruthy();
    }
    expect(screen.getByRole('switch', { name: 'Any page that reads as a Chinese news article' })).toBeTruthy();
  });
  it('says when a group is on in the settings but not granted in this browser', () => {
    render(<AccessGroups t={en} groups={groups({ pending: true })} idPrefix="t" onSwitch={() => {}} />);
    expect(document.getElementById('t-local-hint')!.textContent).toContain('this browser has not granted access yet');
  });
  it('speaks Simplified and Traditional Chinese', () => {
    for (const [loc, name] of [['zh_CN', '省级和地方媒体'], ['zh_TW', '省級和地方媒體']] as const) {
      cleanup();
      render(<AccessGroups t={translatorFor(messages(loc))} groups={groups()} idPrefix="t" onSwitch={() => {}} />);
      expect(screen.getByRole('switch', { name })).toBeTruthy();
    }
  });
});

describe('the options page', () => {
  const ready = () => waitFor(() => expect(document.querySelector('main')!.dataset.ready).toBe('true'));
  beforeEach(() => void vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([] as never));

  it('switches a group on through the browser\'s prompt and off again, giving the access back', async () => {
    const perms = fakePermissions();
    render(<OptionsApp />);
    await ready();
    const local = () => screen.getByRole('switch', { name: 'Provincial and local media' }) as HTMLInputElement;
    await waitFor(() => expect(local().checked).toBe(false));
    fireEvent.click(local());
    expect(perms.request).toHaveBeenCalledWith({ origins: accessPatterns('local') });
    await waitFor(async () => expect((await getSettings()).sites.groups).toEqual(['local']));
    await waitFor(() => expect(local().checked).toBe(true));
    fireEvent.click(local());
    await waitFor(() => expect(perms.remove).toHaveBeenCalledWith({ origins: accessPatterns('local') }));
    expect((await getSettings()).sites.groups).toEqual([]);
    await waitFor(() => expect(local().checked).toBe(false));
  });

  it('a refused prompt leaves the switch off and says so', async () => {
    fakePermissions(false);
    render(<OptionsApp />);
    await ready();
    fireEvent.click(screen.getByRole('switch', { name: 'Any page that reads as a Chinese news article' }));
    await waitFor(() => expect(screen.getByTestId('alert').textContent).toBe('The browser did not grant access. Nothing was changed.'));
    expect((await getSettings()).sites.groups).toEqual([]);
    expect((screen.getByRole('switch', { name: 'Any page that reads as a Chinese news article' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows a group switched on elsewhere as off here until this browser grants it', async () => {
    fakePermissions();
    await saveSettings(setGroup(defaultSettings(), 'any', true));
    render(<OptionsApp />);
    await ready();
    await waitFor(() => expect(document.getElementById('options-any-hint')!.textContent).toContain('has not granted access yet'));
    expect((screen.getByRole('switch', { name: 'Any page that reads as a Chinese news article' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('the popup', () => {
  const PAGE = 'https://news.example.org/2026/1207/a1.shtml';

  /** A tab outside Kanbao's sites: no content script answers until the detector is loaded. */
  async function outsideTab(loaded: StateReply = { ...seedReply, site: null }) {
    const tab = await fakeBrowser.tabs.create({ url: PAGE, active: true });
    let detector = false;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_id: number, msg: Request) => {
      if (!detector) throw new Error('Receiving end does not exist.');
      return msg.type === 'kanbao/state' ? loaded : undefined;
    }) as never);
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => void (detector = true)) as never);
    return { tab, exec };
  }

  it('"Always on this site" asks for the host, lists it, and runs the detector in the tab at once', async () => {
    const perms = fakePermissions();
    const { tab, exec } = await outsideTab();
    render(<PopupApp />);
    const always = await waitFor(() => screen.getByRole('switch', { name: 'Always on this site' }) as HTMLInputElement);
    expect(always.checked).toBe(false);
    fireEvent.click(always);
    expect(perms.request).toHaveBeenCalledWith({ origins: ['*://*.news.example.org/*'] });
    await waitFor(async () => expect((await getSettings()).sites.user).toEqual([{ host: 'news.example.org', enabled: true }]));
    await waitFor(() => expect(exec).toHaveBeenCalledWith({ target: { tabId: tab.id, frameIds: [0] }, files: ['/content-scripts/detect.js'] }));
    await waitFor(() => expect(screen.getByTestId('state').dataset.article).toBe('true'));
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Always on this site' }) as HTMLInputElement).checked).toBe(true));
  });

  it('"Always on this site" switched off gives the access back and loads the tab again, left alone', async () => {
    const perms = fakePermissions();
    await saveSettings({ ...defaultSettings(), sites: { ...defaultSettings().sites, user: [{ host: 'news.example.org', enabled: true }] } });
    perms.granted.add('*://*.news.example.org/*');
    const { tab } = await outsideTab();
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockImplementation((async () => {
      await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab as never);
    }) as never);
    render(<PopupApp />);
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Always on this site' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('switch', { name: 'Always on this site' }));
    await waitFor(() => expect(perms.remove).toHaveBeenCalledWith({ origins: ['*://*.news.example.org/*'] }));
    expect((await getSettings()).sites.user).toEqual([]);
    await waitFor(() => expect(reload).toHaveBeenCalledWith(tab.id));
  });

  it('has no "Always on this site" on a built-in outlet, which is always on', async () => {
    fakePermissions();
    await fakeBrowser.tabs.create({ url: 'http://hn.people.com.cn/n2/2023/0203/c1-2.html', active: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(seedReply as never);
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('site-enabled')).toBeTruthy());
    expect(screen.queryByRole('switch', { name: 'Always on this site' })).toBeNull();
  });

  it('switches a group from "Read more sites"', async () => {
    const perms = fakePermissions();
    await outsideTab();
    render(<PopupApp />);
    await waitFor(() => expect(screen.getByTestId('more-sites')).toBeTruthy());
    const any = await waitFor(() => screen.getByRole('switch', { name: 'Any page that reads as a Chinese news article' }));
    fireEvent.click(any);
    expect(perms.request).toHaveBeenCalledWith({ origins: [ANY_PAGE] });
    await waitFor(async () => expect((await getSettings()).sites.groups).toEqual(['any']));
  });
});
