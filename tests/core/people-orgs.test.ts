import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (companies and people made up where they could
// be); each one stands for a class of context in which news text names an organisation.

const { run, orgsInOrder: orgs } = peopleReader();

describe('companies named by a common word when the text shows a company', () => {
  it.each([
    ['小米集团红米品牌总经理卢伟冰在接受采访时表示，新机下月上市。', '小米集团'],
    ['苹果公司9日对记者表示，相关报道并不属实。', '苹果公司'],
    ['阿里巴巴集团宣布，将投资建设新的物流园区。', '阿里巴巴集团'],
    ['腾讯旗下的支付业务推出了新功能。', '腾讯'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('takes what a company owns as a company', () => {
    expect(orgs('受此影响，旗下信川科技的产品已经下架。')).toEqual(['信川科技']);
  });

  it('takes the second of two companies of one kind joined by 和', () => {
    expect(orgs('两家数据公司——新颜科技和魔蝎科技相关负责人被带走。')).toEqual(['新颜科技', '魔蝎科技']);
  });

  it('leaves a trade, a determiner or a country before 公司 alone', () => {
    expect(orgs('一家快递公司表示，将提高运费。')).toEqual([]);
    expect(orgs('该公司表示，将积极配合调查。')).toEqual([]);
    expect(orgs('多家美国公司宣布，将暂停在当地的业务。')).toEqual([]);
    expect(orgs('医疗集团发布了年度报告。')).toEqual([]);
  });
});

describe('bodies named side by side', () => {
  it('splits two bodies joined by 会同', () => {
    expect(orgs('省医保局会同省药监局开展专项检查。')).toEqual(['省医保局', '省药监局']);
  });

  it('starts a body after a person joined to it by 与', () => {
    expect(orgs('笔者与东莞市政府有关部门负责人座谈。')).toEqual(['东莞市政府']);
  });
});

describe('words that end in a head character but name no body', () => {
  it.each([
    ['在成都温江五医院住院的病人陆续出院。', ['成都温江五医院']],
    ['孩子的眼睛总不见好，我该怎么办？', []],
    ['江汉大部、江南大部将有中到大雨。', []],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual(want);
  });
});

describe('factories, troupes, societies and registered companies', () => {
  it.each([
    ['他先后在云南玉溪卷烟厂和湖北大江机床厂工作过。', ['云南玉溪卷烟厂', '湖北大江机床厂']],
    ['压轴戏是武汉杂技团的排椅表演。', ['武汉杂技团']],
    ['他担任中国相对论天体物理学会理事长。', ['中国相对论天体物理学会']],
    ['奥里诺科钢铁公司是当地最大的国有企业。', ['奥里诺科钢铁公司']],
    ['与外方合资的云南富达包装有限责任公司扩大了生产。', ['云南富达包装有限责任公司']],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual(want);
  });

  it('takes no factory named by its trade or a word about factories', () => {
    expect(orgs('这座工厂去年建厂，全厂职工三百人，产品出厂合格率很高。')).toEqual([]);
    expect(orgs('亚洲首座“海上油气加工厂”今天启航。')).toEqual([]);
    expect(orgs('化学会有很多用处。')).toEqual([]);
  });
});

describe('where a name starts', () => {
  it('starts after a headline’s 记 and a dateline’s 本报讯', () => {
    expect(orgs('——记深圳万德莱通讯有限公司董事长徐杰')).toEqual(['深圳万德莱通讯有限公司']);
    expect(orgs('本报讯湖北车桥股份有限公司兼并了三家企业。')).toEqual(['湖北车桥股份有限公司']);
  });

  it('starts after the side of a deal and after a category word joined by 和', () => {
    expect(orgs('投资方日本熊谷集团向国内外求援。')).toEqual(['日本熊谷集团']);
    expect(orgs('泰国旅游机构和中国国家旅游局签订了协定。')).toEqual(['中国国家旅游局']);
  });
});

describe('large companies by the short names news uses', () => {
  it('groups a central enterprise’s short name with its full name', () => {
    const found = run('中国航天科技集团有限公司发布消息，航天科技集团将发射新卫星。').organisations;
    expect(found.map((o) => [o.name, o.forms])).toEqual([['中国航天科技集团有限公司', ['航天科技集团']]]);
  });

  it('takes a known company at the end of a sentence, and its group’s company by an industry word', () => {
    expect(orgs('他先在鞍钢矿业工作，后来调到首钢。')).toEqual(['鞍钢矿业', '首钢']);
  });

  it('leaves a known company’s product alone', () => {
    expect(orgs('用户可以通过腾讯会议参加。')).toEqual([]);
  });
});

describe('kinds of body and words about bodies that name none', () => {
  it.each([
    '交警的形象直接代表着党和政府的形象。',
    '一是商业银行要注重提高经营管理水平。',
    '还要从外国大公司手中夺回市场。',
    '上海是我国的商业中心、物资贸易中心。',
    '现在，全区民办学校、医院、书店等达两百个。',
    '好像这些报刊就是为这些明星办的。',
    '体育管理体制是国家办和社会办相结合的。',
    '在新建学校形成一种制度。',
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('keeps the body and drops the words before it', () => {
    expect(orgs('各项指标持平，并报市政府考核。')).toEqual(['市政府']);
    expect(orgs('伊拉克宣布要中断联合国武器核查小组的工作。')).toEqual(['联合国']);
    expect(orgs('听说瑞士居然有个葛朗台俱乐部。')).toEqual(['葛朗台俱乐部']);
  });

  it('reads a level the tagger glued to a preposition into the name', () => {
    expect(orgs('由省卫生健康委牵头，会同有关部门制定方案。')).toEqual(['省卫生健康委']);
  });

  it('separates a school glued to a post', () => {
    expect(orgs('中央财经大学教授王明说，这项研究很重要。')).toEqual(['中央财经大学']);
  });
});

describe('Traditional text', () => {
  it('reads a county level character written in Traditional into the name', () => {
    expect(orgs('縣人武部部長劉政，縣應急管理局黨組書記、局長趙千峰出席。')).toEqual(['縣人武部', '縣應急管理局']);
  });

  it('folds Hong Kong’s 衞 like 衛, so the lexicon knows 世衞組織', () => {
    expect(orgs('世衞組織發表聲明。')).toEqual(['世衞組織']);
  });
});

describe('departments of a named body', () => {
  it('reads a department right after a body’s head as one sub-body', () => {
    expect(orgs('病人被立即送入南京总医院麻醉科。')).toEqual(['南京总医院麻醉科']);
    expect(orgs('举报信寄到中央纪委信访室。')).toEqual(['中央纪委信访室']);
  });

  it('takes no degree or place inside after a body', () => {
    expect(orgs('他在北京大学本科毕业。')).toEqual(['北京大学']);
  });
});

describe('companies in market briefs and finance', () => {
  it('takes the listed company that heads each item of a brief', () => {
    expect(orgs('运达股份：确定为两个风电场项目中标人。长盈精密：前三季度净利润同比增长。'))
      .toEqual(['运达股份', '长盈精密']);
  });

  it('takes no word about companies before a colon', () => {
    expect(orgs('公司公告：本季度业绩稳定。')).toEqual([]);
  });

  it('takes a brand and a finance word as a firm', () => {
    expect(orgs('华泰证券和高瓴资本参与认购。')).toEqual(['华泰证券', '高瓴资本']);
  });

  it('reads a district jieba tags as a noun as the court’s place, not a zone', () => {
    expect(orgs('原告将诉状递进开元区人民法院。')).toEqual(['开元区人民法院']);
    expect(orgs('开发区管委会负责招商。')).toEqual([]);
  });
});

describe('a company before its officer and a person', () => {
  it('takes the words opening the clause as the company', () => {
    expect(orgs('东方空间联合创始人姚颂介绍，火箭将于明年首飞。')).toEqual(['东方空间']);
  });

  it('takes no word about companies', () => {
    expect(orgs('他说，公司董事长王明亲自过问此事。')).toEqual([]);
  });
});

describe('cities jieba does not tag as places', () => {
  it('reads a city tagged as a verb into the name', () => {
    expect(orgs('他毕业于保定学院，后来进入包头钢铁（集团）有限责任公司工作。'))
      .toEqual(['保定学院', '包头钢铁（集团）有限责任公司']);
    expect(orgs('开封市委和遵义市政府联合发文。')).toEqual(['开封市委', '遵义市政府']);
  });

  it('takes a list of cities for no bodies', () => {
    expect(orgs('石家庄、唐山、保定等地出现降雨。')).toEqual([]);
  });
});

describe('towns and villages jieba does not know', () => {
  it('reads the town’s name before 镇 into its bodies', () => {
    expect(orgs('南头镇党委书记李华陪同调研。')).toEqual(['南头镇党委']);
    expect(orgs('大涌镇人民政府和三角镇政府联合举办活动。')).toEqual(['大涌镇人民政府', '三角镇政府']);
    expect(orgs('东凤镇同安村股份合作经济联合社获得表彰。')).toEqual(['东凤镇同安村股份合作经济联合社']);
  });

  it('takes no body of the towns as a class', () => {
    expect(orgs('各乡镇党委要高度重视。')).toEqual([]);
  });
});

describe('meetings and events', () => {
  it('takes no body named only as an event’s owner', () => {
    expect(orgs('中国—东盟博览会开幕。')).toEqual([]);
    expect(orgs('十四届全国人大二次会议在北京开幕。')).toEqual([]);
  });
});

describe('foreign and international bodies', () => {
  it('splits two bodies after a level alone', () => {
    expect(orgs('日本防卫省与韩国国防部举行会谈。')).toEqual(['日本防卫省', '韩国国防部']);
  });

  it('joins two places with a dash in one name', () => {
    expect(orgs('中国—东盟中心秘书长史忠俊出席。')).toEqual(['中国—东盟中心']);
  });

  it('takes a known body and a head after it as one body', () => {
    expect(orgs('欧洲议会和欧盟理事会通过法案。')).toEqual(['欧洲议会', '欧盟理事会']);
  });

  it('takes a head of government’s office as a body', () => {
    expect(orgs('以色列总理办公室发表声明。')).toEqual(['以色列总理办公室']);
    expect(orgs('市长办公室发布通知。')).toEqual([]);
  });
});

describe('more kinds that name no body', () => {
  it.each([
    '一些发展中国家或国家集团也在崛起。',
    '双方签署了中贝两国政府贸易协定。',
    '合唱团荣获“全国优秀童声合唱团”的称号。',
    '作为东北中心城市和中心市场的沈阳发展很快。',
    '有件材料，弄得我目瞪口呆。',
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('ends a company’s name at a count of firms', () => {
    expect(orgs('第一季度瓜亚那公司几家铝厂将进行国际招标。')).toEqual(['瓜亚那公司']);
  });
});

describe('bodies named by a transliteration', () => {
  it('takes a transliterated name before any head', () => {
    expect(orgs('美国智库布鲁金斯学会发布报告。')).toEqual(['布鲁金斯学会']);
  });
});

describe('lists closed by a word for bodies', () => {
  it('takes every item of a list the text calls organisations or media', () => {
    expect(orgs('绿色和平、乐施会等国际组织表示关注。')).toEqual(['绿色和平', '乐施会']);
  });

  it('takes no list of places', () => {
    expect(orgs('北京、上海等城市出台措施。')).toEqual([]);
  });

  it('knows large firms by their Latin names', () => {
    expect(orgs('OpenAI发布新模型，IBM和AMD也推出了新产品。')).toEqual(['OpenAI', 'IBM', 'AMD']);
  });
});

describe('a sub-body after a company', () => {
  it('reads a bound character of a proper name inside the sub-body', () => {
    expect(orgs('他是沧州市供排水集团有限公司大浪淀水库管理处干部。')).toEqual(['沧州市供排水集团有限公司大浪淀水库管理处']);
  });
});

describe('legislatures', () => {
  it('takes a country’s legislature right after the country, without cutting a longer name', () => {
    expect(orgs('泰国国会决定削减议员工资。')).toEqual(['泰国国会']);
    expect(orgs('美国国会及行政当局中国委员会发布报告。')).toEqual(['美国国会及行政当局中国委员会']);
  });
});

describe('news outlets', () => {
  it('takes a central paper named as a body', () => {
    expect(orgs('在摘登这部小说的工人日报社负责的编辑很快被调走。')).toEqual(['工人日报社']);
  });

  it('leaves an outlet’s app in page chrome alone', () => {
    expect(orgs('打开人民日报客户端阅读全文。')).toEqual([]);
  });
});

describe('titles that end like a division', () => {
  it('takes the academy, not a division, before 学部委员', () => {
    expect(orgs('1955年他被选聘为中国科学院学部委员。')).toEqual(['中国科学院']);
  });
});

describe('联合 inside a name', () => {
  it('keeps 联合 before a bare head inside the name', () => {
    expect(orgs('1938年他毕业于西南联合大学物理系。')).toEqual(['西南联合大学物理系']);
  });

  it('still splits two bodies acting together', () => {
    expect(orgs('清华大学联合北京大学开展研究。')).toEqual(['清华大学', '北京大学']);
  });
});

describe("a body's own units after its word for itself", () => {
  it.each([
    ['10月8日，我院检验科党支部组织党员到社区开展义诊。', '检验科党支部'],
    ['本院心内科主任李建华介绍，今年门诊量有所增加。', '心内科'],
    ['该校教务处负责人表示，期末考试如期举行。', '教务处'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });

  it('names no unit by a bare head or a discipline', () => {
    expect(orgs('我院党委副书记王立新出席活动。')).toEqual([]);
    expect(orgs('我校学科建设取得进展，本科招生规模稳定。')).toEqual([]);
  });
});

describe('a party committee named after its body', () => {
  it('is the body\'s sub-body, in a post or acting on its own', () => {
    expect(orgs('江城师范大学党委书记赵明远出席开学典礼。')).toEqual(['江城师范大学党委']);
    expect(orgs('江城师范大学党委召开专题会议，江城师范大学有关负责人参加。')).toEqual(['江城师范大学党委', '江城师范大学']);
  });
});

describe('a department after its body with a remit between', () => {
  it('reads the department whole', () => {
    expect(orgs('澳门政府物料供应处负责各部门办公用品的统一采购。')).toEqual(['澳门政府物料供应处']);
  });

  it('leaves a staff word between the body and an office out', () => {
    expect(orgs('他在县政府工作人员办公室工作。')).toEqual(['县政府']);
  });
});

describe('a stricken area before a name', () => {
  it.each([
    ['震后３分钟，震区青山乡邮电所一位职工冒险报告灾情。', '青山乡邮电所'],
    ['洪水过后，灾区石门镇卫生院立即组织医护人员救治伤员。', '石门镇卫生院'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
});

describe('words glued before a name', () => {
  it('takes no counter glued to a word after a number as a name', () => {
    expect(orgs('会上通报批评了３名村党支部书记。')).toEqual([]);
  });

  it('ends the name at a word for all circles of society', () => {
    expect(orgs('危机来临时，泰国各界群众与政府团结一致。')).toEqual([]);
  });

  it('ends the name at a word for the teams taking part', () => {
    expect(orgs('教练组观看了两支亚洲参赛队蒙古国队和约旦队的比赛。')).not.toContain('亚洲参赛队蒙古国队');
  });
});

describe('two known names overlapping', () => {
  it('reads a unit of the first named by the second as one body', () => {
    expect(orgs('团中央书记处日前召开会议，部署寒假志愿服务工作。')).toEqual(['团中央书记处']);
  });

  it('keeps two known names side by side apart', () => {
    expect(orgs('团中央、全国青联联合发出通知。')).toEqual(['团中央', '全国青联']);
  });
});

describe('two bodies joined by a conjunction jieba glued to both', () => {
  it('splits at the conjunction and keeps both bodies', () => {
    expect(orgs('省卫生健康委和省医保局联合印发方案。')).toEqual(['省卫生健康委', '省医保局']);
  });
});

describe('acts of conferring a name or an honour', () => {
  it('end the name before them, in a list too', () => {
    expect(orgs('今天，团中央、江城青年志愿者协会命名江城革命纪念馆为教育基地。')).toEqual(['团中央', '江城青年志愿者协会', '江城革命纪念馆']);
  });
});
