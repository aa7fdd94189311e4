import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, bodies and numbers made up); each stands
// for a class of news sentences where an ordinary word was taken for a name, a name was cut, or a
// post was read short or long.

const { names, postOf } = peopleReader();

describe('ordinary words jieba tags as names are no one', () => {
  it('reads no one from an ordinary word jieba’s dictionary tags as a name, after a role', () => {
    expect(names('党员干部明白，干劲十足。')).toEqual([]);
    expect(names('志愿者阳光，服务群众。')).toEqual([]);
    expect(postOf('公司顾问王明说。', '王明')).toBe('公司顾问');
    // A name of that shape who speaks is still someone.
    expect(names('局长高明说，工作进展顺利。')).toEqual(['高明']);
  });

  it('reads a word before a quantity as an amount, not a name after a post (多达)', () => {
    expect(names('本次活动共招募志愿者多达2000余名。')).toEqual([]);
    expect(names('参赛选手多达300人，创历史新高。')).toEqual([]);
    expect(names('该校教师超过1200名，学生多达3万人。')).toEqual([]);
  });

  it('still takes a name before a date or an age', () => {
    expect(names('县委书记王明1998年调任省里。')).toEqual(['王明']);
    expect(postOf('县长李华45岁，是本地人。', '李华')).toBe('县长');
  });

  it('reads a post counted as a thing’s kind as that thing (一份部长宣言)', () => {
    expect(names('会议通过了一份部长宣言，呼吁各方加强合作。')).toEqual([]);
  });

  it('reads a noun after a post as the noun it qualifies (工作者基本待遇)', () => {
    expect(names('提高社区工作者基本待遇。')).toEqual([]);
    // Without a post before it, a name before its government stays a name.
    expect(names('要求桥本内阁下台。')).toEqual(['桥本']);
  });

  it('reads the object of thanks after 的 as no one (的亲切关怀表示感谢)', () => {
    expect(names('群众对党和政府的亲切关怀表示衷心感谢。')).toEqual([]);
    expect(postOf('村民张文明表示感谢。', '张文明')).toBe('村民');
  });

  it('reads a word qualifying a post as part of it, not a name (荣誉委员, 名誉教授)', () => {
    expect(names('在中国文联荣誉委员、著名书法家陈文博家中，他了解情况。')).toEqual(['陈文博']);
    expect(names('他被授予中国作协荣誉委员称号。')).toEqual([]);
    expect(postOf('北京大学名誉教授张德海出席。', '张德海')).toBe('北京大学名誉教授');
  });
});

describe('names the HMM glued to the word after them', () => {
  it('ends a name of three before 时 of the time he was visited', () => {
    const text = '在看望原新闻出版署署长、著名出版家宋文博时，他与其交流。';
    expect(names(text)).toContain('宋文博');
  });

  it('ends a name of two before 用 of the means he uses', () => {
    const text = '美国华文报社副社长陆昱用“扎扎实实”四个字评价。参加采访的陆昱认为，距离拉近了。';
    expect(names(text)).toEqual(['陆昱']);
    expect(postOf(text, '陆昱')).toBe('美国华文报社副社长');
  });

  it('ends a dotted name’s last part before the speech verb jieba read with it', () => {
    expect(names('北红海省博物馆研究与文献部负责人伊萨亚斯·特斯法兹吉说。')).toEqual(['伊萨亚斯·特斯法兹吉']);
  });
});

describe('names of three jieba cut before their last character', () => {
  it('joins a place word read from a name’s first two and a given name’s character before a pause', () => {
    const text = '区委组织部干部黄海芬，最近正和同事深入基层。';
    expect(names(text)).toEqual(['黄海芬']);
    expect(postOf(text, '黄海芬')).toBe('区委组织部干部');
  });

  it('joins a given name’s 年 of long life jieba read as the year, before 的 or a pause', () => {
    expect(names('“这本是南宋宫廷画家刘松年的小幅画作。”董宝明说。')).toContain('刘松年');
    // A year's 年 with its time stays a time (年内, 今年).
    expect(names('县长王明年内将调走。')).toEqual(['王明']);
  });

  it('joins a noun and a verb jieba made of a speaker’s name, on a line opened by his role', () => {
    expect(names('居民黄家发：现在社区每周都会开展活动。')).toEqual(['黄家发']);
    expect(names('会上，居民代表：大家都同意。')).toEqual([]);
  });

  it('joins an unknown word and a given name’s character read as a verb before an adverb', () => {
    expect(names('是渔业经纪人姜明喜一早从各塘口收来的。')).toEqual(['姜明喜']);
    // A name of two before a verb stays a name of two.
    expect(names('队长王军喜欢踢球。')).toEqual(['王军']);
  });
});

describe('verbs with their direction are no names', () => {
  it('reads a surname’s character before 起来, 下去… as an adjective or a verb', () => {
    expect(names('“地下没矿藏，让村民富起来，村里要想点招。”村党支部书记孙红明解释。')).toEqual(['孙红明']);
    expect(names('要让农民富起来、让农村美起来。')).toEqual([]);
    // A given name ending in 来 alone stays a name.
    expect(names('村民周永来说，日子越来越好。')).toEqual(['周永来']);
  });
});

describe('names glued to what follows them in a line or a clause', () => {
  it('ends a name of three before 代表 or 委员 closing a deputy’s line', () => {
    const page = '中国科学院生态环境研究中心水污染控制实验室主任魏源送委员\n新质生产力加快形成。';
    expect(names(page)).toEqual(['魏源送']);
  });

  it('ends a name of three whose last character the HMM glued to the 作 of making a report', () => {
    expect(names('会上，省委书记王伟民主持会议，省长张国清作工作报告。')).toEqual(['王伟民', '张国清']);
  });

  it('ends a name of three before an adverb the HMM glued to it with its verb', () => {
    const text = '徐州市民李泽政常带着孩子坐这趟公交车去上绘画课。';
    expect(names(text)).toEqual(['李泽政']);
    expect(postOf(text, '李泽政')).toBe('徐州市民');
  });
});

describe('foreign names after their posts', () => {
  it('keeps a sound name’s last character jieba read as an adverb (莱维/nrt 特/d)', () => {
    expect(names('白宫新闻秘书莱维特在记者会上说，相关措施将于下月生效。')).toEqual(['莱维特']);
  });

  it('reads a dotted name’s last part whole where jieba cut a sound character from an unknown word', () => {
    expect(names('泰国总理佩通坦·西那瓦当天出席了活动。')).toEqual(['佩通坦·西那瓦']);
    expect(names('英国首相基尔·斯塔默表示，英方支持。')).toEqual(['基尔·斯塔默']);
  });

  it('takes a head of state’s sound name jieba read as a place before any act of his', () => {
    expect(names('总统普京特意会见了他。')).toEqual(['普京']);
    expect(names('总理莫迪随后访问了美国。')).toEqual(['莫迪']);
  });
});

describe('the same classes in Traditional script', () => {
  it('reads the amount, the post’s qualifier, the roster and the office given by 作為', () => {
    expect(names('本次活動共招募志願者多達2000餘名。')).toEqual([]);
    expect(names('在中國文聯榮譽委員、著名書法家陳文博家中，他了解情況。')).toEqual(['陳文博']);
    expect(postOf('——記王建國作為省委書記、省人大常委會主任到山區調研', '王建國')).toBe('省委書記、省人大常委會主任');
    const page = '對話嘉賓：\n張志剛  全國政協委員、師範大學教育調查中心主任\n鄭家文  全國政協委員、福建師範大學校長';
    expect(postOf(page, '鄭家文')).toBe('全國政協委員、福建師範大學校長');
  });
});

describe('rosters of guests', () => {
  it('gives each name on a line the post after it across the spaces', () => {
    const page = '对话嘉宾：\n张志刚  全国政协委员、师范大学教育调查中心主任\n郑家文  全国政协委员、福建师范大学校长\n张志刚：在调研中，我发现一些问题。';
    expect(names(page)).toEqual(['张志刚', '郑家文']);
    expect(postOf(page, '张志刚')).toBe('全国政协委员、师范大学教育调查中心主任');
    expect(postOf(page, '郑家文')).toBe('全国政协委员、福建师范大学校长');
  });

  it('splits a roster after a label’s colon at the names glued to the posts before them', () => {
    const page = '嘉宾：李向东 十八大代表、德阳市委书记丁爱民 十八大代表、社区党员\n李向东：社会管理是个系统工程。';
    expect(postOf(page, '李向东')).toBe('十八大代表、德阳市委书记');
    expect(postOf(page, '丁爱民')).toBe('十八大代表、社区党员');
  });
});

describe('words that are parts of other things', () => {
  it('reads no Han name right after a middle dot (a body named after two people)', () => {
    expect(names('由树森·兰娟院士人才基金设立的医学奖已评出20人。')).toEqual([]);
  });

  it('reads no name from a sound word jieba split from its opening syllable', () => {
    expect(names('在阿舍利晚期文化遗存中发现手斧，对研究阿舍利技术传播有重要意义。')).toEqual([]);
    expect(postOf('南苏丹记者阿汤加是第一次报道两会。', '阿汤加')).toBe('记者');
  });
});

describe('posts', () => {
  it('reads a job’s verb jieba read apart from 人员 as part of the byline’s post', () => {
    expect(postOf('（采访人员 王珂园 整理）', '王珂园')).toBe('采访人员');
  });

  it('ends a byline’s post at the name glued before the outlet’s own word', () => {
    const line = '□报业集团特派记者 王小玲本报记者 黄文君';
    expect(postOf(line, '王小玲')).toBe('报业集团特派记者');
    expect(postOf(line, '黄文君')).toBe('本报记者');
    expect(postOf('县委书记王明本报记者李华报道', '李华')).toBe('本报记者');
  });

  it('keeps praise opening the last post of a list, with the posts before it', () => {
    expect(postOf('他首先来到中国人民大学教授、著名马克思主义哲学专家陈文达家中。', '陈文达')).toBe('中国人民大学教授、著名马克思主义哲学专家');
    expect(postOf('中国书协名誉主席、著名书法家周文远来到现场。', '周文远')).toBe('中国书协名誉主席、著名书法家');
    // Praise opening the post is still left out.
    expect(postOf('著名导演张艺谋说。', '张艺谋')).toBe('导演');
  });

  it('reads the office given by 作为 right after a name, up to the act', () => {
    expect(postOf('——记王建国作为省委书记、省人大常委会主任到山区调研', '王建国')).toBe('省委书记、省人大常委会主任');
    expect(postOf('张强作为项目负责人参加了评审。', '张强')).toBe('项目负责人');
    expect(postOf('王明作为村里的致富带头人，带领大家种果树。', '王明')).toBe('致富带头人');
    expect(postOf('李华作为一名普通党员，从不计较个人得失。', '李华')).toBeNull();
  });

  it('reads a responsibility’s verb and its 人 as one post, with a prefix jieba split off', () => {
    expect(postOf('被非遗代表性传承人李欣的汉服制作课程吸引了。', '李欣')).toBe('非遗代表性传承人');
    expect(postOf('国家级非遗代表性传承人张华正在授课。', '张华')).toBe('国家级非遗代表性传承人');
  });

  it('reads two offices set apart by a comma after a closing quotation as one post', () => {
    const text = '“人民选我当代表，我当代表为人民。”全国人大代表，最高人民法院特约监督员阎建华表示，将发挥优势。';
    expect(postOf(text, '阎建华')).toBe('全国人大代表，最高人民法院特约监督员');
  });

  it('keeps a student’s year of entry or leaving after the school, and a major’s track in brackets', () => {
    expect(postOf('清华大学2019级博士生李明说。', '李明')).toBe('清华大学2019级博士生');
    expect(postOf('重庆师范大学2021届初等教育学院科学教育专业毕业生谢明玲，开通了视频号。', '谢明玲'))
      .toBe('重庆师范大学2021届初等教育学院科学教育专业毕业生');
    expect(postOf('重庆师范大学2010级汉语言文学（师范）专业本科生翟飞扬，向学弟学妹们倡议。', '翟飞扬'))
      .toBe('重庆师范大学2010级汉语言文学（师范）专业本科生');
  });

  it('reads a cooperative’s brand jieba takes for a verb, after its village, as part of the post', () => {
    expect(postOf('民宿里，光东村归心民宿合作社理事长杨丽华正在接待游客。', '杨丽华')).toBe('光东村归心民宿合作社理事长');
    expect(postOf('红星村丰收果蔬专业合作社理事长王明说。', '王明')).toBe('红星村丰收果蔬专业合作社理事长');
  });

  it('reads a responsibility’s 人 that jieba glued to the name after it as the post’s', () => {
    const text = '“让我们心里特别温暖。”黎平县县级非物质文化遗产代表性传承人陆艳华说。';
    expect(names(text)).toEqual(['陆艳华']);
    expect(postOf(text, '陆艳华')).toBe('黎平县县级非物质文化遗产代表性传承人');
  });

  it('reads a district jieba took for another word before its committee’s post, when it is written with its level elsewhere', () => {
    const page = '滨州市沾化区一家工厂内，铝土矿变身氧化铝粉末。“这是我们的成果。”沾化区委书记赵东海说。';
    expect(postOf(page, '赵东海')).toBe('沾化区委书记');
  });

  it('reads 代表 alone before a name with its post after it as acting for him', () => {
    const text = '省委常委、宣传部长刘文海8日，代表王建国书记和省委看望老同志。';
    expect(postOf(text, '王建国')).toBe('书记');
  });

  it('keeps the side in a joint body’s post (中方院长, 外方院长)', () => {
    expect(postOf('据孔子学院中方院长黄明飞介绍，学院成立于2013年。', '黄明飞')).toBe('孔子学院中方院长');
  });

  it('leaves out a foreign country before a reporter’s or a student’s role', () => {
    expect(postOf('来自交流中心的南苏丹记者阿汤加是第一次报道两会。', '阿汤加')).toBe('记者');
    expect(postOf('正在西南大学学习的厄立特里亚博士生穆卢盖塔·泽穆伊对中国怀有感情。', '穆卢盖塔·泽穆伊')).toBe('博士生');
    expect(postOf('巴基斯坦留学生阿里表示，这里很好。', '阿里')).toBe('留学生');
    // An outlet before the reporter is his employer, and stays.
    expect(postOf('俄罗斯塔斯社记者伊万诺夫说，', '伊万诺夫')).toBe('俄罗斯塔斯社记者');
  });
});
