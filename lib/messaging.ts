import type { PageInfo, Script } from './core/types';

/**
 * The one message protocol between Kanbao's contexts. Messages are plain objects whose `type`
 * starts with `kanbao/`, so tests (and outside tools) can drive the content script with
 * `chrome.tabs.sendMessage` exactly as the popup does. Every receiver validates with
 * `parseMessage` and ignores anything else: a message is untrusted input.
 */
export type HighlightKind = 'figure' | 'date' | 'program';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['figure', 'date', 'program'];
export type KindSwitches = Record<HighlightKind, boolean>;

export type Request =
  | { type: 'kanbao/state' }
  /** Switch highlight kinds on or off; kinds left out keep their state. Replies with the state. */
  | { type: 'kanbao/highlights'; kinds: Partial<KindSwitches> };

export interface StateReply {
  isArticle: boolean;
  site: PageInfo['site'];
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
  editors: string[];
  script: Script | null;
  /** The detector's verdict, for the popup's details. */
  page: PageInfo;
  /** True once the article's highlights are in the page. */
  annotated: boolean;
  /** Spans found per kind (whether shown or not). */
  counts: Record<HighlightKind, number>;
  /** Which kinds are shown. */
  kinds: KindSwitches;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseKinds(x: unknown): Partial<KindSwitches> | null {
  if (!isRecord(x)) return null;
  const out: Partial<KindSwitches> = {};
  for (const [k, v] of Object.entries(x)) {
    if (!(HIGHLIGHT_KINDS as readonly string[]).includes(k) || typeof v !== 'boolean') return null;
    out[k as HighlightKind] = v;
  }
  return out;
}

/** Returns the message if it is one of ours and well formed, else null. */
export function parseMessage(x: unknown): Request | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !x.type.startsWith('kanbao/')) return null;
  switch (x.type) {
    case 'kanbao/state':
      return { type: 'kanbao/state' };
    case 'kanbao/highlights': {
      const kinds = parseKinds(x.kinds);
      return kinds ? { type: 'kanbao/highlights', kinds } : null;
    }
    default:
      return null;
  }
}
