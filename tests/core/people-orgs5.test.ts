import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (companies, places and people made up where
// they could be); each one stands for a class of context in which news text names an organisation
// that an earlier round missed or cut, or a stretch it took for one wrongly.

const { orgsInOrder: orgs } = peopleReader();

describe('inspection teams sent by a committee or the centre', () => {
  it.each([
    ['2019年甘肃省委第三巡视组指出，项目论证不够充分。', '甘肃省委第三巡视组'],
    ['中央第二生态环境保护督察组昨天进驻湖北。', '中央第二生态环境保护督察组'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('names no team by its kind alone', () => {
    expect(orgs('巡视组指出，要加强日常管理。')).toEqual([]);
  });
});

describe('a company glued to its filing by jieba', () => {
  it('reads the company back from the head inside the glued word', () => {
    expect(orgs('对此，浦东有轨交通公司公告称，客流逐年下降。')).toEqual(['浦东有轨交通公司']);
  });
});

describe('a company named in apposition to a word for its kind', () => {
  it.each([
    ['销量第二的汽车品牌吉利向媒体表示，交付将推迟。', '吉利'],
    ['受影响的服饰公司包括耐克、阿迪达斯等。', '耐克'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('leaves a person, a place and a verb the HMM made up after a kind word alone', () => {
    expect(orgs('公司张明表示，明年会更好。')).toEqual([]);
    expect(orgs('这家公司北京总部很大。')).toEqual([]);
    expect(orgs('技术之争就是企业之战，同样决定了未来。')).toEqual([]);
    expect(orgs('主播为本地知名企业带货。')).toEqual([]);
  });
});

describe('the last member of a list of bodies joined by 和', () => {
  it('takes it with the others when it is a name', () => {
    expect(orgs('在华为、联发科和展锐的竞争中，份额变化很大。')).toEqual(['华为', '联发科', '展锐']);
  });
});

describe('an outlet that reports, with a time word before its report', () => {
  it.each([
    ['据蓝鲸财经此前报道，该公司去年营收增长三成。', '蓝鲸财经'],
    ['据江城晚报日前报道，该项目已经停工。', '江城晚报'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });
});

describe('words glued before a body that are the sentence’s', () => {
  it('drops a negating prefix before a village’s cooperative', () => {
    expect(orgs('非青石村经济合作社社员的车辆需缴费。')).toEqual(['青石村经济合作社']);
  });

  it('names no body by a preposition and a determiner the HMM glued (经本公司)', () => {
    expect(orgs('经本公司内部调整确认，利润有所下降。')).toEqual([]);
  });

  it('names no brand by a determiner and an industry word (这套智能)', () => {
    expect(orgs('这套智能停车收费系统于今年启用。')).toEqual([]);
  });
});

describe('a company by its bare name before what only a company has or says', () => {
  it.each([
    ['对此，街电方面表示，将调整收费标准。', '街电'],
    ['据了解，美团旗下的充电业务增长很快。', '美团'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('leaves a person and a country before 方面 alone', () => {
    expect(orgs('张明方面表示不同意。')).toEqual([]);
    expect(orgs('美国方面表示反对。')).toEqual([]);
  });
});

describe('people’s organisations by their short names, with a level before them', () => {
  it('takes a province’s trade council as a body', () => {
    expect(orgs('青山省商务厅与省贸促会共同主办了此次活动。')).toEqual(['青山省商务厅', '省贸促会']);
  });

  it('splits two level bodies joined by 和', () => {
    expect(orgs('市贸促会和市侨联共同举办了对接会。')).toEqual(['市贸促会', '市侨联']);
  });
});

describe('a street’s and a college’s departments', () => {
  it('reads a street’s department whose head jieba glued to its chief (局局长)', () => {
    expect(orgs('会城街道党工委委员、街道经济和科技促进局局长李大海带队调研。')).toEqual(['会城街道党工委', '街道经济和科技促进局']);
  });

  it('names no body by a street’s centre of many', () => {
    expect(orgs('暑假，她去了一家街道综合服务中心实习。')).toEqual([]);
  });

  it('takes a department 系 jieba read as the copula, before its staff', () => {
    expect(orgs('青山农业大学人文与发展学院社会政策与发展研究系教授张静说，要协商。')).toContain('青山农业大学人文与发展学院社会政策与发展研究系');
    expect(orgs('这一研究系教授们多年的成果。')).toEqual([]);
  });
});

describe('a listed company in a flash right after its dateline', () => {
  it('takes the name before the colon', () => {
    expect(orgs('证券时报e公司讯，华峰科技：拟投资5亿元建设新产线。')).toContain('华峰科技');
  });
});

describe('a country’s government and a body right after a byline', () => {
  it('takes a country jieba tagged as a name before 政府', () => {
    expect(orgs('此后，卢森堡政府要求该行撤出总部。')).toEqual(['卢森堡政府']);
  });

  it('still takes no leader’s administration', () => {
    expect(orgs('拜登政府宣布了新政策。')).toEqual([]);
  });

  it('reads no byline’s brackets into the body after them', () => {
    expect(orgs('新华社巴格达１月１２日电（记者刘明、顾青）伊拉克政府１２日晚宣布，将加强边境管控。')).toEqual(['新华社', '伊拉克政府']);
  });
});

describe('heads jieba glued to a post or cut from their first character', () => {
  it('reads an association glued to its president (商会会长)', () => {
    expect(orgs('巴西中国商会会长王明出席活动。')).toEqual(['巴西中国商会']);
  });

  it('keeps the first character of a registered company opening its clause (中/f 青旅控股)', () => {
    expect(orgs('据悉，中青旅控股股份有限公司表示，将扩大投资。')).toEqual(['中青旅控股股份有限公司']);
  });
});

describe('units of known bodies and what stands before a subsidiary', () => {
  it('reads a security bureau as a head (安全局 is no 全局) under its department', () => {
    expect(orgs('美国商务部工业与安全局将多家企业列入清单。')).toEqual(['美国商务部工业与安全局']);
    expect(orgs('要从全局出发谋划工作。')).toEqual([]);
  });

  it('starts a subsidiary’s name after the word for a subsidiary', () => {
    expect(orgs('公司全资子公司青山新材料有限公司竞得该地块。')).toEqual(['青山新材料有限公司']);
  });
});

describe('brands listed before 等品牌, and a brand before its spokesman', () => {
  it('takes two-character brands jieba does not know, and stops at an item no name reads back from', () => {
    expect(orgs('记者发现，怪兽充电、街电、小电等品牌普遍上调了收费标准。')).toEqual(expect.arrayContaining(['街电', '小电']));
  });

  it('still takes no trades listed before 等企业', () => {
    expect(orgs('新能源、人工智能等企业发展迅速。')).toEqual([]);
  });

  it('takes a brand before its 相关负责人 split in two', () => {
    expect(orgs('街电相关负责人回应称，将加强价格公示。')).toEqual(['街电']);
  });
});

describe('the democratic parties and their central committees', () => {
  it('takes each central committee of a list by its short name', () => {
    expect(orgs('民革中央、民盟中央、九三学社中央、台盟中央负责人参加了座谈。')).toEqual(['民革中央', '民盟中央', '九三学社中央', '台盟中央']);
  });

  it('keeps Taiwan’s 民进党 apart from 民进', () => {
    expect(orgs('民进党当局一再挑衅。')).toEqual(['民进党']);
  });
});

describe('a city taken for a person inside a body’s name, and a place before a verb 办', () => {
  it('keeps a company named after a prefecture-level city jieba tags as a name (宁德/nr)', () => {
    expect(orgs('据悉，宁德时代新能源科技股份有限公司表示，将扩大产能。')).toContain('宁德时代新能源科技股份有限公司');
  });

  it('names no body by a place before 办 as holding something there', () => {
    expect(orgs('早就听说画家们要来南斯拉夫办展览。')).toEqual([]);
    expect(orgs('湖北省国防科工办负责人介绍了情况。')).toEqual(['湖北省国防科工办']);
  });
});

describe('words of the sentence glued before or after a body', () => {
  it('leaves 的 out of a body before its officer', () => {
    expect(orgs('万科的总裁王石喜欢登山。')).toEqual(['万科']);
    expect(orgs('刚从广交会回来的总经理彭学舟信心满满。')).toEqual([]);
  });

  it('leaves a preposition or a conjunction the HMM glued out of the name', () => {
    expect(orgs('另据北京铁路局介绍，今年客流大增。')).toEqual(['北京铁路局']);
  });

  it('leaves a time word out of a listed company before its stock code', () => {
    expect(orgs('昨日青山电器（002999）股价上涨。')).toEqual(['青山电器']);
  });
});

describe('heads of words that name no body', () => {
  it.each([
    '直播中又被拍到裙底和腿部。',
    '墓室内西侧的南半部随葬有礼器。',
    '若报考很强学校的热门专业，风险很大。',
    '股东代理人3人,代表股份164484886股。',
    '三九发展（600614）股份转让。',
  ])('%s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('still takes a company named by its brand and 股份 before its filing', () => {
    expect(orgs('伊利股份公告称，净利润增长。')).toEqual(['伊利股份']);
  });
});

describe('subsidiaries named after a central enterprise’s short name', () => {
  it.each([
    ['中铁十二局集团第一工程有限公司承建该项目。', '中铁十二局集团第一工程有限公司'],
    ['中建三局第一建设工程有限责任公司负责施工。', '中建三局第一建设工程有限责任公司'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
});

describe('a Latin name the text has speak, before 公司', () => {
  it('is a person’s employer, no company’s name', () => {
    expect(orgs('货物越积越多，Lily公司那间仓库爆仓了。Lily说，客户都不下单了。')).toEqual([]);
  });

  it('still takes a Latin brand before 公司', () => {
    expect(orgs('OpenAI公司发布了新模型。')).toEqual(['OpenAI公司']);
  });
});

describe('an outlet citing a source', () => {
  it('ends the outlet’s name at the verb of citing jieba tags as a noun', () => {
    expect(orgs('韩联社援引政府消息说，会谈将延期。')).toEqual(['韩联社']);
  });
});

describe('a province’s delegation of companies and branches', () => {
  it('takes the companies listed before 等 and a count of firms of a place', () => {
    expect(orgs('太钢集团、汾酒集团等20余家山西企业参加了推介会。')).toEqual(['太钢集团', '汾酒集团']);
  });

  it('takes a branch 分会 of a known council', () => {
    expect(orgs('中国国际贸易促进委员会山西省分会会长出席。')).toEqual(['中国国际贸易促进委员会山西省分会']);
  });

  it('reads a works’ 厂 jieba left bound inside a registered company', () => {
    expect(orgs('山西杏花村汾酒厂股份有限公司与经销商签约。')).toEqual(['山西杏花村汾酒厂股份有限公司']);
  });
});

describe('bodies left unnamed and the role words before a company', () => {
  it.each(['他毕业于北京某大学。', '俄罗斯一个高级导弹设计中心的专家说。', '据韩国的一家杂志报道，两家公司将合作。'])('%s names none', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it.each([
    ['亚洲最大的斜纹布生产商温德纺织公司也在建设新厂。', '温德纺织公司'],
    ['公司购买了长期合作伙伴皮克斯公司的全部股份。', '皮克斯公司'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
});

describe('kinds of school and parts of a plan', () => {
  it.each(['考生均须参加全国普通高等学校招生统一考试。', '规划建设北京城市副中心。', '一名美国私立大学的学生每年花费很多。'])('%s names none', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('bodies described by their rank or share', () => {
  it.each(['她掌舵一家虚拟的世界顶级化妆品公司。', '深圳部分银行对兑换收取费用。'])('%s names none', (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('units jieba tags oddly after a place', () => {
  it.each([
    ['提起南京东路警署，辖区居民有口皆碑。', '南京东路警署'],
    ['产品来自无锡钻探工具厂。', '无锡钻探工具厂'],
    ['（天津警备区某部张海军）', '天津警备区'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('takes no place before a verb ending in a head character (在上海签署)', () => {
    expect(orgs('该品牌今日在上海签署了合约。')).toEqual([]);
  });
});

describe('a city jieba tags as an adverb before its committee', () => {
  it('reads the city into the committee’s name (大同/d 市委)', () => {
    expect(orgs('在整顿中，大同市委坚持依法办矿。')).toEqual(['大同市委']);
  });

  it('takes no adverb of the sentence for a place', () => {
    expect(orgs('他已经市委批准。')).toEqual([]);
  });
});

describe('a country the name rules take for a person, opening a short name', () => {
  it.each([
    ['乌克兰总统办公室主任叶尔马克说。', '乌克兰总统办公室'],
    ['他表示，愿代表贝宁政府和人民表示感谢。', '贝宁政府'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });
});

describe('an outlet whose report is named with 的', () => {
  it('takes the outlet and leaves the clause before it out', () => {
    expect(orgs('如果没有江城晚报的报道，很多人不会知道这件事。')).toEqual(['江城晚报']);
  });

  it('takes no one’s report for an outlet', () => {
    expect(orgs('他的报道引起了关注。')).toEqual([]);
  });
});

describe('a bank’s name jieba took for a person’s', () => {
  it('takes the bank (瑞穗/nr 银行) and no one’s bank card', () => {
    expect(orgs('瑞穗银行料人民币近期将在区间内震荡。')).toEqual(['瑞穗银行']);
    expect(orgs('李明银行卡被盗。')).toEqual([]);
  });
});
