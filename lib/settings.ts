import { storage } from 'wxt/utils/storage';
import type { ConvertTarget, QuoteStyle, ScriptTarget } from './messaging';

/**
 * Kanbao's stored settings, each declared once with a version so later issues can migrate
 * them. Keys are per site (`siteKey(hostname)`).
 */

/** The reader's last script choice per site, restored when they come back. */
export const scriptChoiceBySite = storage.defineItem<Record<string, ScriptTarget>>('local:scriptChoiceBySite', {
  fallback: {},
  version: 1,
});

/** Convert automatically on page load, per site. */
export const autoConvertBySite = storage.defineItem<Record<string, ConvertTarget>>('local:autoConvertBySite', {
  fallback: {},
  version: 1,
});

/** “” ⇄ 「」 when converting (null: leave quotes alone). */
export const quoteStyle = storage.defineItem<QuoteStyle>('local:quoteStyle', { fallback: null, version: 1 });
