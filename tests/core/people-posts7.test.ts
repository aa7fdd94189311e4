import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, bodies and places made up or generic);
// each one stands for a class of context in which official news names people and their posts.

const { bracketed: found, postOf } = peopleReader();

describe('words after a body that are no given name', () => {
  it('reads no person in a department’s 有关负责人 or 相关人员', () => {
    expect(found('国家发展改革委价格司有关负责人表示，将加强价格监管。')).toEqual([]);
    expect(found('该局相关人员介绍，工作已经完成。')).toEqual([]);
    expect(found('省财政厅司有关负责人说，资金已经下达。')).toEqual([]);
  });

  it('reads no person in a worker’s charge of a place (管室外)', () => {
    expect(found('“线路没问题，电工管室外，居民管室内。”社区主任何建华说。')).toEqual(['何建华[社区主任]']);
  });
});

describe('names the class of given names used to refuse', () => {
  it('reads 和 as a given name’s middle character, not before a surname', () => {
    expect(postOf('当时的村党支部书记严和仕忙前忙后快两年。', '严和仕')).toBe('村党支部书记');
    expect(found('主任严和孙说，要抓好落实。')).toEqual([]);
  });

  it('reads a given name ending in 年 of long life, never a year', () => {
    expect(postOf('研究院院长蒋延年等5位专家先后发言。', '蒋延年')).toBe('研究院院长');
    expect(found('副市长张今年表示，要抓好落实。').some((p) => p.startsWith('张今年'))).toBe(false);
  });

  it('reads a surname jieba takes for a city’s short name after a post (郑/ns)', () => {
    expect(postOf('研究所所长郑永新等8位代表发言。', '郑永新')).toBe('研究所所长');
  });

  it('takes a counted word for people after 等 as evidence of a name', () => {
    expect(found('镇里整合冯长君等3名党员结对帮扶。')).toContain('冯长君[]');
  });
});

describe('foreign heads of state and government', () => {
  it('reads a name in no transliteration’s characters after the country and the post', () => {
    expect(found('老挝总理通坎和泰国总理巴育出席。')).toEqual(['通坎[老挝总理]', '巴育[泰国总理]']);
  });

  it('reads no name after a Chinese post of the same words', () => {
    expect(found('中国总理通报共同情况。').some((p) => p.startsWith('通报'))).toBe(false);
  });
});

describe('speakers and signatories on a line of their own', () => {
  it('reads a post, a space and a name heading a speech, padded or not', () => {
    const text = '加强思想引领\n广东省政协主席 岳 荣\n省政协持续深入学习。\n把党的建设作为重中之重\n天津市政协主席 盛茂林\n市政协深入贯彻会议精神。';
    expect(found(text)).toEqual(['岳荣[广东省政协主席]', '盛茂林[天津市政协主席]']);
  });

  it('reads no speaker on a line that is a sentence', () => {
    expect(found('他强调 要抓好落实\n会议指出 工作很好')).toEqual([]);
  });
});

describe('the post before a name, whole', () => {
  it('leaves a verb of saying that opens the clause out of the post', () => {
    expect(postOf('区纪委接到举报，称城关区人社局工作人员王陆平冒领费用。', '王陆平')).toBe('城关区人社局工作人员');
  });

  it('keeps a city jieba reads as a verb between its province and county', () => {
    expect(postOf('这个人，是湖南怀化溆浦县北斗溪镇茅坡村老支书宋先民。', '宋先民')).toBe('湖南怀化溆浦县北斗溪镇茅坡村老支书');
  });

  it('keeps a campus city in brackets and a body named with 与 and a time word', () => {
    expect(postOf('香港中文大学（深圳）全球与当代中国高等研究院院长郑永新发言。', '郑永新')).toBe('香港中文大学（深圳）全球与当代中国高等研究院院长');
  });
});

describe('names jieba cuts across a post or a surname', () => {
  it('reads 何 after 主任 as a surname, not 任何', () => {
    expect(found('省发展改革委主任何立新出席。')).toEqual(['何立新[省发展改革委主任]']);
  });

  it('reads a surname jieba takes for a pronoun right after a post (何/r)', () => {
    expect(postOf('校党委常委、副校长何建国出席会议。', '何建国')).toBe('校党委常委、副校长');
  });

  it('reads a surname jieba tags a morpheme before a given name it knows (刘/zg 洪涛/nr)', () => {
    expect(postOf('作为县委书记，刘洪涛多次深入一线。', '刘洪涛')).toBe('县委书记');
  });

  it('keeps a given name’s last character jieba reads as an adjective (易炼/红)', () => {
    expect(found('省委书记刘奇、省长易炼红陪同考察。')).toEqual(['刘奇[省委书记]', '易炼红[省长]']);
  });

  it('reads a name glued to 任 of taking an office, the office as the post', () => {
    expect(found('李华任县委副书记、县长。')).toEqual(['李华[县委副书记、县长]']);
  });

  it('reads no person in a body’s short name ending in 委 (卫健委)', () => {
    expect(found('记者从国家卫健委获悉，新闻发言人米锋表示。')).toEqual(['米锋[新闻发言人]']);
  });
});

describe('posts abroad', () => {
  it('keeps a standing mission’s 常驻 inside the post', () => {
    expect(postOf('中国常驻联合国代表张军在安理会发言。', '张军')).toBe('中国常驻联合国代表');
  });
});

describe('posts of delegates, assistants and state groups', () => {
  it('reads a delegate to a Party congress named through 的', () => {
    expect(postOf('党的十九大代表、村党委书记张春林介绍。', '张春林')).toBe('党的十九大代表、村党委书记');
  });

  it('reads an assistant to an office as a post', () => {
    expect(postOf('外交部部长助理华春莹会见大使。', '华春莹')).toBe('外交部部长助理');
  });

  it('keeps 中 opening a state group’s short name in the post', () => {
    expect(postOf('全国劳动模范、中铁一局桥梁工程师张华表示。', '张华')).toBe('全国劳动模范、中铁一局桥梁工程师');
  });
});

describe('local posts whose places jieba cuts oddly', () => {
  it('keeps the paper’s own pointer before a posted reporter', () => {
    expect(postOf('（本报驻南非记者吕强采访整理）', '吕强')).toBe('本报驻南非记者');
  });

  it('keeps a number opening a township’s name', () => {
    expect(postOf('十二吐乡党委书记谢艳丽介绍，园区发展很快。', '谢艳丽')).toBe('十二吐乡党委书记');
  });

  it('keeps a village’s name jieba cut before its one-character 村', () => {
    expect(postOf('岳各庄村党总支书记戴鹏飞介绍，项目进展顺利。', '戴鹏飞')).toBe('岳各庄村党总支书记');
  });

  it('keeps a remit jieba tags an adjective before a research office (健康经济研究室)', () => {
    expect(postOf('中国社科院人口与劳动经济研究所健康经济研究室主任陈秋霖说，采购量更大了。', '陈秋霖'))
      .toBe('中国社科院人口与劳动经济研究所健康经济研究室主任');
  });
});

describe('offices given in a clause next to the name', () => {
  it('reads the office held in a clause of time before the name, or after 身为', () => {
    expect(postOf('在担任县委书记期间，孔德明带领群众修通了公路。', '孔德明')).toBe('县委书记');
    expect(postOf('身为村党支部书记，孔德明一心扑在工作上。', '孔德明')).toBe('村党支部书记');
  });

  it('leaves 过 after the verb out of the office', () => {
    expect(postOf('曾担任过村支书的孔德明至今仍关心村里的发展。', '孔德明')).toBe('村支书');
  });

  it('reads an office someone is appointed or elected to', () => {
    expect(postOf('孔德明被任命为北京大学校长。', '孔德明')).toBe('北京大学校长');
    expect(postOf('2018年，孔德明当选为省作家协会主席。', '孔德明')).toBe('省作家协会主席');
  });

  it('reads a résumé opening with the year of birth, and 同志 before the verb', () => {
    expect(postOf('孔德明，1970年生，中共党员，现任县人民医院院长。', '孔德明')).toBe('县人民医院院长');
    expect(postOf('孔德明同志任县委常委、宣传部部长。', '孔德明')).toBe('县委常委、宣传部部长');
  });

  it('reads no name in a department jieba tags a name before a deputy’s post (宣传司/nr 副司长)', () => {
    expect(found('国家卫生健康委员会新闻发言人、宣传司副司长米锋介绍。')).toEqual(['米锋[国家卫生健康委员会新闻发言人、宣传司副司长]']);
  });
});

describe('foreign leaders and their countries', () => {
  it('reads no country as a person, even with a post after it', () => {
    expect(found('哈萨克斯坦总统托卡耶夫会见了中国驻哈大使张霄。')).toEqual(['托卡耶夫[哈萨克斯坦总统]', '张霄[中国驻哈大使]']);
  });

  it('joins a first sound character jieba split off as a verb or an adjective after a post', () => {
    expect(found('联合国秘书长古特雷斯对局势表示关切。')).toEqual(['古特雷斯[联合国秘书长]']);
  });

  it('reads a leader named after a party’s and a state’s posts that name his country', () => {
    expect(found('老挝人民革命党中央总书记、国家主席通坎在万象出席仪式。')).toEqual(['通坎[老挝人民革命党中央总书记、国家主席]']);
  });
});

describe('members of a list', () => {
  it('keeps a list whole across a member joined by a dot', () => {
    expect(found('王晨、曹建明、张春贤、艾力更·依明巴海、万鄂湘、陈竺出席会议。')).toEqual(
      ['王晨[]', '曹建明[]', '张春贤[]', '艾力更·依明巴海[]', '万鄂湘[]', '陈竺[]']);
  });

  it('reads no verb of writing glued to a dotted name as part of it', () => {
    expect(found('马克思、弗里德里希·恩格斯著，人民出版社出版。').some((p) => p.includes('著'))).toBe(false);
  });

  it('takes the last member joined by 和 when the list closes after it', () => {
    expect(found('孙立、周敏和吴迪出席会议。')).toEqual(['孙立[]', '周敏[]', '吴迪[]']);
    expect(found('江苏、浙江和安徽等地。')).toEqual([]);
  });
});

describe('posts around acts of meeting', () => {
  it('starts the post after a verb of meeting jieba tags a noun (会见/n)', () => {
    expect(postOf('国务院总理李克强在北京人民大会堂会见越南副总理范平明。', '范平明')).toBe('越南副总理');
  });

  it('reads a deputy’s post right after the name', () => {
    expect(found('张强副主任介绍了有关情况。')).toEqual(['张强[副主任]']);
  });
});

describe('verbs of a body’s remit inside a post', () => {
  it('keeps the verbs before a unit’s head and before a task force’s name', () => {
    expect(postOf('联欢活动指挥部联欢演出部常务副部长庞微介绍，活动很精彩。', '庞微')).toBe('联欢活动指挥部联欢演出部常务副部长');
  });

  it('leaves a verb of going out of the post before a body', () => {
    expect(postOf('记者来到县委书记李华的办公室。', '李华')).toBe('县委书记');
  });
});

describe('short names and units jieba tags oddly inside a post', () => {
  it('keeps a federation’s short name jieba tags a verb (记协/v)', () => {
    expect(postOf('全国记协主席邵华泽说，新闻界要加强交流。', '邵华泽')).toBe('全国记协主席');
  });

  it('keeps a unit’s head jieba tags a morpheme (谈判/vn 组/zg)', () => {
    expect(postOf('荷兰外交部核安全峰会谈判组负责人皮特·德克勒克表示。', '皮特·德克勒克')).toBe('荷兰外交部核安全峰会谈判组负责人');
  });
});

describe('names jieba reads as places right after a post', () => {
  it('reads a two-character Han name jieba tags a place after a post, not a reporter’s city', () => {
    expect(found('领导小组组长罗干在北京主会场讲话。')).toEqual(['罗干[领导小组组长]']);
    expect(found('新华社记者罗马报道。')).toEqual([]);
  });
});

describe('a reader’s signature under a piece', () => {
  it('reads a name after a dash on a line of its own, maybe with a place in brackets', () => {
    expect(found('这些问题都得到了解决。\n———严卫斌（湖北）\n下一篇来信。')).toEqual(['严卫斌[]']);
  });

  it('reads no signature in a dash before a word that is no name', () => {
    expect(found('这些问题都得到了解决。\n——摘自\n下一篇来信。')).toEqual([]);
  });
});

describe('remit verbs after the level a body serves', () => {
  it('keeps 巡视 of a central leading group in the post', () => {
    expect(postOf('中央巡视工作领导小组成员杨晓超主持召开反馈会议。', '杨晓超')).toBe('中央巡视工作领导小组成员');
  });
});

describe('official posts of departments, missions and services', () => {
  it('keeps a department’s remit verbs before 司 and its chief', () => {
    expect(postOf('国家统计局新闻发言人、国民经济综合统计司司长付凌晖介绍。', '付凌晖')).toBe('国家统计局新闻发言人、国民经济综合统计司司长');
  });

  it('reads a chargé d’affaires as a post', () => {
    expect(postOf('中国驻美国大使馆临时代办徐学渊表示。', '徐学渊')).toBe('中国驻美国大使馆临时代办');
  });

  it('reads no armed service as a name before a rank', () => {
    expect(found('东部战区新闻发言人、陆军大校张春晖表示。')).toEqual(['张春晖[东部战区新闻发言人、陆军大校]']);
  });

  it('joins a group of posts set off by a comma at the sentence’s opening', () => {
    expect(postOf('会议召开。市委副书记、市长，市政府党组书记陈刚主持会议。', '陈刚')).toBe('市委副书记、市长，市政府党组书记');
    expect(postOf('他会见了美国总统，国务院总理李强出席。', '李强')).toBe('国务院总理');
  });
});

describe('a foreign author of a commentary', () => {
  it('gives the author on a line after his country the post of the closing note, which may go on after a comma', () => {
    const text = '发展农业脚踏实地\n（卢旺达）杰拉尔德·姆班达\n中国经济发展取得举世瞩目的成就。\n' +
      '（作者为卢旺达治理署新闻与传播部主任，本报驻南非记者吕强采访整理）';
    expect(found(text)).toEqual(['杰拉尔德·姆班达[卢旺达治理署新闻与传播部主任]', '吕强[本报驻南非记者]']);
  });
});

describe('a byline’s role read whole', () => {
  it('keeps the outlet’s short name before 记者 that jieba cut oddly, for every name on the line', () => {
    expect(found('采写：南都记者 余毅青 向雪红')).toEqual(['余毅青[南都记者]', '向雪红[南都记者]']);
  });
});

describe('a list of names jieba half knows', () => {
  it('counts a name whose first two characters jieba tags a name as a named member of a list', () => {
    expect(found('获奖者为李家洋、袁隆平、张启发(2018年);')).toEqual(['李家洋[]', '袁隆平[]', '张启发[]']);
  });
});

describe('a leader named bare, acting', () => {
  it('reads a transliteration jieba takes for a place or leaves unknown before a leader’s act, maybe after the day', () => {
    expect(found('普京当天签署法令。')).toEqual(['普京[]']);
    expect(found('莫迪当天访问了美国。')).toEqual(['莫迪[]']);
    expect(found('泽连斯基当天在视频讲话中说，将继续谈判。')).toEqual(['泽连斯基[]']);
  });

  it('reads no country or city of the closed list, whatever follows', () => {
    expect(found('巴黎当天宣布实行新的交通管制。')).toEqual([]);
  });
});

describe('two transliterations joined by 和', () => {
  it('takes the other when one is a person by its own evidence', () => {
    expect(found('拜登和哈里斯出席活动。')).toEqual(['拜登[]', '哈里斯[]']);
  });

  it('reads no person in a club or a city joined to another', () => {
    expect(found('利物浦和埃弗顿的比赛在周末举行。')).toEqual([]);
  });
});

describe('cited and travelling speakers', () => {
  it('reads a name after a verb of citing before the view cited', () => {
    expect(found('他引用列宁关于革命目的的论述。')).toEqual(['列宁[]']);
  });

  it('reads a transliteration glued to 在 before the place where it spoke', () => {
    expect(found('卢拉在巴西利亚说，巴西愿同中国深化合作。')).toEqual(['卢拉[]']);
  });

  it('reads no person in a body meeting somewhere', () => {
    expect(found('会议在北京举行。')).toEqual([]);
  });
});

describe('a view held', () => {
  it('reads a name between 在 and 看来 as a person', () => {
    expect(found('在严立军看来，这是一次难得的机会。')).toEqual(['严立军[]']);
  });
});

describe('manners of saying', () => {
  it('reads a sigh, a quip closed by 道, and words borrowed from someone as his', () => {
    expect(found('严立军感叹，变化太大了。')).toEqual(['严立军[]']);
    expect(found('严立军打趣道，我们是老朋友了。')).toEqual(['严立军[]']);
    expect(found('用严立军的话说，这叫雪中送炭。')).toEqual(['严立军[]']);
  });

  it('reads no person before a street or a channel ending in 道', () => {
    expect(found('居民来到张家湾街道，办理了手续。')).toEqual([]);
  });
});

describe('a name after a post jieba read whole', () => {
  it('starts no name inside the post (主教练/郎平, not 主教 and 练郎平)', () => {
    expect(found('中国女排主教练郎平表示，队员们表现出色。')).toEqual(['郎平[中国女排主教练]']);
  });
});

describe('praise before a post', () => {
  it('leaves praise jieba read into one word with the post out, as when it stands alone', () => {
    expect(postOf('著名作家莫言出席活动。', '莫言')).toBe('作家');
    expect(postOf('著名歌唱家郭兰英演唱。', '郭兰英')).toBe('歌唱家');
  });
});

