import { beforeAll, describe, expect, it } from 'vitest';
import { findPeople } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

// Every sentence here is constructed for the test (companies, places and people made up where
// they could be); each one stands for a class of context in which news text names an organisation
// that an earlier round missed or cut, or a stretch it took for one wrongly.

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

/** The organisations found, by name, in page order of their first mention. */
const orgs = (text: string) =>
  findPeople(text, segmenter.tag(text)).organisations
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((o) => o.name);

describe('inspection teams sent by a committee or the centre', () => {
  it.each([
    ['2019年甘肃省委第三巡视组指出，项目论证不够充分。', '甘肃省委第三巡视组'],
    ['中央第二生态环境保护督察组昨天进驻湖北。', '中央第二生态环境保护督察组'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('names no team by its kind alone', () => {
    expect(orgs('巡视组指出，要加强日常管理。')).toEqual([]);
  });
});

describe('a company glued to its filing by jieba', () => {
  it('reads the company back from the head inside the glued word', () => {
    expect(orgs('对此，浦东有轨交通公司公告称，客流逐年下降。')).toEqual(['浦东有轨交通公司']);
  });
});

describe('a company named in apposition to a word for its kind', () => {
  it.each([
    ['销量第二的汽车品牌吉利向媒体表示，交付将推迟。', '吉利'],
    ['受影响的服饰公司包括耐克、阿迪达斯等。', '耐克'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('leaves a person, a place and a verb the HMM made up after a kind word alone', () => {
    expect(orgs('公司张明表示，明年会更好。')).toEqual([]);
    expect(orgs('这家公司北京总部很大。')).toEqual([]);
    expect(orgs('技术之争就是企业之战，同样决定了未来。')).toEqual([]);
    expect(orgs('主播为本地知名企业带货。')).toEqual([]);
  });
});

describe('the last member of a list of bodies joined by 和', () => {
  it('takes it with the others when it is a name', () => {
    expect(orgs('在华为、联发科和展锐的竞争中，份额变化很大。')).toEqual(['华为', '联发科', '展锐']);
  });
});

describe('an outlet that reports, with a time word before its report', () => {
  it.each([
    ['据蓝鲸财经此前报道，该公司去年营收增长三成。', '蓝鲸财经'],
    ['据江城晚报日前报道，该项目已经停工。', '江城晚报'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });
});

describe('words glued before a body that are the sentence’s', () => {
  it('drops a negating prefix before a village’s cooperative', () => {
    expect(orgs('非青石村经济合作社社员的车辆需缴费。')).toEqual(['青石村经济合作社']);
  });

  it('names no body by a preposition and a determiner the HMM glued (经本公司)', () => {
    expect(orgs('经本公司内部调整确认，利润有所下降。')).toEqual([]);
  });

  it('names no brand by a determiner and an industry word (这套智能)', () => {
    expect(orgs('这套智能停车收费系统于今年启用。')).toEqual([]);
  });
});
