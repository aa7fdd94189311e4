import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names and bodies made up); each one stands for
// a class of context in which news text names a person.

const { run: analyse, bracketed: found } = peopleReader();

describe('a name introduced by a post or a role, whatever verb follows', () => {
  it.each([
    ['项目服务专员李红梅接到电话后，立即赶往现场。', '李红梅[项目服务专员]'],
    ['种粮大户张大伟今年又添了两台收割机。', '张大伟[种粮大户]'],
    ['村民刘秀英把自家的房子改成了民宿。', '刘秀英[村民]'],
    ['经纪人赵明亮带着客户看房。', '赵明亮[经纪人]'],
    ['饭店老板孙德胜笑着迎了出来。', '孙德胜[饭店老板]'],
    ['航天员王亚平在空间站里授课。', '王亚平[航天员]'],
    ['研究员张建国正在调试设备。', '张建国[研究员]'],
    ['“大国工匠”李万君在车间里。', '李万君[“大国工匠”]'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('takes a post in brackets after the name', () => {
    expect(found('李华（北京大学教授）表示，要加强研究。')).toEqual(['李华[北京大学教授]']);
    expect(found('王明（左）与同事交流。')).toEqual(['王明[]']);
  });

  it('takes a post after the name as its title, and a form of address as evidence only', () => {
    expect(found('习近平总书记强调，要坚持人民至上。')).toEqual(['习近平[总书记]']);
    expect(found('钟南山院士说，疫情可控。')).toEqual(['钟南山[院士]']);
    expect(found('王明同志是一名老党员。')).toEqual(['王明[]']);
  });

  it('sees no name in a word that follows a post (航天员成功…, 学生毕业…)', () => {
    expect(found('三名航天员成功进驻空间站。')).toEqual([]);
    expect(found('这批学生毕业后都找到了工作。')).toEqual([]);
    expect(found('王明长期从事研究工作。')).toEqual([]); // 长 is no post after a name
  });

  it('gives kinship no post but takes it as evidence', () => {
    expect(found('她的女儿李思思今年考上了大学。')).toEqual(['李思思[]']);
  });
});

describe('bylines, datelines and photo credits', () => {
  it('finds every reporter of a bracketed byline, with the role', () => {
    expect(found('（本报记者王明、李华、张强）')).toEqual(['王明[本报记者]', '李华[本报记者]', '张强[本报记者]']);
    expect(found('新华社北京5月1日电（记者陈一鸣、周可）今天上午')).toEqual(['陈一鸣[记者]', '周可[记者]']);
  });

  it('finds names in a dateline without a role, with no post', () => {
    expect(found('新华社上海3月2日电（胡明、杨东）会议指出')).toEqual(['胡明[]', '杨东[]']);
  });

  it('reads space-padded and space-separated names', () => {
    const r = analyse('本报记者  张  洋\n正文开始。');
    expect(r.people.map((p) => p.name)).toEqual(['张洋']);
    expect(r.people[0]!.title).toBe('本报记者');
    expect(found('（评论员 罗一博 萧海）')).toEqual(['罗一博[评论员]', '萧海[评论员]']);
    expect(found('记者 张 洋 李 华')).toEqual(['张洋[记者]', '李华[记者]']);
  });

  it('reads photo credits, and 摄 is never part of the name', () => {
    expect(found('人民网 王芳摄')).toEqual(['王芳[]']);
    expect(found('活动现场。（王芳/摄）')).toEqual(['王芳[]']);
    expect(found('新华社记者 谢一驰 摄')).toEqual(['谢一驰[新华社记者]']);
  });

  it('reads credit labels after a slash or in a closing bracket, the nearest label deciding', () => {
    expect(found('文/栗思 编辑/倪家宁')).toEqual(['栗思[文]', '倪家宁[编辑]']);
    expect(found('这是最后一段。（作者：南帆，系某大学教授）')).toEqual(['南帆[作者]']);
    expect(found('他在会上说：王明是好人。')).toEqual([]);
  });

  it('takes no role-less bracket for a byline in running text', () => {
    expect(found('这一做法（张弛有度）值得推广。')).toEqual([]);
  });
});

describe('lists joined by 、', () => {
  it('accepts names listed before a verb only people take', () => {
    expect(found('马兴瑞、吴政隆参加调研。')).toEqual(['马兴瑞[]', '吴政隆[]']);
  });

  it('accepts the other members when one is a person, and a post before the list names each', () => {
    const text = '航天员孟海平、黎小舟密切监视仪表。随后，黎小舟、孟海平依次进入。';
    expect(found(text)).toEqual(['孟海平[航天员]', '黎小舟[航天员]']);
  });

  it('accepts a list opened by a word like 包括 or closed by a verb like 荣获', () => {
    expect(found('课题组成员包括张一鹏、李小琦、刘敏等。')).toEqual(['张一鹏[]', '李小琦[]', '刘敏[]']);
    expect(found('最终，张小宁、赵银亮荣获二等奖。')).toEqual(['张小宁[]', '赵银亮[]']);
  });

  it('takes listed names that would not pass alone (张之洞, 康有为) and cuts the last at the closing word', () => {
    expect(found('以曾国藩、左宗棠、张之洞等为代表的洋务派。')).toEqual(['曾国藩[]', '左宗棠[]', '张之洞[]']);
    expect(found('，康有为、梁启超为代表的维新派。')).toEqual(['康有为[]', '梁启超[]']);
  });

  it('lets the end of the sentence close a list announced as people (其中有…)', () => {
    expect(found('每位获奖者都上台领奖，其中有刘建国、王秀英、李德胜。')).toEqual(['刘建国[]', '王秀英[]', '李德胜[]']);
  });

  it('lets a known person vouch for a name joined by 和, and reads 两位 as closing a list', () => {
    expect(found('王明表示，王明和李华一起去过那里。')).toEqual(['王明[]', '李华[]']);
    expect(found('记者王明与北京的朋友见面。')).toEqual(['王明[记者]']);
    expect(found('王明、李华两位专家出席。')).toEqual(['王明[]', '李华[]']);
  });

  it('takes no list of places for people', () => {
    expect(found('湖南、湖北、江西参加了会议。')).toEqual([]);
    expect(found('。江苏、浙江、安徽等，都参加了。')).toEqual([]);
    expect(found('他去过高州、信宜、化州等地。')).toEqual([]);
  });
});

describe('more evidence around a name', () => {
  it('reads a speech verb after adverbs', () => {
    expect(found('1956年，毛泽东曾经形象地说：“要学习。”')).toEqual(['毛泽东[]']);
  });
  it('reads a speech verb after a clause of time or place', () => {
    expect(found('王建国在接受采访时表示，今年产量会更高。')).toEqual(['王建国[]']);
    // A name whose surname is often a plain word's first character: nothing but evidence around it makes it one (others may be told by their shape).
    expect(found('高刚在北京工作。')).toEqual([]);
  });
  it('reads the speaker of an interview line, and no source label', () => {
    expect(found('记者：村里变化大吗？\n王建国：我们村这几年变化很大。')).toEqual(['王建国[]']);
    expect(found('来源：人民网\n责任编辑：')).toEqual([]);
  });
  it('reads sex, age and an introduction as evidence', () => {
    expect(found('一位名叫张秀兰的老人走了过来。')).toEqual(['张秀兰[]']);
    expect(found('李华（32岁）是一名快递员。')).toEqual(['李华[]']);
    expect(found('刘德明今年65岁了。')).toEqual(['刘德明[]']);
  });
  it('reads cited authors and translators', () => {
    expect(found('[4] 王治东：《发展成就与经验》，某出版社。')).toEqual(['王治东[]']);
    expect(found('［美］弗朗西斯·福山著，陈高华译：《某书》')).toEqual(['弗朗西斯·福山[]', '陈高华[]']);
  });
  it('keeps a three-character name whole when the HMM glued its last character to the verb', () => {
    expect(found('新华通讯社总编辑吕岩松任副组长。')).toEqual(['吕岩松[新华通讯社总编辑]']);
  });
});

describe('authors of quoted verse', () => {
  it('finds the author after the period', () => {
    expect(found('《示儿》\n——（宋）陆游\n死去元知万事空。')).toEqual(['陆游[]']);
  });
  it('keeps a period and a description before the name as the post', () => {
    expect(found('晚清词人陈廷焯称赞此诗。')).toEqual(['陈廷焯[晚清词人]']);
  });
});

describe('foreign names in transliteration', () => {
  it('takes a dotted name whole, hyphen included, and no half of it', () => {
    const r = analyse('基金会执行主席约翰·米勒-怀特认为，两国应加强合作。米勒-怀特还说，前景广阔。');
    expect(r.people.map((p) => p.name)).toEqual(['约翰·米勒-怀特']);
    expect(r.people[0]!.title).toBe('基金会执行主席');
  });

  it('names a dotted person as first written in full, and leaves an -ism to its word', () => {
    const r = analyse('他们坚持马克思主义。《资本论》，［德］卡尔·马克思著，某出版社。');
    expect(r.people.map((p) => p.name)).toEqual(['卡尔·马克思']);
    expect(r.people[0]!.count).toBe(1);
  });

  it('takes a transliterated name jieba knows, said twice, but not a place or a thing', () => {
    expect(found('默克尔当天抵达北京。默克尔此行将访问三座城市。').map((p) => p.replace(/\[.*\]$/, ''))).toEqual(['默克尔']);
    expect(found('来自加勒比的游客很多。他们说，加勒比人很热情。')).toEqual([]);
  });

  it('takes a dotted name written with any middle dot, and its last part later as the same person', () => {
    const r = analyse('研究中心主任哈立德・泰穆尔・阿克拉姆指出，合作有益。阿克拉姆表示，期待交流。');
    expect(r.people.map((p) => p.name)).toEqual(['哈立德・泰穆尔・阿克拉姆']);
    expect(r.people[0]!.count).toBe(2);
  });

  it('takes a single transliterated word after a post, up to the verb', () => {
    expect(found('联合国秘书长古特雷斯在会上发言。')).toEqual(['古特雷斯[联合国秘书长]']);
    expect(found('某公司首席执行官施密特说，销量还会增长。')).toEqual(['施密特[某公司首席执行官]']);
    expect(found('英国首相约翰逊宣布辞职。')).toEqual(['约翰逊[英国首相]']);
  });

  it('joins a transliteration jieba split, and takes a hyphenated name after a post', () => {
    expect(found('泽连斯基表示，乌方将继续谈判。')).toEqual(['泽连斯基[]']);
    expect(found('俄罗斯总统普京表示，俄方愿意对话。')).toEqual(['普京[俄罗斯总统]']);
    expect(found('白宫发言人让-皮埃尔在记者会上说，美方不支持。')).toEqual(['让-皮埃尔[白宫发言人]']);
  });

  it('takes an unknown three- or four-character name between a post and a speech verb (岸田文雄)', () => {
    expect(found('日本首相岸田文雄表示，日方将加强合作。')).toEqual(['岸田文雄[日本首相]']);
    // A post of Japan's vouches for a name of four characters without the verb (see people-names9).
    expect(found('日本首相岸田文雄当天抵达。')).toEqual(['岸田文雄[日本首相]']);
  });

  it('takes no place after a post, and no quoted name of a thing, for a person', () => {
    expect(found('随团记者罗马报道。')).toEqual([]);
    expect(found('他们发射了通信卫星“图帕克·卡塔里”星。')).toEqual([]);
  });
});

describe('posts taken whole', () => {
  it.each([
    ['县文化和旅游局副局长赵刚带队检查。', '赵刚[县文化和旅游局副局长]'],
    ['浙江华宇新材料有限公司总经理钱伟介绍了情况。', '钱伟[浙江华宇新材料有限公司总经理]'],
    ['宁乡市投资促进局副局长周勇一行来访。', '周勇[宁乡市投资促进局副局长]'],
    ['山东女子学院社会与法学院教师陈姝介绍，课程已调整。', '陈姝[山东女子学院社会与法学院教师]'],
    ['亚太“丝路”研究会会长翁成杰表示，合作前景广阔。', '翁成杰[亚太“丝路”研究会会长]'],
    ['玻利维亚驻华公使衔参赞罗满月说，两国合作良好。', '罗满月[玻利维亚驻华公使衔参赞]'],
    ['航天三江江北公司数控车工、特级技师阎敏说，要苦练本领。', '阎敏[航天三江江北公司数控车工、特级技师]'],
    ['国务院发展研究中心对外经济研究部综合研究室主任赵一军表示，要扩大开放。', '赵一军[国务院发展研究中心对外经济研究部综合研究室主任]'],
    ['浙江大学医学院附属第二医院营养科营养师陆彦表示，要少吃。', '陆彦[浙江大学医学院附属第二医院营养科营养师]'],
    ['会上，TCL集团西安分公司冰洗总监康敏参加了会议。', '康敏[TCL集团西安分公司冰洗总监]'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('keeps a short bracket inside the post, and leaves the house pointer (我院) out', () => {
    expect(found('中央党校（国家行政学院）文史教研部主任王学斌发言。')).toEqual(['王学斌[中央党校（国家行政学院）文史教研部主任]']);
    expect(found('我院党委副书记、纪委书记郭建农出席比赛。')).toEqual(['郭建农[党委副书记、纪委书记]']);
    expect(found('研究院学术和编审委员会主任（副部长级）王均伟任执行副组长。')).toEqual(['王均伟[研究院学术和编审委员会主任（副部长级）]']);
    expect(found('新华社北京电（记者邹伟）国务院总理李强调研。')).toContain('李强[国务院总理]');
  });

  it.each([
    ['退休教师王明笑着说，日子越过越好。', '王明[退休教师]'],
    ['全国劳动模范李华说，要干一行爱一行。', '李华[全国劳动模范]'],
    ['90后大学生村官王小明说，他愿意扎根基层。', '王小明[大学生村官]'],
    ['该公司董事长兼总经理陈明说，订单已排到年底。', '陈明[董事长兼总经理]'],
  ])('roles, honours and joined posts: %s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('keeps a given name that is also an honour (吴亚军)', () => {
    expect(found('龙湖集团董事长吴亚军而言，这是一次考验。')).toEqual(['吴亚军[龙湖集团董事长]']);
  });

  it('keeps a body named by a place or time word (战时内阁, 东方空间) but not 国内 or 今年', () => {
    expect(found('他得到了战时内阁成员甘茨的支持。').map((p) => p.split('[')[1])).toEqual(['战时内阁成员]']);
    expect(found('今年，东方空间联合创始人姚颂表示，要加快研发。')).toEqual(['姚颂[东方空间联合创始人]']);
    expect(found('国内专家王立明表示，前景看好。')).toEqual(['王立明[专家]']);
  });

  it('leaves a category word that describes the employer out of the post (养老机构泰康之家)', () => {
    expect(found('养老机构泰康之家上海分公司人力资源总监毛佳杰告诉记者，招聘已开始。')).toEqual(['毛佳杰[泰康之家上海分公司人力资源总监]']);
  });

  it('takes no category before an honour for a name (道德模范)', () => {
    expect(found('他被评为全国道德模范。')).toEqual([]);
  });

  it('leaves a conjunction opening the sentence out of the post', () => {
    expect(found('会谈顺利。但法国总理菲利普表示，改革不会停止。')).toEqual(['菲利普[法国总理]']);
  });

  it('does not join two places by 和 into one post', () => {
    expect(found('中国和法国总统马克龙通了电话。').map((s) => s.includes('中国和'))).toEqual([false]);
  });
});

describe('lists of dignitaries, each name with its honorific', () => {
  it('stops a post at the previous member of the list (a name and its honorific before the 、)', () => {
    expect(found('华东理工大学校长孙立平教授、江南农业研究院原院长钱守仁研究员、浙江省科学技术协会副巡视员马文涛先生出席会议。')).toEqual([
      '孙立平[华东理工大学校长]', '钱守仁[江南农业研究院原院长]', '马文涛[浙江省科学技术协会副巡视员]',
    ]);
  });

  it('gives the post before a list to every member, past their honorifics', () => {
    expect(found('中国工程院院士何文远教授、冯志刚研究员，中国化学会副理事长邓建华教授、潘立群教授出席开幕式。')).toEqual([
      '何文远[中国工程院院士]', '冯志刚[中国工程院院士]', '邓建华[中国化学会副理事长]', '潘立群[中国化学会副理事长]',
    ]);
  });

  it('keeps the honorific as the post when each member has only an affiliation', () => {
    expect(found('复旦大学吴海涛教授、同济大学梁建国教授作了报告。')).toEqual(['吴海涛[教授]', '梁建国[教授]']);
  });

  it('keeps the whole name when jieba reads its last character with the honorific (郑道/先/教授)', () => {
    expect(found('中国工程院院士郑道先教授出席会议。')).toEqual(['郑道先[中国工程院院士]']);
    expect(found('中国科学院院士黄道先教授、刘明远研究员出席会议。')).toEqual(['黄道先[中国科学院院士]', '刘明远[中国科学院院士]']);
  });

  it('keeps a learned society whose 会 jieba splits off (生态学/会) in the post', () => {
    expect(found('中国生态学会副理事长林海峰研究员主持会议。')).toEqual(['林海峰[中国生态学会副理事长]']);
  });
});

describe('county officials listed by post and name, separated by commas', () => {
  it('reads the county level word (县/人武部), three-character names cut by the HMM, and 千 inside a name', () => {
    expect(found('县委常委、县人武部政委黄立军，县委常委、政法委书记郑国强，人大副主任彭向挺,副县长宋千峰，县应急管理局局长韩千里，副县长马立平参加了会议。')).toEqual([
      '黄立军[县委常委、县人武部政委]', '郑国强[县委常委、政法委书记]', '彭向挺[人大副主任]', '宋千峰[副县长]', '韩千里[县应急管理局局长]', '马立平[副县长]',
    ]);
  });

  it('does not take a speech verb before a comma into the name', () => {
    expect(found('局长王明讲，明天开会。')).toEqual(['王明[局长]']);
  });
});

describe('credit lines with padded or combined labels', () => {
  it('reads a label padded with a space (监 制：) and a padded name after a label (总监制：林 强)', () => {
    expect(found('本文完。\n总监制：林 强\n监 制：韩立新\n审 读：郭建平\n')).toEqual(['林强[总监制]', '韩立新[监制]', '郭建平[审读]']);
  });

  it('reads 文/图 before space-separated names as their label', () => {
    expect(found('活动取得了良好效果。(文/图 周晓燕 马立伟)')).toEqual(['周晓燕[文/图]', '马立伟[文/图]']);
  });
});

describe('rarer surnames', () => {
  it('takes a name with a rare classical surname after a post (…主席汲文龙)', () => {
    expect(found('山东省青岛市政协原党组书记、主席汲文龙受贿一案。')).toEqual(['汲文龙[山东省青岛市政协原党组书记、主席]']);
  });
});

describe('a lone surname after a post, then a dictionary word as the given name', () => {
  it('reads the word after the surname as the given name, whatever verb follows (孙/立新/参加)', () => {
    expect(found('县民政局局长孙立新参加了会议。')).toEqual(['孙立新[县民政局局长]']);
    expect(found('镇党委书记王立新走访了困难群众。')).toEqual(['王立新[镇党委书记]']);
  });

  it('reads no adverb after a surname as a given name', () => {
    expect(found('局长王再次强调安全。')).toEqual([]);
    expect(found('主任张一直在现场。')).toEqual([]);
  });
});

describe('foreign names with an initial, and documents that speak', () => {
  it('takes a dotted name with a Latin initial between its dots whole, and no half of it', () => {
    expect(found('该公司在给地方法官马丁·R·费希尔的信里表示，将提出上诉。费希尔尚未回应。')).toEqual(['马丁·R·费希尔[地方法官]']);
  });

  it('reads no name in a document or a place word before a speech verb (信中说)', () => {
    expect(found('他在回信中说，会尽快处理。')).toEqual([]);
  });
});

describe('more words that close a list of people', () => {
  it.each([
    ['会见时，钱明远、赵立群在座。', ['钱明远[]', '赵立群[]']],
    ['周建华、孙立新、冯国强等党和国家领导人出席大会。', ['周建华[]', '孙立新[]', '冯国强[]']],
    ['吴海峰、郑丽娟看望慰问了困难群众。', ['吴海峰[]', '郑丽娟[]']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('reads (化名) after a name as evidence of a person', () => {
    expect(found('在一家公司做中层的孙丹（化名）最近准备换工作。')).toEqual(['孙丹[]']);
  });
});

describe('official acts after a name', () => {
  it('reads an act only a person performs in an official report as evidence (会见, 率团)', () => {
    expect(found('吴海峰会见了代表团一行。')).toEqual(['吴海峰[]']);
    expect(found('郑丽娟率团访问法国。')).toEqual(['郑丽娟[]']);
  });
});

describe('trades read as verbs before a person suffix', () => {
  it('keeps the trade in the post (外卖/员), never the suffix alone, and takes 艺人 as a role', () => {
    expect(found('外卖员赵立群送来了餐。')).toEqual(['赵立群[外卖员]']);
    expect(found('艺人董立新6日晚间主持活动。')).toEqual(['董立新[艺人]']);
  });
});

describe('the first member of a list after its post', () => {
  it('takes a first member that would not pass alone when a post opens the list (记者康有为、李华)', () => {
    expect(found('本报记者康有为、李华报道。')).toEqual(['康有为[本报记者]', '李华[本报记者]']);
  });
});

describe('a list announced by a word for people and a colon', () => {
  it('takes every member up to the end of the sentence or line', () => {
    expect(found('本次活动的获奖者：钱明远、赵立群、孙丽华。')).toEqual(['钱明远[]', '赵立群[]', '孙丽华[]']);
    expect(found('评委：周海涛、吴建华\n')).toEqual(['周海涛[]', '吴建华[]']);
  });
});

describe('a speech verb after the person spoken to', () => {
  it('reads 对/向/跟 and a short object before a speech verb as evidence', () => {
    expect(found('周海涛对李晓燕说了什么？')).toEqual(['周海涛[]', '李晓燕[]']);
  });
});

describe('a name with no post, shown by an act only a person performs', () => {
  it.each([
    ['1950年，吴海峰代表中共中央提出了这一方针。', '吴海峰[]'],
    ['当年，郑丽娟率领考察队深入沙漠。', '郑丽娟[]'],
    ['王建军主张先易后难，逐步推进。', '王建军[]'],
    ['孙丽华毕业于一所师范学校，后来回到家乡。', '孙丽华[]'],
    ['赵立群当选为新一届理事。', '赵立群[]'],
    ['周海涛1998年逝世，享年八十岁。', '周海涛[]'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('reads 代表 as a verb only before the body spoken for, not as a post', () => {
    expect(found('村民代表大会讨论了修路的事。')).toEqual([]);
    expect(found('高水平代表队参加了比赛。')).toEqual([]);
  });

  it('takes an author citing his own writing (在《…》中说)', () => {
    expect(found('吴建华在《山村笔记》一书中写过这样的话。')).toEqual(['吴建华[]']);
  });

  it('takes a cited figure before a saying, not a verb before a quoted honour', () => {
    expect(found('从孔子“己所不欲，勿施于人”到今天，道理未变。')).toEqual(['孔子[]']);
    expect(found('这个村曾荣获“全国文明村镇”称号。')).toEqual([]);
  });

  it('takes a full name the dictionary knows after a post, even with a particle in it (郑和)', () => {
    expect(found('明朝航海家郑和七下西洋。')).toEqual(['郑和[明朝航海家]']);
  });

  it('takes a full name the dictionary reads as a time word (周恩来/t) with an act after it', () => {
    expect(found('1954年，周恩来代表中共中央作报告。')).toEqual(['周恩来[]']);
  });
});

describe('an office given in a clause next to the name', () => {
  it('takes the office after 现任/担任/任 when nothing stands before or after the name', () => {
    expect(found('吴海峰，现任县农业农村局局长，他对记者说起了往事。')).toEqual(['吴海峰[县农业农村局局长]']);
    expect(found('王建军，曾任县长，昨天表示支持。')).toEqual(['王建军[县长]']);
    expect(found('周海涛担任村党支部书记以来，村里变了样。')).toEqual(['周海涛[村党支部书记]']);
  });

  it('takes the office before 的 and the name (担任…的张三)', () => {
    expect(found('担任村党支部书记的郑丽娟表示，要把路修好。')).toEqual(['郑丽娟[村党支部书记]']);
  });

  it('leaves the verb out of an office set off by commas (，系…，)', () => {
    expect(found('作者吴建华，系省社科院研究员，长期研究乡村。')[0]).toBe('吴建华[作者]');
    expect(found('孙丽华，系省社科院研究员，她表示要加强研究。')).toEqual(['孙丽华[省社科院研究员]']);
  });

  it('gives no post from a clause with its own subject (，他是…)', () => {
    expect(found('赵立群，他是一家公司的发言人。赵立群表示支持。')).toEqual(['赵立群[]']);
  });
});

describe('a photo credit after the last member of a list', () => {
  it('leaves 摄 out of the name (记者张三、李四摄)', () => {
    expect(found('本报记者黎明远、李妍摄')).toEqual(['黎明远[本报记者]', '李妍[本报记者]']);
  });
});

describe('an office before 的 and the name', () => {
  it('reads no office out of a post that merely contains 任 (主任医师的…)', () => {
    expect(found('主任医师的孙丽华表示，病人已经好转。')).toEqual(['孙丽华[]']);
  });
});

describe('names of statesmen and scholars, and the country before a post', () => {
  it('reads 顿, 廷, 钦 as sound characters of a transliteration (克林顿, 亨廷顿, 叶利钦)', () => {
    expect(found('美国总统克林顿日前通过电话同对方会谈。')).toEqual(['克林顿[美国总统]']);
    expect(found('几年前，亨廷顿认为，文明之间会有冲突。')).toEqual(['亨廷顿[]']);
  });

  it('gives the post to the name after it, not to the country before it (伊拉克总统萨达姆)', () => {
    expect(found('伊拉克总统萨达姆２９日表示，伊拉克不希望发生冲突。')).toEqual(['萨达姆[伊拉克总统]']);
  });

  it('takes a visit abroad as an act of a person (…访问瑞典时)', () => {
    expect(found('去年年底，叶利钦访问瑞典时发表了讲话。')).toEqual(['叶利钦[]']);
  });
});

describe('lists of people closed or opened by who they are', () => {
  it('takes a list closed by 等 and a word for people, maybe qualified (等军委领导, 等职工)', () => {
    expect(found('钱明远、赵立群等老同志出席了座谈会。')).toEqual(['钱明远[]', '赵立群[]']);
    expect(found('周海涛、吴建华等一线职工坚守岗位。')).toEqual(['周海涛[]', '吴建华[]']);
  });

  it('takes a list opened by a friend or a leader (生前好友…, 领导人…)', () => {
    expect(found('他的生前好友孙丽华、郑丽娟为文集写了序。')).toEqual(['孙丽华[]', '郑丽娟[]']);
  });

  it('still reads a list of places before 等 and a people word as no people', () => {
    expect(found('江苏、浙江等地干部群众积极参与。')).toEqual([]);
  });
});

describe('authors before their works and full names the dictionary knows', () => {
  it('takes a three-character name before 的《…》 (an author and a cited work)', () => {
    expect(found('一是曹雪芹的《红楼梦》，一是武侠小说。')).toEqual(['曹雪芹[]']);
  });

  it('takes a dictionary name ending in 年 with evidence (张万年等领导)', () => {
    expect(found('张万年、迟浩田等领导高度评价这项工作。')).toEqual(['张万年[]', '迟浩田[]']);
  });
});

describe('one name and what shows a person around it', () => {
  it('takes 等 after one name before a word for people or an act (…等中央领导同志, …等出席)', () => {
    expect(found('首发式在京举行。周海涛等出席了纪念活动。')).toEqual(['周海涛[]']);
  });

  it('does not read a list of bodies before 等单位人员 as people', () => {
    expect(found('接到自称是公安、法院、银行等单位人员的来电要当心。')).toEqual([]);
  });

  it('takes a name introduced by 叫 after a comma, or by an age (１６岁的…)', () => {
    expect(found('他说，这是他的儿子，叫张河燕。')).toEqual(['张河燕[]']);
    expect(found('十字街村１６岁的乔明，地震中失去了家。')).toEqual(['乔明[]']);
  });

  it('takes a three-character name the dictionary reads as a place right after a post (副市长阳安江等)', () => {
    expect(found('在副市长阳安江等陪同下，代表团参观了工厂。')).toEqual(['阳安江[副市长]']);
    expect(found('本报记者马鞍山报道')).toEqual([]);
  });

  it('takes a one-character given name that jieba glued to 在 (国务委员宋/健在…)', () => {
    expect(found('国务委员宋健在工作会议上讲话。')).toEqual(['宋健[国务委员]']);
  });
});

describe('photo credits and credits closing a paragraph', () => {
  it('reads a photo credit with 摄 right after the name (（杨一秋摄）)', () => {
    expect(found('图为县种畜场一角。（杨一秋摄）')).toEqual(['杨一秋[]']);
  });

  it('reads a bracketed name on the line after a paragraph as its credit', () => {
    expect(found('效益名列全省同行业前茅。\n（胡文军）')).toEqual(['胡文军[]']);
  });
});

describe('authors on a line of their own', () => {
  it('takes a line of nothing but names near the start or the end of the text', () => {
    expect(found('坚持人民至上\n卢继传 高幼元\n这些年，乡村面貌发生了很大变化。')).toEqual(['卢继传[]', '高幼元[]']);
  });

  it('leaves a line of ordinary words or places alone, and names on a line deep inside the text', () => {
    expect(found('河南省\n湖北省\n数据如下。')).toEqual([]);
    const middle = ['第一段。', '第二段。', '第三段。', '王建军', '第四段。', '第五段。', '第六段。', '第七段。'].join('\n');
    expect(found(middle)).toEqual([]);
  });
});

describe('stars and kin', () => {
  it('takes a star as a role before a name (影星…, 球星…)', () => {
    expect(found('影星赵丽华出席了首映式。')).toEqual(['赵丽华[影星]']);
  });

  it('takes a name before a kinship word after 的 (…的亲外甥, …的弟子) as a person', () => {
    expect(found('他是周海涛的亲外甥，今年24岁。')).toEqual(['周海涛[]']);
    expect(found('原先像是四处撒欢的野马驹的学生，突然安静了。')).toEqual([]);
  });
});

describe('posts after a name and words that only look like names', () => {
  it('takes a post after the name that a place word would otherwise swallow (…局长介绍, …副总理接见)', () => {
    expect(found('李景田局长介绍说，工作进展顺利。')).toEqual(['李景田[局长]']);
    expect(found('会上，陈云副总理约见了两部领导。')).toEqual(['陈云[副总理]']);
  });

  it('reads no name in a dictionary adjective after a post (主席成功地…) nor in a doubled word (谢谢陈局长)', () => {
    expect(found('江泽民主席成功地访问美国。').map((p) => p.replace(/\[.*$/, ''))).toEqual(['江泽民']);
    expect(found('主持人：谢谢陈局长给我们做了介绍。')).toEqual([]);
  });

  it('gives a country before a migrants or a region word no person (伊拉克移民, 伊拉克北部)', () => {
    expect(found('土耳其驱逐十四名伊拉克移民。这些人来自伊拉克北部地区。')).toEqual([]);
  });

  it('takes no quoted honour as a saying (荣获“…”称号) and no qualifier before a post as a name (爱戴的卓越领导人)', () => {
    expect(found('合唱团，荣获“全国优秀童声合唱团”的称号。')).toEqual([]);
    expect(found('他是职工衷心爱戴的卓越领导人。')).toEqual([]);
  });
});

describe('transliterated names in a list of people', () => {
  it('takes transliterations jieba tags as names in a list closed by 等 and a people word', () => {
    expect(found('德国出过莫扎特、巴赫、贝多芬等世界顶级音乐家。')).toEqual(['莫扎特[]', '巴赫[]', '贝多芬[]']);
  });

  it('does not take a transliteration joined by 和 to a person on that alone (李铁和埃弗顿)', () => {
    expect(found('球员李铁和埃弗顿的合同到期了。')).toEqual(['李铁[球员]']);
  });
});

describe('military ranks after a name and speakers introduced in brackets', () => {
  it('takes 总司令, 司令员 and 将军 after a name as its post', () => {
    expect(found('在山上，我见到了朱德总司令。')).toEqual(['朱德[总司令]']);
  });

  it('takes a speaker opening a line with who he is in brackets, then a colon', () => {
    expect(found('座谈会上\n杨伟光（电视台台长、《风雪》总监制）：这部剧很难拍。')).toEqual(['杨伟光[]']);
  });
});

describe('names of no Han shape right after a post', () => {
  it('takes a word jieba tags as a transliterated name after a post, whatever its characters (部长多吉才让)', () => {
    expect(found('民政部部长多吉才让代表领导小组作了报告。')).toEqual(['多吉才让[民政部部长]']);
  });

  it('cuts 为 that the HMM glued to a name after a post (成员左藤惠为代表)', () => {
    expect(found('国民之声党成员左藤惠为代表。')).toEqual(['左藤惠[国民之声党成员]']);
  });
});

describe('transliterations jieba reads as places, right after a post', () => {
  it('takes one of three characters or more where the clause goes on (院长丹尼斯的陪同下)', () => {
    expect(found('在医院院长丹尼斯的陪同下，我们参观了病房。')).toEqual(['丹尼斯[医院院长]']);
  });

  it('leaves the place a reporter files from alone (记者莫斯科报道, 记者莫斯科１月５日电)', () => {
    expect(found('本报记者莫斯科报道')).toEqual([]);
    expect(found('新华社记者莫斯科１月５日电 会谈在这里举行。')).toEqual([]);
    expect(found('本报记者陈宇航报道')).toEqual(['陈宇航[本报记者]']); // a reporter's own name is Han
  });
});

describe('a credit label is looked for only a short way back', () => {
  it('reads a credit closing a long paragraph with no line break, and no label far before a name', () => {
    const filler = '会议讨论了明年的工作安排，与会代表发言踊跃。'.repeat(200);
    expect(found(`${filler}（责编：孙晓梅）`)).toEqual(['孙晓梅[责编]']);
    // A label seventy characters back, past a whole sentence, gives the later name nothing.
    expect(found(`（责编：孙晓梅，${'会议讨论了明年的工作安排与代表的建议。'.repeat(4)}村民刘秀英说，收成不错。`)).toEqual(['孙晓梅[责编]', '刘秀英[村民]']);
  });
});

describe('a 、 list of words jieba tags as names, with nothing else around them', () => {
  it('takes every member when the whole list is of such names', () => {
    expect(found('据说王建国、李秀英的故事流传很广。').map((p) => p.replace(/\[.*\]$/, ''))).toEqual(['王建国', '李秀英']);
  });

  it('takes no list of qualities, trends or things, nor the named-looking end of a longer list', () => {
    expect(found('幸福感、安全感都在提升。')).toEqual([]);
    expect(found('由计算机、红外、雷达、卫星组成。')).toEqual([]);
    expect(found('产业向高端化、智能化迈进。')).toEqual([]);
  });
});

describe('a post that runs through a description with 的', () => {
  it('gives the whole description of nouns before the post, and not a clause with a verb', () => {
    expect(found('国家科技工程和航天事业的总设计师王建华以极大的热情投入工作。')).toEqual(['王建华[国家科技工程和航天事业的总设计师]']);
    expect(found('会见了来访的美国总统拜登。')).toEqual(['拜登[美国总统]']);
  });

  it('reads an office after 是 that runs to the end of the clause, but no praise or kind of person', () => {
    expect(found('王建华是这座大桥的总设计师。')).toEqual(['王建华[这座大桥的总设计师]']);
    expect(found('高刚是我的学生。')).toEqual([]);
    expect(found('高刚是近代最伟大的科学家。')).toEqual([]);
  });

  it('reads the office a clause with 作为 gives the name after it', () => {
    expect(found('作为该项目的首席科学家，刘伟表示，进展顺利。')).toEqual(['刘伟[该项目的首席科学家]']);
    expect(found('作为一名老党员，刘伟表示，要带好头。')).toEqual(['刘伟[]']);
  });
});

describe('the dotted names of China’s minority citizens', () => {
  it('reads a dotted Uyghur or Tibetan name whole, after a post or in a list', () => {
    expect(found('自治区主席阿不都热西提·买买提在会上发表讲话。')).toEqual(['阿不都热西提·买买提[自治区主席]']);
    expect(found('委员有买买提托乎提·阿孜（维吾尔族）、次仁·达瓦（藏族）等。').map((p) => p.replace(/\[.*\]$/, ''))).toEqual(['买买提托乎提·阿孜', '次仁·达瓦']);
  });

  it('takes no dotted pair of places or a year and a city', () => {
    expect(found('金阳·白云两区联合举办活动。')).toEqual([]);
    expect(found('2024·北京马拉松开跑。')).toEqual([]);
  });
});

describe('a Japanese name after a Japanese post', () => {
  it('reads a family name alone or a whole name, whatever jieba tagged it', () => {
    expect(found('日本首相桥本去年推出了新政策。')).toEqual(['桥本[日本首相]']);
    expect(found('日本驻华大使山本说，欢迎来访。')).toEqual(['山本[日本驻华大使]']);
  });

  it('takes no office or building after the post', () => {
    expect(found('日本首相官邸发表声明。')).toEqual([]);
    expect(found('日本首相府表示遗憾。')).toEqual([]);
  });
});

describe('a minority citizen’s name jieba reads as a place, right after a post', () => {
  it('reads a four-character name in a minority name’s characters as the holder', () => {
    expect(found('自治区党委副书记巴音朝鲁、秘书长王建国出席了会议。').map((p) => p.replace(/\[.*\]$/, ''))).toContain('巴音朝鲁');
  });

  it('takes no place a reporter dispatches from, nor a place in a list of places', () => {
    expect(found('本报记者哈尔滨报道')).toEqual([]);
    expect(found('副主席乌兰察布、包头等地的代表')).toEqual([]);
  });
});
