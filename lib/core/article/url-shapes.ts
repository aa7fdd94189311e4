import { webUrl } from '../sites';
import type { PageKind } from '../types';

/**
 * URL shapes of the CMSs that China's state and party media and government portals run on: the id
 * schemes of their article pages (and of a few list pages), independent of the host. PURE.
 *
 * The URL rules apply them to the outlets of the field registry (lib/core/sites OUTLETS) that
 * have no rules of their own; `articleShapedUrl` offers them to the generic detector as one
 * signal for a page on any host. Each shape's note (the outlets it was read from) and the real
 * URLs it must match and miss (list and channel pages of the same sites) are kept in
 * url-rule-examples.ts, keyed by shape id, out of the content script that carries the shapes.
 */

export interface UrlShape {
  id: string;
  kind: PageKind;
  /** Tested against the URL's pathname (query and hash ignored). */
  path: RegExp;
  /**
   * Read from built-in outlets only (their own rules decide there), so no field rule is made of
   * it: it is a signal for pages on other hosts that run the same CMS.
   */
  signalOnly?: true;
}

/** Any directory prefix (`/xwzx/gnsz/gdxw/`, or none). */
const DIRS = String.raw`(?:[\w.-]+/)*`;

const re = (body: string) => new RegExp(`^/${DIRS}${body}$`, 'i');

export const ARTICLE_SHAPES: readonly UrlShape[] = [
  {
    id: 'trs-dated',
    kind: 'article',
    path: re(String.raw`\d{6}(?:\d{2}|/\d{2})?/t(?:\d{8}_)?\d+(?:_\d+)*(?:_[a-z]+)?\.s?html?`),
  },
  {
    id: 'content-dated',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/content_\w+\.s?html?`),
  },
  {
    id: 'epaper-nw',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/nw\.D\d+[a-z]*_\d{8}_\d+-\d+\.htm`),
  },
  {
    id: 'epaper-pc',
    kind: 'article',
    path: re(String.raw`pc/(?:paper/c|content)/\d{6}/\d{2}/(?:c|content_)\d+\.html`),
  },
  {
    id: 'system-dated',
    kind: 'article',
    path: re(String.raw`system/\d{4}/\d{2}/\d{2}/\d+(?:_\d+)?\.s?html?`),
  },
  {
    id: 'dated-path-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{1,2}/\d{1,2}/(?:\d{5,}|[0-9a-f]{32}|art_\d+_\d+)\.s?html?`),
  },
  {
    id: 'year-monthday-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{4}/\d+\.s?html?`),
  },
  {
    id: 'year-month-day-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}-\d{2}/\d+\.s?html?`),
  },
  {
    id: 'date-id',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}-\d{2}/\d+(?:_\d+)?\.s?html?`),
  },
  {
    id: 'month-day-channel-id',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{2}/\d+_\d+\.s?html?`),
  },
  {
    id: 'hex-c',
    kind: 'article',
    path: re(String.raw`\d{8}/[0-9a-f]{32}/c\.html?`),
  },
  {
    id: 'date-uuid',
    kind: 'article',
    path: re(String.raw`\d{8}/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html`),
  },
  {
    id: 'month-day-uuid',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{2}/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html`),
  },
  {
    id: 'node-hex',
    kind: 'article',
    path: re(String.raw`node_[0-9a-f]{10}/[0-9a-f]{10}\.shtml`),
  },
  {
    id: 'arti',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}/\d{2}/ARTI\w+\.shtml`),
  },
  {
    id: 'people-cms',
    kind: 'article',
    path: re(String.raw`n\d?/\d{4}/\d{4}/c\d+-\d+(?:-\d+)?\.html`),
  },
  {
    id: 'ws-hex',
    kind: 'article',
    path: re(String.raw`a/\d{6}/\d{2}/WS[0-9a-f]{24}\.html`),
  },
  {
    id: 'content-post',
    kind: 'article',
    path: re(String.raw`content/m?post_\d+\.html?`),
  },
  {
    id: 'c-id',
    kind: 'article',
    path: re(String.raw`\d{4}-\d{2}/\d{2}/c_\d+\.htm`),
  },
  {
    id: 'month-hex',
    kind: 'article',
    path: re(String.raw`\d{6}(?:\d{2})?/[0-9a-f]{32}\.s?html?`),
  },
  {
    id: 'month-id',
    kind: 'article',
    path: re(String.raw`\d{6}/\d{6,}\.s?html?`),
  },
  {
    id: 'date8-id',
    kind: 'article',
    path: re(String.raw`\d{8}/\d{5,}\.s?html?`),
  },
  {
    id: 'year-month-id',
    kind: 'article',
    path: re(String.raw`\d{4}/\d{2}/id/\d+\.s?html?`),
  },
];

/**
 * Shapes of the central government portal's CMS, which ministries and local portals under gov.cn
 * also run: content_<id> under a month folder or a /content/<year>/ folder.
 */
export const SIGNAL_SHAPES: readonly UrlShape[] = [
  {
    id: 'month-content',
    kind: 'article',
    signalOnly: true,
    path: re(String.raw`(?:\d{6}|content/\d{4})/content_\d+\.html?`),
  },
];

/** List shapes that the general rules (index pages, node_<id> lists) do not already cover. */
export const LIST_SHAPES: readonly UrlShape[] = [
  {
    id: 'node-hex-list',
    kind: 'list',
    path: re(String.raw`node_[0-9a-f]{10}/?`),
  },
  {
    id: 'epaper-layout-any',
    kind: 'list',
    path: re(String.raw`(?:\d{4}-\d{2}/\d{2}/nbs\.[\w.-]+\.htm|pc/(?:paper/)?layout/\d{6}/\d{2}/node_\w+\.html)`),
  },
  {
    id: 'list-file',
    kind: 'list',
    path: re(String.raw`(?:(?:list|more|news)(?:[_-]?\d+)*(?:\.s?html?)?|list/[\w-]+\.s?html?)`),
  },
];

/**
 * Whether a URL on any host has the path of an article in one of the shapes above. A signal for
 * the generic detector, never a verdict: on hosts outside the registry the page decides.
 */
export function articleShapedUrl(url: string): boolean {
  const path = webUrl(url)?.pathname;
  return path !== undefined && (ARTICLE_SHAPES.some((s) => s.path.test(path)) || SIGNAL_SHAPES.some((s) => s.path.test(path)));
}
