import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPeople, isNameShape, type PeopleResult } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

const read = (path: string) => readFileSync(path, 'utf8');
const seed = read('tests/fixtures/seed/people-hn-big5-2023-02-03.txt');

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

const analyse = (text: string, known: string[] = []) => findPeople(text, segmenter.tag(text), { known });
const person = (r: PeopleResult, name: string) => r.people.find((p) => p.name === name);
const names = (r: PeopleResult) => r.people.map((p) => p.name);

describe('isNameShape', () => {
  it('accepts 2–3 Han characters after a common surname, 3–4 after a compound one', () => {
    for (const n of ['王凯', '王一鸥', '孙守刚', '欧阳修', '司马相如']) expect(isNameShape(n)).toBe(true);
  });
  it('rejects particles inside, posts, places and non-Han strings', () => {
    for (const n of ['王的', '高水平x', '陆港区', '游客', '保驾护航', '王', 'Wang']) expect(isNameShape(n)).toBe(false);
  });
});

describe('findPeople on the seed (Traditional)', () => {
  let r: PeopleResult;
  beforeAll(() => {
    r = analyse(seed, ['王雲娜', '孫超']);
  });

  it('gives 王一鷗 the title the article gives him, in the original script', () => {
    const p = person(r, '王一鷗')!;
    expect(p.title).toBe('湖南省副省長、省公安廳廳長');
    expect(p.count).toBe(1);
    expect(seed.slice(p.mentions[0]!.start, p.mentions[0]!.end)).toBe('王一鷗');
  });

  it('finds names jieba splits or glues to other words, with their titles', () => {
    expect(person(r, '周賽保')?.title).toBe('湖南省公安廳黨委副書記、常務副廳長'); // 周赛/保
    expect(person(r, '彭鐵軍')?.title).toBe('雷鋒派出所民警'); // 彭/铁军, caption
    expect(person(r, '安志')?.title).toBe('雷鋒派出所所長'); // 所/长安/志
    expect(person(r, '陳燦')?.title).toBe('定王台派出所所長'); // 陈灿说/x
    const yang = person(r, '楊曙光')!;
    expect(yang.title).toBe('長沙市公安局芙蓉分局定王台派出所社區民警');
    expect(yang.count).toBe(6);
    for (const m of yang.mentions) expect(seed.slice(m.start, m.end)).toBe('楊曙光');
    expect(person(r, '戴銳')?.count).toBe(3);
  });

  it('includes the bylines as known people', () => {
    expect(person(r, '王雲娜')).toMatchObject({ known: true });
    expect(person(r, '孫超')).toMatchObject({ known: true });
    expect(person(r, '王一鷗')?.known).toBe(false);
  });

  it('does not take place names, idioms or common words for people', () => {
    const all = names(r);
    for (const wrong of ['雷鋒', '王台', '高水平', '保駕護航', '福祉', '周賽', '長安', '常德', '岳陽樓', '小杰'])
      expect(all).not.toContain(wrong);
  });

  it('lists organisations and places with counts and offsets', () => {
    const orgs = Object.fromEntries(r.organisations.map((o) => [o.name, o.count]));
    expect(orgs['長沙市公安局']).toBeGreaterThanOrEqual(3);
    expect(orgs['湖南省公安廳']).toBeGreaterThanOrEqual(2);
    expect(Object.keys(orgs).some((o) => o.includes('楊曙光'))).toBe(false);
    const places = Object.fromEntries(r.places.map((p) => [p.name, p.count]));
    expect(places['湖南']).toBeGreaterThan(20);
    expect(places['長沙']).toBeGreaterThan(5);
    for (const notPlace of ['治安', '城市', '上門', '長安']) expect(places[notPlace]).toBeUndefined();
    for (const e of [...r.organisations, ...r.places]) {
      expect(e.count).toBe(e.mentions.length);
      for (const m of e.mentions) expect(seed.slice(m.start, m.end).length).toBeGreaterThan(1);
    }
  });
});

describe('findPeople on Simplified corpus articles', () => {
  it('people_n1_02: officials introduced before they speak', () => {
    const r = analyse(read('tests/fixtures/gold/people_n1_02.txt'));
    expect(person(r, '王凯')).toMatchObject({ title: '河南省委副书记、省长', count: 5 });
    expect(person(r, '孙守刚')?.title).toBe('河南省委常委、常务副省长');
    expect(person(r, '马健')?.title).toBe('河南省发展改革委主任');
    expect(names(r)).toContain('习近平');
  });

  it('gov_02_kepu: a list of officials is split at each name', () => {
    const r = analyse(read('tests/fixtures/gold/gov_02_kepu.txt'));
    expect(person(r, '习近平')?.title).toBe('中共中央总书记、国家主席、中央军委主席');
    expect(person(r, '李强')?.title).toBe('中共中央政治局常委、国务院总理');
    expect(person(r, '陈吉宁')?.title).toBe('上海市委书记');
    expect(person(r, '信长星')?.title).toBe('江苏省委书记');
    expect(person(r, '易炼红')?.title).toBe('浙江省委书记');
    expect(person(r, '谢环驰')?.title).toBe('新华社记者'); // photo credit with spaces
  });

  it('youth_01: a student named without a title is found by repetition', () => {
    const r = analyse(read('tests/fixtures/gold/youth_01.txt'));
    expect(person(r, '刘佳芸')?.count).toBe(7);
    expect(person(r, '罗娟')?.title).toBe('上海工程技术大学管理学院副院长');
    expect(names(r)).not.toContain('养老');
  });

  it('xinhua_01: a transliterated name cut short by jieba is rejoined', () => {
    const r = analyse(read('tests/fixtures/gold/xinhua_01.txt'));
    expect(person(r, '马克龙')?.title).toBe('法国总统');
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(['法国', '巴黎']));
  });

  it('finds a title set off by commas after the name', () => {
    const text = '张立军，河南省农业农村厅副厅长，在会上介绍了情况。';
    expect(person(findPeople(text, segmenter.tag(text)), '张立军')?.title).toBe('河南省农业农村厅副厅长');
  });
});
