import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made up): a department's unit named right after it, before the
// title of the person who heads or deputises for it.

const { orgs } = peopleReader();

describe('a department\'s unit before its head\'s title', () => {
  it('is the body, named with its department', () => {
    expect(orgs('浙江省委组织部党员教育中心副主任王明说，为民造福不是口号。')).toEqual(['浙江省委组织部党员教育中心']);
  });

  it('is not taken from a party committee\'s own secretary', () => {
    expect(orgs('县教育局党委书记张强表示。')).not.toContain('县教育局党委书记');
  });
});

describe('a committee by its bare name in a list of offices', () => {
  it('is the place\'s own after that place\'s committee membership', () => {
    expect(orgs('佳木斯市委常委、纪委书记顾百文拟任新职。')).toEqual(['佳木斯市委', '纪委']);
  });

  it('is no name after the writer\'s own unit', () => {
    expect(orgs('我院党委副书记、纪委书记郭建农出席。')).not.toContain('纪委');
  });

  it('keeps a department\'s office (室) before its head\'s title', () => {
    expect(orgs('孟端平任云南省纪委党风政风监督室主任。')).toEqual(['云南省纪委党风政风监督室']);
  });
});

describe('two bodies joined by a verb jieba read as a noun', () => {
  it('give the body run, helped or built, not one name of both', () => {
    expect(orgs('广东实验中学领办延安广东中学、延安市宝塔区第七中学。')).toEqual(['延安广东中学', '延安市宝塔区第七中学']);
    expect(orgs('江苏省共建全国首个区域中心，服务高校成果转化。')).toEqual([]);
  });
});

describe('a company\'s board', () => {
  it('is named by the company', () => {
    expect(orgs('海尔集团董事局主席、首席执行官周云杰代表说。')).toEqual(['海尔集团']);
    expect(orgs('万科集团董事会主席郁亮表示。')).toEqual(['万科集团']);
  });
});

describe('a transliterated name joined by a hyphen to a company\'s name', () => {
  it('is part of the name', () => {
    expect(orgs('这款系统由阿尔玛兹-安泰军工集团研制。')).toEqual(['阿尔玛兹-安泰军工集团']);
    expect(orgs('该项目由埃克森-美孚公司投资建设。')).toEqual(['埃克森-美孚公司']);
  });

  it('takes no place or other word across the hyphen', () => {
    expect(orgs('北京-上海高铁公司开通新线路。')).toEqual(['上海高铁公司']);
  });
});

describe('a place\'s consultative conference or congress glued to its members\' title', () => {
  it('is a body, named with its place', () => {
    expect(orgs('德兴市政协委员郭丽仙说，要把好事办好。')).toEqual(['德兴市政协']);
    expect(orgs('长沙市人大代表李华建议。')).toEqual(['长沙市人大']);
  });
});

describe('an outlet cited through its channel in running text', () => {
  it('is named', () => {
    expect(orgs('据新华社微博消息，某国议员本月访问了该地区。')).toEqual(['新华社']);
  });

  it('is not named by its app in the page\'s chrome', () => {
    expect(orgs('人民日报客户端')).toEqual([]);
  });
});

describe('an outlet\'s bureau', () => {
  it('is a body of its own, with a desk named right after it', () => {
    expect(orgs('人民日报社黑龙江分社记者郝迎灿报道。')).toEqual(['人民日报社黑龙江分社']);
    expect(orgs('新华社江西分社农村采访室每年都会策划报道。')).toEqual(['新华社江西分社农村采访室']);
  });
});

describe('a city\'s district court', () => {
  it('is named by its city; a country\'s local courts are a kind', () => {
    expect(orgs('台北地方法院2日第六度开庭审理此案。')).toEqual(['台北地方法院']);
    expect(orgs('美国地方法院的法官驳回了诉讼。')).toEqual([]);
  });
});

describe('Japan\'s agencies', () => {
  it('are bodies, named with the country', () => {
    expect(orgs('日本气象厅发布海啸预警。')).toEqual(['日本气象厅']);
    expect(orgs('据日本海上保安厅消息，一艘渔船失踪。')).toEqual(['日本海上保安厅']);
  });
});

describe('a kind of body by its levels or its era', () => {
  it('is no name', () => {
    expect(orgs('全国地方政协和省市县政协都要加强交流。')).toEqual([]);
  });
});

describe('a rank jieba glued to a body\'s last character', () => {
  it('is the post\'s, not the body\'s', () => {
    expect(orgs('日前，国家发展改革委副主任郑备向记者表示。')).toEqual(['国家发展改革委']);
  });
});
