import { beforeAll, describe, expect, it } from 'vitest';
import { findPeople, type PeopleResult } from '@/lib/core/analysis/people';
import { createNodeSegmenter, type Segmenter } from '@/lib/engines/jieba';

// Every text below is constructed for these tests: our own sentences in the style of the
// central and provincial press, not copied from any page.

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await createNodeSegmenter();
});

const orgs = (text: string): PeopleResult['organisations'] => findPeople(text, segmenter.tag(text)).organisations;
const names = (text: string) => orgs(text).map((o) => o.name);

describe('central and international bodies by the closed lexicon', () => {
  it('finds official short names that carry no suffix a rule could see', () => {
    const found = names('水利部、住房城乡建设部、市场监管总局联合印发通知。中央网信办和工信部作出部署，国家药监局加强监管。');
    expect(found).toEqual(expect.arrayContaining(['水利部', '住房城乡建设部', '市场监管总局', '中央网信办', '工信部', '国家药监局']));
  });

  it('groups the full and the short name of one body under the full one', () => {
    const list = orgs('国家卫生健康委员会发布通知。国家卫生健康委表示，将继续推进。');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '国家卫生健康委员会', forms: ['国家卫生健康委'], count: 2 });
  });

  it('finds international bodies and keeps a department of some government out (公安部门)', () => {
    const found = names('联合国和世界卫生组织发布报告。当地公安部门表示，北约秘书长将访问。');
    expect(found).toEqual(expect.arrayContaining(['联合国', '世界卫生组织', '北约']));
    expect(found).not.toContain('公安部');
  });

  it('reads a place before a known body as another body (美国商务部, 河南省发展改革委)', () => {
    const found = names('美国商务部宣布新规。河南省发展改革委主任介绍情况。');
    expect(found).toEqual(expect.arrayContaining(['美国商务部', '河南省发展改革委']));
    expect(found).not.toContain('商务部');
  });

  it('does not report a body named only as the owner of a meeting', () => {
    expect(names('国务院常务会议审议通过了条例草案。')).not.toContain('国务院');
  });
});

describe('bodies found by their head', () => {
  it('takes the whole name back to where the clause starts', () => {
    const found = names('据中国科学院上海技术物理研究所研究员介绍，长沙市芙蓉区人民法院依法审理了此案。');
    expect(found).toEqual(expect.arrayContaining(['中国科学院上海技术物理研究所', '长沙市芙蓉区人民法院']));
  });

  it('splits two bodies joined by 会同 or 与, but keeps 与 inside one name', () => {
    expect(names('市住建局会同市自然资源和规划局开展检查。')).toEqual(expect.arrayContaining(['市住建局', '市自然资源和规划局']));
    expect(names('浙江省人民医院与杭州市第一人民医院签署协议。')).toEqual(
      expect.arrayContaining(['浙江省人民医院', '杭州市第一人民医院']));
    expect(names('北京航天城空间应用工程与技术中心承办了活动。')).toContain('北京航天城空间应用工程与技术中心');
  });

  it('stops at a verb of the sentence and at a category word before the name', () => {
    const found = names('她选择进入上海市养老服务协会实习。养老机构泰康之家上海分公司招聘员工。');
    expect(found).toContain('上海市养老服务协会');
    expect(found.some((n) => n.includes('进入') || n.includes('机构'))).toBe(false);
  });

  it('keeps a company name whole, with a verb that belongs to it (控股)', () => {
    expect(names('阿里巴巴集团控股有限公司发布财报。')).toContain('阿里巴巴集团控股有限公司');
  });

  it('finds the body inside a post (河南省委 in 河南省委副书记)', () => {
    expect(names('河南省委副书记、省长王凯表示，要抓好落实。')).toContain('河南省委');
  });

  it('does not take generic nouns, venues or a country with a company word for bodies', () => {
    const found = names('当地政府高度重视，多家美国公司在会展中心参展。研究中心的专家说，要坚持以人民为中心。');
    expect(found).toEqual([]);
  });
});

describe('back-references and lists', () => {
  it('groups a level short form with the full name it refers to', () => {
    const list = orgs('湖南省公安厅召开会议。省公安厅要求各地加强巡逻，省厅将派员督查。');
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toBe('湖南省公安厅');
    expect(list[0]!.forms).toEqual(expect.arrayContaining(['省公安厅', '省厅']));
    expect(list[0]!.count).toBe(3);
  });

  it('groups 市政府 with the city government written in full', () => {
    const list = orgs('长沙市人民政府印发方案。市政府要求各区落实。');
    expect(list).toEqual([expect.objectContaining({ name: '长沙市人民政府', forms: ['市政府'] })]);
  });

  it('takes each item of a list the text calls companies', () => {
    const found = names('代表团前往金风科技、特变电工、九圣禾种业等企业调研。');
    expect(found).toEqual(expect.arrayContaining(['金风科技', '特变电工', '九圣禾种业']));
  });

  it('takes the other items of a list one of whose items is a body', () => {
    const found = names('交通运输部、国家铁路局、中国国家铁路集团有限公司联合发布通知。');
    expect(found).toEqual(expect.arrayContaining(['交通运输部', '国家铁路局', '中国国家铁路集团有限公司']));
  });
});

describe('companies, outlets and committees', () => {
  it('reads a company from its brand and industry word, or from a stock code', () => {
    expect(names('宇通客车发布新车。')).toContain('宇通客车');
    expect(names('高端客车发布新车。')).not.toContain('高端客车');
    expect(names('贵州茅台（600519）股价上涨，宁德时代(300750.SZ)发布公告。')).toEqual(expect.arrayContaining(['贵州茅台', '宁德时代']));
  });

  it('takes a company name before a noun as its product, not the company', () => {
    expect(names('各行业应用场景向华为云开放。')).not.toContain('华为');
  });

  it('finds an outlet named as the body that reports, not one named by class', () => {
    expect(names('据澎湃新闻报道，新京报记者获悉此事。')).toEqual(expect.arrayContaining(['澎湃新闻', '新京报']));
    expect(names('相关新闻报道称，本报记者获悉此事。')).toEqual([]);
  });

  it('splits a party committee from the government after it', () => {
    expect(names('湖南省委省政府高效统筹。')).toEqual(expect.arrayContaining(['湖南省委', '省政府']));
  });

  it('stops a name at a person before it', () => {
    const text = '新华通讯社副总编辑任卫东与中央党史和文献研究院学术和编审委员会主任出席。';
    const found = findPeople(text, segmenter.tag(text), { known: ['任卫东'] }).organisations.map((o) => o.name);
    expect(found).toContain('中央党史和文献研究院学术和编审委员会');
    expect(found.some((n) => n.includes('任卫东'))).toBe(false);
  });

  it('keeps a bracketed other name inside, and leaves alliances of states out', () => {
    expect(names('中央党校（国家行政学院）文史教研部主任表示。')).toContain('中央党校（国家行政学院）文史教研部');
    expect(names('北约军事联盟不断东扩。')).toEqual(['北约']);
  });
});

describe('county bodies, split lists and things named like bodies', () => {
  it('splits two bodies joined by 和 when jieba glues it to the next level (和县)', () => {
    const found = names('文艺节目送给县人武部、县公安大队和县消防救援大队的官兵。');
    expect(found).toEqual(expect.arrayContaining(['县公安大队', '县消防救援大队']));
    expect(found.some((n) => n.includes('和县'))).toBe(false);
    // 和县 as a county is still read whole.
    expect(names('安徽和县人民政府发布通告。')).toContain('安徽和县人民政府');
  });

  it('keeps the words after a lone level inside the name (县应急管理局), not the party group', () => {
    const found = names('县应急管理局党组书记、局长陈大海主持会议，县文化馆和市图书馆参加。');
    expect(found).toEqual(expect.arrayContaining(['县应急管理局', '县文化馆', '市图书馆']));
    expect(found).not.toContain('县应急管理局党组');
  });

  it('finds a local body by its bare name before a post of its officials or 等部门', () => {
    const found = names('会上，政法委书记王小明，人大副主任李光明，政协副主席赵大刚，公安局党委书记孙立新发言。审计、纪委等部门参加。');
    expect(found).toEqual(expect.arrayContaining(['政法委', '人大', '政协', '公安局', '纪委']));
    // A bare body word elsewhere stays out: 人大 as a university in 人大教授.
    expect(names('人大教授王明说，法院门口人很多。')).toEqual([]);
  });

  it('reads a whole society inside a longer name when jieba splits 学会', () => {
    expect(names('年会由中国地理学会人文地理专业委员会主办。')).toContain('中国地理学会人文地理专业委员会');
  });

  it('finds a prison and a standing mechanism, and a county committee after a place jieba took for a name', () => {
    expect(names('他于昨日在西贡壁屋监狱服刑期满。')).toContain('西贡壁屋监狱');
    expect(names('国务院联防联控机制印发通知。')).toEqual(['国务院联防联控机制']);
    expect(names('近年来，绥德县委聚焦强军目标。')).toContain('绥德县委');
  });

  it('leaves halls of a venue and national sports teams out', () => {
    expect(names('年会在西南大学报告厅举行，晚宴设在桂园宾馆金桂厅。').filter((n) => n.endsWith('厅'))).toEqual([]);
    expect(names('中国男篮战胜韩国队。')).not.toContain('战胜韩国队');
  });

  it('leaves out a bank with a verb after it, an unnamed body, banking channels and company departments', () => {
    expect(names('他在北京的中国银行办了一张卡。').filter((n) => n.endsWith('办'))).toEqual([]);
    expect(names('骗子声称是北京一公安局的民警。')).toEqual([]);
    expect(names('老人不太懂得网上银行操作，一家平台的市场部人士说，各分县市局因地制宜。')).toEqual([]);
  });

  it('takes a common word before 公司 as a company the text goes on to name by that word alone', () => {
    const found = names('外媒称橘子公司违规。橘子回应说，橘子一向守法，快递公司说，快递很快，快递很多。');
    expect(found).toContain('橘子公司');
    expect(found).not.toContain('快递公司');
    // Named once only, the word may be any noun: no company.
    expect(names('外媒称橘子公司违规。')).not.toContain('橘子公司');
  });

  it('leaves kinds of company and a brand before a post out (上市公司, 网约车公司, …品牌总经理)', () => {
    const found = names('对一家上市公司来说，其他网约车公司的负责人也在。小米集团红米品牌总经理卢伟冰说，营收成本有所影响。');
    expect(found.filter((n) => /上市公司|网约车公司|品牌|有所$/.test(n))).toEqual([]);
  });

  it('finds the state banks, the seismic and weather services by their class of name', () => {
    const found = names('中国地震台网正式测定，市气象台发布预警。国家开发银行与中国银行、中国地震局签约。');
    expect(found).toEqual(expect.arrayContaining(['中国地震台网', '市气象台', '国家开发银行', '中国银行', '中国地震局']));
  });

  it('stops at a motion word glued to a name, and leaves bodies named by class out (乡镇党委, 县直)', () => {
    const found = names('市委书记张三到市第一人民医院调研。各乡镇党委、县直各单位参加，深交所也表示。');
    expect(found).toEqual(expect.arrayContaining(['市第一人民医院', '深交所']));
    expect(found.filter((n) => n.includes('张三') || n === '乡镇党委' || n === '县直')).toEqual([]);
  });

  it("finds Japan's ministries (外务省) and leaves a body named only in a session's name out", () => {
    expect(names('日本外务省表示，防卫省发布报告。')).toEqual(expect.arrayContaining(['日本外务省', '防卫省']));
    expect(names('第十四届全国人大二次会议开幕，党的二十届三中全会召开。')).toEqual([]);
  });

  it('reads a name opening with a level whole, and a district jieba took for a name as a place', () => {
    expect(names('记者获悉，省教育考试院发布通知。')).toEqual(['省教育考试院']);
    expect(names('岳麓区望月湖街道办事处组织居民。')).toEqual(['岳麓区望月湖街道办事处']);
  });

  it('keeps a village after its place inside the name, stops at a verb with 于, and finds customs and a general society', () => {
    const found = names('大湾村党总支书记王五说，沙洲村村委会组织。他后就读于宁乡县第一高级中学。香港海關與中华慈善总会合作。');
    expect(found).toEqual(expect.arrayContaining(['大湾村党总支', '沙洲村村委会', '宁乡县第一高级中学', '香港海關', '中华慈善总会']));
    expect(found.some((n) => n.includes('就读'))).toBe(false);
  });

  it('finds an outlet that reports with a date between its name and 报道', () => {
    expect(names('据中新网9月9日报道，此事引起关注。')).toContain('中新网');
  });
});

describe('result shape', () => {
  it('gives mentions that index the text and counts that match them', () => {
    const text = '長沙市公安局發布通報。長沙市公安局提醒市民注意防範。';
    const list = orgs(text);
    expect(list[0]).toMatchObject({ name: '長沙市公安局', count: 2 });
    for (const m of list[0]!.mentions) expect(text.slice(m.start, m.end)).toBe('長沙市公安局');
  });
});
