import type { BackgroundRequest } from '@/lib/messaging';

/** STUB: jieba analysis in the background (issue 5). */
export async function analyze(_msg: Extract<BackgroundRequest, { type: 'kanbao/analyze' }>): Promise<unknown> {
  return null;
}
