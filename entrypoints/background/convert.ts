import { convertBatch } from '@/lib/engines/opencc';
import { applyOverrides, type Override } from '@/lib/core/settings';
import type { BackgroundRequest } from '@/lib/messaging';
import { getSettings, watchSettings } from '@/lib/settings';

/**
 * Script conversion for content scripts: the ~1 MB phrase dictionaries stay here, out of the
 * script every page loads. Converters are built on first use. The reader's phrase overrides
 * (options page) apply to OpenCC's output; they are read once and again after a settings change.
 */
let overrides: Promise<Override[]> | null = null;
let watching = false;

function currentOverrides(): Promise<Override[]> {
  if (!watching) {
    watching = true;
    watchSettings(() => (overrides = null));
  }
  overrides ??= getSettings().then((s) => s.overrides, () => []);
  return overrides;
}

export async function convertTexts(msg: Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>): Promise<{ texts: string[] }> {
  const texts = convertBatch(msg.texts, msg.to, { quotes: msg.quotes ?? null });
  return { texts: applyOverrides(texts, await currentOverrides()) };
}
