import { convertBatch, convertersReady } from '@/lib/engines/opencc';
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

type ConvertRequest = Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>;

/** The texts converted, the reader's overrides applied to OpenCC's output. */
export async function convertOnly(msg: ConvertRequest): Promise<string[]> {
  const converted = convertBatch(msg.texts, msg.to, { quotes: msg.quotes ?? null });
  settings ??= openLiveSettings();
  return applyOverrides(converted, (await settings).current.overrides);
}

/**
 * A content script's batch: the texts converted, and per text what the page's report counts
 * (countText: its CJK characters, the characters changed). Counting loops over every character:
 * here it runs warm, in the page it would run cold, once per page. The glossary's cards are
 * converted without it (convertOnly): nothing counts them.
 */
export async function convertTexts(msg: ConvertRequest): Promise<{ texts: string[]; cjk: number[]; changed: number[] } | { cold: true }> {
  // Asked ahead of the reader: only on converters already built (see convertersReady).
  if (msg.ahead && !convertersReady(msg.texts, msg.to)) return { cold: true };
  const texts = await convertOnly(msg);
  const cjk: number[] = [];
  const changed: number[] = [];
  texts.forEach((after, i) => {
    const c = countText(msg.texts[i]!, after);
    cjk.push(c.cjk);
    changed.push(c.changed);
  });
  return { texts, cjk, changed };
}
