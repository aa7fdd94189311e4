import {
  type ConvertTarget,
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type KindSwitches,
  type PageInfo,
  type QuoteStyle,
  type Script,
  SCRIPT_TARGETS,
  type ScriptTarget,
} from './core/types';

/**
 * The one message protocol between Kanbao's contexts. Messages are plain objects whose `type`
 * starts with `kanbao/`, so tests (and outside tools) can drive the content script with
 * `chrome.tabs.sendMessage` exactly as the popup does. Every receiver validates with
 * `parseMessage` (content script) or `parseBackgroundMessage` (background) and ignores anything
 * else: a message is untrusted input.
 */
// The unions live in core (pure code uses them too); the protocol's users find them here as well.
export { HIGHLIGHT_KINDS, SCRIPT_TARGETS };
export type { ConvertTarget, HighlightKind, KindSwitches, QuoteStyle, ScriptTarget };

/** Sent to a tab's content script (by the popup, the background's commands and menus, tests). */
export type Request =
  | { type: 'kanbao/state' }
  /** Switch highlight kinds on or off; kinds left out keep their state. Replies with the state. */
  | { type: 'kanbao/highlights'; kinds: Partial<KindSwitches> }
  /** Convert the page's script (or restore the original exactly). Replies with the state. */
  | { type: 'kanbao/convert'; to: ScriptTarget }
  /** Open or close the summary sidebar. Replies with the state. */
  | { type: 'kanbao/sidebar'; open: boolean }
  /** Re-read text that appeared since the last conversion. Replies with the state. */
  | { type: 'kanbao/rescan' }
  /**
   * Treat this page as an article even if the detector did not, and annotate it (the popup's
   * "Annotate this page", after loading the annotator through activeTab). Replies with the state.
   */
  | { type: 'kanbao/annotate-page' }
  /** List the figures, dates and programs in a selected text (the context menu). Replies with a SelectionReply. */
  | { type: 'kanbao/annotate-selection'; text: string }
  /**
   * Take everything Kanbao put into the page back out: the original script, no marks, no
   * tooltip, no sidebar. The page is then exactly as it loaded (the `data-kanbao`/`-site` verdict
   * on <html> stays). `kanbao/annotate-page` annotates it again. Replies with the state.
   */
  | { type: 'kanbao/clear' };

/** Sent by a content script to the background, which owns the heavy engines. */
export type BackgroundRequest =
  /** Convert a batch of strings (OpenCC with phrase dictionaries, which stay out of the content script). */
  | { type: 'kanbao/convert-text'; texts: string[]; to: ConvertTarget; quotes?: QuoteStyle }
  /** Segment the article with jieba and return keywords, people and a summary. */
  | { type: 'kanbao/analyze'; text: string; known: string[] }
  /** Show the number of highlights on the toolbar badge of the sender's tab. */
  | { type: 'kanbao/badge'; count: number }
  /** The detector found an article: load the annotator (the larger content script) into this frame. */
  | { type: 'kanbao/inject' };

export interface StateReply {
  isArticle: boolean;
  site: PageInfo['site'];
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
  editors: string[];
  /** The script the article is written in, as read. */
  script: Script | null;
  /** The detector's verdict, for the popup's details. */
  page: PageInfo;
  /** True once the article's highlights are in the page. */
  annotated: boolean;
  /** Spans found per kind (whether shown or not). */
  counts: Record<HighlightKind, number>;
  /** Which kinds are shown. */
  kinds: KindSwitches;
  /** The page's current script target (`original` until converted). */
  converted: ScriptTarget;
  /** Characters the last Traditional conversion repaired (machine-converted pages), else 0. */
  repaired: number;
  sidebarOpen: boolean;
}

/** What the annotator found in a selection (`kanbao/annotate-selection`). */
export interface SelectionReply {
  counts: Record<HighlightKind, number>;
  /** Each span as written, in text order per kind. */
  items: { kind: HighlightKind; text: string; start: number; end: number }[];
  /** True when a view (the sidebar) took the result and is showing it. */
  shown: boolean;
}

/** Longest selection the annotator accepts (a selection of a whole long page still fits). */
export const MAX_SELECTION = 200_000;

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

const isTarget = (x: unknown): x is ScriptTarget => (SCRIPT_TARGETS as readonly unknown[]).includes(x);

/** The reply of a page that is not an article (or before the annotator has loaded). */
export function basicState(page: PageInfo): StateReply {
  return {
    isArticle: page.isArticle, site: page.site, title: null, published: null, source: null, authors: [], editors: [],
    script: null, page, annotated: false, counts: { figure: 0, date: 0, program: 0 },
    kinds: { figure: true, date: true, program: true }, converted: 'original', repaired: 0, sidebarOpen: false,
  };
}

/** A content script's view: returns the message if it is one of ours and well formed, else null. */
export function parseMessage(x: unknown): Request | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !x.type.startsWith('kanbao/')) return null;
  switch (x.type) {
    case 'kanbao/state':
    case 'kanbao/rescan':
    case 'kanbao/annotate-page':
    case 'kanbao/clear':
      return { type: x.type };
    case 'kanbao/annotate-selection':
      return typeof x.text === 'string' && x.text.trim() !== '' && x.text.length <= MAX_SELECTION
        ? { type: 'kanbao/annotate-selection', text: x.text }
        : null;
    case 'kanbao/highlights': {
      const kinds = parseKinds(x.kinds);
      return kinds ? { type: 'kanbao/highlights', kinds } : null;
    }
    case 'kanbao/convert':
      return isTarget(x.to) ? { type: 'kanbao/convert', to: x.to } : null;
    case 'kanbao/sidebar':
      return typeof x.open === 'boolean' ? { type: 'kanbao/sidebar', open: x.open } : null;
    default:
      return null;
  }
}

/** Upper bounds that keep one message from tying up the background: a 1 MB page fits easily. */
export const MAX_TEXTS = 200_000;
export const MAX_CHARS = 8_000_000;

/** The background's view of a content script's message. */
export function parseBackgroundMessage(x: unknown): BackgroundRequest | null {
  if (!isRecord(x) || typeof x.type !== 'string' || !x.type.startsWith('kanbao/')) return null;
  switch (x.type) {
    case 'kanbao/convert-text': {
      const { texts, to, quotes } = x;
      if (!Array.isArray(texts) || texts.length > MAX_TEXTS || !texts.every((t) => typeof t === 'string')) return null;
      if (texts.reduce((n: number, t: string) => n + t.length, 0) > MAX_CHARS) return null;
      if (!isTarget(to) || to === 'original') return null;
      if (quotes !== undefined && quotes !== null && quotes !== 'corner' && quotes !== 'curly') return null;
      return { type: 'kanbao/convert-text', texts: texts as string[], to, quotes: (quotes ?? null) as QuoteStyle };
    }
    case 'kanbao/analyze': {
      const { text, known } = x;
      if (typeof text !== 'string' || text.length > MAX_CHARS) return null;
      if (!Array.isArray(known) || known.length > 100 || !known.every((k) => typeof k === 'string' && k.length <= 20)) return null;
      return { type: 'kanbao/analyze', text, known: known as string[] };
    }
    case 'kanbao/inject':
      return { type: 'kanbao/inject' };
    case 'kanbao/badge':
      return typeof x.count === 'number' && Number.isInteger(x.count) && x.count >= 0 && x.count < 1e6
        ? { type: 'kanbao/badge', count: x.count }
        : null;
    default:
      return null;
  }
}
