import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names made up); each stands for a class of
// context found in company, local and international news: lists of names jieba does not know,
// a year in brackets after a name, names after a post set apart by spaces, an
// ordinal opening a post, and words that look like names but are a unit or a company.

const { run } = peopleReader();
const found = (text: string) => run(text).people;
const names = (text: string) => found(text).map((p) => p.name).sort();
const posts = (text: string) => Object.fromEntries(found(text).map((p) => [p.name, p.title]));

describe('lists of names with no post and no speech verb', () => {
  it('names jieba does not know, joined by 、 after 为, are people', () => {
    expect(names('基金的发起人为郑浩宇、韩立彬、蒋文澜、邵卫东;其余由学校承担。')).toEqual(['蒋文澜', '邵卫东', '郑浩宇', '韩立彬'].sort());
  });

  it('a year in brackets after each member does not break the list', () => {
    expect(names('历届得主：郑浩宇(2016年)、邵卫东(2017年)、韩立彬(2018年)。')).toEqual(['邵卫东', '郑浩宇', '韩立彬'].sort());
  });

  it('a note in brackets after a member, a year after a lone name', () => {
    expect(names('委员名单：郑浩宇（女）、邵卫东（回族）、韩立彬。')).toEqual(['邵卫东', '郑浩宇', '韩立彬'].sort());
    expect(names('他是继王建华(2010年当选)之后的第二位。')).toEqual(['王建华']);
  });

  it('a member cut out of a longer item or of a dotted name is no one', () => {
    const got = names('代表有郑浩宇、韩立彬、沈求我、阿卜杜·韩立、邵卫东。');
    expect(got).not.toContain('沈求');
    expect(got).not.toContain('韩立');
  });

  it('a member whose given name is an honour word is still a member', () => {
    expect(names('捐赠人为邓浩宇、吴亚军、韩立彬、邵卫东;其余由学校承担。')).toContain('吴亚军');
  });

  it('role words are no names', () => {
    expect(names('随着英特尔的退出，多家公司高管表示看好。')).toEqual([]);
    expect(posts('公司高管郑浩宇表示看好。')).toEqual({ 郑浩宇: '公司高管' });
  });

  it('a body that speaks through its side is no person, in a list too', () => {
    expect(names('企业仅剩下了高通、华为、三星。高通就推出了新品。高通方面告诉记者，新品已上市。')).toEqual([]);
  });

  it('连 of 连…都 after a role, and a ruler\'s title, are no names', () => {
    expect(names('结果医护人员连饭都吃不上。')).toEqual([]);
    expect(names('沙皇下令修建铁路。')).toEqual([]);
  });

  it('a site named by its owner is no person', () => {
    expect(names('图片来源：某某大奖官网\n清华大学官网介绍，他生于山东。')).toEqual([]);
  });

  it('a member named with his own post after the 、 vouches for the one before it', () => {
    expect(posts('中科院物理研究所郑浩宇、清华大学教授韩立彬获奖。')).toEqual({ 郑浩宇: null, 韩立彬: '清华大学教授' });
  });

  it('a list of things stays things', () => {
    expect(names('展会上有计算机、红外、雷达、卫星等设备。')).toEqual([]);
    expect(names('基于7纳米工艺的芯片，比10纳米和14纳米的更省电。')).toEqual([]);
  });
});

describe('posts', () => {
  it('names after a post set apart by spaces share it, before a later credit line', () => {
    expect(posts('文/本报记者 郑浩宇 韩立彬\n正文从这里开始。')).toEqual({ 郑浩宇: '本报记者', 韩立彬: '本报记者' });
    expect(posts('采写：晚报记者 郑浩宇 韩立彬\n作者：郑浩宇 韩立彬')).toEqual({ 郑浩宇: '晚报记者', 韩立彬: '晚报记者' });
  });

  it('a given name jieba reads as a verb, after a post and a lone surname, before a pause', () => {
    expect(posts('第二届实验班班长高坚强， 在一家公司任董事会秘书。')).toEqual({ 高坚强: '第二届实验班班长' });
    expect(names('同一天在欢迎国防部长时强调，要通过外交途径解决。')).toEqual([]);
  });

  it('an ordinal of a class or a session opens the post', () => {
    expect(posts('首届实验班班长郑浩宇，如今在一家公司任主管。')).toEqual({ 郑浩宇: '首届实验班班长' });
    expect(posts('第三届实验班班长韩立彬， 自主创业。')).toEqual({ 韩立彬: '第三届实验班班长' });
    expect(posts('省纪委监委第三审查调查室主任王建军介绍了案情。')).toEqual({ 王建军: '省纪委监委第三审查调查室主任' });
    expect(posts('十四届全国人大常委会委员长赵乐际会见了客人。')).toEqual({ 赵乐际: '十四届全国人大常委会委员长' });
  });

  it('a company before a post and an unknown name is the employer, not a person', () => {
    expect(names('“我们有信心。”华坚董事长郑浩宇对笔者说。')).toEqual(['郑浩宇']);
  });
});

describe('transliterated words said twice', () => {
  it('a company named by sound before nouns only is no person', () => {
    expect(names('市政府联合阿里巴巴开展活动。长春阿里新经济直播月很热闹，阿里生态也出了力。')).toEqual([]);
  });
});

describe('acts of office said of a bare name', () => {
  it('the one a meeting is chaired by, even when jieba glues 由 to the name', () => {
    expect(names('会议由李强主持。')).toEqual(['李强']);
    expect(names('开幕会由王建国主持。')).toEqual(['王建国']);
  });

  it('a leader and his party on a visit', () => {
    expect(names('梁伟强一行先后来到县人民医院、县第一中学。')).toEqual(['梁伟强']);
  });

  it('taking part in a deliberation is an act of office', () => {
    expect(names('上午，赵乐际参加审议。')).toEqual(['赵乐际']);
  });

  it('a glued preposition alone is no evidence', () => {
    expect(names('这件事由李强负责。')).toEqual([]);
  });
});

describe('names told by what only a person has or does', () => {
  it('a name before a life\'s span', () => {
    expect(names('袁隆平一生致力于杂交水稻研究。')).toEqual(['袁隆平']);
  });

  it('a name the dictionary knows, before its writings', () => {
    expect(names('鲁迅的小说影响了几代人。')).toEqual(['鲁迅']);
    expect(names('金庸的武侠小说，风靡全国。')).toEqual(['金庸']);
  });

  it('a transliterated name said three times, twice before a verb, with nothing around it', () => {
    expect(names('我们分摊特朗普加征关税的冲击。特朗普“速胜”企图破产。至少特朗普想要借此施压的企图落空了。')).toEqual(['特朗普']);
    expect(names('加勒比的游客很多，加勒比风光好。加勒比海岸线长。')).toEqual([]);
  });

  it('a two-character transliterated name jieba knows, opening its clause before a verb', () => {
    expect(names('会谈结束。拜登随后离开。')).toEqual(['拜登']);
    expect(names('最令人关注的是价格。')).toEqual([]);
  });
});

describe('a verb jieba glues to a name after a post', () => {
  it('作 of making a report is no part of the name', () => {
    expect(posts('市委副书记、市长赵丽华作工作报告。')).toEqual({ 赵丽华: '市委副书记、市长' });
    expect(posts('县长李明作报告。')).toEqual({ 李明: '县长' });
  });

  it('a given name with 作 inside stays whole', () => {
    expect(names('作家王作文发表文章。')).toEqual(['王作文']);
  });
});

describe('leaders and officers of listed companies', () => {
  it('a two-character name jieba reads as a place, after a head of state\'s post', () => {
    expect(posts('俄罗斯总统普京在克里姆林宫会见了客人。')).toEqual({ 普京: '俄罗斯总统' });
  });

  it('the modifiers of a board\'s and a state\'s posts stay in the post', () => {
    expect(posts('独立董事孙建平发表意见。')).toEqual({ 孙建平: '独立董事' });
    expect(posts('朝鲜最高领导人金正恩视察工厂。')).toEqual({ 金正恩: '朝鲜最高领导人' });
  });

  it('the office someone is appointed or elected to', () => {
    expect(posts('会议审议通过了聘任韩立彬为公司总经理的议案。')).toEqual({ 韩立彬: '公司总经理' });
    expect(posts('会议决定任命郑浩宇为市教育局局长。')).toEqual({ 郑浩宇: '市教育局局长' });
  });

  it('a controlling shareholder stays whole in a list of posts', () => {
    expect(posts('公司控股股东、实际控制人、董事长李红梅计划减持。')).toEqual({ 李红梅: '公司控股股东、实际控制人、董事长' });
  });

  it('a company\'s controller and a body jieba reads as a verb stay in the post', () => {
    expect(posts('公司实际控制人王建军拟减持。')).toEqual({ 王建军: '公司实际控制人' });
    expect(posts('世卫组织总干事谭德塞表示。')).toEqual({ 谭德塞: '世卫组织总干事' });
    expect(names('他们组织人员参加。')).toEqual([]);
  });
});

describe('transliterated names jieba splits, and companies named like an era', () => {
  it('the pieces of a transliterated name after a post are one name', () => {
    expect(posts('欧盟委员会主席冯德莱恩当天表示。')).toEqual({ 冯德莱恩: '欧盟委员会主席' });
    expect(posts('德国总理朔尔茨说。')).toEqual({ 朔尔茨: '德国总理' });
  });

  it('a transliterated name joined by a single dash after a post is one name, a dash in prose none', () => {
    expect(posts('规划部长丹戈—纳代伊，驻华大使阿代希安。')).toMatchObject({ '丹戈—纳代伊': '规划部长' });
    expect(names('他说——这是决心——我们要坚持。中—拉论坛开幕。')).toEqual([]);
  });

  it('a leader jieba does not know, before the government or the cabinet he heads', () => {
    expect(names('岸田文雄内阁支持率下降。尹锡悦政府宣布新政策。').sort()).toEqual(['尹锡悦', '岸田文雄'].sort());
    expect(names('高新区政府发文。')).toEqual([]);
  });

  it('a company named like an era is no leader', () => {
    expect(names('宁德时代董事长曾毓群称。')).toEqual(['曾毓群']);
    expect(names('叶利钦时代的俄罗斯。')).toEqual(['叶利钦']);
  });
});

describe('the paper\'s own credit lines and captions', () => {
  it('credit labels of the paper\'s own lines are the posts of their names', () => {
    expect(posts('（参与采写：邵玉姿、孙振、吕钊）')).toEqual({ 邵玉姿: '参与采写', 孙振: '参与采写', 吕钊: '参与采写' });
    expect(posts('执笔：邵玉姿、孙振')).toEqual({ 邵玉姿: '执笔', 孙振: '执笔' });
    expect(posts('数据来源：国家统计局 制图：邵玉姿、孙振')).toEqual({ 邵玉姿: '制图', 孙振: '制图' });
  });

  it('a caption\'s photo credit after its last sentence or a picture\'s label, one name or several', () => {
    expect(names('图为游客在景区游览。孙振摄（人民视觉）')).toEqual(['孙振']);
    expect(names('图①：邵玉姿、孙振摄')).toEqual(['孙振', '邵玉姿']);
    expect(names('记者在现场进行拍摄。')).toEqual([]);
  });
});

describe('a commentary\'s author', () => {
  it('named on a line of his own, his post given by the note closing the piece', () => {
    const text = '坚定不移推动高质量发展\n邵玉姿\n正文第一段。正文第二段。\n（作者为中国社会科学院经济研究所研究员）';
    expect(posts(text)).toEqual({ 邵玉姿: '中国社会科学院经济研究所研究员' });
  });

  it('two authors share no one note', () => {
    const text = '坚定不移推动高质量发展\n邵玉姿  孙振\n正文。\n（作者为中国社会科学院经济研究所研究员）';
    expect(posts(text)).toEqual({ 邵玉姿: null, 孙振: null });
  });

  it('an author marked with a box', () => {
    expect(names('□ 孙振\n正文。')).toEqual(['孙振']);
  });
});

describe('a name jieba glued to the next word once', () => {
  it('is the shorter name said elsewhere, with the post found before it', () => {
    const text = '高级船长李民上一次走这条航线，正是从这里启程。那天，李民驾驶着货轮出港。“这很难。”李民说道。';
    expect(posts(text)).toEqual({ 李民: '高级船长' });
  });
});

describe('leaders in international news', () => {
  it('an invitation\'s 应 is no part of the post', () => {
    expect(posts('应国务院总理李强邀请，新加坡总理黄循财将访华。')).toEqual({ 李强: '国务院总理', 黄循财: '新加坡总理' });
  });

  it('posts joined by 、 stop at an item that ends in another person\'s name', () => {
    expect(posts('国家主席习近平同法国总统马克龙、欧盟委员会主席冯德莱恩举行会晤。'))
      .toEqual({ 习近平: '国家主席', 马克龙: '法国总统', 冯德莱恩: '欧盟委员会主席' });
  });

  it('a last sound character jieba splits off as another word stays in the name', () => {
    expect(posts('英国首相斯塔默与美国总统特朗普通电话。')).toEqual({ 斯塔默: '英国首相', 特朗普: '美国总统' });
  });

  it('a country before the next leader\'s post is no member of a list', () => {
    expect(posts('匈牙利总理欧尔班、塞尔维亚总统武契奇出席。')).toEqual({ 欧尔班: '匈牙利总理', 武契奇: '塞尔维亚总统' });
  });
});
