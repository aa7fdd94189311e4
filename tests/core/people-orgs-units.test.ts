import { beforeAll, describe, expect, it } from 'vitest';
import { findPeople } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

// Constructed sentences (names made up): a department's unit named right after it, before the
// title of the person who heads or deputises for it.

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

const orgs = (text: string) => findPeople(text, segmenter.tag(text)).organisations.map((o) => o.name);

describe('a department\'s unit before its head\'s title', () => {
  it('is the body, named with its department', () => {
    expect(orgs('浙江省委组织部党员教育中心副主任王明说，为民造福不是口号。')).toEqual(['浙江省委组织部党员教育中心']);
  });

  it('is not taken from a party committee\'s own secretary', () => {
    expect(orgs('县教育局党委书记张强表示。')).not.toContain('县教育局党委书记');
  });
});
