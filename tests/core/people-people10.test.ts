import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, units and numbers made up); each stands
// for a class of sentences from bylines, datelines, a special's credits and reports naming officials.

const { run: result, names, postOf } = peopleReader();

describe('credit lines', () => {
  it('switches the role at each label of one line', () => {
    const line = '总策划：郑明远 策划：孙为 统筹：钱晓燕';
    expect(postOf(line, '郑明远')).toBe('总策划');
    expect(postOf(line, '孙为')).toBe('策划');
    expect(postOf(line, '钱晓燕')).toBe('统筹');
  });

  it('reads a given name holding a word’s character in a credit (为, 年)', () => {
    expect(names('监制：葛新民 周年钧 何丽')).toEqual(['葛新民', '周年钧', '何丽']);
  });

  it('takes a producer’s and a translator’s label as the post', () => {
    expect(postOf('出品人：曹金华', '曹金华')).toBe('出品人');
    const wire = '两国同意加强合作。（譯者：楊惟靜/核稿：蔡嘉敏）1140610';
    expect(postOf(wire, '楊惟靜')).toBe('譯者');
    expect(postOf(wire, '蔡嘉敏')).toBe('核稿');
  });

  it('reads a label with no colon right before the name', () => {
    expect(postOf('总策划韩建伟，执行主编刘芳。', '韩建伟')).toBe('总策划');
    expect(postOf('要统筹安排，策划邹为，监制钱立强。', '邹为')).toBe('策划');
    expect(names('要统筹安排，设计新颖，策划周到。')).toEqual([]);
  });
});

describe('datelines and bylines', () => {
  it('reads a reporter whose surname is outside the common list', () => {
    expect(postOf('人民網北京2月3日電（記者烏雅達）', '烏雅達')).toBe('記者');
    expect(postOf('新華網北京２月２日電（記者茆雷明）綜合媒體報道。', '茆雷明')).toBe('記者');
  });

  it('leaves a reporter’s column heading alone', () => {
    expect(names('（记者手记）这一路走来感触很深。')).toEqual([]);
  });

  it('reads reporters with compound surnames', () => {
    const line = '新华网记者欧阳晓光、司马南星报道。';
    expect(names(line)).toEqual(['欧阳晓光', '司马南星']);
    expect(postOf(line, '司马南星')).toBe('新华网记者');
    expect(postOf('社区党委书记欧阳红，介绍了情况。', '欧阳红')).toBe('社区党委书记');
  });
});

describe('names right after a post that plain text would refuse', () => {
  it('reads a surname outside the list before a pause', () => {
    expect(postOf('鎮黨委書記茆雷磊，帶隊檢查。', '茆雷磊')).toBe('鎮黨委書記');
  });

  it('reads a given name written with 为 or 于, and 在 inside a name of three', () => {
    expect(postOf('村党支部书记冉为，说起这些很自豪。', '冉为')).toBe('村党支部书记');
    expect(postOf('村党总支书记马于成，介绍了情况。', '马于成')).toBe('村党总支书记');
    expect(postOf('韩国总统李在明已启程赴华。', '李在明')).toBe('韩国总统');
  });

  it('keeps a year, a preposition and a function word out of a name', () => {
    expect(names('副市长张今年表示，要抓好落实。').some((n) => n.startsWith('张今'))).toBe(false);
    expect(names('让学生从大一开始就进入机构实习。')).toEqual([]);
  });

  it('cuts the verb of visiting off a name after a post', () => {
    const line = '北約秘書長呂特訪基輔';
    expect(names(line)).toEqual(['呂特']);
    expect(postOf(line, '呂特')).toBe('北約秘書長');
  });
});

describe('a two-character name jieba’s dictionary tags a name, opening its clause', () => {
  it('finds the subject of a clause before its verb', () => {
    expect(names('那天清晨，周波带着队员们出发了。')).toEqual(['周波']);
    expect(names('说完，孙悦转身走进了厨房。')).toEqual(['孙悦']);
  });

  it('leaves a four-character phrase of parallel prose alone', () => {
    expect(names('黎民获益，草木沾恩。')).toEqual([]);
  });
});

describe('a name of four characters jieba’s dictionary tags a name, named three times', () => {
  it('finds a Japanese name, a name opening with a surname and one with a compound surname', () => {
    expect(names('伊藤博文出生于长州藩。后人评价伊藤博文，褒贬不一。有人说，伊藤博文的路线很清楚。')).toEqual(['伊藤博文']);
    expect(names('成吉思汗统一了草原。人们纪念成吉思汗，歌颂成吉思汗的功业。')).toEqual(['成吉思汗']);
    expect(names('司马相如擅长写赋。后人欣赏司马相如，后来司马相如去了长安。')).toEqual(['司马相如']);
  });

  it('needs the three mentions', () => {
    expect(names('安倍晋三出生于政治世家。外界评价安倍晋三，褒贬不一。')).toEqual([]);
  });

  it('leaves phrases, a doubled word, a flag and a shrine alone', () => {
    expect(names('马马虎虎地完成了。他说马马虎虎，马马虎虎就好。')).toEqual([]);
    expect(names('五星红旗冉冉升起。我们向五星红旗敬礼，五星红旗在风中飘扬。')).toEqual([]);
    expect(names('他参拜靖国神社。靖国神社，供奉着战犯。参拜靖国神社的行为遭到谴责。')).toEqual([]);
  });
});

describe('a role and a colon before a name', () => {
  it('takes the role as the post of the one name closing the clause', () => {
    expect(postOf('项目负责人：李明。', '李明')).toBe('项目负责人');
    expect(postOf('活动发起人：陈静。', '陈静')).toBe('活动发起人');
    expect(postOf('项目负责人：李明 电话：12345678', '李明')).toBe('项目负责人');
  });

  it('leaves a reply after a speaker’s role alone', () => {
    expect(names('主持人：好的。')).toEqual([]);
    expect(names('记者：是的，谢谢。')).toEqual([]);
  });
});

describe('a Japanese name of four jieba did not know, right after a post', () => {
  it('reads the whole name whatever the post', () => {
    expect(postOf('但也肯定前任首相岸田文雄引咎、承擔責任的做法。', '岸田文雄')).toBe('前任首相');
  });
});

describe('a run of credits with no separators', () => {
  it('reads each name with the label right before it', () => {
    expect(result('總策劃吳齊強執行主編劉芳').people.map((p) => `${p.name}[${p.title ?? ''}]`)).toEqual(['吳齊強[總策劃]', '劉芳[執行主編]']);
    expect(result('總策劃吳齊強編輯彭應兵').people.map((p) => `${p.name}[${p.title ?? ''}]`)).toEqual(['吳齊強[總策劃]', '彭應兵[編輯]']);
    expect(result('总策划李忠杰执行策划王磊摄影张军').people.map((p) => `${p.name}[${p.title ?? ''}]`)).toEqual(['李忠杰[总策划]', '王磊[执行策划]', '张军[摄影]']);
  });

  it('reads a name jieba cut after a surname it took for a preposition', () => {
    expect(postOf('总策划向殿，', '向殿')).toBe('总策划');
    expect(postOf('本报记者余漂生报道', '余漂生')).toBe('本报记者');
  });

  it('leaves a verb’s object and a plain word after a label alone', () => {
    expect(names('要统筹安排，策划周到，监制方面也好。')).toEqual([]);
  });
});

describe('a name right after a post, whatever jieba made of its given name', () => {
  it('reads a surname standing alone and a given name jieba read as a verb or a noun', () => {
    expect(postOf('村党支部书记梅自强，带领村民致富。', '梅自强')).toBe('村党支部书记');
    expect(postOf('县委书记张进修，在会上讲话。', '张进修')).toBe('县委书记');
    expect(postOf('本报记者郑庆云报道', '郑庆云')).toBe('本报记者');
  });

  it('reads a name of two a reporter files before 报道, unless it is a city', () => {
    expect(postOf('本报记者叶莉报道', '叶莉')).toBe('本报记者');
    expect(names('本报记者莫斯科报道')).toEqual([]);
  });

  it('leaves dictionary words, a place word and a verb of saying after a post alone', () => {
    expect(names('欢迎写信给局长信箱，我们会回复。')).toEqual([]);
    expect(names('电工管室外，居民管室内。')).toEqual([]);
  });
});

describe('a name of three jieba cut before its last character', () => {
  it('reads the whole name after a post, a label or a reporter’s role', () => {
    expect(names('县委书记巫致中，在会上讲话。')).toEqual(['巫致中']);
    expect(names('本报记者李德润报道')).toEqual(['李德润']);
    expect(names('村党支部书记邹静之，带领村民致富。')).toEqual(['邹静之']);
    expect(names('总策划王弄笙，')).toEqual(['王弄笙']);
    expect(names('（记者刘景和）')).toEqual(['刘景和']);
    expect(names('人民網記者金富環。')).toEqual(['金富環']);
  });

  it('leaves a word of time, a particle and a verb of saying out of the name', () => {
    expect(names('任县委书记张建时，他主抓农业。').some((n) => n.endsWith('时'))).toBe(false);
    expect(names('书记王明说，要抓落实。').some((n) => n.endsWith('说'))).toBe(false);
  });
});
