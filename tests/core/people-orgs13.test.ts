import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences of our own (no article's text): classes of organisation found from a large
// check on the hand-tagged People's Daily corpus, each in Simplified and Traditional.

const { orgs } = peopleReader();

describe('a match word before a side is the sentence', () => {
  it('leaves out a result before the side it names', () => {
    expect(orgs('上周，青岛海牛队客场战胜武汉三镇队，积分升至第三。')).toContain('武汉三镇队');
    expect(orgs('上周，青岛海牛队客场战胜武汉三镇队，积分升至第三。')).not.toContain('青岛海牛队客场战胜武汉三镇队');
    expect(orgs('昨晚大连人队主场逼平上海申花队。').some((o) => o.includes('逼平'))).toBe(false);
    expect(orgs('昨晚大連人隊主場逼平上海申花隊。').some((o) => o.includes('逼平'))).toBe(false);
  });

  it('leaves out a stage of the game or the host before a side', () => {
    expect(orgs('下半场日本队连进两球。')).toEqual(['日本队']);
    expect(orgs('下半場日本隊連進兩球。')).toEqual(['日本隊']);
    expect(orgs('东道主中国香港队首战告负。')).toEqual(['中国香港队']);
    expect(orgs('他们在决赛中遇罗马尼亚队。')).toEqual(['罗马尼亚队']);
  });

  it('takes no side from abroad or from elsewhere as a name', () => {
    expect(orgs('他们最终战胜外国队，捧起奖杯。')).toEqual([]);
    expect(orgs('他們最終戰勝外地隊，捧起獎盃。')).toEqual([]);
  });
});

describe('a kind of enterprise before a registered company is what the company is', () => {
  it('starts the name after the kind', () => {
    expect(orgs('当地民营企业红星机械制造有限公司去年扩产。')).toEqual(['红星机械制造有限公司']);
    expect(orgs('他到私营企业临江华美食品有限公司报到。')).toEqual(['临江华美食品有限公司']);
    expect(orgs('他到私營企業臨江華美食品有限公司報到。')).toEqual(['臨江華美食品有限公司']);
  });

  it('keeps a registered name whose trade opens with the word for enterprise', () => {
    expect(orgs('成都天府企业管理有限公司今天成立。')).toEqual(['成都天府企业管理有限公司']);
  });
});

describe('the Red Army’s numbered units', () => {
  it('names a unit written with 红 and its number, and a department right after it', () => {
    expect(orgs('1934年，他调任红7军团政治部，负责宣传工作。')).toEqual(['红7军团政治部']);
    expect(orgs('红二十八军在鄂豫皖坚持游击战争。')).toEqual(['红二十八军']);
    expect(orgs('紅二方面軍隨後北上。')).toEqual(['紅二方面軍']);
  });

  it('takes no unit from a colour and a count', () => {
    expect(orgs('这批旗子红3面，黄2面。')).toEqual([]);
  });
});

describe('the Central Military Commission’s organs', () => {
  it('names each organ by its full and its short form', () => {
    expect(orgs('军委装备发展部今天发布采购公告。')).toEqual(['军委装备发展部']);
    expect(orgs('中央軍委訓練管理部組織了這次考核。')).toEqual(['中央軍委訓練管理部']);
    expect(orgs('会议由中央军委审计署主办。')).toEqual(['中央军委审计署']);
  });

  it('names the commission by 军委 standing as a word of its own', () => {
    expect(orgs('军委决定，授予该部荣誉称号。')).toEqual(['军委']);
    expect(orgs('空军委托地方院校培养飞行员。')).toEqual(['空军']);
  });
});

describe('development and central banks by their short names', () => {
  it('names the central bank by 央行 and another country’s with its country', () => {
    expect(orgs('央行昨天开展了逆回购操作。')).toEqual(['央行']);
    expect(orgs('據央行統計，上月貸款增加。')).toEqual(['央行']);
    expect(orgs('欧洲央行和日本央行都按兵不动。')).toEqual(['欧洲央行', '日本央行']);
  });

  it('takes no body from central banks as a kind', () => {
    expect(orgs('各国央行纷纷加息。')).toEqual([]);
    expect(orgs('全球主要央行都在观望。')).toEqual([]);
  });

  it('names the World Bank and the Asian Development Bank by their short names', () => {
    expect(orgs('世行预测今年增长放缓。')).toEqual(['世行']);
    expect(orgs('亞行將提供一筆貸款。')).toEqual(['亞行']);
  });
});

describe('airlines by their full and their two-character names', () => {
  it('names an airline the papers shorten to two characters', () => {
    expect(orgs('受罢工影响，法航取消了一半航班。')).toEqual(['法航']);
    expect(orgs('他搭乘廈航的航班抵達。')).toEqual(['廈航']);
    expect(orgs('大韩航空和土耳其航空宣布恢复直飞。')).toEqual(['大韩航空', '土耳其航空']);
  });
});

describe('what a named company does after its head is no second name', () => {
  it('takes no company from the verb phrase after a company named with its head', () => {
    expect(orgs('微软公司与谷歌公司达成协议。')).toEqual(['微软公司', '谷歌公司']);
    expect(orgs('華為公司與騰訊公司達成協議。')).toEqual(['華為公司', '騰訊公司']);
  });

  it('still names a company after a bare kind word', () => {
    expect(orgs('汽车品牌吉利向路透社表示，新车下月上市。')).toContain('吉利');
  });
});
