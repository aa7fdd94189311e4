import { describe, expect, it } from 'vitest';
import { findDates, type DateSpan } from '@/lib/core/extract/dates/find-dates';

const PUB = '2023-02-03T10:44+08:00';
const texts = (s: string, published = PUB) => findDates(s, { published }).map((d) => d.text);
const one = (s: string, published = PUB): DateSpan => {
  const found = findDates(s, { published });
  expect(found, s).toHaveLength(1);
  return found[0]!;
};

describe('findDates: calendar points', () => {
  it('reads a dateline with a clock as one datetime (seed, Traditional)', () => {
    const d = one('2023年02月03日10:44 | 來源:人民日報客戶端');
    expect(d).toMatchObject({ text: '2023年02月03日10:44', start: 0, end: 16, kind: 'datetime', iso: '2023-02-03T10:44' });
  });
  it('reads numeric datelines, with the space before the clock inside', () => {
    expect(one('发稿时间：2024-05-13 06:03:00 ')).toMatchObject({ text: '2024-05-13 06:03:00', iso: '2024-05-13T06:03:00' });
    expect(one('2024/5/9')).toMatchObject({ kind: 'date', iso: '2024-05-09' });
  });
  it('reads year, month and day at the precision written', () => {
    expect(one('2024年5月9日，国务院新闻办举行发布会')).toMatchObject({ text: '2024年5月9日', kind: 'date', iso: '2024-05-09' });
    expect(one('2019年10月，教育部等7部门印发意见')).toMatchObject({ text: '2019年10月', kind: 'month', iso: '2019-10' });
    expect(one('用水量比2020年下降40.8%')).toMatchObject({ text: '2020年', kind: 'year', iso: '2020' });
    expect(one('二〇二三年十月十八日')).toMatchObject({ kind: 'date', iso: '2023-10-18' });
    expect(one('二○二四年')).toMatchObject({ iso: '2024' });
  });
  it('keeps an adjacent relative year or month word, and resolves it from the publication date', () => {
    expect(one('就在去年10月，意见印发')).toMatchObject({ text: '去年10月', iso: '2022-10' });
    expect(one('今年3月，总书记主持召开座谈会')).toMatchObject({ text: '今年3月', iso: '2023-03' });
    expect(one('哈马斯本月6日宣布')).toMatchObject({ text: '本月6日', iso: '2023-02-06' });
    expect(findDates('就在去年10月')[0]!.iso).toBe('--10');
  });
  it('reads bare months and days in leads and datelines', () => {
    expect(texts('新华社北京5月19日电 中国科学院专家19日在北京介绍')).toEqual(['5月19日', '19日']);
    expect(texts('十月，湖南发布了意见')).toEqual(['十月']);
    expect(one('5月9日，学校举办了活动').iso).toBe('2023-05-09');
  });
  it('infers the year of a bare month or day from the publication date', () => {
    expect(one('12月28日，会议召开', '2024-01-03').iso).toBe('2023-12-28');
    expect(one('28日，会议召开', '2024-03-02').iso).toBe('2024-02-28');
    expect(one('5月9日').iso).toBe('2023-05-09');
    expect(findDates('5月9日')[0]!.iso).toBe('--05-09');
  });
  it('leaves 以来, 起, 后, 前 outside and 年末, 年底 inside', () => {
    expect(texts('2023年以来')).toEqual(['2023年']);
    expect(texts('2022年起，河南在已经建成')).toEqual(['2022年']);
    expect(one('到2025年末，全省建成')).toMatchObject({ text: '2025年末', kind: 'period', iso: '2025-12' });
    expect(texts('上海从2018年年初开始试点')).toEqual(['2018年年初']);
    expect(texts('3月底前完成')).toEqual(['3月底']);
    expect(texts('截至2023年底')).toEqual(['2023年底']);
  });
});

describe('findDates: periods', () => {
  it('reads half years, quarters and first-N-months as periods (§5.2)', () => {
    expect(one('2024年下半年')).toMatchObject({ kind: 'period', iso: '2024-07/2024-12' });
    expect(one('一季度，全省GDP增长')).toMatchObject({ text: '一季度', iso: '2023-01/2023-03' });
    expect(one('前三季度，全国居民收入增长')).toMatchObject({ text: '前三季度', iso: '2023-01/2023-09' });
    expect(one('今年第二季度')).toMatchObject({ text: '今年第二季度', iso: '2023-04/2023-06' });
    expect(one('去年前10个月，出口增长')).toMatchObject({ text: '去年前10个月', iso: '2022-01/2022-10' });
    expect(one('前4个月，全国进出口增长')).toMatchObject({ text: '前4个月', iso: '2023-01/2023-04' });
    expect(one('截至二季度末')).toMatchObject({ text: '二季度末', iso: '2023-06' });
    expect(texts('提前3个月完成，近3个月来')).toEqual([]);
    expect(one('3月份，销量回升')).toMatchObject({ text: '3月份', kind: 'period', iso: '2023-03' });
    expect(one('自5月下旬开始巡演')).toMatchObject({ text: '5月下旬' });
    expect(one('上世纪80年代')).toMatchObject({ kind: 'period', iso: '1980/1989' });
  });
});

describe('findDates: ranges are one span', () => {
  it('joins point + connector + point', () => {
    expect(one('2021年至2025年')).toMatchObject({ kind: 'range', iso: '2021/2025' });
    expect(one('李强5月7日至9日在新疆调研')).toMatchObject({ text: '5月7日至9日', iso: '2023-05-07/2023-05-09' });
    expect(one('在2017年10月18日至2020年1月13日期间')).toMatchObject({ text: '2017年10月18日至2020年1月13日' });
  });
  it('joins a bare start number that borrows the unit of the end', () => {
    expect(one('2024年1至11月，全国规上工业')).toMatchObject({ text: '2024年1至11月', iso: '2024-01/2024-11' });
    expect(one('2019—2023年')).toMatchObject({ text: '2019—2023年', iso: '2019/2023' });
    expect(one('今年1-4月')).toMatchObject({ text: '今年1-4月', iso: '2023-01/2023-04' });
    expect(one('5月9-10日')).toMatchObject({ text: '5月9-10日', iso: '2023-05-09/2023-05-10' });
  });
  it('reads clock ranges across midnight as one span (seed, Traditional)', () => {
    expect(one('各夜市巡邏中隊在22時至次日6時開展動態巡邏')).toMatchObject({ text: '22時至次日6時', kind: 'range', iso: 'T22:00/T06:00' });
    expect(one('开放时间9:00-17:00')).toMatchObject({ text: '9:00-17:00', iso: 'T09:00/T17:00' });
  });
  it('lets the end of a clock range lean on its start', () => {
    expect(one('上午10点到12点开放')).toMatchObject({ text: '上午10点到12点', iso: 'T10:00/T12:00' });
    expect(one('晚上8点至10点')).toMatchObject({ iso: 'T20:00/T22:00' });
    expect(one('9时至17时')).toMatchObject({ kind: 'range' });
  });
});

describe('findDates: clock times', () => {
  it('keeps the part-of-day word and a following 多, leaves 后 outside', () => {
    expect(one('傍晚六點,夜幕降臨')).toMatchObject({ text: '傍晚六點', kind: 'time', iso: 'T18:00' });
    expect(one('每天晚上十點后盡量降低說話聲音')).toMatchObject({ text: '晚上十點', iso: 'T22:00' });
    expect(one('上午11点多，记者赶到现场')).toMatchObject({ text: '上午11点多', iso: 'T11:00' });
    expect(one('凌晨2点，火势得到控制')).toMatchObject({ text: '凌晨2点', iso: 'T02:00' });
    expect(one('截至5月21日9时40分')).toMatchObject({ text: '5月21日9时40分', kind: 'datetime', iso: '2023-05-21T09:40' });
    expect(one('19日上午10时许')).toMatchObject({ text: '19日上午10时许', kind: 'datetime' });
    expect(one('北京时间10日凌晨2时30分')).toMatchObject({ text: '10日凌晨2时30分', iso: '2023-02-10T02:30' });
    expect(one('1月1日零时起施行')).toMatchObject({ text: '1月1日零时', iso: '2023-01-01T00:00' });
  });
  it('does not read 点 figures or words as times', () => {
    expect(texts('提出三点建议，占比百分之三点五')).toEqual([]);
    expect(texts('一时间，3点意见')).toEqual([]);
  });
});

describe('findDates: what is not a date', () => {
  it('skips durations and figures (§1.1)', () => {
    expect(texts('警力24小時在街面巡邏，已連續3年開通，春節前半個月')).toEqual([]);
    expect(texts('具有5000年历史，近2000年来，3至5年，3个月，连续3日，已有2000年的历史，3日内')).toEqual([]);
    expect(texts('90后青年，改革开放40年，10年来')).toEqual([]);
    expect(texts('迎来游客十余萬人，投入警力1600余人次，用户总数突破3000萬')).toEqual([]);
  });
  it('skips numbers in names, codes and contact lines', () => {
    expect(texts('五一商圈人头攒动，京ICP备12004265号-13，邮箱rmrbkhdhnpd@163.com，Copyright 1997-2024')).toEqual([]);
    expect(texts('党的二十大，十四届全国人大，高三学生，统一部署')).toEqual([]);
  });
  it('leaves optional relative words out unless asked for', () => {
    expect(texts('去年，今年春节期间，第二天，正月')).toEqual([]);
    const optional = findDates('去年，第二天', { published: PUB, optional: true });
    expect(optional.map((d) => [d.text, d.kind, d.iso])).toEqual([['去年', 'relative', '2022'], ['第二天', 'relative', null]]);
  });
});

describe('findDates: offsets', () => {
  it('slices back to the span text, also after astral characters', () => {
    const text = '𠀀𠀋𪚥 据报道，2023年5月9日上午10时，𩸽会议在京举行。22时至次日6时巡逻。';
    const found = findDates(text, { published: PUB });
    expect(found.map((d) => d.text)).toEqual(['2023年5月9日上午10时', '22时至次日6时']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
  it('accepts full-width digits and colons', () => {
    expect(one('２０２３年２月３日１０：４４')).toMatchObject({ iso: '2023-02-03T10:44' });
  });
});

describe('findDates: a day and its part of the day', () => {
  it('keeps 上午/晚上 after a day inside the span, in both scripts', () => {
    const spans = (s: string) => findDates(s, { published: '2024-05-20T08:00+08:00' }).map((d) => d.text);
    expect(spans('代表团于11月30日上午抵达。')).toEqual(['11月30日上午']);
    expect(spans('會議19日晚上結束。')).toEqual(['19日晚上']);
    expect(spans('5月7日至9日下午举行')).toEqual(['5月7日至9日下午']);
    // Not after a bare month or year, and a clock time keeps its own part-of-day rule.
    expect(spans('2023年上午')).toEqual(['2023年']);
    expect(spans('30日上午10时')).toEqual(['30日上午10时']);
  });
});
