import { describe, expect, it } from 'vitest';
import {
  defaultSettings, exportSettings, importSettings, readStoredSettings, recordingBlock, setLibraryPaused, setRecordingEnabled, SETTINGS_FORMAT,
  toStored, validateSettings,
} from '@/lib/core/settings';
import { SETTINGS_VERSION } from '@/lib/core/settings/document';

/** The library's part of the settings document: recording paused, and hosts never recorded. */
const file = (settings: unknown, version = SETTINGS_VERSION) =>
  JSON.stringify({ format: SETTINGS_FORMAT, version, exportedAt: '2026-12-07T00:00:00.000Z', settings });

describe('library settings: defaults and reading', () => {
  it('records everywhere by default', () => {
    expect(defaultSettings().library).toEqual({ paused: false, offHosts: [] });
    expect(recordingBlock(defaultSettings(), 'hn.people.com.cn')).toBeNull();
  });
  it('gives a document written before the library existed the defaults, with no problem (version 1 and 2)', () => {
    const v2 = readStoredSettings({ version: 2, sidebar: { autoOpen: true } });
    expect(v2.problems).toEqual([]);
    expect(v2.settings.library).toEqual({ paused: false, offHosts: [] });
    const v1 = readStoredSettings({ version: 1, sidebarAutoOpen: true });
    expect(v1.problems).toEqual([]);
    expect(v1.settings.library).toEqual({ paused: false, offHosts: [] });
    expect(v1.settings.sidebar.autoOpen).toBe(true);
  });
  it('keeps good values and sorts the hosts', () => {
    const r = readStoredSettings(toStored({ ...defaultSettings(), library: { paused: true, offHosts: ['news.cn', 'gov.cn'] } }));
    expect(r.problems).toEqual([]);
    expect(r.settings.library).toEqual({ paused: true, offHosts: ['gov.cn', 'news.cn'] });
  });
  it('reports bad values against their path and keeps the defaults (lenient storage)', () => {
    const r = readStoredSettings({ version: 2, library: { paused: 'yes', offHosts: ['not a host', 'gov.cn', 'gov.cn'], extra: 1 } });
    expect(r.settings.library).toEqual({ paused: false, offHosts: ['gov.cn'] });
    expect(r.problems.map((p) => p.path).sort()).toEqual(['library.offHosts.0', 'library.offHosts.2', 'library.paused']);
    expect(readStoredSettings({ version: 2, library: 'off' }).problems.map((p) => p.path)).toEqual(['library']);
    expect(readStoredSettings({ version: 2, library: { offHosts: 'gov.cn' } }).problems.map((p) => p.path)).toEqual(['library.offHosts']);
  });
  it('refuses more hosts than the limit', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `h${i}.example.com`);
    expect(validateSettings({ ...defaultSettings(), library: { paused: false, offHosts: many } }).map((p) => p.path)).toEqual(['library.offHosts']);
  });
});

describe('library settings: import and export', () => {
  it('round-trips through the settings file', () => {
    const s = { ...defaultSettings(), library: { paused: true, offHosts: ['example.com', 'hn.people.com.cn'] } };
    expect(importSettings(exportSettings(s))).toEqual({ ok: true, settings: s, migratedFrom: null, ignored: [] });
  });
  it('refuses a file with a bad library value, whole', () => {
    const r = importSettings(file({ library: { paused: 1 } }));
    expect(r).toEqual({ ok: false, error: { code: 'invalid', problems: [{ path: 'library.paused', expected: 'true or false' }] } });
    const hosts = importSettings(file({ library: { offHosts: ['example.com', 7] } }));
    expect(hosts.ok).toBe(false);
  });
  it('imports an older file without the library with recording on', () => {
    const r = importSettings(file({ sidebar: { mode: 'overlay' } }, 1));
    expect(r.ok && r.settings.library).toEqual({ paused: false, offHosts: [] });
  });
});

describe('library settings: the edits and what they mean for a page', () => {
  it('switches a site off and on again, by domain', () => {
    let s = setRecordingEnabled(defaultSettings(), 'www.People.com.cn', false);
    expect(s.library.offHosts).toEqual(['people.com.cn']);
    expect(recordingBlock(s, 'hn.people.com.cn')).toBe('site-off');
    expect(recordingBlock(s, 'news.cn')).toBeNull();
    // Switching off twice keeps one entry; switching a subdomain on removes the parent entry covering it.
    expect(setRecordingEnabled(s, 'people.com.cn', false).library.offHosts).toEqual(['people.com.cn']);
    s = setRecordingEnabled(s, 'hn.people.com.cn', true);
    expect(s.library.offHosts).toEqual([]);
    expect(recordingBlock(s, 'hn.people.com.cn')).toBeNull();
  });
  it('pausing blocks every host and keeps the site list for later', () => {
    const off = setRecordingEnabled(defaultSettings(), 'gov.cn', false);
    const paused = setLibraryPaused(off, true);
    expect(recordingBlock(paused, 'news.cn')).toBe('paused');
    expect(recordingBlock(paused, 'www.gov.cn')).toBe('paused');
    const resumed = setLibraryPaused(paused, false);
    expect(resumed.library.offHosts).toEqual(['gov.cn']);
    expect(recordingBlock(resumed, 'www.gov.cn')).toBe('site-off');
    expect(validateSettings(paused)).toEqual([]);
  });
  it('leaves annotation settings alone', () => {
    const s = setRecordingEnabled(defaultSettings(), 'gov.cn', false);
    expect(s.sites).toEqual(defaultSettings().sites);
  });
});
