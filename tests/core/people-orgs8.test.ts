import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (bodies, places and people made up where they
// could be), in the shapes People's Daily and Xinhua write; each stands for a class of context in
// which an earlier round missed an organisation, cut one short, or took a stretch for one wrongly.

const { orgsInOrder: orgs } = peopleReader();

describe("a level's own bodies in a list", () => {
  it('counts the bare party committee opening the list', () => {
    const found = orgs('座谈会由省委、省人大常委会、省政府、省政协共同主办。');
    expect(found).toEqual(expect.arrayContaining(['省委', '省人大常委会', '省政府', '省政协']));
  });

  it('counts the committee glued to its standing committee member', () => {
    expect(orgs('省委常委、秘书长王立新主持会议。')).toContain('省委');
  });

  it('still reads no committee out of a list of places', () => {
    expect(orgs('代表来自江北、江南、东川等省。')).not.toContain('省委');
  });
});

describe("a foreign ruling party's central organs", () => {
  it('names the central committee and its politburo by the short name, not the CPC’s', () => {
    const found = orgs('越共中央总书记会见代表团，越共中央政治局委员、中央书记处常务书记陪同。');
    expect(found).toEqual(expect.arrayContaining(['越共中央', '越共中央政治局']));
    expect(found).not.toContain('中央政治局');
  });

  it('names the Cuban and Lao parties’ centres the same way', () => {
    expect(orgs('古共中央第一书记会见了来访的代表团。')).toContain('古共中央');
    expect(orgs('老挝人民革命党中央总书记表示欢迎。')).toContain('老挝人民革命党中央');
  });
});

describe('the armies of the revolutionary wars', () => {
  it('are bodies, and so are their headquarters and numbered units', () => {
    const found = orgs('1938年春，八路军总部移驻太行山区，八路军一二九师挺进冀南，新四军第四支队东进。');
    expect(found).toEqual(expect.arrayContaining(['八路军总部', '八路军一二九师', '新四军第四支队']));
  });

  it('names the army alone too', () => {
    expect(orgs('志愿军入朝参战，八路军在平型关取得大捷。')).toEqual(expect.arrayContaining(['志愿军', '八路军']));
  });
});

describe("an enterprise's chained units", () => {
  it('keeps a works section whole with its group', () => {
    const found = orgs('中铁十八局集团客专5标三分部的工人们正在加紧施工。');
    expect(found).toContain('中铁十八局集团客专5标三分部');
    expect(found).not.toContain('标三分部');
  });

  it('names a railway section and its work area', () => {
    const found = orgs('石家庄工务段正定工区的职工连夜抢修线路。');
    expect(found).toContain('石家庄工务段正定工区');
  });
});

describe('bodies named by two countries or a host city', () => {
  it('keeps the two countries opening a joint committee', () => {
    expect(orgs('双方同意，中越双边合作指导委员会将继续发挥统筹作用。')).toContain('中越双边合作指导委员会');
  });

  it('names a cultural centre abroad by its city', () => {
    expect(orgs('曼谷中国文化中心举办了春节联欢活动。')).toContain('曼谷中国文化中心');
  });

  it('leaves a cultural centre at home a venue', () => {
    expect(orgs('市民来到区文化中心参加活动。').some((o) => o.includes('文化中心'))).toBe(false);
  });
});

describe("a university's office before its former head", () => {
  it('is the office named with its university', () => {
    expect(orgs('据东川大学招生就业处原处长交代，他多次收受礼品。')).toContain('东川大学招生就业处');
  });
});

describe('words that are no body', () => {
  it('drops a kind counted by a quantifier', () => {
    expect(orgs('全国已有多家理工大学设立了相关专业。')).not.toContain('理工大学');
  });

  it('drops a squad described by its level', () => {
    expect(orgs('学校组建了高水平运动队，参加全国比赛。').some((o) => o.includes('运动队'))).toBe(false);
  });

  it('drops a war’s course ending in 局', () => {
    expect(orgs('这一胜利扭转了华北战局。')).toEqual([]);
  });

  it('drops the point of an enumeration glued to what it strengthens', () => {
    const found = orgs('四要狠抓落实，五要切实加强工会建设。');
    expect(found.some((o) => o.includes('要'))).toBe(false);
  });
});

describe('a list of bodies closed by their officials', () => {
  it('ends the last item before 负责同志, keeping the military district', () => {
    const found = orgs('出席仪式的有东川省委、省人大常委会、省政府、省政协和省军区负责同志。');
    expect(found).toContain('省军区');
    expect(found.some((o) => o.includes('负责同志'))).toBe(false);
  });
});

describe("a department's party group before its officers' titles", () => {
  it('names the department by its short back-reference, not the group', () => {
    const found = orgs('国家林业和草原局近日部署工作，国家局党组成员、副局长李春良参加。');
    expect(found).toContain('国家局');
    expect(found).not.toContain('国家局党组');
  });
});

describe("a level's committee beside its government", () => {
  it('is a body with no list mark between them, or joined by 和', () => {
    expect(orgs('省委省政府高度重视这项工作。')).toEqual(['省委', '省政府']);
    expect(orgs('市委和市政府出台了一系列政策。')).toEqual(['市委', '市政府']);
  });
});

describe("a city task force's office named by its level", () => {
  it('keeps the level the HMM glued to 据', () => {
    expect(orgs('据市防治重大动物疫病指挥部办公室介绍，目前疫情平稳。')).toContain('市防治重大动物疫病指挥部办公室');
  });
});

describe("a foreign city's party committee", () => {
  it('is named with its city when jieba glues the committee to its secretary', () => {
    expect(orgs('越共中央委员、河内市委书记出席活动。')).toContain('河内市委');
  });
});

describe('more of the same classes', () => {
  it('drops a kind counted with 余家', () => {
    expect(orgs('全国10余家重点理工大学参加了联盟。').some((o) => o.includes('理工大学'))).toBe(false);
  });

  it('names a Confucius Institute by its host city', () => {
    expect(orgs('河内孔子学院联合举办活动。')).toContain('河内孔子学院');
  });

  it('names a volunteer army group with its army', () => {
    expect(orgs('志愿军第十九兵团在江边发起进攻。')).toContain('志愿军第十九兵团');
  });

  it('names a school’s office after 该校 before its head’s title, whatever jieba tagged it', () => {
    expect(orgs('该校招生就业处处长表示，今年就业形势良好。')).toContain('招生就业处');
  });
});

describe('a brand in full-width Latin letters', () => {
  it('opens the company’s name though jieba splits it one letter a word', () => {
    expect(orgs('ＸＹＺ通信设备股份有限公司副总经理认为，市场竞争激烈。')).toContain('ＸＹＺ通信设备股份有限公司');
  });

  it('is no name as a lone letter standing for a company left unnamed', () => {
    expect(orgs('Ａ公司与Ｂ公司签订了合同。').some((o) => /^[ＡＢ]公司$/.test(o))).toBe(false);
  });
});

describe('more words that are no body', () => {
  it('drops a country’s political situation, but keeps civil affairs and postal bureaus', () => {
    expect(orgs('这两件事都将对今年的东洋政局产生重要影响。').some((o) => o.endsWith('政局'))).toBe(false);
    expect(orgs('市民政局、区财政局、国家邮政局联合发文。')).toEqual(['市民政局', '区财政局', '国家邮政局']);
  });

  it('drops a strong side of a region and a body described by its type', () => {
    expect(orgs('为战胜这两支亚洲强队作准备。')).toEqual([]);
    expect(orgs('对于技术开发型研究所，科学院要确定相应的政策。').some((o) => o.includes('研究所'))).toBe(false);
  });
});

describe('a unit read back to a bare kind word', () => {
  it('is a cut whose owner was lost, no name', () => {
    const found = orgs('将证券公司送交大和银行纽约分行的交易确认书转到自己手中。');
    expect(found).not.toContain('银行纽约分行');
  });
});

describe('foreign bodies by the names Xinhua writes', () => {
  it('groups Hamas under its full name and finds a department named after 和', () => {
    expect(orgs('巴勒斯坦伊斯兰抵抗运动（哈马斯）发表声明。')).toEqual(['巴勒斯坦伊斯兰抵抗运动']);
    expect(orgs('美国联邦调查局和国土安全部发布警告。')).toContain('国土安全部');
  });
});

describe("a friendship body of China and a country", () => {
  it('is named by the pair of one-character names', () => {
    expect(orgs('中国人民对外友好协会、中越友好协会共同主办。')).toContain('中越友好协会');
  });

  it('is not read out of 其中 before a country', () => {
    expect(orgs('其中越友好协会的会员最多。')).toEqual([]);
  });
});

describe("the SARs' garrisons", () => {
  it('are bodies by full and short name, though 部队 alone names none', () => {
    expect(orgs('中国人民解放军驻香港部队发布消息。')).toEqual(['中国人民解放军驻香港部队']);
    expect(orgs('驻港部队官兵参加植树活动。')).toEqual(['驻港部队']);
  });
});
