import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (bodies, places and people made up where they
// could be); each one stands for a class of context in which political news names an organisation
// that an earlier round missed, or a stretch it took for one wrongly.

const { orgsInOrder: orgs } = peopleReader();

describe('a committee whose name joins two remits with 和', () => {
  it('keeps two nouns of its remit in one name', () => {
    const found = orgs('全国人大常委会委员、宪法和法律委员会委员王建林同志作了讲解。');
    expect(found).toContain('宪法和法律委员会');
    expect(found).not.toContain('法律委员会');
  });

  it('keeps two verbs of its work in one name after a place', () => {
    expect(orgs('该省成立了高规格的清水河保护和治理委员会。')).toContain('清水河保护和治理委员会');
  });

  it('still splits two bodies joined by 和', () => {
    const found = orgs('市住建局和市交通运输局联合发布通知。');
    expect(found).toContain('市住建局');
    expect(found).toContain('市交通运输局');
  });
});

describe('bodies as a class, no name', () => {
  it.each([
    ['在国家部委支持下，该省争取了一笔贷款。'],
    ['联合国、欧盟等国际和地区组织负责人出席会议。'],
    ['千人合唱团将亮相表演台，千人交响乐团同台演出。'],
  ])('%s', (text) => {
    const found = orgs(text);
    expect(found.some((n) => /部委$|地区组织$|千人/.test(n))).toBe(false);
  });

  it('keeps the named bodies of the same list', () => {
    expect(orgs('联合国、欧盟等国际和地区组织负责人出席会议。')).toEqual(['联合国', '欧盟']);
  });
});

describe('the state president is a post, no body', () => {
  it('names no body 中国国家 before 主席', () => {
    expect(orgs('中国国家主席张立平出席本届峰会。')).toEqual([]);
  });
});

describe('a credit naming the writer\'s paper after 作者系', () => {
  it('takes the paper alone, not the credit\'s subject', () => {
    expect(orgs('志愿者已招募完毕。（作者系江城日报记者）')).toEqual(['江城日报']);
  });
});

describe('a venue in a list of buildings', () => {
  it('names no hall or gate tower as a body', () => {
    const found = orgs('天安门城楼、人民大会堂、国家博物馆等广场周围建筑将亮灯。');
    expect(found).not.toContain('人民大会堂');
    expect(found).not.toContain('天安门城楼');
  });
});

describe('a one-character city after 在 says where', () => {
  it('opens no name with 在京', () => {
    expect(orgs('指导组成员，在京部党组全体成员出席会议。')).toEqual([]);
  });

  it('still reads a company whose name opens with such a character after 在', () => {
    expect(orgs('他在沪东中华造船集团工作。')).toEqual(['沪东中华造船集团']);
  });
});

describe('remit words jieba tags otherwise inside a local bureau or a committee', () => {
  it('keeps an adjective-tagged remit before 和 (卫生健康和体育局)', () => {
    expect(orgs('区卫生健康和体育局局长在会上说。')).toContain('区卫生健康和体育局');
  });

  it('keeps 特别 between a body and its committee', () => {
    expect(orgs('联合国特别委员会主席表示，核查将继续。')).toContain('联合国特别委员会');
  });

  it('reads no committee back from 特别 after common nouns of a list', () => {
    expect(orgs('禁止化学、生物和核武器特别委员会的核查小组入境。')).not.toContain('生物和核武器特别委员会');
  });
});

describe('state groups\' numbered units', () => {
  it('keeps a unit numbered 一 after the bureau it belongs to', () => {
    expect(orgs('中建三局一公司项目经理介绍了工期。')).toEqual(['中建三局一公司']);
  });

  it('keeps 中 jieba read as a direction opening a group\'s short name', () => {
    expect(orgs('由中交二航局承建的项目进展顺利。')).toEqual(['中交二航局']);
    expect(orgs('中铁一局新运公司负责人介绍。')).toEqual(['中铁一局新运公司']);
  });

  it('still takes a lone 一 before a head for "a" (some body unnamed)', () => {
    expect(orgs('北京一公安局的民警赶到现场。')).not.toContain('北京一公安局');
  });
});

describe('a rank word of a company post', () => {
  it.each([
    ['华为公司轮值董事长徐直军说，研发投入还将加大。', '华为公司'],
    ['红星公司代理总经理李明介绍了情况。', '红星公司'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
});

describe('parties abroad named by their kind', () => {
  it.each([
    // (The party's central committee, named whole, is the body its general secretary heads.)
    ['老挝人民革命党中央总书记会见了代表团。', '老挝人民革命党中央'],
    ['南非执政党非洲人国民大会总书记说，两党将加强交流。', '非洲人国民大会'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });

  it('names no party in the party\'s own discipline (从严治党)', () => {
    expect(orgs('全面从严治党永远在路上。')).toEqual([]);
  });
});

describe('a ministry\'s department or bureau after the ministry', () => {
  it.each([
    ['应急管理部消防救援局新闻发言人在发布会上说。', '应急管理部消防救援局'],
    ['生态环境部大气环境司司长在发布会上说。', '生态环境部大气环境司'],
    ['水利部水旱灾害防御司司长介绍了汛情。', '水利部水旱灾害防御司'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });
});

describe('a ministry\'s department whose remit holds verbs', () => {
  it.each([
    ['财政部预算司负责人介绍了预算执行情况。', '财政部预算司'],
    ['国家统计局国民经济综合统计司司长解读了数据。', '国家统计局国民经济综合统计司'],
    ['国家发展改革委就业收入分配和消费司负责人说。', '国家发展改革委就业收入分配和消费司'],
    ['住房城乡建设部城市建设司负责人说。', '住房城乡建设部城市建设司'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });

  it('reads no department across a clause or a company', () => {
    expect(orgs('财政部表示，将支持该公司发展。')).toEqual(['财政部']);
  });
});

describe('a company glued to its staff by jieba', () => {
  it('reads the company back from the head inside the glued word', () => {
    expect(orgs('国网山东省电力公司济南供电公司员工正在检修线路。')).toEqual(['国网山东省电力公司济南供电公司']);
  });
});

describe('a hospital\'s department whose specialty jieba tags a verb', () => {
  it.each([
    ['江城大学附属第一医院呼吸内科主任医师说。', '江城大学附属第一医院呼吸内科'],
    ['复旦大学附属华山医院感染科主任说，病例在减少。', '复旦大学附属华山医院感染科'],
    ['北京朝阳医院呼吸与危重症医学科主任说。', '北京朝阳医院呼吸与危重症医学科'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });

  it('takes no clause after the hospital for a department', () => {
    expect(orgs('北京朝阳医院的医生说，要重视学科建设。')).toEqual(['北京朝阳医院']);
  });
});

describe('coordinating bodies of a region and organising committees of an edition', () => {
  it('reads a region jieba tags a common noun and 协同 of its remit into the name', () => {
    expect(orgs('京津冀协同发展领导小组办公室负责人说。')).toEqual(['京津冀协同发展领导小组办公室']);
  });

  it('still splits two bodies acting together (协同)', () => {
    expect(orgs('市住建局协同市交通局开展检查。')).toEqual(['市住建局', '市交通局']);
  });

  it('keeps the edition of the games an organising committee runs', () => {
    expect(orgs('第十五届全运会组委会有关负责人介绍。')).toEqual(['第十五届全运会组委会']);
  });
});

describe('a bureau whose remit jieba tags a verb', () => {
  it('reads 统计/v 厅 after a country as the agency', () => {
    expect(orgs('韩国统计厅发布的数据显示，出口回升。')).toEqual(['韩国统计厅']);
  });
});

describe('a theatre of a genre is a company of players', () => {
  it('names the troupe', () => {
    expect(orgs('北京京剧院的演员们走进社区演出。')).toEqual(['北京京剧院']);
  });

  it('names no venue', () => {
    expect(orgs('他们在大剧院看了演出，又去了电影院。')).toEqual([]);
  });
});

describe('border inspection stations', () => {
  it('names a station under its general station', () => {
    expect(orgs('江城边检总站南门边检站民警介绍了通关情况。')).toEqual(['江城边检总站南门边检站']);
  });

  it('names no checkpoint by its kind alone', () => {
    expect(orgs('公路检查站的民警查获毒品。')).toEqual([]);
  });
});
