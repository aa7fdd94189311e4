import { MAX_HOST_LENGTH, SITES } from '../sites';
import { HIGHLIGHT_KINDS, type HighlightKind, type QuoteStyle, SCRIPT_TARGETS, type ScriptTarget, type SiteId } from '../types';

/**
 * Kanbao's preferences as one versioned document: its shape and its defaults. The same shape is
 * stored (lib/settings), synced to the reader's other computers and exported to a file.
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

/**
 * Groups of sites the reader lets Kanbao read beyond the built-in outlets, each behind an optional
 * host permission: central media, provincial and local media, government portals, or any page
 * (the detector then decides whether it reads as a Chinese news article).
 */
export type AccessGroup = 'central' | 'local' | 'government' | 'any';
export const ACCESS_GROUPS: readonly AccessGroup[] = ['central', 'local', 'government', 'any'];

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
    /**
     * The groups the reader switched on. Synced like every setting, while the permissions they
     * need are granted per browser: a group runs where it is listed here and its hosts are granted.
     */
    groups: AccessGroup[];
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
  /**
   * The local library of articles read: `paused` stops recording everywhere; `offHosts` are hosts
   * (`siteKey` form, covering their subdomains) whose articles are annotated but never recorded.
   */
  library: { paused: boolean; offHosts: string[] };
}

/** The stored form: the settings and the version they were written in. */
export type StoredSettings = Settings & { version: number };

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export const LIMITS = { userSites: 200, off: 1000, libraryOff: 1000, rules: 1000, overrides: 500, phrase: 100, hostLength: MAX_HOST_LENGTH } as const;
/** An import larger than this is refused before parsing. */
export const MAX_FILE_CHARS = 1_000_000;

export const BUILT_IN_IDS: readonly SiteId[] = SITES.map((s) => s.id);

export function defaultSettings(): Settings {
  return {
    sites: { disabled: [], user: [], off: [], groups: [] },
    highlights: {
      shown: { figure: true, date: true, program: true },
      colours: { figure: null, date: null, program: null },
    },
    conversion: { defaultTarget: 'original', traditional: 'auto', quotes: null, rules: {} },
    sidebar: { autoOpen: false, mode: 'reflow' },
    overrides: [],
    library: { paused: false, offHosts: [] },
  };
}
