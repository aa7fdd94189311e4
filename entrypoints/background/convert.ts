import { convertBatch } from '@/lib/engines/opencc';
import { applyOverrides } from '@/lib/core/settings';
import { countText } from '@/lib/core/convert';
import type { BackgroundRequest } from '@/lib/messaging';
import { type LiveSettings, openLiveSettings } from '@/lib/settings';

/**
 * Script conversion for content scripts: the ~1 MB phrase dictionaries stay here, out of the
 * script every page loads. Converters are built on first use. The reader's phrase overrides
 * (options page) apply to OpenCC's output; the settings are read on first use and then follow
 * storage change events, never read again per batch.
 */
let settings: Promise<LiveSettings> | null = null;

export async function convertTexts(msg: Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>): Promise<{ texts: string[]; cjk: number[]; changed: number[] }> {
  const converted = convertBatch(msg.texts, msg.to, { quotes: msg.quotes ?? null });
  settings ??= openLiveSettings();
  const texts = applyOverrides(converted, (await settings).current.overrides);
  // Per text, what the page's report counts (countText: its CJK characters, the characters
  // changed). Counting loops over every character: here it runs warm, in the page it would run
  // cold, once per page.
  const cjk: number[] = [];
  const changed: number[] = [];
  texts.forEach((after, i) => {
    const c = countText(msg.texts[i]!, after);
    cjk.push(c.cjk);
    changed.push(c.changed);
  });
  return { texts, cjk, changed };
}
