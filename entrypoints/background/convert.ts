import type { BackgroundRequest } from '@/lib/messaging';

/** STUB: script conversion in the background (issue 4). */
export async function convertTexts(msg: Extract<BackgroundRequest, { type: 'kanbao/convert-text' }>): Promise<{ texts: string[] }> {
  return { texts: msg.texts };
}
