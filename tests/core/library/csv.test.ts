import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMNS, articlesCsv, FIGURE_COLUMNS, figuresCsv, PEOPLE_COLUMNS, peopleCsv, PROGRAM_COLUMNS, programsCsv } from '@/lib/core/library';
import { fig, makeArticle, prog } from './make-article';

const a = makeArticle({
  url: 'https://www.news.cn/a.html',
  title: '标题, 带 "引号"',
  figures: [fig('3至5年', 3, '年', '期限', '期限为3至5年。'), fig('-1.2%', -1.2, '%', '=SUM(A1)')],
  programs: [prog('“一件事一次办”', 2, ['第一句。', '第二句。'])],
  people: [{ name: '王一鸥', title: '副省长', titles: ['副省长', '厅长'] }],
  keywords: ['消费', '警情'],
});
a.figures[0]!.value = [3, 5];

const lines = (csv: string) => csv.split('\r\n');

describe('library CSV tables', () => {
  it('writes one header and one row per article, quoting commas and quotes, CRLF line ends', () => {
    const csv = articlesCsv([a]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines(csv)[0]).toBe(ARTICLE_COLUMNS.join(','));
    expect(lines(csv)[1]).toContain('"标题, 带 ""引号"""');
    expect(lines(csv)[1]).toContain('消费; 警情');
    expect(lines(csv)[1]).toContain('2024-03-04T00:00:00.000Z');
  });

  it('writes a range as value and high, a negative number as a number, and defuses a formula from a page', () => {
    const rows = lines(figuresCsv([a]));
    expect(rows[0]).toBe(FIGURE_COLUMNS.join(','));
    expect(rows[1]).toBe(`${a.id},2024-03-04T09:00+08:00,3至5年,3,5,年,count,期限,期限为3至5年。`);
    expect(rows[2]).toContain(",'-1.2%,-1.2,,%,percent,'=SUM(A1),");
  });

  it('writes programs with their sentences in one quoted field, and people with every post', () => {
    expect(lines(programsCsv([a]))[0]).toBe(PROGRAM_COLUMNS.join(','));
    expect(programsCsv([a])).toContain(',“一件事一次办”,quoted_head,2,"第一句。\n第二句。"');
    expect(lines(peopleCsv([a]))).toEqual([PEOPLE_COLUMNS.join(','), `${a.id},2024-03-04T09:00+08:00,王一鸥,副省长,副省长; 厅长`, '']);
  });
});
