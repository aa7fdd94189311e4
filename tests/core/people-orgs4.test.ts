import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every text below is constructed for these tests: our own sentences in the style of the
// central, financial and international press, not copied from any page.

const { run, orgs: names } = peopleReader();

describe('companies the lexicon knows, named without a suffix', () => {
  it('keeps a company before its filing or statement, which is no product of it', () => {
    expect(names('贵州茅台公告称，公司拟实施年度分红。')).toContain('贵州茅台');
    expect(names('宁德时代发布公告称，公司拟在海外建设新工厂。')).toContain('宁德时代');
  });

  it('still reads a company before a product word as the product (百度智能云), not the company or a unit of it', () => {
    const found = names('百度智能云宣布下调价格，华为云随后跟进。');
    expect(found).not.toContain('百度智能');
    expect(found).not.toContain('百度');
  });
});

describe('sub-bodies and heads jieba cuts or tags as other words', () => {
  it('reads an institute named by its remit and a lone 所 after its body as one sub-body', () => {
    expect(names('中国戏曲研究院昆曲所研究员王明远说，今年将整理十部剧本。')).toContain('中国戏曲研究院昆曲所');
  });

  it('does not read 所 opening a word of the sentence as an institute (所有, 所长)', () => {
    const found = names('中国戏曲研究院昆曲所有关负责人介绍。');
    expect(found.some((n) => n.endsWith('所'))).toBe(false);
  });

  it('takes 组织 as a body after its remit when its officer or a pause follows, not as the verb', () => {
    expect(names('伊朗原子能组织负责人当天会见了代表团。')).toContain('伊朗原子能组织');
    expect(names('社区组织居民开展环境整治。学校组织学生参观。')).toEqual([]);
  });

  it('finds a head of state\'s or government\'s office after its country (总统府, 首相府)', () => {
    const found = names('韩国总统府发言人表示欢迎。英国首相府当天发表声明。');
    expect(found).toEqual(expect.arrayContaining(['韩国总统府', '英国首相府']));
  });

  it('reads a word for people right before a body\'s head as its remit, not as a post that ends the name', () => {
    const found = names('县退役军人事务局党组书记、局长赵明华出席。英国伦敦国王学院的研究显示，省女科技工作者协会举办活动。');
    expect(found).toEqual(expect.arrayContaining(['县退役军人事务局', '英国伦敦国王学院', '省女科技工作者协会']));
  });

  it('ends a name at a dispatch\'s date and 电 (…１３日电|新加坡总理公署)', () => {
    const found = names('新华社新加坡１月１３日电新加坡总理公署当天宣布新的防疫措施。');
    expect(found).toContain('新加坡总理公署');
    expect(found.some((n) => n.includes('日电'))).toBe(false);
  });
});

describe('levels and joined bodies', () => {
  it('ends a body at its head where jieba glued 会 of 会同 to it (市发展改革委会同市财政局)', () => {
    const found = names('市发展改革委会同市财政局研究制定了补贴办法。');
    expect(found).toEqual(expect.arrayContaining(['市发展改革委', '市财政局']));
    expect(found.some((n) => n.includes('会同'))).toBe(false);
  });

  it('reads an autonomous region as a level before a body (自治区发展改革委)', () => {
    expect(names('自治区发展改革委牵头负责，自治区卫生健康委配合。')).toEqual(expect.arrayContaining(['自治区发展改革委', '自治区卫生健康委']));
  });

  it('takes the items of a list closed by a kind of firm with a modifier (等头部券商, 等外资机构)', () => {
    expect(names('易方达、汇添富等头部基金公司加仓。')).toEqual(expect.arrayContaining(['易方达', '汇添富']));
    expect(names('北京、上海等国际大都市。新能源、人工智能等科技企业受益。')).toEqual([]);
  });
});

describe('closed lists: former ministries, international bodies, local departments', () => {
  it('finds former ministries and commissions by their names, and the party group jieba glued to one', () => {
    const found = names('１９６０年，铁道部和卫生部联合发文。该校被国家教委认定为重点中学。会后，地质部党组作出决定。');
    expect(found).toEqual(expect.arrayContaining(['铁道部', '卫生部', '国家教委', '地质部党组']));
  });

  it('does not take a department of a company or a students\' union for a former ministry', () => {
    expect(names('公司机械部负责设备维修。校团委文化部举办晚会。')).toEqual([]);
  });

  it('finds international and foreign bodies named without a head a rule could see', () => {
    const found = names('世界反兴奋剂机构发布报告，独联体成员国表示支持，美国联邦调查局介入调查。');
    expect(found).toEqual(expect.arrayContaining(['世界反兴奋剂机构', '独联体', '美国联邦调查局']));
  });

  it('reads a local department jieba cut across its short name from its place to its head', () => {
    expect(names('记者从长沙市住建局获悉，新规下月实施。')).toContain('长沙市住建局');
    expect(names('禹州市教体局此前通报称，已成立调查组。')).toContain('禹州市教体局');
  });
});

describe('words that open or qualify a name', () => {
  it('keeps a copula out of an outlet named as the source (图片均为澎湃新闻记者)', () => {
    const found = names('本文图片除特别标注外，均为澎湃新闻记者张明 图');
    expect(found).toContain('澎湃新闻');
    expect(found.some((n) => n.startsWith('均为'))).toBe(false);
  });

  it('reads 立 after a level inside a body\'s name (河南省立眼科医院)', () => {
    expect(names('她曾到河南省立眼科医院检查。')).toContain('河南省立眼科医院');
  });

  it('takes a kind of area before a school for no place that names it (山区中学)', () => {
    expect(names('他走访了多少山区中学，吃了多少次闭门羹。')).toEqual([]);
  });
});

describe('companies in market news', () => {
  it('keeps a known company before a verb jieba glued into an unknown word, or its share class (茅台/获净, 万科A)', () => {
    const found = names('其中贵州茅台获净买入3.2亿元，万科A跌停。');
    expect(found).toEqual(expect.arrayContaining(['贵州茅台', '万科']));
  });

  it('ends a list item at its industry word and drops one cut short by the next word', () => {
    const found = names('隆基绿能、通威股份涨超5%。科创板公司中微公司、华大九天、寒武纪等涨幅居前。');
    expect(found).toContain('通威股份');
    expect(found.some((n) => n.includes('涨超') || n.startsWith('科创板'))).toBe(false);
    expect(found).not.toContain('华大');
  });

  it('splits an owner from what it owns (中国平安旗下平安银行)', () => {
    expect(names('中国平安旗下平安银行发布年报。')).not.toContain('中国平安旗下平安银行');
  });

  it('groups every use of a short name the text defines with the full name', () => {
    const list = run('江西省交通投资集团有限责任公司（简称“江西交投”）发布公告，江西交投将发行债券。').organisations;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '江西省交通投资集团有限责任公司', forms: ['江西交投'], count: 3 });
  });
});

describe('local units and think tanks', () => {
  it('keeps a lone character jieba tagged a verb inside a place\'s name before its locality (唐家/墩/街道)', () => {
    expect(names('江汉区唐家墩街道办事处开展活动。')).toContain('江汉区唐家墩街道办事处');
  });

  it('drops a list item cut short before its head\'s last character (…消防救援|站)', () => {
    expect(names('石岐街道孙文西社区居民委员会、石岐消防救援站的消防员参与演练。')).not.toContain('石岐消防救援');
  });

  it('finds a think tank by a name of its own, after a copula jieba glued to it, and no class of think tanks', () => {
    expect(names('（作者韩涵系政邦智库研究员）')).toContain('政邦智库');
    expect(names('中国智库应当发挥作用，新型智库建设。')).toEqual([]);
  });
});

describe('designations and owners named again', () => {
  it('takes a rank before a facility\'s kind for a designation, not a body (省级实验实训中心)', () => {
    expect(names('学校建设了省级实验实训中心，还建成省级重点实验室。')).toEqual([]);
  });

  it('reports an owner named inside a sub-body and then alone by its short name under its full name', () => {
    const text = '沧州市自来水集团有限公司东湖水库管理处干部李红和自来水集团部分职工观看了演出。';
    const list = run(text).organisations;
    const owner = list.find((o) => o.forms?.includes('自来水集团'));
    expect(owner).toMatchObject({ name: '沧州市自来水集团有限公司', count: 1 });
    expect(owner!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['自来水集团']);
  });
});

describe('listed companies by their filings', () => {
  it('takes the name words opening a clause before a filing or a share price for a company', () => {
    expect(names('融创中国公告称，公司股票将于明日复牌。')).toContain('融创中国');
    expect(names('其中中微公司股价大涨。')).toContain('中微公司');
  });

  it('takes no place, determiner or date before a filing for a company', () => {
    expect(names('北京市公告称，将发放消费券。该公司公告称，业绩增长。今日公告称，公司拟分红。')).toEqual([]);
  });
});

describe('one place\'s body under its other names', () => {
  it('groups a place\'s commission under its full name, its short name and its level alone', () => {
    const text = '湖南省发展和改革委员会发布通知。省发改委相关负责人表示，湖南省发改委将加强调度。';
    const list = run(text).organisations;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '湖南省发展和改革委员会', count: 3 });
  });
});
