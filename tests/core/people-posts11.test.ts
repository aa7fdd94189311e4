import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, parties' leaders, units and dates made up
// or used only as examples of a class); each stands for a class of news sentences that give a person's post.

const { run: result, postOf } = peopleReader();

describe('前 (former) opening a post after a one-character verb or preposition stays in the post', () => {
  it('keeps 前 read apart after the verb (是/v 前/f, 让/v 前/f)', () => {
    expect(postOf('据韩媒报道，是前国民党党魁韩东勋，出面解释。', '韩东勋')).toBe('前国民党党魁');
    expect(postOf('法国国民议会，让前社会党党魁奥朗德，发表意见。', '奥朗德')).toBe('前社会党党魁');
  });

  it('keeps 前 but not the verb jieba glued to it (由前/x, 称前/x, 見前/x)', () => {
    expect(postOf('英国政府，由前保守党党魁卡梅伦，出任外交大臣。', '卡梅伦')).toBe('前保守党党魁');
    expect(postOf('英国媒体，称前保守党领袖伊恩·史密斯，已经离开。', '伊恩·史密斯')).toBe('前保守党领袖');
    expect(postOf('日本國會，見前自民黨黨魁石破茂，談了很久。', '石破茂')).toBe('前自民黨黨魁');
  });

  it('still keeps the country before 前 and leaves a time before it out', () => {
    expect(postOf('他指出，韩国前共同民主党党魁李在明曾多次访华。', '李在明')).toBe('韩国前共同民主党党魁');
    expect(postOf('会见中，日本前自民党总裁石破茂表示，两国应加强交流。', '石破茂')).toBe('日本前自民党总裁');
  });
});

describe('a date or a time after its number is no part of the post', () => {
  it('leaves out the day and the evening jieba glued into one word (26/m 日晚/x)', () => {
    expect(postOf('26日晚公司总经理助理王小红和李文静来到现场。', '王小红')).toBe('公司总经理助理');
    expect(postOf('26日晚市场部经理助理王小红和李文静来到现场。', '王小红')).toBe('市场部经理助理');
    expect(postOf('26日晚總經理助理王小紅和李文靜來到現場。', '王小紅')).toBe('總經理助理');
  });

  it('leaves out a start date (15/m 日起/x)', () => {
    expect(postOf('15日起集团总经理助理张明、刘强将分管该项目。', '张明')).toBe('集团总经理助理');
  });

  it('still reads a company named by a number as the owner of the post', () => {
    expect(postOf('360集团创始人周小伟表示，将加大投入。', '周小伟')).toBe('360集团创始人');
  });
});

describe('a list of offices where the second office holds 和 is one post', () => {
  it('reads a remit verb before a body’s head glued to its officer’s post (乡村/振兴/v 局局长)', () => {
    expect(postOf('会上，农业农村和乡村振兴局局长王建国作报告。', '王建国')).toBe('农业农村和乡村振兴局局长');
    expect(postOf('会上，区投资贸易和招商促进局局长王建国作报告。', '王建国')).toBe('区投资贸易和招商促进局局长');
  });

  it('keeps the first office, opened by its province and city, before the 、', () => {
    expect(postOf('5日上午，湖南长沙市两型建设办公室主任、农业农村和乡村振兴局局长王建国出席。', '王建国'))
      .toBe('湖南长沙市两型建设办公室主任、农业农村和乡村振兴局局长');
  });
});

describe('an office described by its remit through 的 is the post', () => {
  it('takes a remit verb opening the clause (负责/v, 主抓/v) as 分管 is taken', () => {
    expect(postOf('负责宣传工作的副书记孙丽说，活动很成功。', '孙丽')).toBe('负责宣传工作的副书记');
    expect(postOf('据介绍，主抓安全生产的常务副市长赵强带队检查。', '赵强')).toBe('主抓安全生产的常务副市长');
  });

  it('still leaves out a description by any other verb', () => {
    expect(postOf('参加会议的县委书记王建国强调，要抓好落实。', '王建国')).toBe('县委书记');
    expect(postOf('会见了来访的美国总统拜登。', '拜登')).toBe('美国总统');
  });
});

describe('kinds of young people are roles', () => {
  it('gives 学子 and 士兵 after 青年 as the role', () => {
    expect(postOf('在北京，青年学子赵丽参加了活动。', '赵丽')).toBe('青年学子');
    expect(postOf('青年士兵张强说，训练很苦。', '张强')).toBe('青年士兵');
  });
});

describe('a role closing a list with 等 is each member’s post', () => {
  it('gives the role after 等 to every member of the list', () => {
    const r = result('在映后见面会上，郭帆、姚婷婷、苏伦、李非等导演也来到首映礼现场。');
    for (const name of ['郭帆', '姚婷婷', '苏伦', '李非']) expect(r.people.find((p) => p.name === name)?.title).toBe('导演');
    expect(postOf('王明、李华等专家认为，风险可控。', '李华')).toBe('专家');
  });

  it('gives none for a longer phrase, a form of address or praise', () => {
    expect(postOf('江泽民、李鹏等党和国家领导人出席。', '李鹏')).toBeNull();
    expect(postOf('李鹏、李铁映、芮杏文等同志昨天上午专程到北京医院。', '李铁映')).toBeNull();
  });
});

describe('a line of appointments gives each name the office after it', () => {
  it('never reads the previous appointment, jieba glued to its holder and 任, into the post', () => {
    expect(postOf('张吉福任北京平谷区委书记 齐静任怀柔区委书记', '齐静')).toBe('怀柔区委书记');
  });

  it('takes an office someone is moved to (转任, 调任)', () => {
    expect(postOf('“70后”费东斌已转任交通部党组成员、国家铁路局局长、党组书记，并当选中央候补委员。', '费东斌'))
      .toBe('交通部党组成员、国家铁路局局长、党组书记');
  });
});

describe('the rest of a date before a post is no part of it', () => {
  it('leaves out a part of the day or the edge of a year after the number', () => {
    expect(postOf('5日晚上县委书记王建国来到现场。', '王建国')).toBe('县委书记');
    expect(postOf('2019年前总经理王明离职。', '王明')).toBe('总经理');
  });
});

describe('a described office opens after any mark, and duties and performers’ kinds are part of the post', () => {
  it('opens the described office after a list’s number or a bullet', () => {
    expect(postOf('1．负责技术的高级工程师王明表示，进展顺利。', '王明')).toBe('负责技术的高级工程师');
    expect(postOf('■负责技术的高级工程师王明表示，进展顺利。', '王明')).toBe('负责技术的高级工程师');
  });

  it('keeps a duty jieba reads as a verb before the post (值班/v 经理, 挂职/v 副县长)', () => {
    expect(postOf('派出所值班民警李强接到报警。', '李强')).toBe('派出所值班民警');
    expect(postOf('挂职副县长王建国说，要把项目落实好。', '王建国')).toBe('挂职副县长');
  });

  it('reads a conductor or a pianist as a role (指挥家, 钢琴家)', () => {
    expect(postOf('中央民族乐团团长、青年指挥家赵聪出席。', '赵聪')).toBe('中央民族乐团团长、青年指挥家');
    expect(postOf('青年钢琴家郎朗在音乐会上演奏。', '郎朗')).toBe('青年钢琴家');
  });
});

describe('a list of leaders gives each only his own post', () => {
  it('ends the previous item at a name jieba tagged as a place after its post (普京/ns)', () => {
    expect(postOf('俄罗斯总统普京、哈萨克斯坦总统托卡耶夫出席峰会。', '托卡耶夫')).toBe('哈萨克斯坦总统');
    expect(postOf('俄罗斯联邦总统普京、哈萨克斯坦共和国总统托卡耶夫出席峰会。', '托卡耶夫')).toBe('哈萨克斯坦共和国总统');
  });

  it('still joins the posts of one person', () => {
    expect(postOf('中国文联副主席、中国电影家协会主席陈道明出席。', '陈道明')).toBe('中国文联副主席、中国电影家协会主席');
  });
});

describe('a member of a list takes the post of the nearest member before it', () => {
  it('gives the conductors after 指挥家 that post, not the pianist’s at the list’s head', () => {
    const r = result('钢琴家刘诗昆、指挥家谭利华、王钧时、杨力等出席。');
    expect(r.people.find((p) => p.name === '刘诗昆')?.title).toBe('钢琴家');
    expect(r.people.find((p) => p.name === '王钧时')?.title).toBe('指挥家');
    expect(r.people.find((p) => p.name === '杨力')?.title).toBe('指挥家');
  });

  it('still gives a list with one post before it that post for each', () => {
    const r = result('副省长张建国、李明华、王刚出席。');
    expect(r.people.map((p) => p.title)).toEqual(['副省长', '副省长', '副省长']);
  });
});

describe('an office function jieba reads as a verb is the officer’s remit', () => {
  it('keeps 审计 and 采购 before the officer’s post, and the side of the house before them', () => {
    expect(postOf('他说：“内部审计主管王明表示，问题已整改。', '王明')).toBe('内部审计主管');
    expect(postOf('公司采购主管王明表示，订单增加。', '王明')).toBe('公司采购主管');
  });

  it('takes no verb of meeting or inviting into the post', () => {
    expect(postOf('他们邀请专家王明讲课。', '王明')).toBe('专家');
    expect(postOf('记者找到主管王明了解情况。', '王明')).toBe('主管');
  });
});

describe('an office run by a deputy is described through 的', () => {
  it('keeps 主持工作 and the remit verbs of charge (牵头) before the post', () => {
    expect(postOf('会上，主持工作的副局长王明作了发言。', '王明')).toBe('主持工作的副局长');
    expect(postOf('据介绍，牵头项目的首席专家王明表示，进展顺利。', '王明')).toBe('牵头项目的首席专家');
  });
});

describe('the work or journal in title marks before a role is part of the post', () => {
  it('keeps 《…》 and leaves out the kind of work before it', () => {
    expect(postOf('英国医学杂志《柳叶刀》主编霍顿表示，研究很重要。', '霍顿')).toBe('《柳叶刀》主编');
    expect(postOf('话剧《茶馆》主演濮存昕说。', '濮存昕')).toBe('《茶馆》主演');
  });
});

describe('an appointment notice gives the office after the name', () => {
  it('reads the office through 同志 after the verb of appointing', () => {
    expect(postOf('提名刘强同志为县人民政府县长候选人。', '刘强')).toBe('县人民政府县长候选人');
  });

  it('ends the office before a bracket of rank or terms', () => {
    expect(postOf('李明同志任市政府副秘书长（正处级）。', '李明')).toBe('市政府副秘书长');
    expect(postOf('张强任县公安局副局长（试用期一年）。', '张强')).toBe('县公安局副局长');
  });
});
