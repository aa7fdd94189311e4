import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (bodies, places and people made up where they
// could be); each one stands for a class of context in which news names an organisation that an
// earlier round missed, or a stretch it took for one wrongly.

const { orgsInOrder: orgs } = peopleReader();

describe("a democratic party's committee of a province or a city", () => {
  it('is one body, not the party and the place’s own party committee', () => {
    const found = orgs('省政协副主席、民进江北省委会主委、江北大学校长刘清远说。');
    expect(found).toContain('民进江北省委会');
    expect(found).not.toContain('民进');
    expect(found).not.toContain('江北省委');
  });

  it('leaves the chair’s title out of the name', () => {
    const found = orgs('全国政协委员、民建南川省委副主委王晓红说。');
    expect(found).toContain('民建南川省委');
    expect(found.some((o) => o.includes('主委'))).toBe(false);
  });

  it('does not run one committee into the next through a chair and 和', () => {
    const found = orgs('九三学社西江省委主委、农工党东海市委副主委和致公党北川省委会负责人出席。');
    expect(found).toEqual(expect.arrayContaining(['九三学社西江省委', '农工党东海市委', '致公党北川省委会']));
    expect(found.some((o) => o.includes('副主委和'))).toBe(false);
  });

  it('reads nothing into 人民 followed by a verb', () => {
    expect(orgs('人民进行了长期斗争，江北市委作出部署。')).not.toContain('民进');
  });
});

describe("a department's party group", () => {
  it('names the department when the group comes before its own officers', () => {
    const found = orgs('文化部党组书记、部长陈立新在会上讲话。');
    expect(found).toContain('文化部');
    expect(found).not.toContain('文化部党组');
  });

  it('is the department’s sub-body when it acts on its own', () => {
    expect(orgs('文化部党组召开会议，研究部署下一步工作。')).toContain('文化部党组');
  });
});

describe('a discipline team stationed in a department', () => {
  it('is named whole with the department it sits in', () => {
    const found = orgs('巡察组将进驻驻市交通委纪检监察组等单位。');
    expect(found).toContain('驻市交通委纪检监察组');
    expect(found).not.toContain('驻市交通委');
  });

  it('keeps the commissions sending it', () => {
    expect(orgs('中央纪委国家监委驻水利部纪检监察组组长出席会议。')).toContain('中央纪委国家监委驻水利部纪检监察组');
  });

  it('names no team sent to bodies as a class', () => {
    expect(orgs('各派驻纪检监察组要加强日常监督。')).toEqual([]);
  });
});

describe('bodies counted by whom they belong to', () => {
  it('are a class, no name', () => {
    const found = orgs('巡察对象是：市纪委机关、市属国有企业纪委、市属高等院校纪委。');
    expect(found).toContain('市纪委');
    expect(found.some((o) => o.startsWith('市属'))).toBe(false);
  });
});

describe('a body of the nation named for a class of people it serves', () => {
  it('keeps the people in its name after 全国', () => {
    const found = orgs('教育部成立了全国学生体质健康工作咨询委员会。');
    expect(found).toContain('全国学生体质健康工作咨询委员会');
    expect(found).not.toContain('体质健康工作咨询委员会');
  });
});

describe('the capital opening a name', () => {
  it('opens a university’s name whatever jieba tagged it', () => {
    expect(orgs('首都经济贸易大学纪委发布通知。')).toContain('首都经济贸易大学纪委');
  });
});

describe('a bare kind of company after a verb', () => {
  it('is companies in general, and the word after it is no company', () => {
    expect(orgs('督导员从检查企业门岗开始，查看消毒记录。')).toEqual([]);
  });
});

describe("an organising committee's name", () => {
  it('keeps two games joined by 和, the second opening with its season', () => {
    const found = orgs('南城冬奥会和冬残奥会组委会新闻发言人表示，筹备工作进展顺利。');
    expect(found).toContain('南城冬奥会和冬残奥会组委会');
    expect(found).not.toContain('残奥会组委会');
  });

  it('keeps the edition before the committee’s own office', () => {
    expect(orgs('第十六届全国运动会组委会办公室发布通知。')).toContain('第十六届全国运动会组委会办公室');
  });
});

describe("a task force's name", () => {
  it('joins the parts of the campaign it runs, verbs or nouns, with 和', () => {
    const found = orgs('南城冬奥会城市运行和环境建设管理指挥部召开会议。');
    expect(found).toContain('南城冬奥会城市运行和环境建设管理指挥部');
    expect(found).not.toContain('环境建设管理指挥部');
  });

  it('still splits two bodies joined by 和 before a task force', () => {
    const found = orgs('南城市政府和市防汛抗旱指挥部联合发布通知。');
    expect(found).toContain('南城市政府');
    expect(found.some((o) => o.includes('政府和'))).toBe(false);
  });
});

describe("a province's or a city's committee glued to its secretary", () => {
  it('is the body, named by its level as the text names it', () => {
    expect(orgs('南川代表团审议时，省委书记王立新谈到改革。')).toContain('省委');
    expect(orgs('中共中央政治局委员、市委书记陈东主持会议。')).toEqual(expect.arrayContaining(['中共中央政治局', '市委']));
  });

  it('is no body after a verb the HMM glued to it', () => {
    expect(orgs('他曾任县委书记、县长。')).toEqual([]);
  });
});

describe('rank words jieba glues together before a post', () => {
  it('belong to the post, not to the body before them', () => {
    const found = orgs('国务院常务副秘书长刘建华参加审议。');
    expect(found).toContain('国务院');
    expect(found.some((o) => o.endsWith('副'))).toBe(false);
  });
});

describe('a party named right after its standing', () => {
  it('is that party, whatever words its name is made of', () => {
    const found = orgs('南国执政党国民团结党和最大在野党共同进步党展开角逐。');
    expect(found).toEqual(expect.arrayContaining(['国民团结党', '共同进步党']));
  });

  it('names no party for the standing alone', () => {
    expect(orgs('执政党和在野党展开角逐，执政党的支持率下降。')).toEqual([]);
  });
});

describe('two outlets joined by 和 before what they report', () => {
  it('are two names', () => {
    const found = orgs('据南城日报和北川晚报报道，活动将延期。');
    expect(found).toEqual(expect.arrayContaining(['南城日报', '北川晚报']));
    expect(found.some((o) => o.includes('和'))).toBe(false);
  });
});

describe("a party named right after its country", () => {
  it('is that country’s party, however jieba cut it', () => {
    expect(orgs('南非非洲人国民大会和巴西劳工党发来贺信。')).toContain('巴西劳工党');
    expect(orgs('黎巴嫩真主党发表声明。')).toContain('黎巴嫩真主党');
  });

  it('names no party for kinds and counts of parties', () => {
    expect(orgs('美国两党议员出席，日本政党纷纷表态。')).toEqual([]);
  });
});

describe("a country's permanent mission", () => {
  it('is a body named by the country, 常驻 and what it is accredited to', () => {
    expect(orgs('中国常驻联合国代表团发表声明。')).toContain('中国常驻联合国代表团');
  });
});

describe('a verb of meeting jieba tags a noun', () => {
  it('is the sentence’s, no part of the body met', () => {
    const found = orgs('南国总理阿卜杜会见中国电力建设集团董事长。');
    expect(found).toContain('中国电力建设集团');
    expect(found.some((o) => o.startsWith('会见'))).toBe(false);
  });
});

describe("the armed forces' services and theatre commands", () => {
  it('are named whole after the forces’ name', () => {
    const found = orgs('中国人民解放军东部战区新闻发言人表示，解放军海军官兵参加演习。');
    expect(found).toEqual(expect.arrayContaining(['中国人民解放军东部战区', '解放军海军']));
    expect(found).not.toContain('东部战区');
  });
});

describe('a production and construction corps', () => {
  it('is a body of the state', () => {
    expect(orgs('新疆生产建设兵团发布通知。')).toContain('新疆生产建设兵团');
  });
});

describe('a list closed by 等 and a kind of company, one member found already', () => {
  it('makes the other members companies whatever jieba tagged them', () => {
    expect(orgs('华为、中兴、小米等企业参加了展会。')).toEqual(expect.arrayContaining(['华为', '中兴', '小米']));
  });

  it('names no kinds of company and no places among the members', () => {
    expect(orgs('包括国企、民企等企业。')).toEqual([]);
    expect(orgs('北京、上海、广州等城市的企业。')).toEqual([]);
  });
});

describe('a count of the biggest before a kind of body', () => {
  it('ends the name read back: it ranks bodies, it names none', () => {
    const found = orgs('中国石油、中国石化、中国海油三大石油公司。');
    expect(found).toContain('中国海油');
    expect(found.some((o) => o.includes('三大'))).toBe(false);
  });
});

describe('a kind word right after a country', () => {
  it('is the kind of the name that follows, no part of it', () => {
    const found = orgs('美国智库战略与发展研究中心发布报告。');
    expect(found).toContain('战略与发展研究中心');
    expect(found.some((o) => o.includes('智库'))).toBe(false);
  });
});

describe('a sports association by its usual short form', () => {
  it('heads its name after the country or the city', () => {
    expect(orgs('中国足协宣布处罚决定，南城市篮协发布通知。')).toEqual(expect.arrayContaining(['中国足协', '南城市篮协']));
  });

  it('names none without a name before it', () => {
    expect(orgs('他们足协的人说。')).toEqual([]);
  });
});

describe("a customs area office", () => {
  it('is named whole after the customs administration, whatever jieba tagged its head', () => {
    const found = orgs('海关总署广东分署和广州海关缉私局破获案件。');
    expect(found).toEqual(expect.arrayContaining(['海关总署广东分署', '广州海关缉私局']));
    expect(found).not.toContain('海关总署');
  });
});

describe("a party committee's theory study group", () => {
  it('is a body named after its owner', () => {
    expect(orgs('6月21日，文化部党组理论学习中心组召开学习会。')).toContain('文化部党组理论学习中心组');
    expect(orgs('省委理论学习中心组举行集体学习。')).toContain('省委理论学习中心组');
  });
});

describe('a city jieba tags a common noun at the start of a name', () => {
  it('keeps the name from being cut at a later 国家', () => {
    const found = orgs('中国科学技术大学物理学院和合肥微尺度物质科学国家研究中心联合研究。');
    expect(found).toContain('合肥微尺度物质科学国家研究中心');
    expect(found).not.toContain('国家研究中心');
  });
});

describe("a special administrative region's legislature", () => {
  it('heads its name after the region', () => {
    expect(orgs('香港立法会通过条例，澳门特区立法会选举。')).toEqual(expect.arrayContaining(['香港立法会', '澳门特区立法会']));
  });
});

describe('a general society of co-operatives', () => {
  it('heads its name', () => {
    expect(orgs('北大荒农垦集团有限公司和中华全国供销合作总社联合调研。')).toContain('中华全国供销合作总社');
  });
});

describe("a country's party jieba ended at 党 before its officer's title", () => {
  it('is still that party', () => {
    const found = orgs('日本公明党代表山口那津男说，日本共产党委员长志位和夫表示。');
    expect(found).toEqual(expect.arrayContaining(['日本公明党', '日本共产党']));
  });
});

describe("a state group's line of business right after 中国", () => {
  it('stays in the name whatever jieba tagged it', () => {
    const found = orgs('中国节能环保集团发布年报。');
    expect(found).toContain('中国节能环保集团');
    expect(found).not.toContain('环保集团');
  });
});

describe("a known body's headquarters for a city or a region", () => {
  it('is that body’s own unit, named right after it', () => {
    const found = orgs('中国人民银行上海总部发布数据。');
    expect(found).toContain('中国人民银行上海总部');
    expect(found).not.toContain('中国人民银行');
  });
});

describe("a country's one-character short name before a known body", () => {
  it('makes it that country’s body, not the one the lexicon knows', () => {
    const found = orgs('中方表示，英外交部无权干涉。');
    expect(found).toContain('英外交部');
    expect(found).not.toContain('外交部');
  });
});

describe("a body's secretariat", () => {
  it('is its unit named whole', () => {
    const found = orgs('东盟秘书处发布报告。');
    expect(found).toContain('东盟秘书处');
    expect(found).not.toContain('东盟');
  });

  it('names none alone', () => {
    expect(orgs('他在秘书处工作。')).toEqual([]);
  });
});

describe('a company the lexicon knows, whole before 和', () => {
  it('is a company of its own, not the start of the next one’s name', () => {
    const found = orgs('中国银联和网联清算有限公司发布公告。');
    expect(found).toContain('中国银联');
    expect(found.some((o) => o.includes('和'))).toBe(false);
  });
});
