import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences of our own (no article's text): companies and their units that whole
// modern articles name by a known name before its staff, by a common-noun brand before a board
// office, and by a factory with its own director.

const { orgs } = peopleReader();

describe('a known company before the people who work for it is the company', () => {
  it('names the company before a captain, an engineer or a worker', () => {
    expect(orgs('昨天，东方航空机长李卫平驾驶航班平安落地。')).toEqual(['东方航空']);
    expect(orgs('国家电网工程师赵晓峰带队抢修线路。')).toEqual(['国家电网']);
    expect(orgs('中國石化職工張德明說，今年產量穩定。')).toEqual(['中國石化']);
  });

  it('still reads a product after the brand as no company of its own', () => {
    expect(orgs('华为手机销量回升。')).toEqual([]);
  });
});

describe('a common-noun brand with an industry word before a board office is a company', () => {
  it('names the company before its senior vice president or chairman', () => {
    expect(orgs('晨光能源高级副总裁周海涛表示，订单增长明显。')).toEqual(['晨光能源']);
    expect(orgs('星河能源董事长孙立群介绍，新品下月上市。')).toEqual(['星河能源']);
  });

  it('takes no company from a kind of energy before the office', () => {
    expect(orgs('清洁能源高级副总裁王明说，市场向好。')).toEqual([]);
  });
});

describe('a factory with its own director is a named unit', () => {
  it('names a brand’s factory before its director', () => {
    expect(orgs('海风冰箱智能工厂厂长刘长青说，产线已升级。')).toEqual(['海风冰箱智能工厂']);
    expect(orgs('晨星汽车工厂厂长马跃介绍了压铸工艺。')).toEqual(['晨星汽车工厂']);
  });

  it('takes no factory from a trade before the director', () => {
    expect(orgs('汽车零部件工厂厂长张强说，订单排到了明年。')).toEqual([]);
    expect(orgs('服装工厂厂长李娟说，工人都回来了。')).toEqual([]);
  });
});

describe('levels joined before a body are every body of those levels', () => {
  it('takes no name from two levels and a head', () => {
    expect(orgs('市总工会要求区县工会做好困难职工帮扶。')).toEqual(['市总工会']);
    expect(orgs('省總工會要求市縣（產業）工會開展招聘。')).toEqual(['省總工會']);
  });

  it('takes no name from bodies counted over several levels', () => {
    expect(orgs('省市县三级工会都派人参加了活动。')).toEqual([]);
  });

  it('still names a district’s own federation', () => {
    expect(orgs('南岸区总工会联合辖区企业举办招聘会。')).toEqual(['南岸区总工会']);
  });
});

describe('a renewable-energy body keeps its remit', () => {
  it('reads 可再生能源 inside the name though jieba cuts off 可', () => {
    expect(orgs('中国可再生能源学会光伏专业委员会主任李新说，装机仍在增长。')).toEqual(['中国可再生能源学会光伏专业委员会']);
    expect(orgs('国家可再生能源中心发布了年度报告。')).toEqual(['国家可再生能源中心']);
  });

  it('takes no body from the kind of energy alone', () => {
    expect(orgs('这些可再生能源企业发展很快。')).toEqual([]);
  });
});

describe('an exhibition hall with a name is a body, as a museum is', () => {
  it('names a county’s or a site’s exhibition hall', () => {
    expect(orgs('河口县民俗文化陈列馆由当地企业援建，馆长王丽介绍了展品。')).toEqual(['河口县民俗文化陈列馆']);
    expect(orgs('游客走进杨家岭革命旧址陈列馆参观。')).toEqual(['杨家岭革命旧址陈列馆']);
  });

  it('takes no body from the word alone', () => {
    expect(orgs('他走进陈列馆，看到了老照片。')).toEqual([]);
    expect(orgs('这座陈列馆由村民自筹资金建成。')).toEqual([]);
  });
});

describe('a province or a city before a brand and its industry word opens the company’s name', () => {
  it('keeps the place with the brand at the clause’s start', () => {
    expect(orgs('陕西海天制药依托合作社带动农户种植药材。')).toEqual(['陕西海天制药']);
  });

  it('still takes no company from a common word and an industry word', () => {
    expect(orgs('高端客车销量增长。')).toEqual([]);
  });
});

describe('a farm with a name is a business, as a cooperative is', () => {
  it('names a family farm and a state farm by their names', () => {
    expect(orgs('他返乡创办了明辉家庭农场，带动周边农户增收。')).toEqual(['明辉家庭农场']);
    expect(orgs('黑龙江省友谊农场今年种植水稻。')).toEqual(['黑龙江省友谊农场']);
  });

  it('takes no farm from the word alone or from a call to develop farms', () => {
    expect(orgs('这家家庭农场年收入超过百万元。')).toEqual([]);
    expect(orgs('他在农场里干活。')).toEqual([]);
    expect(orgs('各地要大力发展家庭农场和农民合作社。')).toEqual([]);
  });
});

describe('a list item that ends in a word for people is no body', () => {
  it('leaves out a description of a person listed before his company', () => {
    expect(orgs('他请来了90后新农人、青禾种苗公司总经理赵明。')).toEqual(['青禾种苗公司']);
  });
});
