import { convertBatch } from '@/lib/engines/opencc';
import type { BackgroundRequest } from '@/lib/messaging';

/**
 * Script conversion for content scripts: the ~1 MB phrase dictionaries stay here, out of the
 * script every page loads. Converters are built on first use.
 */
export async function convertTexts(msg: Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>): Promise<{ texts: string[] }> {
  return { texts: convertBatch(msg.texts, msg.to, { quotes: msg.quotes ?? null }) };
}
