import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences of our own (no article's text): each class of organisation the extractor
// cut, glued or invented before, in Simplified and Traditional.

const { orgs, run } = peopleReader();

/** Each organisation with the other forms grouped under it, as `name{form,…}`. */
const peopleOrgsWithForms = (text: string) =>
  run(text).organisations.map((o) => (o.forms && o.forms.length > 0 ? `${o.name}{${o.forms.join(',')}}` : o.name));

describe('a verb or a word for people before a body is the sentence', () => {
  it('leaves out a verb of visiting jieba tags a noun, and the plural suffix before it', () => {
    expect(orgs('周末，学生们参观南京博物院，了解六朝历史。')).toEqual(['南京博物院']);
    expect(orgs('游客们参观陕西历史博物馆时排起长队。')).toEqual(['陕西历史博物馆']);
    expect(orgs('孩子們參觀中國科技館，動手做實驗。')).toEqual(['中國科技館']);
  });

  it('leaves out a verb with the complement 出 jieba tags a noun', () => {
    expect(orgs('这种做法折射出中国政府的务实作风。')).toEqual(['中国政府']);
  });
});

describe('news of an event or a time is no outlet', () => {
  it('takes no body from a year’s or a meeting’s news coverage', () => {
    expect(orgs('今年全国两会新闻报道更加注重互动。')).toEqual([]);
    expect(orgs('去年進博會新聞報道的數量創新高。')).toEqual([]);
  });

  it('still names an outlet cited as the source', () => {
    expect(orgs('据澎湃新闻报道，大桥今天合龙。')).toEqual(['澎湃新闻']);
  });
});

describe('a country and a kind of body is a class, no name', () => {
  it('reads museums, libraries and schools of a country as a class', () => {
    expect(orgs('他说，中国博物馆的数字化展示让人印象深刻。')).toEqual([]);
    expect(orgs('外國圖書館也派人前來交流。')).toEqual([]);
  });

  it('keeps the national ones that carry a word more', () => {
    expect(orgs('展览在中国国家博物馆开幕。')).toEqual(['中国国家博物馆']);
  });
});

describe('central state enterprises and their units', () => {
  it('knows the groups of the state assets commission by their short names', () => {
    expect(orgs('中储粮集团公司有关负责人说，今年收购进展顺利。')).toEqual(['中储粮集团公司']);
    expect(orgs('哈电集团研制的水电机组并网发电。')).toEqual(['哈电集团']);
    expect(orgs('中國通號承建的信號系統正式開通。')).toEqual(['中國通號']);
  });

  it('names a known company’s unit whole, its trade or place between', () => {
    expect(orgs('从中储粮集团油脂公司的数据看，库存充足。')).toEqual(['中储粮集团油脂公司']);
    expect(orgs('中储粮吉林分公司今年收购稻谷。')).toEqual(['中储粮吉林分公司']);
    expect(orgs('中国石油塔里木油田分公司的钻井队刷新纪录。')).toEqual(['中国石油塔里木油田分公司']);
    expect(orgs('中国建筑八局总承包公司承建了这座体育馆。')).toEqual(['中国建筑八局总承包公司']);
  });

  it('does not take the company’s own legal form or its staff for a unit', () => {
    expect(orgs('国家电网公司发布年度报告。')).toEqual(['国家电网公司']);
    expect(orgs('腾讯公司员工在现场演示。')).toEqual(['腾讯公司']);
  });
});

describe('a former ministry by the name it was written under', () => {
  it('reads the former press and broadcasting administration whole', () => {
    expect(orgs('文化部、新闻出版广电总局有关负责同志出席。')).toEqual(['文化部', '新闻出版广电总局']);
  });
});

describe('the bodies that run a protected area', () => {
  it('reads the area’s name back from its management bureau, past the rank', () => {
    expect(orgs('卧龙国家级自然保护区管理局的巡护员发现了雪豹。')).toEqual(['卧龙国家级自然保护区管理局']);
    expect(orgs('扎龙国家级自然保护区管理局党委书记介绍了补水工程。')).toEqual(['扎龙国家级自然保护区管理局党委']);
    expect(orgs('神農架國家公園管理局的科研人員開展調查。')).toEqual(['神農架國家公園管理局']);
  });

  it('keeps a park’s zone, its office and its station in one name', () => {
    expect(orgs('祁连山国家公园甘肃片区张掖园区肃南管理处马蹄保护站的护林员巡山归来。'))
      .toEqual(['祁连山国家公园甘肃片区张掖园区肃南管理处马蹄保护站']);
  });

  it('names no body for the area alone', () => {
    expect(orgs('春天的卧龙国家级自然保护区里，杜鹃花开满山坡。')).toEqual([]);
  });
});

describe('task forces set up to help another region', () => {
  it('keep the verbs of the aid and the region helped in their name', () => {
    expect(orgs('作为江苏省对口帮扶陕西领导小组组长，他多次前往陕南。')).toEqual(['江苏省对口帮扶陕西领导小组']);
    expect(orgs('浙江省对口支援新疆前方指挥部召开动员会。')).toEqual(['浙江省对口支援新疆前方指挥部']);
    expect(orgs('山東省東西部協作工作領導小組印發了方案。')).toEqual(['山東省東西部協作工作領導小組']);
  });

  it('need the helping place before the aid', () => {
    expect(orgs('各地对口帮扶工作领导小组要加强协调。')).not.toContain('地对口帮扶工作领导小组');
  });
});

describe('a group’s member company with no suffix', () => {
  it('is named between the word of belonging and what a builder does', () => {
    expect(orgs('由中企蜀道集团所属四川路桥承建的教学楼即将竣工。')).toEqual(['蜀道集团', '四川路桥']);
    expect(orgs('中國電建下屬水電八局負責大壩施工。')).toEqual(['中國電建', '水電八局']);
  });

  it('is no product and no kind of firm', () => {
    expect(orgs('腾讯旗下微信推出新功能。')).toEqual(['腾讯']);
    expect(orgs('该集团所属企业承建了多个项目。')).toEqual([]);
  });
});

describe('a defined short name glued to another body', () => {
  it('is that body, and the name after it is another', () => {
    const text = '内罗毕大学孔子学院（以下简称“内大孔院”）举办中文比赛。内大孔院蒙巴萨大学教学点开设了新课程。';
    expect(orgs(text)).toEqual(['内罗毕大学孔子学院', '蒙巴萨大学']);
  });
});

describe('a company’s factory named by its brand', () => {
  it('is a body, with its city and 超级', () => {
    expect(orgs('第一百万辆新车在东风岚图云峰工厂下线。')).toEqual(['东风岚图云峰工厂']);
    expect(orgs('特斯拉上海超级工厂今年交付了更多新车。')).toEqual(['特斯拉上海超级工厂']);
    expect(orgs('在比亞迪長沙工廠，機器人正在焊接車身。')).toEqual(['比亞迪長沙工廠']);
  });

  it('is no factory as a thing, of a place or a trade alone, or of a person', () => {
    expect(orgs('工人们走进工厂，开始一天的工作。')).toEqual([]);
    expect(orgs('上海工厂的产量提高了。')).toEqual([]);
    expect(orgs('这家服装工厂正在招聘。')).toEqual([]);
    expect(orgs('他在张伟工厂打工。')).toEqual([]);
    expect(orgs('那座工厂去年扩建了车间。')).toEqual([]);
    expect(orgs('企业建成了定制镜片及太阳镜工厂。')).toEqual([]);
  });
});

describe('associations and cooperatives of a kind of people', () => {
  it('reads an association back from its head glued to its president', () => {
    expect(orgs('福建省青年企业家协会会长在会上发言。')).toEqual(['福建省青年企业家协会']);
  });

  it('keeps the farmers a cooperative gathers inside its name', () => {
    expect(orgs('岳西县兴旺种植农民专业合作社理事长介绍了今年的收成。')).toEqual(['岳西县兴旺种植农民专业合作社']);
    expect(orgs('他牵头成立了青山农民专业合作社，带动乡亲增收。')).toEqual(['青山农民专业合作社']);
    expect(orgs('江西省農民專業合作社聯合會正式成立。')).toEqual(['江西省農民專業合作社聯合會']);
  });

  it('names no cooperative for the kind or the nation’s count of them', () => {
    expect(orgs('农民专业合作社是新型农业经营主体。')).toEqual([]);
    expect(orgs('全国农民专业合作社数量持续增长。')).toEqual([]);
  });
});

describe('a body’s name opening with an era', () => {
  it('keeps the era before the country or the world it studies or publishes', () => {
    expect(orgs('当代中国研究所的研究员作了报告。')).toEqual(['当代中国研究所']);
    expect(orgs('外文局副局长、當代中國與世界研究院院長出席。')).toContain('當代中國與世界研究院');
  });

  it('leaves a time before another name out', () => {
    expect(orgs('当代青年要向北京大学的老教授学习。')).toEqual(['北京大学']);
  });
});

describe('a name cut at a word jieba read otherwise', () => {
  it('starts where a known company’s name starts, though it was read as an era', () => {
    expect(orgs('现代汽车燃料电池系统（上海）有限公司总经理说。')).toEqual(['现代汽车燃料电池系统（上海）有限公司']);
  });

  it('keeps a county jieba took for a name before its lone level and a league committee', () => {
    expect(orgs('他后来成长为武功县团委书记。')).toEqual(['武功县团委']);
    expect(orgs('長沙市團委書記在會上發言。')).toEqual(['長沙市團委']);
  });
});

describe('local bodies named by places jieba splits or reads as words', () => {
  it('keeps a district named by a direction before 城区', () => {
    expect(orgs('杭州市上城区清波街道办事处的工作人员介绍。')).toEqual(['杭州市上城区清波街道办事处']);
  });

  it('keeps a community or a village named by a word of praise', () => {
    expect(orgs('幸福社区居委会组织居民开展义诊。')).toEqual(['幸福社区居委会']);
    expect(orgs('團結村村委會主任說，今年收成不錯。')).toEqual(['團結村村委會']);
  });

  it('names no community for a kind or a word of praise inside the sentence', () => {
    expect(orgs('社区居委会是基层群众自治组织。')).toEqual([]);
    expect(orgs('他们努力建设和谐社区居委会。')).toEqual([]);
  });
});

describe('companies the lexicon knows, and names opening with the north or the south', () => {
  it('takes a known maker before what it develops or makes, no product', () => {
    expect(orgs('海康威视研发的摄像头应用广泛。')).toEqual(['海康威视']);
  });

  it('keeps 北方 and 南方 opening a company’s or a university’s name', () => {
    expect(orgs('北方华创、中微公司等半导体设备企业加大投入。')).toEqual(['北方华创', '中微公司']);
    expect(orgs('南方科技大学的研究团队发表论文。')).toEqual(['南方科技大学']);
  });

  it('names nothing for the north as a region', () => {
    expect(orgs('我国北方地区气温偏低。')).toEqual([]);
  });
});

describe('a group’s numbered institutes and a member with a head of its own', () => {
  it('names a numbered academy or institute with its group, and its department after', () => {
    expect(orgs('中国电科十四所研制的雷达首次亮相。')).toEqual(['中国电科十四所']);
    expect(orgs('中國航天科技集團五院總體設計部副主任介紹。')).toEqual(['中國航天科技集團五院總體設計部']);
  });

  it('is no count of schools after a company', () => {
    expect(orgs('华为捐建了三所学校。')).toEqual(['华为']);
  });

  it('reads a member named by a common word after 所属', () => {
    expect(orgs('深圳海关所属皇岗海关查获一批走私物品。')).toEqual(['深圳海关', '皇岗海关']);
  });
});

describe('foreign bodies named after a person or by their own kind', () => {
  it('reads a dotted name a body is named after whole', () => {
    expect(orgs('美国约翰斯·霍普金斯大学的数据显示，病例有所下降。')).toEqual(['美国约翰斯·霍普金斯大学']);
  });

  it('knows Russia’s State Duma', () => {
    expect(orgs('俄罗斯国家杜马批准了这项条约。')).toEqual(['俄罗斯国家杜马']);
    expect(orgs('國家杜馬主席表示支持。')).toEqual(['國家杜馬']);
  });
});

describe('the committee that runs one edition of an event', () => {
  it('is named by the edition and the event, whatever jieba made of their words', () => {
    expect(orgs('第七届世界军人运动会执委会召开新闻发布会。')).toEqual(['第七届世界军人运动会执委会']);
    expect(orgs('第十九屆亞運會組委會秘書長說。')).toEqual(['第十九屆亞運會組委會']);
    expect(orgs('第31届世界大学生夏季运动会执委会发布通知。')).toEqual(['第31届世界大学生夏季运动会执委会']);
  });

  it('names no body for the event alone', () => {
    expect(orgs('在第七届世界军人运动会上，他获得两枚金牌。')).toEqual([]);
  });
});

describe('universities by their own short names', () => {
  it('groups a short name with the full one', () => {
    const found = peopleOrgsWithForms('西安交通大学举行校庆。西安交大师生代表发言。');
    expect(found).toEqual(['西安交通大学{西安交大}']);
  });

  it('still reads a hospital or a college of the university whole', () => {
    expect(orgs('同济大学附属同济医院的专家会诊。')).toEqual(['同济大学附属同济医院']);
    expect(orgs('華中科技大學同濟醫學院附屬協和醫院的醫生介紹。')).toEqual(['華中科技大學同濟醫學院附屬協和醫院']);
    expect(orgs('哈工大机器人研究所所长说。')).toEqual(['哈工大机器人研究所']);
  });
});

describe('a known company before its group’s word', () => {
  it('is named with it whatever jieba tagged the company', () => {
    expect(orgs('安踏集团创始人在论坛上发言。')).toEqual(['安踏集团']);
    expect(orgs('安踏集團創始人在論壇上發言。')).toEqual(['安踏集團']);
  });
});

describe('a verb before a village’s body, and troupes named by what they do', () => {
  it('leaves a verb of speaking of or going to a place out of a village’s name', () => {
    expect(orgs('说起村党总支书记，村民们都竖起大拇指。')).toEqual([]);
    expect(orgs('进化村党支部书记介绍了情况。')).toEqual(['进化村党支部']);
  });

  it('takes no troupe named only by its activity from a list after a named one', () => {
    expect(orgs('村里组建“幸福之家”秧歌队、舞龙舞狮队和广场舞队。')).toEqual(['“幸福之家”秧歌队']);
  });
});

describe('local service bodies and mutual-aid associations', () => {
  it('joins a remit verb and a remit noun in one name', () => {
    expect(orgs('开州区就业和人才中心主任介绍了招聘情况。')).toEqual(['开州区就业和人才中心']);
  });

  it('reads a mutual-aid association whose head jieba tags a verb', () => {
    expect(orgs('2022年，丰都新农人互助会注册成立。')).toEqual(['丰都新农人互助会']);
  });
});

describe('township offices and the disabled persons’ associations', () => {
  it('reads a township office whose 所 jieba tags a conjunction, before its staff or a pause', () => {
    expect(orgs('石桥乡民政所负责人介绍了低保发放情况。')).toEqual(['石桥乡民政所']);
    expect(orgs('鎮財政所所長說，資金已到位。')).toEqual(['鎮財政所']);
  });

  it('leaves the sentence’s 所 alone', () => {
    expect(orgs('省政府所在地位于市中心。')).toEqual(['省政府']);
    expect(orgs('这正是群众所需。')).toEqual([]);
  });

  it('knows the associations by their short forms', () => {
    expect(orgs('基地在中国聋协、中国盲协指导下建成。')).toEqual(['中国聋协', '中国盲协']);
  });
});

describe('intangible heritage bodies', () => {
  it('keeps 非物质 in the remit of a body', () => {
    expect(orgs('以上图片均为宁乡县非物质文化遗产保护中心提供')).toEqual(['宁乡县非物质文化遗产保护中心']);
  });

  it('still leaves the negating 非 before another body out', () => {
    expect(orgs('非益民村经济合作社社员不参与分红。')).toEqual(['益民村经济合作社']);
  });
});

describe('an institute joining two disciplines, and a justice bureau’s remit', () => {
  it('keeps the second discipline jieba tags a place', () => {
    expect(orgs('中国科学院南京地理与湖泊研究所研究员走进实验室。')).toEqual(['中国科学院南京地理与湖泊研究所']);
  });

  it('reads a ministry’s bureau for reviewing and defending cases whole', () => {
    expect(orgs('司法部行政复议与应诉局相关负责人表示。')).toEqual(['司法部行政复议与应诉局']);
  });
});

describe('a place’s service body named by the people it serves', () => {
  it('keeps the people right after the place in the name', () => {
    expect(orgs('青岛市李沧区职工子女爱心托育中心的老师带孩子们读绘本。')).toEqual(['青岛市李沧区职工子女爱心托育中心']);
  });

  it('leaves people who only stand after a place out', () => {
    expect(orgs('李沧区职工在培训中心学习技能。')).toEqual([]);
  });
});
