import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/core/article/text-article';

describe('articleFromText', () => {
  const seed = readFileSync('tests/fixtures/seed/people-hn-big5-2023-02-03.txt', 'utf8');
  const a = articleFromText(seed);

  it('keeps the text unchanged so offsets index the file', () => {
    expect(a.text).toBe(seed);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(a.text.slice(p.start, p.end).trim());
  });
  it('reads the header of the seed text: headline before the dateline, date, source, editors', () => {
    expect(a).toMatchObject({
      title: '大湖之南|守護萬家燈火,溫暖一方百姓',
      published: '2023-02-03T10:44+08:00',
      source: '人民日報客戶端',
      editors: ['李淑靜', '彭應兵'],
      script: 'traditional',
    });
  });
  it('takes the first line as the title when there is no dateline', () => {
    expect(articleFromText('  标题在这里\n正文第一段。\n\n正文第二段。').title).toBe('标题在这里');
    expect(articleFromText('  标题在这里\n正文第一段。\n\n正文第二段。').paragraphs).toHaveLength(3);
  });
});
