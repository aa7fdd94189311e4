import { describe, expect, it } from 'vitest';
import { figureSeries } from '@/lib/core/library';
import { fig, makeArticle } from './make-article';

describe('figureSeries', () => {
  it('groups figures across articles by what they measure, folded, oldest first', () => {
    const march = makeArticle({ url: 'https://a.cn/3', published: '2024-03-15T10:00+08:00', figures: [fig('1.2万亿元', 1.2e12, '元', '社会消费品零售总额'), fig('3%', 3, '%', null)] });
    const jan = makeArticle({ url: 'http://b.cn/BIG5/1', published: '2024-01-16', script: 'traditional', figures: [fig('1.1萬億元', 1.1e12, '元', '社會消費品零售總額')] });
    const feb = makeArticle({ url: 'https://c.cn/2', published: '2024-02-10', figures: [fig('61.6%', 61.6, '%', '刑事警情'), fig('1.15万亿元', 1.15e12, '元', '社会消费品零售总额')] });
    const series = figureSeries([march, jan, feb]);
    expect(series.map((s) => [s.measures, s.points.length])).toEqual([['社会消费品零售总额', 3], ['刑事警情', 1]]);
    const retail = series[0]!;
    expect(retail.points.map((p) => p.value)).toEqual([1.1e12, 1.15e12, 1.2e12]);
    expect(retail.points[0]).toMatchObject({ articleId: jan.id, text: '1.1萬億元', unit: '元', date: '2024-01-16', url: 'http://b.cn/BIG5/1' });
  });

  it('leaves out figures whose subject was not found, and dates an undated article by its first read', () => {
    const undated = makeArticle({ url: 'https://d.cn/1', published: null, firstRead: Date.UTC(2024, 4, 1), figures: [fig('5个', 5, '个', '项目'), fig('7', 7, null, null)] });
    const s = figureSeries([undated]);
    expect(s).toHaveLength(1);
    expect(s[0]!.points[0]!.date).toBe('2024-05-01T00:00:00.000Z');
  });
});
