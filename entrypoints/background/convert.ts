import { convertBatch } from '@/lib/engines/opencc';
import { applyOverrides } from '@/lib/core/settings';
import type { BackgroundRequest } from '@/lib/messaging';
import { type LiveSettings, openLiveSettings } from '@/lib/settings';

/**
 * Script conversion for content scripts: the ~1 MB phrase dictionaries stay here, out of the
 * script every page loads. Converters are built on first use. The reader's phrase overrides
 * (options page) apply to OpenCC's output; the settings are read on first use and then follow
 * storage change events, never read again per batch.
 */
let settings: Promise<LiveSettings> | null = null;

export async function convertTexts(msg: Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>): Promise<{ texts: string[] }> {
  const texts = convertBatch(msg.texts, msg.to, { quotes: msg.quotes ?? null });
  settings ??= openLiveSettings();
  return { texts: applyOverrides(texts, (await settings).current.overrides) };
}
