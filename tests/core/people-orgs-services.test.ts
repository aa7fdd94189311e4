import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences: the armed services named on their own, and a body right after a year
// whose 年 jieba glued to the verb of joining it.

const { orgs } = peopleReader();

describe('the armed services named on their own', () => {
  it('are bodies', () => {
    expect(orgs('海军和空军联合举行演习。')).toEqual(['海军', '空军']);
    expect(orgs('陆军某部官兵在高原开展训练。')).toEqual(['陆军']);
  });

  it('are not a given name, another country\'s service or an epithet written on from the word before', () => {
    expect(orgs('天津警备区某部张海军说，训练很苦。')).not.toContain('海军');
    expect(orgs('这套系统仍是俄陆军防空兵的主力装备。')).not.toContain('陆军');
    expect(orgs('人民空军走过了七十多年。')).toEqual([]);
  });
});

describe('a body after a year and a verb of joining', () => {
  it('starts after the verb, whatever jieba glued to the year', () => {
    expect(orgs('他2015年入职南京邮电大学，从事通信研究。')).toEqual(['南京邮电大学']);
    expect(orgs('她2018年考入清华大学，后来到北京大学读研。')).toEqual(['清华大学', '北京大学']);
    expect(orgs('2020年3月起在省农业科学院工作。')).toEqual(['省农业科学院']);
  });
});

describe('a party\'s members in a foreign legislature', () => {
  it('name the legislature, and the party apart', () => {
    expect(orgs('据报道，美国国会共和党参议员格雷厄姆本月率团访台。')).toEqual(['美国国会', '共和党']);
    expect(orgs('英国议会保守党议员约翰逊表示反对。')).toEqual(['英国议会', '保守党']);
  });

  it('leave a party\'s own committee whole', () => {
    expect(orgs('美国民主党全国委员会发表声明。')).toEqual(['美国民主党全国委员会']);
  });
});
