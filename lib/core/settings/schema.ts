import { SITES } from '../sites';
import { HIGHLIGHT_KINDS, type HighlightKind, type QuoteStyle, SCRIPT_TARGETS, type ScriptTarget, type SiteId } from '../types';

/**
 * Kanbao's preferences as one versioned document: its shape, defaults, validation, migrations
 * from older versions, and the export file around it (issue 6 item 2). Pure: no browser APIs,
 * so the same code checks what storage returns, what another device synced and what a reader
 * imports. lib/settings.ts keeps the document in browser storage.
 *
 * Two readers share one set of field rules: `strict` (an imported file: any bad value refuses
 * the whole file, which then changes nothing) and lenient (stored data: a bad field falls back
 * to its default, so a damaged store never stops the extension).
 */
export const SETTINGS_VERSION = 2;
/** The export file's `format` marker: anything else is a foreign file. */
export const SETTINGS_FORMAT = 'kanbao-settings';

// The settings' names for the shared unions of lib/core/types.ts.
export type Kind = HighlightKind;
export const KINDS: readonly Kind[] = HIGHLIGHT_KINDS;
export type Target = ScriptTarget;
export const TARGETS: readonly Target[] = SCRIPT_TARGETS;
/** What every recognised page is converted to on load unless its site has a rule. */
export type DefaultTarget = 'original' | 'simplified' | 'traditional';
export const DEFAULT_TARGETS: readonly DefaultTarget[] = ['original', 'simplified', 'traditional'];
/** What "Traditional" means (commands, menu, default target); `auto` follows the browser language. */
export type TraditionalVariant = 'auto' | 'taiwan' | 'hongkong';
export const TRADITIONAL_VARIANTS: readonly TraditionalVariant[] = ['auto', 'taiwan', 'hongkong'];
export type Quotes = QuoteStyle;
export type SidebarLayout = 'reflow' | 'overlay';

export interface UserSite {
  /** A host name such as `example.com`; Kanbao runs on it and its subdomains. */
  host: string;
  enabled: boolean;
}

export interface Override {
  from: string;
  to: string;
}

export interface Settings {
  sites: {
    /** Built-in outlets switched off in the options page. */
    disabled: SiteId[];
    /** Sites the reader added (each with its optional host permission). */
    user: UserSite[];
    /** Hosts switched off from the popup (`siteKey` form: lower case, no `www.`). */
    off: string[];
  };
  highlights: {
    /** Kinds shown when a page loads (the popup switches them per page). */
    shown: Record<Kind, boolean>;
    /** `#rrggbb`, or null for Kanbao's own light/dark colours. */
    colours: Record<Kind, string | null>;
  };
  conversion: {
    defaultTarget: DefaultTarget;
    traditional: TraditionalVariant;
    quotes: Quotes;
    /** Per host: convert to this on load (`original`: never convert here). */
    rules: Record<string, Target>;
  };
  sidebar: { autoOpen: boolean; mode: SidebarLayout };
  /** Phrase → phrase, applied to the converter's output, longest phrase first. */
  overrides: Override[];
}

/** The stored form: the settings and the version they were written in. */
export type StoredSettings = Settings & { version: number };

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export const LIMITS = { userSites: 200, off: 1000, rules: 1000, overrides: 500, phrase: 100, hostLength: 253 } as const;
/** An import larger than this is refused before parsing. */
export const MAX_FILE_CHARS = 1_000_000;

export const BUILT_IN_IDS: readonly SiteId[] = SITES.map((s) => s.id);

export function defaultSettings(): Settings {
  return {
    sites: { disabled: [], user: [], off: [] },
    highlights: {
      shown: { figure: true, date: true, program: true },
      colours: { figure: null, date: null, program: null },
    },
    conversion: { defaultTarget: 'original', traditional: 'auto', quotes: null, rules: {} },
    sidebar: { autoOpen: false, mode: 'reflow' },
    overrides: [],
  };
}

// ---- Hosts -------------------------------------------------------------------------------------

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A valid host key: lower-case ASCII labels (IDN in punycode), a dot, a letter in the last label. */
export function isHost(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > LIMITS.hostLength || x.startsWith('www.')) return false;
  const labels = x.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1]!);
}

/**
 * What a reader typed (`https://www.Example.com/news/1.html`, `*.example.com`, `例子.中国`) as a
 * host key, or null. Uses the URL parser for IDN (punycode) and case.
 */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return isHost(host) ? host : null;
}

/** The per-site key of a page's host name: no `www.`, lower case (as lib/core/script-choice's siteKey). */
const keyOf = (hostname: string) => hostname.toLowerCase().replace(/^www\./, '');

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The built-in outlet a host belongs to, if any. */
export function builtInSiteOf(hostname: string): SiteId | null {
  const h = keyOf(hostname);
  return SITES.find((s) => s.hosts.some((d) => under(h, d)))?.id ?? null;
}

/** The match pattern that grants (and runs Kanbao on) a user site and its subdomains. */
export function hostPattern(host: string): string {
  return `*://*.${host}/*`;
}

/** Whether Kanbao annotates pages of this host: not switched off per host, outlet or user site. */
export function annotationEnabled(s: Settings, hostname: string): boolean {
  const h = keyOf(hostname);
  if (s.sites.off.some((o) => under(h, o))) return false;
  const site = builtInSiteOf(h);
  if (site) return !s.sites.disabled.includes(site);
  const user = s.sites.user.find((u) => under(h, u.host));
  return user ? user.enabled : true;
}

/** The most specific rule for a host (`hn.people.com.cn` before `people.com.cn`), or null. */
export function ruleFor(s: Settings, hostname: string): Target | null {
  const h = keyOf(hostname);
  let best: string | null = null;
  for (const k of Object.keys(s.conversion.rules)) if (under(h, k) && (!best || k.length > best.length)) best = k;
  return best ? s.conversion.rules[best]! : null;
}

/** Taiwan or Hong Kong for `traditional`, from the setting or else the browser languages. */
export function traditionalFor(variant: TraditionalVariant, languages: readonly string[]): 'taiwan' | 'hongkong' {
  if (variant !== 'auto') return variant;
  for (const lang of languages) {
    const l = lang.toLowerCase().replace(/_/g, '-');
    if (/^zh-(?:hant-)?(?:hk|mo)\b/.test(l)) return 'hongkong';
    if (l.startsWith('zh')) return 'taiwan';
  }
  return 'taiwan';
}

/** The default target as a concrete script target, or null for "leave pages as they come". */
export function defaultTargetFor(s: Settings, languages: readonly string[]): Exclude<Target, 'original'> | null {
  const d = s.conversion.defaultTarget;
  return d === 'original' ? null : d === 'simplified' ? 'simplified' : traditionalFor(s.conversion.traditional, languages);
}

/**
 * What a recognised page converts to when it loads: the site's rule, else the reader's last
 * choice on the site, else the default target; null (or `original`) leaves it as it came.
 */
export function automaticTarget(s: Settings, hostname: string, lastChoice: Target | null, languages: readonly string[]): Target | null {
  return ruleFor(s, hostname) ?? lastChoice ?? defaultTargetFor(s, languages);
}

// ---- Edits (the popup's and the options page's changes, as pure functions) ----------------------

/**
 * Switches annotation on a host on or off. Off: the host joins the off list. On: every reason it
 * was off goes (off-list entries covering it, its outlet's switch, its user site's switch).
 */
export function setSiteEnabled(s: Settings, hostname: string, on: boolean): Settings {
  const h = keyOf(hostname);
  const sites = { ...s.sites };
  if (on) {
    sites.off = sites.off.filter((o) => !under(h, o));
    const site = builtInSiteOf(h);
    if (site) sites.disabled = sites.disabled.filter((d) => d !== site);
    sites.user = sites.user.map((u) => (under(h, u.host) ? { ...u, enabled: true } : u));
  } else if (!sites.off.includes(h)) {
    sites.off = [...sites.off, h].sort();
  }
  return { ...s, sites };
}

/** Sets (or with null removes) the rule for exactly this host. */
export function setRule(s: Settings, hostname: string, target: Target | null): Settings {
  const rules = { ...s.conversion.rules };
  const h = keyOf(hostname);
  if (target) rules[h] = target;
  else delete rules[h];
  const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...s, conversion: { ...s.conversion, rules: sorted } };
}

export type AddSiteError = 'invalid' | 'builtin' | 'exists';

/** Checks what a reader typed as a new user site: the host key, or why it cannot be added. */
export function checkNewSite(s: Settings, input: string): { host: string } | { error: AddSiteError } {
  const host = normaliseHost(input);
  if (!host) return { error: 'invalid' };
  if (builtInSiteOf(host)) return { error: 'builtin' };
  if (s.sites.user.some((u) => u.host === host)) return { error: 'exists' };
  return { host };
}

export function addUserSite(s: Settings, host: string): Settings {
  if (s.sites.user.some((u) => u.host === host)) return s;
  return { ...s, sites: { ...s.sites, user: [...s.sites.user, { host, enabled: true }] } };
}

export function removeUserSite(s: Settings, host: string): Settings {
  return { ...s, sites: { ...s.sites, user: s.sites.user.filter((u) => u.host !== host) } };
}

export type OverrideError = 'empty' | 'exists' | 'long';

export function checkOverride(s: Settings, from: string, to: string): OverrideError | null {
  if (!from.trim()) return 'empty';
  if (from.length > LIMITS.phrase || to.length > LIMITS.phrase) return 'long';
  if (s.overrides.some((o) => o.from === from)) return 'exists';
  return null;
}

// ---- Overrides ---------------------------------------------------------------------------------

/**
 * Applies the reader's phrase overrides to converted text in one left-to-right pass, longest
 * phrase first, so a replacement is never replaced again (`台湾 → 臺灣` then `臺 → 台` cannot chain).
 */
export function applyOverrides(texts: readonly string[], overrides: readonly Override[]): string[] {
  const usable = overrides.filter((o) => o.from.length > 0);
  if (usable.length === 0) return [...texts];
  const map = new Map(usable.map((o) => [o.from, o.to]));
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(alternatives.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return texts.map((t) => t.replace(re, (m) => map.get(m) ?? m));
}

// ---- Reading -----------------------------------------------------------------------------------

export interface Problem {
  /** Where, as a dotted path (`conversion.rules.example.com`). */
  path: string;
  /** What was expected there, in English, for the message and the console. */
  expected: string;
}

type Obj = Record<string, unknown>;
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads fields into a default document; every problem is recorded and the default kept. */
class Reader {
  readonly problems: Problem[] = [];
  readonly unknown: string[] = [];

  bad(path: string, expected: string): void {
    this.problems.push({ path, expected });
  }

  obj(x: unknown, path: string, known: readonly string[]): Obj | null {
    if (x === undefined) return null;
    if (!isObj(x)) {
      this.bad(path, 'an object');
      return null;
    }
    for (const k of Object.keys(x)) if (!known.includes(k)) this.unknown.push(join(path, k));
    return x;
  }

  pick<T>(o: Obj | null, key: string, path: string, ok: (v: unknown) => v is T, expected: string, fallback: T): T {
    const v = o?.[key];
    if (v === undefined) return fallback;
    if (ok(v)) return v;
    this.bad(join(path, key), expected);
    return fallback;
  }

  list<T>(o: Obj | null, key: string, path: string, max: number, item: (v: unknown, p: string) => T | null): T[] {
    const v = o?.[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.bad(join(path, key), 'a list');
      return [];
    }
    if (v.length > max) {
      this.bad(join(path, key), `at most ${max} entries`);
      return [];
    }
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = item(x, join(join(path, key), i));
      if (r !== null) out.push(r);
    });
    return out;
  }
}

const oneOf = <T>(values: readonly T[]) => (v: unknown): v is T => (values as readonly unknown[]).includes(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isColour = (v: unknown): v is string | null => v === null || (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v));
const isPhrase = (v: unknown, min: number): v is string => typeof v === 'string' && v.length >= min && v.length <= LIMITS.phrase;

function readSites(r: Reader, x: unknown): Settings['sites'] {
  const o = r.obj(x, 'sites', ['disabled', 'user', 'off']);
  const seen = new Set<string>();
  const unique = (v: string, p: string): boolean => {
    if (seen.has(v)) {
      r.bad(p, 'no repeated site');
      return false;
    }
    seen.add(v);
    return true;
  };
  const disabled = r.list(o, 'disabled', 'sites', BUILT_IN_IDS.length, (v, p) => {
    if (!oneOf(BUILT_IN_IDS)(v)) return r.bad(p, `one of ${BUILT_IN_IDS.join(', ')}`), null;
    return unique(v, p) ? v : null;
  });
  seen.clear();
  const user = r.list(o, 'user', 'sites', LIMITS.userSites, (v, p): UserSite | null => {
    const u = r.obj(v, p, ['host', 'enabled']);
    if (!u) return null;
    if (!isHost(u.host)) return r.bad(`${p}.host`, 'a host name such as example.com'), null;
    if (builtInSiteOf(u.host)) return r.bad(`${p}.host`, 'a site that is not built in'), null;
    if (!unique(u.host, `${p}.host`)) return null;
    return { host: u.host, enabled: r.pick(u, 'enabled', p, isBool, 'true or false', true) };
  });
  seen.clear();
  const off = r.list(o, 'off', 'sites', LIMITS.off, (v, p) => {
    if (!isHost(v)) return r.bad(p, 'a host name such as example.com'), null;
    return unique(v, p) ? v : null;
  });
  return { disabled: [...disabled].sort(), user, off: [...off].sort() };
}

function readKinds<T>(r: Reader, x: unknown, path: string, ok: (v: unknown) => v is T, expected: string, fallback: Record<Kind, T>): Record<Kind, T> {
  const o = r.obj(x, path, KINDS);
  const out = { ...fallback };
  for (const k of KINDS) out[k] = r.pick(o, k, path, ok, expected, fallback[k]);
  return out;
}

const lowerCase = (c: Record<Kind, string | null>): Record<Kind, string | null> => ({
  figure: c.figure?.toLowerCase() ?? null, date: c.date?.toLowerCase() ?? null, program: c.program?.toLowerCase() ?? null,
});

function readHighlights(r: Reader, x: unknown, d: Settings['highlights']): Settings['highlights'] {
  const o = r.obj(x, 'highlights', ['shown', 'colours']);
  return {
    shown: readKinds(r, o?.shown, 'highlights.shown', isBool, 'true or false', d.shown),
    colours: lowerCase(readKinds(r, o?.colours, 'highlights.colours', isColour, 'a colour such as #d97706, or null', d.colours)),
  };
}

function readRules(r: Reader, x: unknown, path: string): Record<string, Target> {
  if (x === undefined) return {};
  if (!isObj(x)) return r.bad(path, 'an object of host → script'), {};
  const entries = Object.entries(x);
  if (entries.length > LIMITS.rules) return r.bad(path, `at most ${LIMITS.rules} rules`), {};
  const out: Record<string, Target> = {};
  for (const [host, target] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isHost(host)) r.bad(`${path}.${host}`, 'a host name such as example.com');
    else if (!oneOf(TARGETS)(target)) r.bad(`${path}.${host}`, `one of ${TARGETS.join(', ')}`);
    else out[host] = target;
  }
  return out;
}

function readConversion(r: Reader, x: unknown, d: Settings['conversion']): Settings['conversion'] {
  const o = r.obj(x, 'conversion', ['defaultTarget', 'traditional', 'quotes', 'rules']);
  const p = 'conversion';
  return {
    defaultTarget: r.pick(o, 'defaultTarget', p, oneOf(DEFAULT_TARGETS), DEFAULT_TARGETS.join(', '), d.defaultTarget),
    traditional: r.pick(o, 'traditional', p, oneOf(TRADITIONAL_VARIANTS), TRADITIONAL_VARIANTS.join(', '), d.traditional),
    quotes: r.pick(o, 'quotes', p, oneOf<Quotes>(['corner', 'curly', null]), 'corner, curly or null', d.quotes),
    rules: readRules(r, o?.rules, 'conversion.rules'),
  };
}

function readSidebar(r: Reader, x: unknown, d: Settings['sidebar']): Settings['sidebar'] {
  const o = r.obj(x, 'sidebar', ['autoOpen', 'mode']);
  return {
    autoOpen: r.pick(o, 'autoOpen', 'sidebar', isBool, 'true or false', d.autoOpen),
    mode: r.pick(o, 'mode', 'sidebar', oneOf<SidebarLayout>(['reflow', 'overlay']), 'reflow or overlay', d.mode),
  };
}

function readOverrides(r: Reader, x: unknown): Override[] {
  const seen = new Set<string>();
  return r.list({ overrides: x }, 'overrides', '', LIMITS.overrides, (v, path): Override | null => {
    const o = r.obj(v, path, ['from', 'to']);
    if (!o) return null;
    if (!isPhrase(o.from, 1) || !o.from.trim()) return r.bad(`${path}.from`, `a phrase of 1 to ${LIMITS.phrase} characters`), null;
    if (!isPhrase(o.to, 0)) return r.bad(`${path}.to`, `a phrase of at most ${LIMITS.phrase} characters`), null;
    if (seen.has(o.from)) return r.bad(`${path}.from`, 'a phrase not overridden twice'), null;
    seen.add(o.from);
    return { from: o.from, to: o.to };
  });
}

/** Reads a current-version settings object (no `version` key needed) into a full document. */
function readCurrent(x: unknown): { settings: Settings; problems: Problem[]; unknown: string[] } {
  const r = new Reader();
  const d = defaultSettings();
  const o = r.obj(x, '', ['version', 'sites', 'highlights', 'conversion', 'sidebar', 'overrides']) ?? {};
  const settings: Settings = {
    sites: readSites(r, o.sites),
    highlights: readHighlights(r, o.highlights, d.highlights),
    conversion: readConversion(r, o.conversion, d.conversion),
    sidebar: readSidebar(r, o.sidebar, d.sidebar),
    overrides: readOverrides(r, o.overrides),
  };
  return { settings, problems: r.problems, unknown: r.unknown };
}

// ---- Migrations --------------------------------------------------------------------------------

/**
 * Version 1 is what Kanbao 0.1 kept as separate storage items (issue 4's conversion items and
 * issue 5's sidebar items), gathered into one object: `{ version: 1, autoConvertBySite,
 * quoteStyle, sidebarMode, sidebarAutoOpen }`. Each migration takes version n to n + 1 and
 * never validates: the current reader does that once, at the end.
 */
const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  1: (v1) => ({
    version: 2,
    conversion: {
      ...(v1.quoteStyle !== undefined ? { quotes: v1.quoteStyle } : {}),
      ...(v1.autoConvertBySite !== undefined ? { rules: v1.autoConvertBySite } : {}),
    },
    sidebar: {
      ...(v1.sidebarMode !== undefined ? { mode: v1.sidebarMode } : {}),
      ...(v1.sidebarAutoOpen !== undefined ? { autoOpen: v1.sidebarAutoOpen } : {}),
    },
  }),
};

const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Runs the migrations from `version` up to the current one. */
export function migrate(x: Obj, version: number): Obj {
  let doc = x;
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from settings version ${v}`);
    doc = step(doc);
  }
  return doc;
}

/**
 * Stored settings (storage, or the legacy items gathered as version 1) as a current document.
 * Lenient: bad fields keep their defaults and are listed in `problems`; nothing throws.
 */
export function readStoredSettings(raw: unknown): { settings: Settings; problems: Problem[]; migratedFrom: number | null } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [], migratedFrom: null };
  if (!isObj(raw)) return { settings: defaultSettings(), problems: [{ path: '', expected: 'an object' }], migratedFrom: null };
  const version = isVersion(raw.version) ? raw.version : SETTINGS_VERSION;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Kanbao (another device): read what this version understands.
    const { settings, problems } = readCurrent(raw);
    return { settings, problems, migratedFrom: null };
  }
  const { settings, problems } = readCurrent(migrate(raw, version));
  return { settings, problems, migratedFrom: version < SETTINGS_VERSION ? version : null };
}

export function toStored(s: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...s };
}

// ---- Export and import -------------------------------------------------------------------------

export function exportSettings(s: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: SETTINGS_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: s };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'bad-version' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; problems: Problem[] };

export type ImportResult =
  | { ok: true; settings: Settings; migratedFrom: number | null; ignored: string[] }
  | { ok: false; error: ImportError };

/**
 * An exported file's text → settings, or why not. Strict: one bad value refuses the file, so an
 * import either replaces every setting or changes nothing. Keys this version does not know are
 * ignored and listed.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: { code: 'too-large' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isObj(raw) || raw.format !== SETTINGS_FORMAT) return { ok: false, error: { code: 'foreign' } };
  for (const k of Object.keys(raw)) if (!['format', 'version', 'exportedAt', 'settings'].includes(k)) return { ok: false, error: { code: 'foreign' } };
  if (!isVersion(raw.version)) return { ok: false, error: { code: 'bad-version' } };
  if (raw.version > SETTINGS_VERSION) return { ok: false, error: { code: 'newer', version: raw.version } };
  if (!isObj(raw.settings)) return { ok: false, error: { code: 'invalid', problems: [{ path: 'settings', expected: 'an object' }] } };
  const { settings, problems, unknown } = readCurrent(migrate({ ...raw.settings, version: raw.version }, raw.version));
  if (problems.length > 0) return { ok: false, error: { code: 'invalid', problems } };
  return { ok: true, settings, migratedFrom: raw.version < SETTINGS_VERSION ? raw.version : null, ignored: [...unknown].sort() };
}

/** Validates a document about to be saved (the UI's edits): the same rules as an import. */
export function validateSettings(s: Settings): Problem[] {
  return readCurrent(s).problems;
}
