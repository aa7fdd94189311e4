import { isHost, siteOf } from '../sites';
import {
  ACCESS_GROUPS, BUILT_IN_IDS, DEFAULT_TARGETS, defaultSettings, KINDS, LIMITS, type Kind, type Override, type Quotes, type Settings, type SidebarLayout,
  type Target, TARGETS, TRADITIONAL_VARIANTS, type UserSite,
} from './document';
import { isBool, isObj, oneOf, type Problem, Reader } from './field-reader';

/**
 * A current-version document read field by field against the rules of each setting: a bad value
 * becomes a problem and keeps its default; unknown keys are listed, not kept.
 */
const isColour = (v: unknown): v is string | null => v === null || (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v));
const isPhrase = (v: unknown, min: number): v is string => typeof v === 'string' && v.length >= min && v.length <= LIMITS.phrase;

function readSites(r: Reader, x: unknown): Settings['sites'] {
  const o = r.obj(x, 'sites', ['disabled', 'user', 'off', 'groups']);
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
    if (siteOf(u.host)) return r.bad(`${p}.host`, 'a site that is not built in'), null;
    if (!unique(u.host, `${p}.host`)) return null;
    return { host: u.host, enabled: r.pick(u, 'enabled', p, isBool, 'true or false', true) };
  });
  seen.clear();
  const off = r.list(o, 'off', 'sites', LIMITS.off, (v, p) => {
    if (!isHost(v)) return r.bad(p, 'a host name such as example.com'), null;
    return unique(v, p) ? v : null;
  });
  seen.clear();
  // Absent in documents written before the groups existed: none switched on, so no migration.
  const groups = r.list(o, 'groups', 'sites', ACCESS_GROUPS.length, (v, p) => {
    if (!oneOf(ACCESS_GROUPS)(v)) return r.bad(p, `one of ${ACCESS_GROUPS.join(', ')}`), null;
    return unique(v, p) ? v : null;
  });
  return { disabled: [...disabled].sort(), user, off: [...off].sort(), groups: ACCESS_GROUPS.filter((g) => groups.includes(g)) };
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

/**
 * Absent in documents written before the library existed: recording on everywhere, which is what
 * the defaults say, so no migration step is needed (as with the access groups).
 */
function readLibrary(r: Reader, x: unknown, d: Settings['library']): Settings['library'] {
  const o = r.obj(x, 'library', ['paused', 'offHosts']);
  const seen = new Set<string>();
  const offHosts = r.list(o, 'offHosts', 'library', LIMITS.libraryOff, (v, p) => {
    if (!isHost(v)) return r.bad(p, 'a host name such as example.com'), null;
    if (seen.has(v)) return r.bad(p, 'no repeated site'), null;
    seen.add(v);
    return v;
  });
  return { paused: r.pick(o, 'paused', 'library', isBool, 'true or false', d.paused), offHosts: [...offHosts].sort() };
}

/** Reads a current-version settings object (no `version` key needed) into a full document. */
export function readDocument(x: unknown): { settings: Settings; problems: Problem[]; unknown: string[] } {
  const r = new Reader();
  const d = defaultSettings();
  const o = r.obj(x, '', ['version', 'sites', 'highlights', 'conversion', 'sidebar', 'overrides', 'library']) ?? {};
  const settings: Settings = {
    sites: readSites(r, o.sites),
    highlights: readHighlights(r, o.highlights, d.highlights),
    conversion: readConversion(r, o.conversion, d.conversion),
    sidebar: readSidebar(r, o.sidebar, d.sidebar),
    overrides: readOverrides(r, o.overrides),
    library: readLibrary(r, o.library, d.library),
  };
  return { settings, problems: r.problems, unknown: r.unknown };
}

/** Validates a document about to be saved (the UI's edits): the same rules as an import. */
export function validateSettings(s: Settings): Problem[] {
  return readDocument(s).problems;
}
