import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (bodies and people made up where they could be);
// each one stands for a class of context in which news text names a body with no government-style
// suffix: media, associations, schools, task forces.

const { orgsInOrder: orgs } = peopleReader();

describe('remits jieba tags as verbs stand inside a body\'s name', () => {
  it.each([
    ['江南省网络视听新媒体协会会长王立群出席仪式。', '江南省网络视听新媒体协会'],
    ['现场还有来自省广电局网络视听节目管理处的负责人。', '省广电局网络视听节目管理处'],
    ['南京市癌症患者关爱基金会向医院捐赠了设备。', '南京市癌症患者关爱基金会'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });
});

describe('an outlet named as the source of news', () => {
  it('reads past the outlet\'s Latin name in brackets', () => {
    expect(orgs('据南通社（nantong news）消息，选举结果已经公布。')).toContain('南通社');
  });
});

describe('a meeting or a company\'s staff in a list is no body', () => {
  it('leaves a congress out of a list of organisers', () => {
    const found = orgs('活动由国际中医药学会联合会、中华研究型医院学会、世界健康科学大会联合组织共同主办。');
    expect(found).toContain('国际中医药学会联合会');
    expect(found).not.toContain('世界健康科学大会');
  });

  it('takes no executives for a company after a kind of company', () => {
    expect(orgs('行业专家学者、知名企业高管、协会机构负责人将汇聚一堂。')).toEqual([]);
  });
});

describe('schools, magazines and publishers', () => {
  it('takes a school glued to its head teacher', () => {
    expect(orgs('河阳市第一中学校长表示，学校将继续推进改革。')).toEqual(['河阳市第一中学']);
  });

  it('takes a publisher named by a common word', () => {
    expect(orgs('求是杂志社和读者出版社联合举办活动。')).toEqual(['求是杂志社', '读者出版社']);
  });

  it('leaves publishers as a kind alone', () => {
    expect(orgs('不少国外出版社也表示了兴趣。')).toEqual([]);
  });
});

describe('task forces named by the campaign they drive', () => {
  it('keeps the verb that opens the name after a preposition', () => {
    expect(orgs('经推进长江流域发展领导小组批准，办公室印发了通知。')).toContain('推进长江流域发展领导小组');
    expect(orgs('经推进“一带一路”建设工作领导小组批准，方案正式发布。')).toContain('推进“一带一路”建设工作领导小组');
  });

  it('leaves the verb to the sentence inside a clause', () => {
    expect(orgs('我们要加快推进长江流域发展领导小组部署的任务。')).not.toContain('推进长江流域发展领导小组');
  });

  it('reads a committee\'s inspection task force whole', () => {
    expect(orgs('市委巡察工作领导小组办公室通报了情况。')).toEqual(['市委巡察工作领导小组办公室']);
  });
});

describe('back-references and branches', () => {
  it('takes a task force\'s office named by the task force\'s head word after the task force', () => {
    expect(orgs('经推进“一带一路”建设工作领导小组批准，领导小组办公室22日发表报告。')).toEqual(['推进“一带一路”建设工作领导小组', '领导小组办公室']);
  });

  it('takes no bare office when no task force was named', () => {
    expect(orgs('领导小组办公室22日发表报告。')).toEqual([]);
  });

  it('takes a society\'s council named right after it', () => {
    expect(orgs('项目由中国抗癌协会康复会联合发起。')).toContain('中国抗癌协会康复会');
    expect(orgs('中华医学会年会在京开幕。')).not.toContain('中华医学会年会');
  });
});

describe('papers acting, by any verb of the press', () => {
  it.each([
    ['东湖晨报独家获悉，项目已获批。', '东湖晨报'],
    ['中国园艺报发表评论指出，要保护古树。', '中国园艺报'],
    ['江城晚报联合省消协发起调查。', '江城晚报'],
    ['西岭周末记者调查发现，问题依然存在。', '西岭周末'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toContain(want);
  });

  it('takes the consumers\' association by its short form after its level', () => {
    expect(orgs('江城晚报联合省消协发起调查。')).toContain('省消协');
  });

  it('leaves the one interviewed and a report out of the paper\'s name', () => {
    expect(orgs('他在接受湖北日报专访时说，将继续努力。')).toEqual(['湖北日报']);
    expect(orgs('，安全生产情况通报发表后，各方高度关注。')).toEqual([]);
  });
});

describe('schools by their numbered or affiliated short forms', () => {
  it('splits two schools joined by 和', () => {
    expect(orgs('北京四中和人大附中的学生参加比赛。')).toEqual(['北京四中', '人大附中']);
  });

  it('takes an affiliated primary school whole', () => {
    expect(orgs('清华附小的孩子们表演了节目。')).toEqual(['清华附小']);
  });

  it('keeps the 中 of Chinese medicine jieba cut off inside a society\'s name', () => {
    expect(orgs('香港注册中医学会副会长陈明出席。')).toEqual(['香港注册中医学会']);
  });
});

describe('colleges, associations and village bodies with common words for names', () => {
  it('takes a college named by the disciplines it joins', () => {
    expect(orgs('水产与生命学院国情社情观察团开展暑期调研。')).toContain('水产与生命学院');
  });

  it.each([
    ['该基地由香港中文中学联会、澳门科学技术协进会共同负责运营。', ['香港中文中学联会', '澳门科学技术协进会']],
  ])('takes Hong Kong\'s and Macao\'s associations by their heads: %s', (text, want) => {
    expect(orgs(text)).toEqual(want);
  });

  it('takes a village\'s party branch whatever jieba tagged the village\'s name', () => {
    expect(orgs('进化村党支部书记、村委会主任王小英参加了座谈。')).toContain('进化村党支部');
    expect(orgs('，各村党支部书记参加。')).toEqual([]);
    expect(orgs('要加强村党支部建设。')).toEqual([]);
  });

  it('reads past a programme\'s title after a radio channel', () => {
    expect(orgs('据经济之声《天下财经》报道，银行发布消息。')).toEqual(['经济之声']);
  });
});

describe('foreign companies', () => {
  it('reads a transliteration jieba cut at a measure word whole after its country', () => {
    expect(orgs('法国道达尔能源公司与中方合作。')).toContain('法国道达尔能源公司');
  });
});

describe('foreign bodies', () => {
  it('takes a consulate by its short head', () => {
    expect(orgs('武装分子占领了在当地的土耳其领馆。')).toEqual(['土耳其领馆']);
  });

  it('takes a group named in quotation marks after its kind', () => {
    expect(orgs('武装人员来自极端组织“北方解放阵线”，但也可能包括其他人员。')).toEqual(['北方解放阵线']);
  });

  it('splits a city from another\'s body joined by 和', () => {
    expect(orgs('“巴格达和库尔德自治区政府将加强合作。”')).toEqual(['库尔德自治区政府']);
  });

  it('reads a transliteration before a bound 湾 whole', () => {
    expect(orgs('服装由历史最悠久的哈德逊湾公司设计。')).toEqual(['哈德逊湾公司']);
  });
});

describe('culture: conservatories, orchestras and their departments', () => {
  it('takes a department glued to its head\'s title and one named by its discipline', () => {
    expect(orgs('冯立，男，天津音乐学院钢琴系主任，教授。')).toEqual(['天津音乐学院钢琴系']);
    expect(orgs('王明任清华大学建筑系副主任。')).toEqual(['清华大学建筑系']);
    expect(orgs('北京大学关系密切。')).toEqual(['北京大学']);
  });

  it('takes no judging panel of a contest for a body', () => {
    expect(orgs('多次担任俄罗斯“大师之路”国际钢琴比赛评委。')).toEqual([]);
  });

  it('takes a magazine named by a set phrase', () => {
    expect(orgs('人之初杂志社社长李楠出席。')).toEqual(['人之初杂志社']);
  });
});

describe('precision: words of the sentence before a name', () => {
  it.each([
    ['他一直是中国足协专职副主席阎世铎的忠实朋友。', '中国足协'],
    ['4月份上海师范大学提出了新规定。', '上海师范大学'],
    ['容西片区新建容德初级中学、容兴高级中学。', '容德初级中学'],
  ])('%s', (text, want) => {
    expect(orgs(text)[0]).toBe(want);
  });

  it('takes no scheme for a bureau', () => {
    expect(orgs('小姨以身设局陷害外甥女婿。')).toEqual([]);
  });
});

describe('a construction bureau is still a bureau', () => {
  it('takes 建设局 while leaving a scheme alone', () => {
    expect(orgs('县住房和城乡建设局发布通知。')).toEqual(['县住房和城乡建设局']);
  });
});

describe('foreign companies and local bodies as a kind', () => {
  it('takes a company after its kind when its Latin name follows in brackets', () => {
    expect(orgs('电信巨头沃达丰（Vodafone）表示将退出。')).toEqual(['沃达丰']);
  });

  it('takes no country\'s local police for a name, but keeps a local finance bureau', () => {
    expect(orgs('近万名警员信息遭泄露，英国地方警察局赔偿超11亿元。')).toEqual([]);
    expect(orgs('北京市地方金融监督管理局发布通知。')).toEqual(['北京市地方金融监督管理局']);
  });
});

describe('local bodies of a county or a township', () => {
  it.each([
    ['县疾控中心工作人员介绍。', '县疾控中心'],
    ['镇综合文化站组织了演出。', '镇综合文化站'],
    ['区行政审批服务局推出新举措。', '区行政审批服务局'],
    ['县人社局就业服务中心举办招聘会。', '县人社局就业服务中心'],
    ['该县成立了绿源种植专业合作社。', '绿源种植专业合作社'],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual([want]);
  });

  it('leaves central work and a petrol station alone', () => {
    expect(orgs('要把这项任务作为中心工作来抓。')).toEqual([]);
    expect(orgs('他在加油站工作。')).toEqual([]);
  });
});
