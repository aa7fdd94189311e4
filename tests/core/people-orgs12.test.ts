import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences of our own (no article's text): each class of organisation the extractor
// cut, glued or invented before, in Simplified and Traditional.

const { orgs } = peopleReader();

describe('a verb or a word for people before a body is the sentence', () => {
  it('leaves out a verb of visiting jieba tags a noun, and the plural suffix before it', () => {
    expect(orgs('周末，学生们参观南京博物院，了解六朝历史。')).toEqual(['南京博物院']);
    expect(orgs('游客们参观陕西历史博物馆时排起长队。')).toEqual(['陕西历史博物馆']);
    expect(orgs('孩子們參觀中國科技館，動手做實驗。')).toEqual(['中國科技館']);
  });

  it('leaves out a verb with the complement 出 jieba tags a noun', () => {
    expect(orgs('这种做法折射出中国政府的务实作风。')).toEqual(['中国政府']);
  });
});

describe('news of an event or a time is no outlet', () => {
  it('takes no body from a year’s or a meeting’s news coverage', () => {
    expect(orgs('今年全国两会新闻报道更加注重互动。')).toEqual([]);
    expect(orgs('去年進博會新聞報道的數量創新高。')).toEqual([]);
  });

  it('still names an outlet cited as the source', () => {
    expect(orgs('据澎湃新闻报道，大桥今天合龙。')).toEqual(['澎湃新闻']);
  });
});

describe('a country and a kind of body is a class, no name', () => {
  it('reads museums, libraries and schools of a country as a class', () => {
    expect(orgs('他说，中国博物馆的数字化展示让人印象深刻。')).toEqual([]);
    expect(orgs('外國圖書館也派人前來交流。')).toEqual([]);
  });

  it('keeps the national ones that carry a word more', () => {
    expect(orgs('展览在中国国家博物馆开幕。')).toEqual(['中国国家博物馆']);
  });
});

describe('central state enterprises and their units', () => {
  it('knows the groups of the state assets commission by their short names', () => {
    expect(orgs('中储粮集团公司有关负责人说，今年收购进展顺利。')).toEqual(['中储粮集团公司']);
    expect(orgs('哈电集团研制的水电机组并网发电。')).toEqual(['哈电集团']);
    expect(orgs('中國通號承建的信號系統正式開通。')).toEqual(['中國通號']);
  });

  it('names a known company’s unit whole, its trade or place between', () => {
    expect(orgs('从中储粮集团油脂公司的数据看，库存充足。')).toEqual(['中储粮集团油脂公司']);
    expect(orgs('中储粮吉林分公司今年收购稻谷。')).toEqual(['中储粮吉林分公司']);
    expect(orgs('中国石油塔里木油田分公司的钻井队刷新纪录。')).toEqual(['中国石油塔里木油田分公司']);
    expect(orgs('中国建筑八局总承包公司承建了这座体育馆。')).toEqual(['中国建筑八局总承包公司']);
  });

  it('does not take the company’s own legal form or its staff for a unit', () => {
    expect(orgs('国家电网公司发布年度报告。')).toEqual(['国家电网公司']);
    expect(orgs('腾讯公司员工在现场演示。')).toEqual(['腾讯公司']);
  });
});

describe('a former ministry by the name it was written under', () => {
  it('reads the former press and broadcasting administration whole', () => {
    expect(orgs('文化部、新闻出版广电总局有关负责同志出席。')).toEqual(['文化部', '新闻出版广电总局']);
  });
});
