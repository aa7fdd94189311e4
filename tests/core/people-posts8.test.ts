import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, units and numbers made up); each stands
// for a class of People's Daily and Xinhua sentences that name an official with his post.

const { run: result, postOf } = peopleReader();

describe('a foreign party by its short name owns the post it opens', () => {
  it('keeps 越共 before a member’s posts, as 中共 is kept', () => {
    expect(postOf('越共中央政治局委员、中央书记处书记、中央组织部部长张文明会见了代表团。', '张文明'))
      .toBe('越共中央政治局委员、中央书记处书记、中央组织部部长');
    expect(postOf('越共中央政治局委员、河内市委书记丁进勇出席。', '丁进勇')).toBe('越共中央政治局委员、河内市委书记');
  });

  it('keeps the other short names of the closed set (古共, 老挝人革党)', () => {
    expect(postOf('古共中央政治局委员、中央书记处书记莫拉莱斯出席仪式。', '莫拉莱斯')).toBe('古共中央政治局委员、中央书记处书记');
    expect(postOf('老挝人革党中央政治局委员、中央书记处书记宋赛表示，双方合作成果丰硕。', '宋赛'))
      .toBe('老挝人革党中央政治局委员、中央书记处书记');
  });
});

describe('the chain of units that owns a post is not cut at an inner word', () => {
  it('keeps a numbered state-group unit, a works section and the officer’s remit (安全总监)', () => {
    expect(postOf('中铁十二局集团第二工程公司京雄客专3标二分部安全总监张建国说，工程进展顺利。', '张建国'))
      .toBe('中铁十二局集团第二工程公司京雄客专3标二分部安全总监');
  });

  it('keeps a university office jieba reads as verbs before 原处长', () => {
    expect(postOf('南方科技大学招生就业处原处长李明华被查。', '李明华')).toBe('南方科技大学招生就业处原处长');
  });

  it('still leaves praise and a count out of the post', () => {
    expect(postOf('优秀青年教师李明华说，学生进步很快。', '李明华')).toBe('青年教师');
    expect(postOf('公司3名员工王明说，工资按时发放。', '王明')).toBe('员工');
  });
});

describe('a name jieba cut into other words, between an officer’s post and an act', () => {
  it('finds a minister in a caption sentence, and leaves the caption’s 这是 out of his post', () => {
    expect(postOf('这是生态环境部部长黄润秋接受媒体采访。', '黄润秋')).toBe('生态环境部部长');
    expect(postOf('这是水利部部长王建军接受媒体采访。', '王建军')).toBe('水利部部长');
  });

  it('finds him before a preposition or a conjunction that goes on with his clause', () => {
    expect(postOf('生态环境部部长黄润秋与法国生态转型部部长贝丘举行会谈。', '黄润秋')).toBe('生态环境部部长');
    expect(postOf('生态环境部部长黄润秋在会上说，要加强合作。', '黄润秋')).toBe('生态环境部部长');
  });

  it('finds a foreman after a long chain of units, a city jieba tags as a verb inside it', () => {
    expect(postOf('北京铁路局石家庄工务段保定线路车间高碑店工区工长宁建军攀登铁塔检查设备。', '宁建军'))
      .toBe('北京铁路局石家庄工务段保定线路车间高碑店工区工长');
  });

  it('reads no name out of the words after a post when they are no name', () => {
    expect(result('市委书记处理问题很果断。').people).toEqual([]);
    expect(result('会议听取了委员会关于工作的报告。').people).toEqual([]);
  });
});

describe('two offices of one person joined by a comma are one post', () => {
  it('keeps the group before the comma where it opens the sentence, a clause or a list', () => {
    const whole = '国家烟草专卖局党组书记、局长，中国烟草总公司总经理';
    expect(postOf('国家烟草专卖局党组书记、局长，中国烟草总公司总经理凌成兴出席会议。', '凌成兴')).toBe(whole);
    expect(postOf('会上，国家烟草专卖局党组书记、局长，中国烟草总公司总经理凌成兴作报告。', '凌成兴')).toBe(whole);
    expect(postOf('出席会议的有国家烟草专卖局党组书记、局长，中国烟草总公司总经理凌成兴，副局长徐鹏。', '凌成兴')).toBe(whole);
  });

  it('keeps apart the post of someone named before the comma', () => {
    expect(postOf('新华通讯社总编辑吕岩松任副组长，新华通讯社副总编辑任卫东任秘书长。', '任卫东')).toBe('新华通讯社副总编辑');
    expect(postOf('出席的有公安部部长王建国，国防部长潘文江。', '潘文江')).toBe('国防部长');
  });
});

describe('an office said with 是 about the name itself', () => {
  it('gives the office closing the clause as the post, for a Han name and a transliteration glued to 是', () => {
    expect(postOf('王建华是参议院外交关系委员会的主席。', '王建华')).toBe('参议院外交关系委员会的主席');
    expect(postOf('据报道，卢比奥是参议院外交关系委员会的主席，他表示反对。', '卢比奥')).toBe('参议院外交关系委员会的主席');
  });

  it('gives none from a clause with its own subject, nor a kind of person', () => {
    expect(postOf('赵立群，他是一家公司的发言人。赵立群表示支持。', '赵立群')).toBeNull();
    expect(result('高刚是我的学生。').people).toEqual([]);
  });
});

describe('more of the chain of units that owns a post', () => {
  it('keeps a state group’s number jieba split from its bureau (铁建/十八/局)', () => {
    expect(postOf('中国铁建十八局集团第三工程有限公司项目部经理王强介绍，工期提前了。', '王强'))
      .toBe('中国铁建十八局集团第三工程有限公司项目部经理');
  });

  it('keeps a region word before a company jieba does not know, and the season of the Games', () => {
    expect(postOf('北京北方华创公司技术总监周明说，订单增加了。', '周明')).toBe('北京北方华创公司技术总监');
    expect(postOf('北京冬奥组委执行副主席张建东表示，筹备工作顺利。', '张建东')).toBe('北京冬奥组委执行副主席');
  });

  it('keeps a university office before a former head’s post (原副处长, 前处长)', () => {
    expect(postOf('湖南师范大学教务处原副处长王明受审。', '王明')).toBe('湖南师范大学教务处原副处长');
    expect(postOf('武汉大学学生工作处原处长李建华被查。', '李建华')).toBe('武汉大学学生工作处原处长');
  });
});

describe('an office said in a clause next to the name', () => {
  it('gives a post with no description right after 是, but no kind of person', () => {
    expect(postOf('王建明是县农业农村局局长，他告诉记者，今年收成不错。', '王建明')).toBe('县农业农村局局长');
    expect(postOf('今年52岁的王建明是村党支部书记。', '王建明')).toBe('村党支部书记');
    expect(postOf('王建明是一名普通党员。', '王建明')).toBeNull();
    expect(postOf('王建明是我的同事。', '王建明')).toBeNull();
    expect(postOf('王建明是否担任过村主任，记者无法核实。', '王建明')).toBeNull();
  });

  it('ends the office a verb of holding gives at how long it has been held', () => {
    expect(postOf('王建明担任村党支部书记已经10年了。', '王建明')).toBe('村党支部书记');
  });

  it('gives the office back to the body that owns it through 的', () => {
    expect(postOf('县农业农村局的局长王建明说，今年收成不错。', '王建明')).toBe('县农业农村局的局长');
  });
});

describe('an office before 的 and the name', () => {
  it('gives what someone also is (同时也是…的) as his post', () => {
    expect(postOf('入户做工作的村民小组长，同时也是村里红白理事会副会长的李兴国说，大家放心。', '李兴国')).toBe('村里红白理事会副会长');
    expect(result('他也是来自北京的王明的朋友。').people.map((p) => p.title)).not.toContain('来自北京');
  });

  it('keeps an unnamed employer (某…企业) in the post through 的', () => {
    expect(postOf('“政策及时雨。”新都区某合资食品企业的负责人罗志强给记者算了一笔账。', '罗志强')).toBe('新都区某合资食品企业的负责人');
  });
});
