import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, bodies and places made up or generic);
// each one stands for a class of context in which news text gives a person's post.

const { bracketed: found, postOf } = peopleReader();

describe('a post before the name, whole back to its owner', () => {
  it('reads a post jieba tags as a verb (署长/v)', () => {
    expect(postOf('维护了市场秩序。国家新闻出版署署长于友先总结了一年的工作。', '于友先')).toBe('国家新闻出版署署长');
  });

  it('reads a commander as a post, with a form of address after the name', () => {
    expect(postOf('大会召开。北方局常委、八路军副总司令彭德怀同志亲临大会。', '彭德怀')).toBe('北方局常委、八路军副总司令');
  });

  it('keeps an honorary post whole before a form of address', () => {
    expect(postOf('７４岁的泰华通讯记者协会荣誉主席颜雄先生慷慨捐款。', '颜雄')).toBe('泰华通讯记者协会荣誉主席');
  });

  it('keeps an ordinal glued to 副 inside the post', () => {
    expect(postOf('国际货币基金组织第一副总裁斯坦利·费希尔说，改革要加快。', '斯坦利·费希尔')).toBe('国际货币基金组织第一副总裁');
  });

  it('keeps a remit jieba tags as an adjective inside the body, in either script', () => {
    expect(postOf('市卫生健康局局长李伟表示，要做好防控。', '李伟')).toBe('市卫生健康局局长');
    expect(postOf('市衞生健康局局長李偉表示，要做好防控。', '李偉')).toBe('市衞生健康局局長');
    // Praise describes the person: no body follows it.
    expect(postOf('著名法学专家何山认为，判决有据。', '何山')).toBe('法学专家');
  });

  it('keeps a village named with a number inside the post', () => {
    expect(postOf('全国人大代表、湖南省十八洞村党支部书记施金通说，村里变了。', '施金通')).toBe('全国人大代表、湖南省十八洞村党支部书记');
  });

  it('keeps a service trade jieba reads as a verb', () => {
    expect(found('外卖骑手王小明每天跑五十单。')).toEqual(['王小明[外卖骑手]']);
  });

  it.each([
    ['腾讯公司CEO马明远表示，公司将加大投入。', '马明远', '腾讯公司CEO'],
    ['世界卫生组织总干事谭安德说，疫情仍在持续。', '谭安德', '世界卫生组织总干事'],
    ['公司董秘王丽华表示，项目进展顺利。', '王丽华', '公司董秘'],
    ['村支书王德才告诉记者，村里通了路。', '王德才', '村支书'],
    ['航天科技集团五院总指挥王明介绍，任务圆满完成。', '王明', '航天科技集团五院总指挥'],
    ['退役军人李建国回到家乡创业。', '李建国', '退役军人'],
  ])('reads the post class of %s', (text, name, post) => {
    expect(postOf(text, name)).toBe(post);
  });

  it('passes over an award that closes the list of what someone is', () => {
    expect(postOf('市供排水集团有限公司大浪淀水库管理处干部、第五届“沧州好人”提名奖获得者王贵鹏和同事到现场观看演出。', '王贵鹏'))
      .toBe('市供排水集团有限公司大浪淀水库管理处干部');
  });

  it('takes the office before the body a scholar works in, his rank after the name', () => {
    expect(postOf('闭幕式由中国地理学会人文地理专业委员会副主任、西南大学地理科学学院杨秀媛教授主持。', '杨秀媛'))
      .toBe('中国地理学会人文地理专业委员会副主任');
    // In a list of scholars each item before is someone else's.
    expect(postOf('报告分别由安徽师范大学陆明教授、华南师范大学刘云山教授、南京师范大学罗静怡教授作。', '刘云山')).toBe('教授');
  });

  it('reads a delivery worker and a performer with the genre before', () => {
    expect(postOf('武汉一个顺丰小哥汪志勇直升3级。', '汪志勇')).toBe('顺丰小哥');
    expect(postOf('据悉，他是国际武打巨星成小龙的亲戚。', '成小龙')).toBe('国际武打巨星');
  });

  it('gives no post that holds the holder\'s own name', () => {
    expect(postOf('“陈同方案”当事人陈同方今日出狱，陈同方说，他很后悔。', '陈同方')).toBeNull();
  });

  it('takes a long post in brackets or after a comma, without the verb that gives it', () => {
    expect(postOf('王建国（中国社会科学院世界经济与政治研究所国际战略研究室主任）认为，形势复杂。', '王建国'))
      .toBe('中国社会科学院世界经济与政治研究所国际战略研究室主任');
    expect(postOf('王建国，中国社会科学院世界经济与政治研究所国际战略研究室主任，认为形势复杂。', '王建国'))
      .toBe('中国社会科学院世界经济与政治研究所国际战略研究室主任');
    expect(postOf('李华明（时任县委书记）回忆说，那年雨很大。', '李华明')).toBe('县委书记');
    expect(postOf('张建华（左）与同事交流。', '张建华')).toBeNull();
  });

  it('takes an author\'s posts listed with a comma in his credit whole', () => {
    expect(postOf('（作者：省社会科学院经济研究所所长，中国区域经济学会理事、研究员王建国）', '王建国'))
      .toBe('省社会科学院经济研究所所长，中国区域经济学会理事、研究员');
    // Outside a credit a comma ends the post.
    expect(postOf('会议由省社会科学院经济研究所所长主持，研究员王建国发言。', '王建国')).toBe('研究员');
  });

  it('takes a post in brackets that names a work in 《》', () => {
    expect(postOf('杨伟光（中央电视台台长、《长河》制片人）：这部剧是首次。', '杨伟光')).toBe('中央电视台台长、《长河》制片人');
  });
});

describe('narrative posts', () => {
  it.each([
    ['时任县委书记王建国带领群众修路。', '王建国[县委书记]'],
    ['现任村党支部书记张正清说，路修好了。', '张正清[村党支部书记]'],
    ['美国前国务卿王建明说，局势复杂。', '王建明[美国前国务卿]'],
    ['英国前首相布莱尔说，局势复杂。', '布莱尔[英国前首相]'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('a post before a list', () => {
  it('names the last member joined by 和 too', () => {
    expect(found('副省长张建国和李明华出席了会议。')).toEqual(['张建国[副省长]', '李明华[副省长]']);
    expect(postOf('１９５６年初，总理约见地质部、石油部领导人何建明、李人俊和康世恩等，研究勘查工作。', '康世恩')).toBe('地质部、石油部领导人');
  });

  it('not a word after 和 that is no name', () => {
    expect(found('市长张建国和夫人出席了晚会。')).toEqual(['张建国[市长]']);
  });
});

describe('a post after the name', () => {
  it.each([
    ['会上，刘强总经理介绍了情况。', '刘强[总经理]'],
    ['张国友秘书长主持会议。', '张国友[秘书长]'],
    ['王明山理事长致辞。', '王明山[理事长]'],
    ['王毅外长说，中方愿意合作。', '王毅[外长]'],
    ['会上，李明华委员说，要加强保护。', '李明华[委员]'],
    ['张华平主编表示，刊物要办好。', '张华平[主编]'],
    ['会上，刘德胜厂长介绍了生产情况。', '刘德胜[厂长]'],
    ['赵立华博士说，实验成功了。', '赵立华[博士]'],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual([want]);
  });

  it('not a company\'s officer whose name comes after the post', () => {
    expect(found('“我们协同上下游形成更强竞争力。”苏豪副总裁丁海说。')).toEqual(['丁海[苏豪副总裁]']);
  });
});

describe('what stands before the post is no part of it', () => {
  it.each([
    ['本报银川１月２日电记者胡继鸿报道：今天', '胡继鸿', '记者'],
    ['本报北京一月二日讯记者唐维红报道：今天', '唐维红', '记者'],
    ['本报北京１月８日讯新华社记者罗玉文、本报记者陈维伟报道：全国', '罗玉文', '新华社记者'],
    ['本报讯记者施明慎报道：国家外汇管理局副局长吴晓灵日前指出', '施明慎', '记者'],
  ])('a dateline: %s', (text, name, post) => {
    expect(postOf(text, name)).toBe(post);
  });

  it('a caption opening', () => {
    expect(postOf('图为中共湖南省委书记王茂林（左一）等有关领导在慰问劳模。', '王茂林')).toBe('中共湖南省委书记');
  });

  it('a feature subtitle after a dash', () => {
    expect(postOf('——记深圳万德莱通讯有限公司董事长徐杰', '徐杰')).toBe('深圳万德莱通讯有限公司董事长');
  });

  it('a clause opener', () => {
    expect(postOf('１９９５年１０月１６日，当山东省济南市公安局副局长兼交警支队支队长李长水，庄重地接过奖章。', '李长水'))
      .toBe('山东省济南市公安局副局长兼交警支队支队长');
  });

  it('a verb of meeting before a body, and the person doing it', () => {
    expect(postOf('１９５６年初，陈云副总理约见地质部、石油部领导人李人俊。', '李人俊')).toBe('地质部、石油部领导人');
    expect(postOf('记者终于见到民和委主席、统一反对派领导人阿·努里。', '阿·努里')).toBe('民和委主席、统一反对派领导人');
  });

  it('still reads a verb inside a body\'s name', () => {
    expect(postOf('宁乡市投资促进局副局长刘伟介绍，园区今年引进项目十个。', '刘伟')).toBe('宁乡市投资促进局副局长');
    expect(postOf('研究院学术和编审委员会主任王均伟任执行副组长。', '王均伟')).toBe('研究院学术和编审委员会主任');
  });
});

describe('an office given in a clause after the name', () => {
  it('after a date or an adverb of sequence', () => {
    expect(postOf('王明2019年出任公司总经理，推动了改革。', '王明')).toBe('公司总经理');
    expect(postOf('王建军说，路要修好。王建军先后担任县长、县委书记等职。', '王建军')).toBe('县长、县委书记');
  });

  it('after the opening of a résumé', () => {
    expect(postOf('李伟，男，1970年生，现任县人民医院院长。', '李伟')).toBe('县人民医院院长');
    expect(postOf('李伟，男，汉族，湖南长沙人，1970年生，中共党员，现任县人民医院院长。', '李伟')).toBe('县人民医院院长');
  });

  it('not from a clause that goes on after a full stop', () => {
    expect(postOf('李伟，男，1970年生。他现任县人民医院院长。', '李伟')).toBeNull();
  });
});
