import { findPeople } from '@/lib/core/analysis/people';
import type { Segmenter } from '@/lib/engines/jieba';

/** The organisations findPeople reports in `text`, by name, in page order of their first mention. */
export function organisationsInOrder(segmenter: Segmenter, text: string): string[] {
  return findPeople(text, segmenter.tag(text)).organisations
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((o) => o.name);
}
