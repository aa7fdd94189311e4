import { describe, expect, it } from 'vitest';
import {
  ACCESS_GROUPS, accessPatterns, ANY_PAGE, chosenHere, defaultSettings, exportSettings, grantedSite, groupsGranted, importSettings, readsOnLoad, readStoredSettings,
  releasable, setGroup, userSiteOf, wantedPatterns,
} from '@/lib/core/settings';
import { HOST_MATCHES, siteOf } from '@/lib/core/sites';

const hostOf = (p: string) => /^\*:\/\/(?:\*\.)?([^/*]+)\/\*$/.exec(p)?.[1] ?? '';

describe('access groups in the settings document', () => {
  it('"any page" asks for every host; the other groups never for a built-in outlet', () => {
    expect(accessPatterns('any')).toEqual([ANY_PAGE]);
    for (const g of ACCESS_GROUPS.filter((x) => x !== 'any')) {
      for (const p of accessPatterns(g)) {
        expect(HOST_MATCHES).not.toContain(p);
        expect(siteOf(hostOf(p))).toBeNull();
      }
    }
  });
  it('reads a page on load only where its site is switched on and chosen', () => {
    const none = defaultSettings();
    expect(readsOnLoad(none, 'hn.people.com.cn')).toBe(true);
    expect(readsOnLoad(none, 'news.southcn.com')).toBe(false); // not chosen
    const off = { ...none, sites: { ...none.sites, off: ['people.com.cn'] } };
    expect(chosenHere(off, 'hn.people.com.cn')).toBe(true);
    expect(readsOnLoad(off, 'hn.people.com.cn')).toBe(false); // chosen, switched off
    expect(readsOnLoad(setGroup(none, 'local', true), 'news.southcn.com')).toBe(true);
  });
  it('knows which hosts the reader chose: built-in outlets always, a group\'s hosts while it is on, user sites kept on', () => {
    const none = defaultSettings();
    expect(chosenHere(none, 'hn.people.com.cn')).toBe(true);
    expect(chosenHere(none, 'www.jiangxi.gov.cn')).toBe(true); // under the built-in gov.cn
    expect(chosenHere(none, 'news.southcn.com')).toBe(false);
    expect(chosenHere(none, 'blog.example.org')).toBe(false);
    const local = setGroup(none, 'local', true);
    expect(chosenHere(local, 'news.southcn.com')).toBe(true);
    expect(chosenHere(local, 'M.SouthCN.com')).toBe(true);
    expect(chosenHere(local, 'www.cnr.cn')).toBe(false); // a central broadcaster, not local
    expect(chosenHere(setGroup(local, 'local', false), 'news.southcn.com')).toBe(false);
    expect(chosenHere(setGroup(none, 'any', true), 'blog.example.org')).toBe(true);
    const withSite = (enabled: boolean) => ({ ...none, sites: { ...none.sites, user: [{ host: 'example.org', enabled }] } });
    expect(chosenHere(withSite(true), 'blog.example.org')).toBe(true);
    expect(chosenHere(withSite(false), 'blog.example.org')).toBe(false);
  });
  it('switches groups on and off in one order, whatever the order of the clicks', () => {
    let s = setGroup(defaultSettings(), 'any', true);
    s = setGroup(s, 'central', true);
    expect(s.sites.groups).toEqual(['central', 'any']);
    expect(setGroup(s, 'central', true)).toBe(s);
    expect(setGroup(s, 'any', false).sites.groups).toEqual(['central']);
  });
  it('gives back only the origins nothing else still asks for', () => {
    const local = accessPatterns('local');
    const s = { ...defaultSettings(), sites: { ...defaultSettings().sites, user: [{ host: hostOf(local[0]!), enabled: false }] } };
    expect(releasable(s, local)).toEqual(local.slice(1));
    expect(wantedPatterns(setGroup(s, 'any', true)).has(ANY_PAGE)).toBe(true);
  });
  it('reads a grant of every origin of a group as that group switched on, and a lone origin as a site', () => {
    const s = defaultSettings();
    expect(groupsGranted(s, [ANY_PAGE])).toEqual(['any']);
    expect(groupsGranted(s, accessPatterns('local'))).toContain('local');
    expect(groupsGranted(s, accessPatterns('local').slice(1))).not.toContain('local');
    expect(groupsGranted(setGroup(s, 'any', true), [ANY_PAGE])).toEqual([]);
    expect(grantedSite('*://*.example.org/*')).toBe('example.org');
    expect(grantedSite('*://*.people.com.cn/*')).toBeNull();
    expect(grantedSite(ANY_PAGE)).toBeNull();
    expect(grantedSite('https://example.org/*')).toBeNull();
  });
  it('finds the user site covering a page\'s host', () => {
    const s = { ...defaultSettings(), sites: { ...defaultSettings().sites, user: [{ host: 'example.org', enabled: true }] } };
    expect(userSiteOf(s, 'www.News.Example.org')?.host).toBe('example.org');
    expect(userSiteOf(s, 'example.com')).toBeNull();
  });
});

describe('the groups in stored documents and files', () => {
  it('a version-2 document written before the groups existed reads as none switched on', () => {
    const { settings, problems } = readStoredSettings({ version: 2, sites: { disabled: [], user: [], off: [] } });
    expect(problems).toEqual([]);
    expect(settings.sites.groups).toEqual([]);
  });
  it('round-trips through a file', () => {
    const s = setGroup(setGroup(defaultSettings(), 'local', true), 'government', true);
    const r = importSettings(exportSettings(s));
    expect(r.ok && r.settings.sites.groups).toEqual(['local', 'government']);
  });
  it('refuses a file with an unknown or repeated group: nothing changes', () => {
    const file = (groups: unknown) => JSON.stringify({ format: 'kanbao-settings', version: 2, settings: { sites: { groups } } });
    for (const bad of [['everything'], ['local', 'local'], 'local', [1]]) {
      const r = importSettings(file(bad));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('invalid');
    }
  });
  it('keeps the good fields of a stored document with a bad group', () => {
    const { settings, problems } = readStoredSettings({ version: 2, sites: { groups: ['any', 'nope'], off: ['example.com'] } });
    expect(settings.sites.groups).toEqual(['any']);
    expect(settings.sites.off).toEqual(['example.com']);
    expect(problems.map((p) => p.path)).toEqual(['sites.groups.1']);
  });
});
