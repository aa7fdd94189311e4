import { describe, expect, it } from 'vitest';
import { mergeArticle } from '@/lib/core/library';
import { makeArticle, prog } from './make-article';

const BIG5 = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const SIMPLIFIED = 'https://hn.people.com.cn/n2/2023/0203/c356883-40290005.html';
const DAY = 86_400_000;
const T0 = Date.UTC(2023, 1, 3);

describe('mergeArticle', () => {
  it('on a revisit keeps the first read, moves the last read, adds a read and unions the URLs', () => {
    const first = makeArticle({ url: BIG5, firstRead: T0, lastRead: T0, programs: [prog('“护企安商”机制')] });
    const again = makeArticle({ url: SIMPLIFIED, firstRead: T0 + DAY, lastRead: T0 + DAY, title: '更正后的标题' });
    expect(first.id).toBe(again.id);
    const m = mergeArticle(first, again);
    expect(m.id).toBe(first.id);
    expect(m.firstRead).toBe(T0);
    expect(m.lastRead).toBe(T0 + DAY);
    expect(m.reads).toBe(2);
    expect(m.urls).toEqual([BIG5, SIMPLIFIED]);
    expect(m.url).toBe(SIMPLIFIED);
    // The newer reading's facts stand (a page may have been corrected).
    expect(m.title).toBe('更正后的标题');
    expect(m.programs).toEqual([]);
    // A third visit at the first URL keeps the list without repeats.
    const third = mergeArticle(m, makeArticle({ url: BIG5, firstRead: T0 + 2 * DAY, lastRead: T0 + 2 * DAY }));
    expect(third.urls).toEqual([BIG5, SIMPLIFIED]);
    expect(third.reads).toBe(3);
  });

  it('is idempotent: the same record merged again, or an older copy, changes nothing', () => {
    const a = mergeArticle(makeArticle({ url: BIG5, firstRead: T0, lastRead: T0 }), makeArticle({ url: SIMPLIFIED, firstRead: T0 + DAY, lastRead: T0 + DAY }));
    expect(mergeArticle(a, a)).toEqual(a);
    expect(mergeArticle(mergeArticle(a, a), a)).toEqual(a);
    const older = makeArticle({ url: BIG5, firstRead: T0, lastRead: T0 });
    expect(mergeArticle(a, older)).toEqual(a);
  });

  it('adds the reads of two devices whose readings do not overlap, and keeps the newer facts either way round', () => {
    const here = makeArticle({ url: BIG5, firstRead: T0, lastRead: T0 + DAY, reads: 3, title: '旧' });
    const there = makeArticle({ url: SIMPLIFIED, firstRead: T0 + 5 * DAY, lastRead: T0 + 6 * DAY, reads: 2, title: '新' });
    const m = mergeArticle(here, there);
    expect(m.reads).toBe(5);
    expect(m.title).toBe('新');
    expect(mergeArticle(there, here).title).toBe('新');
    expect(mergeArticle(there, here).firstRead).toBe(T0);
  });
});
