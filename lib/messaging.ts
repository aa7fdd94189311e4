import type { PageInfo, Script } from './core/types';

/**
 * The one message protocol between Kanbao's contexts. Messages are plain objects whose `type`
 * starts with `kanbao/`, so tests (and outside tools) can drive the content script with
 * `chrome.tabs.sendMessage` exactly as the popup does. Every receiver validates with
 * `parseMessage` and ignores anything else: a message is untrusted input.
 */
export type Request = { type: 'kanbao/state' };

export interface StateReply {
  isArticle: boolean;
  site: PageInfo['site'];
  title: string | null;
  published: string | null;
  script: Script | null;
  /** The detector's verdict, for the popup's details. */
  page: PageInfo;
}

const TYPES = new Set<Request['type']>(['kanbao/state']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Returns the message if it is one of ours and well formed, else null. */
export function parseMessage(x: unknown): Request | null {
  if (!isRecord(x) || typeof x.type !== 'string') return null;
  if (!TYPES.has(x.type as Request['type'])) return null;
  switch (x.type) {
    case 'kanbao/state':
      return { type: 'kanbao/state' };
    default:
      return null;
  }
}
