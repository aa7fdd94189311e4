import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LIMITS, SETTINGS_FORMAT, TARGETS,
  addUserSite, annotationEnabled, applyOverrides, automaticTarget, checkNewSite, checkOverride,
  defaultSettings, exportSettings, importSettings,
  readStoredSettings, removeUserSite, ruleFor, setRule, setSiteEnabled, toStored, traditionalFor, validateSettings,
  type Settings,
} from '@/lib/core/settings';
// What the folder keeps to itself, examined here directly.
import { ACCESS_GROUPS, BUILT_IN_IDS, MAX_FILE_CHARS, SETTINGS_VERSION } from '@/lib/core/settings/document';
import { migrate } from '@/lib/core/settings/migrations';
import { defaultTargetFor } from '@/lib/core/settings/site-rules';
import { hostPattern, isHost, normaliseHost, siteOf, SITES } from '@/lib/core/sites';

const file = (settings: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-11-25T00:00:00.000Z', settings, ...over });

const withSettings = (over: (s: Settings) => void): Settings => {
  const s = defaultSettings();
  over(s);
  return s;
};

/** A full, non-default document touching every field. */
const FULL: Settings = {
  sites: {
    disabled: ['cctv.com', 'gov.cn'],
    user: [{ host: 'example.com', enabled: true }, { host: 'news.example.org', enabled: false }],
    off: ['hn.people.com.cn'],
    groups: ['local', 'any'],
  },
  highlights: {
    shown: { figure: true, date: false, program: true },
    colours: { figure: '#ff0000', date: null, program: '#00aa88' },
  },
  conversion: {
    defaultTarget: 'traditional',
    traditional: 'hongkong',
    quotes: 'corner',
    rules: { 'people.com.cn': 'simplified', 'xinhuanet.com': 'original' },
  },
  sidebar: { autoOpen: true, mode: 'overlay' },
  overrides: [{ from: '台湾', to: '臺灣' }, { from: '视频', to: '視頻' }],
  library: { paused: true, offHosts: ['gov.cn', 'news.example.org'] },
};

describe('defaults and the stored form', () => {
  it('has defaults that are themselves valid, and stores them with the current version', () => {
    expect(validateSettings(defaultSettings())).toEqual([]);
    expect(toStored(defaultSettings()).version).toBe(SETTINGS_VERSION);
    expect(defaultSettings().conversion.defaultTarget).toBe('original');
    expect(defaultSettings().sidebar).toEqual({ autoOpen: false, mode: 'reflow' });
  });
  it('returns a fresh object each time (no shared mutation)', () => {
    const a = defaultSettings();
    a.sites.off.push('example.com');
    expect(defaultSettings().sites.off).toEqual([]);
  });
  it('accepts a full document', () => {
    expect(validateSettings(FULL)).toEqual([]);
  });
});

describe('readStoredSettings (lenient)', () => {
  it('gives defaults for nothing stored', () => {
    for (const raw of [undefined, null]) expect(readStoredSettings(raw)).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null });
  });
  it('gives defaults and a problem for a value that is not an object', () => {
    for (const raw of ['x', 3, [], true]) {
      const r = readStoredSettings(raw);
      expect(r.settings).toEqual(defaultSettings());
      expect(r.problems).toHaveLength(1);
    }
  });
  it('reads a current document unchanged', () => {
    expect(readStoredSettings(toStored(FULL))).toEqual({ settings: FULL, problems: [], migratedFrom: null });
  });
  it('keeps the default of each bad field and the good fields beside it', () => {
    const r = readStoredSettings({
      version: 2,
      highlights: { shown: { figure: 'no', date: false }, colours: { figure: 'red' } },
      conversion: { defaultTarget: 'klingon', quotes: 'corner', rules: { 'bad host': 'simplified', 'example.com': 'taiwan' } },
      sidebar: 'wide',
      overrides: [{ from: '', to: 'x' }, { from: '台湾', to: '臺灣' }],
    });
    expect(r.settings.highlights.shown).toEqual({ figure: true, date: false, program: true });
    expect(r.settings.highlights.colours.figure).toBeNull();
    expect(r.settings.conversion).toEqual({ defaultTarget: 'original', traditional: 'auto', quotes: 'corner', rules: { 'example.com': 'taiwan' } });
    expect(r.settings.sidebar).toEqual(defaultSettings().sidebar);
    expect(r.settings.overrides).toEqual([{ from: '台湾', to: '臺灣' }]);
    expect(r.problems.map((p) => p.path).sort()).toEqual([
      'conversion.defaultTarget', 'conversion.rules.bad host', 'highlights.colours.figure', 'highlights.shown.figure', 'overrides.0.from', 'sidebar',
    ]);
  });
  it('reads what it understands of a document from a newer version', () => {
    const r = readStoredSettings({ ...toStored(FULL), version: 99, future: { x: 1 } });
    expect(r.settings).toEqual(FULL);
    expect(r.migratedFrom).toBeNull();
  });
  it('treats a missing or bad version as the current one', () => {
    expect(readStoredSettings({ sidebar: { mode: 'overlay' } }).settings.sidebar.mode).toBe('overlay');
    expect(readStoredSettings({ version: 'two', sidebar: { mode: 'overlay' } }).settings.sidebar.mode).toBe('overlay');
  });
});

describe('migrations', () => {
  it('takes version 1 (the 0.1 storage items) to the current document', () => {
    const v1 = {
      version: 1,
      autoConvertBySite: { 'hn.people.com.cn': 'simplified', 'news.cn': 'taiwan' },
      quoteStyle: 'curly',
      sidebarMode: 'overlay',
      sidebarAutoOpen: true,
    };
    const r = readStoredSettings(v1);
    expect(r.migratedFrom).toBe(1);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual(withSettings((s) => {
      s.conversion.rules = { 'hn.people.com.cn': 'simplified', 'news.cn': 'taiwan' };
      s.conversion.quotes = 'curly';
      s.sidebar = { autoOpen: true, mode: 'overlay' };
    }));
  });
  it('migrates a partial version 1 and keeps defaults for what it lacked', () => {
    const r = readStoredSettings({ version: 1, sidebarAutoOpen: true });
    expect(r.settings).toEqual(withSettings((s) => (s.sidebar.autoOpen = true)));
  });
  it('reports bad version-1 values after migrating them (lenient)', () => {
    const r = readStoredSettings({ version: 1, quoteStyle: 'fancy', sidebarMode: 'wide' });
    expect(r.settings).toEqual(defaultSettings());
    expect(r.problems.map((p) => p.path).sort()).toEqual(['conversion.quotes', 'sidebar.mode']);
  });
  it('keys each step by the version it produces, as WXT storage items do', () => {
    const v1 = { version: 1, quoteStyle: 'corner', sidebarAutoOpen: false };
    expect(migrate(v1, 1)).toEqual({ version: 2, conversion: { quotes: 'corner' }, sidebar: { autoOpen: false } });
    expect(() => migrate({}, 0)).toThrow('no migration to settings version 1');
  });
  it('loses nothing of a realistic version-1 store (every item 0.1 wrote, several sites)', () => {
    const v1 = {
      version: 1,
      autoConvertBySite: { 'people.com.cn': 'taiwan', 'hn.people.com.cn': 'original', 'gov.cn': 'simplified', 'example.org': 'hongkong' },
      quoteStyle: 'corner',
      sidebarMode: 'reflow',
      sidebarAutoOpen: false,
    };
    const r = readStoredSettings(v1);
    expect(r.problems).toEqual([]);
    expect(r.migratedFrom).toBe(1);
    expect(r.settings.conversion).toEqual({
      defaultTarget: 'original', traditional: 'auto', quotes: 'corner',
      rules: { 'example.org': 'hongkong', 'gov.cn': 'simplified', 'hn.people.com.cn': 'original', 'people.com.cn': 'taiwan' },
    });
    expect(r.settings.sidebar).toEqual({ mode: 'reflow', autoOpen: false });
    // What the rules mean survives too: the most specific host wins, `original` still means never.
    expect(ruleFor(r.settings, 'hn.people.com.cn')).toBe('original');
    expect(ruleFor(r.settings, 'politics.people.com.cn')).toBe('taiwan');
  });
  it('is the identity on a current document and refuses unknown old versions', () => {
    const doc = { version: 2, a: 1 };
    expect(migrate(doc, 2)).toBe(doc);
    expect(() => migrate({}, 0)).toThrow(/no migration/);
  });
});

describe('export and import', () => {
  it('round-trips every setting through a file', () => {
    const text = exportSettings(FULL, new Date('2026-11-25T10:00:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-11-25T10:00:00.000Z' });
    expect(importSettings(text)).toEqual({ ok: true, settings: FULL, migratedFrom: null, ignored: [] });
  });
  it('round-trips any valid document (property)', () => {
    const host = fc.constantFrom('example.com', 'news.example.org', 'xn--fsqu00a.xn--fiqs8s', 'a-b.c.d.io');
    const settings = fc.record({
      sites: fc.record({
        disabled: fc.uniqueArray(fc.constantFrom(...BUILT_IN_IDS)).map((a) => [...a].sort()),
        user: fc.uniqueArray(fc.record({ host, enabled: fc.boolean() }), { selector: (u) => u.host }),
        off: fc.uniqueArray(fc.constantFrom('hn.people.com.cn', 'example.com', 'www2.gov.cn')).map((a) => [...a].sort()),
        groups: fc.subarray([...ACCESS_GROUPS]),
      }),
      highlights: fc.record({
        shown: fc.record({ figure: fc.boolean(), date: fc.boolean(), program: fc.boolean() }),
        colours: fc.record({
          figure: fc.option(fc.constantFrom('#000000', '#d97706', '#ffffff'), { nil: null }),
          date: fc.option(fc.constantFrom('#0284c7', '#123abc'), { nil: null }),
          program: fc.option(fc.constantFrom('#9333ea'), { nil: null }),
        }),
      }),
      conversion: fc.record({
        defaultTarget: fc.constantFrom('original' as const, 'simplified' as const, 'traditional' as const),
        traditional: fc.constantFrom('auto' as const, 'taiwan' as const, 'hongkong' as const),
        quotes: fc.constantFrom('corner' as const, 'curly' as const, null),
        rules: fc.dictionary(host, fc.constantFrom(...TARGETS)).map((r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))),
      }),
      sidebar: fc.record({ autoOpen: fc.boolean(), mode: fc.constantFrom('reflow' as const, 'overlay' as const) }),
      overrides: fc.uniqueArray(fc.record({ from: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''), to: fc.string({ maxLength: 8 }) }), {
        selector: (o) => o.from, maxLength: 20,
      }),
      library: fc.record({ paused: fc.boolean(), offHosts: fc.uniqueArray(host).map((a) => [...a].sort()) }),
    });
    fc.assert(fc.property(settings, (s) => {
      const r = importSettings(exportSettings(s));
      expect(r).toEqual({ ok: true, settings: s, migratedFrom: null, ignored: [] });
    }));
  });
  it('never throws and never accepts arbitrary text or JSON (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const r = importSettings(text);
      expect(r.ok).toBe(false);
    }));
  });
  it('imports a version-1 file through the migration', () => {
    const r = importSettings(file({ autoConvertBySite: { 'news.cn': 'hongkong' }, sidebarMode: 'overlay' }, { version: 1 }));
    expect(r).toEqual({
      ok: true,
      migratedFrom: 1,
      ignored: [],
      settings: withSettings((s) => {
        s.conversion.rules = { 'news.cn': 'hongkong' };
        s.sidebar.mode = 'overlay';
      }),
    });
  });
  it('accepts a byte-order mark, a partial document (defaults for the rest) and lists unknown keys', () => {
    const r = importSettings(`\ufeff${file({ sidebar: { autoOpen: true, width: 3 }, telemetry: true })}`);
    expect(r).toEqual({ ok: true, settings: withSettings((s) => (s.sidebar.autoOpen = true)), migratedFrom: null, ignored: ['sidebar.width', 'telemetry'] });
  });
  it('lower-cases colours', () => {
    const r = importSettings(file({ highlights: { colours: { figure: '#D97706' } } }));
    expect(r.ok && r.settings.highlights.colours.figure).toBe('#d97706');
  });
  it('refuses a file that is not JSON', () => {
    for (const text of ['', 'not json', '{"format":', "{'a':1}"]) expect(importSettings(text)).toEqual({ ok: false, error: { code: 'not-json' } });
  });
  it('refuses a file that is too large before parsing it', () => {
    expect(importSettings(' '.repeat(MAX_FILE_CHARS + 1))).toEqual({ ok: false, error: { code: 'too-large' } });
  });
  it('refuses foreign files: other JSON, other formats, unknown top-level keys', () => {
    for (const text of [
      '[]', 'null', '42', '"kanbao-settings"', '{}',
      JSON.stringify({ version: 2, settings: {} }),
      JSON.stringify({ format: 'tongwentang', version: 2, settings: {} }),
      JSON.stringify(toStored(FULL)), // the stored form is not an export
      file({}, { extra: true }),
    ]) {
      expect(importSettings(text)).toEqual({ ok: false, error: { code: 'foreign' } });
    }
  });
  it('refuses a missing or malformed version', () => {
    for (const version of [undefined, 0, -1, 1.5, '2', null]) {
      expect(importSettings(file({}, { version }))).toEqual({ ok: false, error: { code: 'bad-version' } });
    }
  });
  it('refuses a file from a newer Kanbao and says which version', () => {
    expect(importSettings(file({}, { version: SETTINGS_VERSION + 1 }))).toEqual({ ok: false, error: { code: 'newer', version: SETTINGS_VERSION + 1 } });
  });
  it('refuses settings that are not an object', () => {
    for (const settings of [null, [], 'x', 3]) {
      const r = importSettings(file(settings));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('invalid');
    }
  });

  /** Every kind of bad value, each refusing the whole file with its path. */
  const BAD: [string, unknown, string][] = [
    ['sites not an object', { sites: [] }, 'sites'],
    ['disabled not a list', { sites: { disabled: 'gov.cn' } }, 'sites.disabled'],
    ['unknown outlet', { sites: { disabled: ['bbc.co.uk'] } }, 'sites.disabled.0'],
    ['repeated outlet', { sites: { disabled: ['gov.cn', 'gov.cn'] } }, 'sites.disabled.1'],
    ['user site not an object', { sites: { user: ['example.com'] } }, 'sites.user.0'],
    ['user site bad host', { sites: { user: [{ host: 'http://example.com', enabled: true }] } }, 'sites.user.0.host'],
    ['user site built in', { sites: { user: [{ host: 'paper.people.com.cn', enabled: true }] } }, 'sites.user.0.host'],
    ['user site repeated', { sites: { user: [{ host: 'a.com', enabled: true }, { host: 'a.com', enabled: false }] } }, 'sites.user.1.host'],
    ['user site enabled not boolean', { sites: { user: [{ host: 'a.com', enabled: 'yes' }] } }, 'sites.user.0.enabled'],
    ['too many user sites', { sites: { user: Array.from({ length: LIMITS.userSites + 1 }, (_, i) => ({ host: `s${i}.com`, enabled: true })) } }, 'sites.user'],
    ['off host invalid', { sites: { off: ['not a host'] } }, 'sites.off.0'],
    ['off host with www', { sites: { off: ['www.example.com'] } }, 'sites.off.0'],
    ['shown not boolean', { highlights: { shown: { date: 1 } } }, 'highlights.shown.date'],
    ['shown not an object', { highlights: { shown: true } }, 'highlights.shown'],
    ['colour name', { highlights: { colours: { figure: 'red' } } }, 'highlights.colours.figure'],
    ['short colour', { highlights: { colours: { date: '#fff' } } }, 'highlights.colours.date'],
    ['colour not hex', { highlights: { colours: { program: '#gggggg' } } }, 'highlights.colours.program'],
    ['default target', { conversion: { defaultTarget: 'taiwan' } }, 'conversion.defaultTarget'],
    ['traditional variant', { conversion: { traditional: 'macau' } }, 'conversion.traditional'],
    ['quotes', { conversion: { quotes: 'guillemets' } }, 'conversion.quotes'],
    ['rules not an object', { conversion: { rules: [['a.com', 'simplified']] } }, 'conversion.rules'],
    ['rule host', { conversion: { rules: { 'a com': 'simplified' } } }, 'conversion.rules.a com'],
    ['rule target', { conversion: { rules: { 'a.com': 'twp' } } }, 'conversion.rules.a.com'],
    ['too many rules', { conversion: { rules: Object.fromEntries(Array.from({ length: LIMITS.rules + 1 }, (_, i) => [`s${i}.com`, 'original'])) } }, 'conversion.rules'],
    ['sidebar mode', { sidebar: { mode: 'floating' } }, 'sidebar.mode'],
    ['sidebar auto-open', { sidebar: { autoOpen: 'sometimes' } }, 'sidebar.autoOpen'],
    ['overrides not a list', { overrides: { 台湾: '臺灣' } }, 'overrides'],
    ['override not an object', { overrides: ['台湾'] }, 'overrides.0'],
    ['override empty phrase', { overrides: [{ from: '', to: 'x' }] }, 'overrides.0.from'],
    ['override blank phrase', { overrides: [{ from: '  ', to: 'x' }] }, 'overrides.0.from'],
    ['override long phrase', { overrides: [{ from: 'x'.repeat(LIMITS.phrase + 1), to: 'x' }] }, 'overrides.0.from'],
    ['override long replacement', { overrides: [{ from: 'x', to: 'y'.repeat(LIMITS.phrase + 1) }] }, 'overrides.0.to'],
    ['override replacement not text', { overrides: [{ from: 'x', to: null }] }, 'overrides.0.to'],
    ['override repeated', { overrides: [{ from: 'x', to: 'a' }, { from: 'x', to: 'b' }] }, 'overrides.1.from'],
    ['too many overrides', { overrides: Array.from({ length: LIMITS.overrides + 1 }, (_, i) => ({ from: `p${i}`, to: '' })) }, 'overrides'],
  ];
  for (const [name, settings, path] of BAD) {
    it(`refuses a file with a bad value: ${name}`, () => {
      const r = importSettings(file(settings));
      expect(r.ok).toBe(false);
      if (!r.ok && r.error.code === 'invalid') expect(r.error.problems.map((p) => p.path)).toContain(path);
      else throw new Error(`expected invalid, got ${JSON.stringify(r)}`);
    });
  }
  it('lists every problem of a file, not only the first', () => {
    const r = importSettings(file({ sidebar: { mode: 'x', autoOpen: 'y' } }));
    expect(!r.ok && r.error.code === 'invalid' && r.error.problems.length).toBe(2);
  });
});

describe('hosts', () => {
  it('normalises what a reader types into a host key', () => {
    const cases: [string, string | null][] = [
      ['example.com', 'example.com'],
      ['  Example.COM  ', 'example.com'],
      ['https://www.example.com/news/1.html?x=1#y', 'example.com'],
      ['http://news.example.org:8080/', 'news.example.org'],
      ['*.example.com', 'example.com'],
      ['example.com.', 'example.com'],
      ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
      ['ftp://example.com', null],
      ['file:///etc/passwd', null],
      ['javascript:alert(1)', null],
      ['localhost', null],
      ['192.168.1.1', null],
      ['', null],
      ['   ', null],
      ['exa mple.com', null],
      ['-bad.com', null],
    ];
    for (const [input, host] of cases) expect(normaliseHost(input), input).toBe(host);
  });
  it('knows a valid host key', () => {
    expect(isHost('a.b')).toBe(true);
    for (const bad of ['a', 'www.a.com', 'A.com', 'a..com', 'a.1', `${'a'.repeat(64)}.com`, 3, null]) expect(isHost(bad)).toBe(false);
  });
  it('maps hosts to built-in outlets, subdomains included', () => {
    expect(siteOf('hn.people.com.cn')).toBe('people.com.cn');
    expect(siteOf('WWW.NEWS.CN')).toBe('news.cn');
    expect(siteOf('chinanews.com.cn')).toBe('chinanews.com');
    expect(siteOf('notpeople.com.cn')).toBeNull();
    expect(siteOf('en.people.cn')).toBeNull();
    for (const s of SITES) for (const h of s.hosts) expect(siteOf(`x.${h}`)).toBe(s.id);
  });
  it('builds the match pattern of a user site', () => {
    expect(hostPattern('example.com')).toBe('*://*.example.com/*');
  });
});

describe('what the settings mean for a page', () => {
  it('annotates built-in and unknown hosts by default', () => {
    const s = defaultSettings();
    expect(annotationEnabled(s, 'hn.people.com.cn')).toBe(true);
    expect(annotationEnabled(s, 'example.com')).toBe(true);
  });
  it('honours an outlet switch, the off list (subdomains too) and user sites', () => {
    const s = withSettings((x) => {
      x.sites.disabled = ['gov.cn'];
      x.sites.off = ['hn.people.com.cn'];
      x.sites.user = [{ host: 'example.com', enabled: false }];
    });
    expect(annotationEnabled(s, 'www.gov.cn')).toBe(false);
    expect(annotationEnabled(s, 'hn.people.com.cn')).toBe(false);
    expect(annotationEnabled(s, 'x.hn.people.com.cn')).toBe(false);
    expect(annotationEnabled(s, 'paper.people.com.cn')).toBe(true);
    expect(annotationEnabled(s, 'news.example.com')).toBe(false);
  });
  it('picks the most specific rule', () => {
    const s = withSettings((x) => (x.conversion.rules = { 'people.com.cn': 'simplified', 'hn.people.com.cn': 'taiwan' }));
    expect(ruleFor(s, 'hn.people.com.cn')).toBe('taiwan');
    expect(ruleFor(s, 'www.people.com.cn')).toBe('simplified');
    expect(ruleFor(s, 'news.cn')).toBeNull();
  });
  it('resolves Traditional from the setting or the browser languages', () => {
    expect(traditionalFor('hongkong', ['zh-TW'])).toBe('hongkong');
    expect(traditionalFor('taiwan', ['zh-HK'])).toBe('taiwan');
    expect(traditionalFor('auto', ['zh-HK'])).toBe('hongkong');
    expect(traditionalFor('auto', ['zh_MO'])).toBe('hongkong');
    expect(traditionalFor('auto', ['zh-Hant-HK'])).toBe('hongkong');
    expect(traditionalFor('auto', ['en-GB', 'zh-TW'])).toBe('taiwan');
    expect(traditionalFor('auto', ['fr'])).toBe('taiwan');
  });
  it('turns the default target into a script target', () => {
    const s = defaultSettings();
    expect(defaultTargetFor(s, [])).toBeNull();
    s.conversion.defaultTarget = 'simplified';
    expect(defaultTargetFor(s, ['zh-HK'])).toBe('simplified');
    s.conversion.defaultTarget = 'traditional';
    expect(defaultTargetFor(s, ['zh-HK'])).toBe('hongkong');
    s.conversion.traditional = 'taiwan';
    expect(defaultTargetFor(s, ['zh-HK'])).toBe('taiwan');
  });
  it('converts on load by rule, else last choice, else default', () => {
    const s = withSettings((x) => {
      x.conversion.defaultTarget = 'simplified';
      x.conversion.rules = { 'news.cn': 'original' };
    });
    expect(automaticTarget(s, 'www.news.cn', 'taiwan', [])).toBe('original');
    expect(automaticTarget(s, 'hn.people.com.cn', 'taiwan', [])).toBe('taiwan');
    expect(automaticTarget(s, 'hn.people.com.cn', null, [])).toBe('simplified');
    expect(automaticTarget(defaultSettings(), 'hn.people.com.cn', null, [])).toBeNull();
  });
});

describe('applyOverrides', () => {
  it('replaces phrases longest first, in one pass, never twice', () => {
    const o = [{ from: '臺', to: '台' }, { from: '台湾', to: '臺灣' }, { from: '湾', to: '灣' }];
    expect(applyOverrides(['台湾的臺北湾'], o)).toEqual(['臺灣的台北灣']);
  });
  it('treats phrases literally (no pattern syntax)', () => {
    expect(applyOverrides(['a.b a*b (x)'], [{ from: 'a.b', to: '1' }, { from: '(x)', to: '2' }])).toEqual(['1 a*b 2']);
  });
  it('can delete a phrase, and leaves texts alone with no overrides', () => {
    expect(applyOverrides(['一二三'], [{ from: '二', to: '' }])).toEqual(['一三']);
    const texts = ['a', 'b'];
    expect(applyOverrides(texts, [])).toEqual(texts);
  });
});

describe('edits', () => {
  it('switches a host off and back on, clearing every reason it was off', () => {
    let s = setSiteEnabled(defaultSettings(), 'www.hn.people.com.cn', false);
    expect(s.sites.off).toEqual(['hn.people.com.cn']);
    expect(setSiteEnabled(s, 'hn.people.com.cn', false)).toEqual(s);
    s = { ...s, sites: { ...s.sites, disabled: ['people.com.cn'], off: ['hn.people.com.cn', 'people.com.cn'] } };
    const on = setSiteEnabled(s, 'hn.people.com.cn', true);
    expect(on.sites.off).toEqual([]);
    expect(on.sites.disabled).toEqual([]);
    expect(annotationEnabled(on, 'hn.people.com.cn')).toBe(true);
    const user = setSiteEnabled(withSettings((x) => (x.sites.user = [{ host: 'example.com', enabled: false }])), 'a.example.com', true);
    expect(user.sites.user).toEqual([{ host: 'example.com', enabled: true }]);
  });
  it('sets and removes a rule for exactly one host, keeping rules sorted', () => {
    let s = setRule(defaultSettings(), 'www.news.cn', 'taiwan');
    s = setRule(s, 'hn.people.com.cn', 'simplified');
    expect(Object.keys(s.conversion.rules)).toEqual(['hn.people.com.cn', 'news.cn']);
    s = setRule(s, 'news.cn', null);
    expect(s.conversion.rules).toEqual({ 'hn.people.com.cn': 'simplified' });
  });
  it('checks a new user site', () => {
    const s = addUserSite(defaultSettings(), 'example.com');
    expect(checkNewSite(s, 'https://www.example.org/a')).toEqual({ host: 'example.org' });
    expect(checkNewSite(s, 'nonsense')).toEqual({ error: 'invalid' });
    expect(checkNewSite(s, 'hn.people.com.cn')).toEqual({ error: 'builtin' });
    expect(checkNewSite(s, 'EXAMPLE.com')).toEqual({ error: 'exists' });
    expect(addUserSite(s, 'example.com')).toBe(s);
    expect(removeUserSite(s, 'example.com').sites.user).toEqual([]);
  });
  it('checks a new override', () => {
    const s = withSettings((x) => (x.overrides = [{ from: '台湾', to: '臺灣' }]));
    expect(checkOverride(s, ' ', 'x')).toBe('empty');
    expect(checkOverride(s, '台湾', 'x')).toBe('exists');
    expect(checkOverride(s, 'x'.repeat(LIMITS.phrase + 1), '')).toBe('long');
    expect(checkOverride(s, '视频', '視頻')).toBeNull();
  });
});
