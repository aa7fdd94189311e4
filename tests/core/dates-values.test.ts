import { describe, expect, it } from 'vitest';
import { findDates, lunarName, type DateSpan } from '@/lib/core/extract/dates';
import { lunarToIso } from '@/lib/core/extract/dates/lunar';

/**
 * The value each date carries (docs/values.md, "Dates"). Sentences are constructed for these
 * tests; each class is checked on several shapes so that the rules, not the strings, pass.
 */
const PUB = '2024-03-15T09:00+08:00';
/** `published` null: no publication date. */
const all = (s: string, published: string | null = PUB) => findDates(s, published ? { published } : {});
const one = (s: string, published: string | null = PUB): DateSpan => {
  const found = all(s, published);
  expect(found.map((d) => d.text), s).toHaveLength(1);
  return found[0]!;
};

describe('two-digit years', () => {
  it('reads a two-digit year with a month as a year, in the century nearest the publication', () => {
    expect(one('该项目于19年7月3日至21年2月8日分两期建设')).toMatchObject({
      text: '19年7月3日至21年2月8日', kind: 'range', iso: '2019-07-03/2021-02-08',
    });
    expect(one('他在98年9月入伍')).toMatchObject({ text: '98年9月', iso: '1998-09' });
    expect(one('16年十一月，工厂投产')).toMatchObject({ iso: '2016-11' });
  });
  it('reads a leading zero, a year edge or a quarter as a year', () => {
    expect(one('她05年考入北京')).toMatchObject({ text: '05年', kind: 'year', iso: '2005' });
    expect(one('到〇八年，场馆全部完工')).toMatchObject({ text: '〇八年', iso: '2008' });
    expect(one('计划于26年底前完成')).toMatchObject({ text: '26年底', iso: '2026-12' });
    expect(one('21年一季度，营收回升')).toMatchObject({ text: '21年一季度', iso: '2021-01/2021-03' });
  });
  it('reads 以后/以前/起 after a number too large to count years as a year', () => {
    expect(one('88年以后出生的一代人')).toMatchObject({ text: '88年', iso: '1988' });
    expect(one('从76年起，他一直在厂里工作')).toMatchObject({ text: '76年', iso: '1976' });
  });
  it('leaves two-digit counts of years as durations', () => {
    expect(all('他在基层干了26年，再过15年以后退休，成立75年以后，已坚持12年3个月')).toEqual([]);
    expect(all('这30年以来变化很大，近20年底子更厚')).toEqual([]);
  });
  it('moves the century pivot with the publication year, and has one without it', () => {
    expect(one('31年5月', '2024-01-01').iso).toBe('2031-05');
    expect(one('36年5月', '2024-01-01').iso).toBe('1936-05');
    expect(one('31年5月', '1995-06-01').iso).toBe('1931-05');
    expect(one('29年5月', null).iso).toBe('2029-05');
  });
});

describe('years outside 1800–2199', () => {
  it('keeps an old year with its month and day instead of putting the publication year there', () => {
    expect(one('1405年7月11日，船队从太仓出发')).toMatchObject({ text: '1405年7月11日', iso: '1405-07-11' });
    expect(one('一六四四年三月，城破')).toMatchObject({ iso: '1644-03' });
  });
  it('reads a four-digit year that is not a round hundred, and any year after 公元', () => {
    expect(one('此城始建于1368年')).toMatchObject({ text: '1368年', kind: 'year', iso: '1368' });
    expect(one('公元755年爆发战乱')).toMatchObject({ text: '755年', iso: '0755' });
  });
  it('leaves round spans and counted spans of years alone', () => {
    expect(all('这座古城已有1300年历史，运河延续了1500年，距今约1100年')).toEqual([]);
    expect(all('纪念先贤辞世1765年')).toEqual([]);
    expect(one('上一次大震发生于1654年')).toMatchObject({ text: '1654年', iso: '1654' });
    expect(one('元朝1271年定都')).toMatchObject({ text: '1271年', iso: '1271' });
  });
  it('does not read a decade in a list of decades as a two-digit year', () => {
    expect(all('70、80、90、00年代的青年')).toEqual([]);
  });
});

describe('clock ranges', () => {
  it('gives the bare end of a range the part of the day of its start', () => {
    expect(one('展馆下午2:30至5:00开放')).toMatchObject({ text: '下午2:30至5:00', iso: 'T14:30/T17:00' });
    expect(one('晚上7时至9时30分举行')).toMatchObject({ iso: 'T19:00/T21:30' });
    expect(one('傍晚6:00-8:30')).toMatchObject({ iso: 'T18:00/T20:30' });
  });
  it('leaves ends that cannot share it', () => {
    expect(one('上午8:30至11:30')).toMatchObject({ iso: 'T08:30/T11:30' });
    expect(one('晚上10:00至2:00')).toMatchObject({ iso: 'T22:00/T02:00' });
    expect(one('下午1:00至晚上9:00')).toMatchObject({ iso: 'T13:00/T21:00' });
  });
});

describe('day words with a clock', () => {
  it('resolves the day from the publication date', () => {
    expect(one('明天上午9:30开幕')).toMatchObject({ text: '明天上午9:30', kind: 'datetime', iso: '2024-03-16T09:30' });
    expect(one('今晚七点直播')).toMatchObject({ text: '今晚七点', kind: 'datetime', iso: '2024-03-15T19:00' });
    expect(one('昨天下午4时许发生')).toMatchObject({ iso: '2024-03-14T16:00' });
    expect(one('今天8时至明天8时')).toMatchObject({ kind: 'range', iso: '2024-03-15T08:00/2024-03-16T08:00' });
    expect(one('明天下午2点到4点')).toMatchObject({ iso: '2024-03-16T14:00/2024-03-16T16:00' });
  });
  it('reads the day in 今晨, 明晚, 昨夜', () => {
    expect(one('今晨5时许发生地震')).toMatchObject({ text: '今晨5时许', iso: '2024-03-15T05:00' });
    expect(one('明晚8点开赛')).toMatchObject({ iso: '2024-03-16T20:00' });
    expect(one('昨夜11时起')).toMatchObject({ iso: '2024-03-14T23:00' });
  });
  it('moves 24时 after a whole date to the next day, and keeps it on a bare clock', () => {
    expect(one('报名至4月30日24时截止')).toMatchObject({ text: '4月30日24时', iso: '2024-05-01T00:00' });
    expect(one('开放时间为8时至24时')).toMatchObject({ iso: 'T08:00/T24:00' });
  });
  it('crosses the month end', () => {
    expect(one('明天10时', '2024-02-29T08:00+08:00').iso).toBe('2024-03-01T10:00');
  });
  it('gives the time alone without a publication date', () => {
    expect(one('明天上午9:30', null).iso).toBe('T09:30');
  });
  it('counts 次日 from the date before it in the range', () => {
    expect(one('6月1日21时至次日7时')).toMatchObject({ iso: '2024-06-01T21:00/2024-06-02T07:00' });
    expect(one('23时至次日5时')).toMatchObject({ iso: 'T23:00/T05:00' });
  });
  it('counts 当天, 当晚, 次日 from the last date before them in the paragraph', () => {
    const got = all('投票于7月6日上午8时开始，当晚9时结束，次日10时公布结果。');
    expect(got.map((d) => [d.text, d.iso])).toEqual([
      ['7月6日上午8时', '2024-07-06T08:00'], ['当晚9时', '2024-07-06T21:00'], ['次日10时', '2024-07-07T10:00'],
    ]);
  });
});

describe('lunar dates', () => {
  it('finds lunar days in any month and says they are lunar', () => {
    expect(one('农历二月初二，龙抬头')).toMatchObject({ text: '农历二月初二', kind: 'date', iso: null, lunar: { month: 2, day: 2 } });
    expect(one('每年腊月初八熬粥')).toMatchObject({ text: '腊月初八', iso: null, lunar: { month: 12, day: 8 } });
    expect(one('九月初九登高')).toMatchObject({ lunar: { month: 9, day: 9 } });
    expect(one('五月初五赛龙舟')).toMatchObject({ lunar: { month: 5, day: 5 } });
    expect(one('到了八月十五赏月')).toMatchObject({ text: '八月十五', lunar: { month: 8, day: 15 } });
    expect(one('正月廿六开工')).toMatchObject({ lunar: { month: 1, day: 26 } });
    expect(one('农历七月十五')).toMatchObject({ lunar: { month: 7, day: 15 } });
    expect(one('农历闰六月初三')).toMatchObject({ lunar: { month: 6, day: 3, leap: true } });
    expect(one('农历十一月')).toMatchObject({ kind: 'month', iso: null, lunar: { month: 11 } });
    // Without a numeral (农历冬月, 正月) it is one of the optional relative items.
    expect(all('农历冬月，正月')).toEqual([]);
  });
  it('reads Traditional script the same', () => {
    expect(one('農曆臘月二十四掃塵')).toMatchObject({ text: '農曆臘月二十四', lunar: { month: 12, day: 24 } });
  });
  it('converts to the Gregorian day when the lunar year is written', () => {
    expect(one('2020年五月初五')).toMatchObject({ iso: '2020-06-25', lunar: { year: 2020, month: 5, day: 5 } });
    expect(one('2019年农历八月十五')).toMatchObject({ iso: '2019-09-13', lunar: { year: 2019, month: 8, day: 15 } });
    expect(one('今年正月初一')).toMatchObject({ iso: '2024-02-10', lunar: { year: 2024, month: 1, day: 1 } });
    // The twelfth month of a lunar year falls in the next Gregorian year.
    expect(one('2021年腊月二十八')).toMatchObject({ iso: '2022-01-30' });
  });
  it('keeps Gregorian days Gregorian, and counts as counts', () => {
    expect(one('十月一日国庆')).toMatchObject({ iso: '2023-10-01' });
    expect(one('十月一日国庆').lunar).toBeUndefined();
    expect(one('案发于九月二十六号凌晨')).toMatchObject({ text: '九月二十六号凌晨', iso: '2023-09-26' });
    expect(all('八月十五个项目开工').map((d) => d.text)).toEqual(['八月']);
    expect(all('3月初一些企业复工').map((d) => d.text)).toEqual(['3月初']);
  });
});

describe('lunar conversion and names', () => {
  it('converts through the Chinese calendar, leap months and short months included', () => {
    expect(lunarToIso(2024, 1, 1)).toBe('2024-02-10');
    expect(lunarToIso(2020, 4, 1, true)).toBe('2020-05-23');
    expect(lunarToIso(2021, 4, 1, true)).toBeNull();
    // 2024's twelfth month has 29 days: 三十 is its last day, New Year's Eve.
    expect(lunarToIso(2024, 12, 30)).toBe('2025-01-28');
    expect(lunarToIso(2025, 6, 10, true)).toBe('2025-08-03');
  });
  it('names a lunar date in its own calendar', () => {
    expect(lunarName({ month: 10, day: 1 })).toBe('农历十月初一');
    expect(lunarName({ month: 12, day: 23 })).toBe('农历腊月二十三');
    expect(lunarName({ month: 4, day: 15, leap: true })).toBe('农历闰四月十五');
    expect(lunarName({ year: 2015, month: 1, day: 20 })).toBe('2015年农历正月二十');
    expect(lunarName({ month: 11 })).toBe('农历冬月');
  });
});

describe('approximate dates', () => {
  it('keeps 左右 inside the span', () => {
    expect(one('新馆2008年左右建成')).toMatchObject({ text: '2008年左右', iso: '2008' });
    expect(one('晚上9点左右')).toMatchObject({ text: '晚上9点左右', iso: 'T21:00' });
  });
});

describe('optional day words', () => {
  it('resolves 今天, 昨天, 明天 from the publication date', () => {
    const got = findDates('昨天，今天，明天，当天', { published: PUB, optional: true });
    expect(got.map((d) => [d.text, d.iso])).toEqual([['昨天', '2024-03-14'], ['今天', '2024-03-15'], ['明天', '2024-03-16'], ['当天', null]]);
  });
});
