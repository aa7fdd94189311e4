import type { Settings } from '@/lib/core/settings';
import type { Translate } from '@/lib/i18n';

/** What every options section receives: the strings, the settings, and one way to change them. */
export interface SectionProps {
  t: Translate;
  settings: Settings;
  onChange: (next: Settings) => void;
}

export interface CommandInfo {
  name: string;
  description: string;
  /** The key the browser assigned ('' when none). */
  shortcut: string;
}

export type BrowserName = 'chrome' | 'firefox';

export interface StatusLine {
  kind: 'ok' | 'error';
  text: string;
}
