import { classifyUrl, detect, gateByUrl, wantsGeneric, type UrlVerdict } from '../../core/article';
import type { PageInfo } from '../../core/types';
import { readGenericSignals } from './generic-signals';
import { readPageSignals } from './page-signals';
import { detectPlatformPage } from './templates';

/**
 * Is this page an in-scope Chinese article, and whose? The URL gate runs first: list and other
 * pages return before the DOM is touched, because the content script runs on every page of these
 * sites and must stay under 2 ms on non-articles. `url` is null for archive copies and CLI input
 * without --url; then (and for undecided paths) the DOM signals decide alone. `verdict` is
 * `classifyUrl(url)` when the caller has it already (the content script reads the address before
 * the page is parsed), so that the rules run once per page.
 */
export function detectPage(doc: Document, url: string | null, verdict: UrlVerdict | null = url ? classifyUrl(url) : null): PageInfo {
  // WeChat and People's Daily app pages: outlets' articles on platforms that are not their sites.
  const platform = detectPlatformPage(doc, url);
  if (platform) return platform;
  const gated = gateByUrl(verdict);
  if (gated) return gated;
  // A host outside the built-in outlets: the generic detector reads the page's text runs too.
  const generic = wantsGeneric(url, verdict) ? readGenericSignals(doc) : null;
  return detect(url, readPageSignals(doc), verdict, generic);
}
