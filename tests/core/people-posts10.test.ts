import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names made up); each stands for a class of post
// that was cut short, taken too long or not given at all.

const { postOf } = peopleReader();

describe('a list of offices joined by 、 is kept whole', () => {
  it.each([
    // A group before a comma whose words open with a surname's character (党组, 宣传部/nr) names no one.
    ['省政协党组成员、副主席，省工商联主席李建华参加。', '李建华', '省政协党组成员、副主席，省工商联主席'],
    ['省委常委、宣传部部长，省委教育工委书记张宏伟出席。', '张宏伟', '省委常委、宣传部部长，省委教育工委书记'],
    // A post whose last character jieba glued to the name (督察/v 长张/x 国平).
    ['自治区人民政府副主席、公安厅厅长、党委书记、督察长张国平介绍。', '张国平', '自治区人民政府副主席、公安厅厅长、党委书记、督察长'],
    // A first post closed by its rank in brackets before 兼.
    ['商务部国际贸易谈判代表（正部长级）兼副部长王文涛出席。', '王文涛', '商务部国际贸易谈判代表（正部长级）兼副部长'],
    // Remit verbs inside a body's name: after a noun jieba tagged as a name (玉米/nr 改良/v 中心), or
    // before an institute's 所 jieba took for a conjunction.
    ['中国工程院院士、中国农业大学教授、国家玉米改良中心主任李少昆表示。', '李少昆', '中国工程院院士、中国农业大学教授、国家玉米改良中心主任'],
    ['中国疾控中心传染病预防控制所研究员、首席专家王子军说。', '王子军', '中国疾控中心传染病预防控制所研究员、首席专家'],
    ['浙江大学医学院附属第一医院党委书记、传染病诊治国家重点实验室主任李兰芳说。', '李兰芳', '浙江大学医学院附属第一医院党委书记、传染病诊治国家重点实验室主任'],
    // A remit jieba tags as an adjective's noun between two nouns of a post.
    ['美国总统国家安全事务助理、白宫发言人柯林表示。', '柯林', '美国总统国家安全事务助理、白宫发言人'],
    ['欧盟外交与安全政策高级代表、欧盟委员会副主席博雷尔表示。', '博雷尔', '欧盟外交与安全政策高级代表、欧盟委员会副主席'],
    ['深圳市大疆创新科技有限公司副总裁邵建华说，要坚持研发。', '邵建华', '深圳市大疆创新科技有限公司副总裁'],
    // A numbered hospital and a bank's branch jieba read apart (湘雅/二/m 医院, 长沙/分行/v).
    ['中南大学湘雅二医院心血管内科主任王明华说，患者病情稳定。', '王明华', '中南大学湘雅二医院心血管内科主任'],
    ['工商银行长沙分行行长王明华说，贷款增长较快。', '王明华', '工商银行长沙分行行长'],
    // A company named by a number.
    ['360集团创始人周鸿明表示，要重视安全。', '周鸿明', '360集团创始人'],
    // The province a national body of that name sits in, in brackets; China and the world in a research body's name.
    ['中国（海南）改革发展研究院院长迟福明说，开放是最大优势。', '迟福明', '中国（海南）改革发展研究院院长'],
    ['清华大学中国与世界经济研究中心主任李稻明说，经济会回暖。', '李稻明', '清华大学中国与世界经济研究中心主任'],
    // A level word jieba left alone (县/zg) before a body's name of several words.
    ['县长助理、县发改局局长方明远介绍。', '方明远', '县长助理、县发改局局长'],
    // A campaign's quoted name with a 、 inside a body's name.
    ['中共中央政治局常委、中央“守正创新、团结奋斗”主题教育领导小组组长王建军主持会议。', '王建军', '中共中央政治局常委、中央“守正创新、团结奋斗”主题教育领导小组组长'],
    ['省政府副省长、党组成员、省公安厅厅长、党委书记、督察长王晓明，副省长贺天明出席。', '王晓明', '省政府副省长、党组成员、省公安厅厅长、党委书记、督察长'],
    // A rank's bracket closing an item before the 、.
    ['国家发展改革委党组成员、副主任（正部长级）、国家统计局局长康明义介绍。', '康明义', '国家发展改革委党组成员、副主任（正部长级）、国家统计局局长'],
    // A space typed beside the 、 (given without it).
    ['县委副书记、 县长王建华主持会议。', '王建华', '县委副书记、县长'],
    ['县委副书记 、县长王建华主持会议。', '王建华', '县委副书记、县长'],
    // A session's number in digits, a Games' year after its city.
    ['第13届全国人大代表、村党委书记王小平说。', '王小平', '第13届全国人大代表、村党委书记'],
    ['北京2022年冬奥会和冬残奥会组委会执行副主席、秘书长韩子荣介绍。', '韩子荣', '北京2022年冬奥会和冬残奥会组委会执行副主席、秘书长'],
  ])('%s', (text, name, want) => {
    expect(postOf(text, name)).toBe(want);
  });
});

describe('a post is neither cut short nor taken too long', () => {
  it.each([
    ['目前县人民医院院长张红兵表示，床位充足。', '张红兵', '县人民医院院长'],
    // The time of an event opening the clause situates the person.
    ['会后县委书记王振华表示，要抓好落实。', '王振华', '县委书记'],
    ['赛后主教练刘建国表示，球队打出了水平。', '刘建国', '主教练'],
    // The level glued to the preposition before it (由县/x) is the post's.
    ['由县人大常委会主任邵国华带队，代表们视察了工程。', '邵国华', '县人大常委会主任'],
    // What someone was, after the name and a comma or in brackets, without the verb that says so.
    ['王建军，原为县农业局局长，退休后回到村里。', '王建军', '县农业局局长'],
    ['李红梅，历任县妇联主席、县委宣传部部长。', '李红梅', '县妇联主席、县委宣传部部长'],
    ['黄文斌，生前系县人民医院院长。', '黄文斌', '县人民医院院长'],
    ['陈建国（时为省委书记）曾多次到村里。', '陈建国', '省委书记'],
    // …without an article (`一名`), and after the person's age or place of origin.
    ['王建国，当地一名养殖户，今年收入不错。', '王建国', '养殖户'],
    ['王建国，58岁，村党支部书记，带领村民致富。', '王建国', '村党支部书记'],
    ['王建国，河北保定人，现为县农业局局长。', '王建国', '县农业局局长'],
    // A verb of asking jieba glued to the level (请县/x) is no part of the post.
    ['请县林业局副局长、县森林防火指挥部副总指挥刘建国同志宣读通报。', '刘建国', '县林业局副局长、县森林防火指挥部副总指挥'],
    // A name with its academician's rank closes the previous dignitary of a list.
    ['基金委副主任姚建平院士、基金委副主任高瑞华研究员出席。', '高瑞华', '基金委副主任'],
  ])('%s', (text, name, want) => {
    expect(postOf(text, name)).toBe(want);
  });
});

describe('posts that gave none', () => {
  it.each([
    // A credit's label with no colon, opening the line or a clause of a line of credits.
    ['总策划王建伟，执行主编刘芳。', '王建伟', '总策划'],
    ['监制王晓明，统筹李红，编辑张伟。', '王晓明', '监制'],
    // Offices and roles that end in no head the lexicon knew.
    ['国务院参事汤敏表示，教育要公平。', '汤敏', '国务院参事'],
    ['法律顾问陈明华说，合同有效。', '陈明华', '法律顾问'],
    ['宣传干事李晓明说，活动很成功。', '李晓明', '宣传干事'],
    ['协会常务理事王志军说，行业发展势头好。', '王志军', '协会常务理事'],
    ['武警战士刘志强说，请人民放心。', '刘志强', '武警战士'],
    ['上海交通大学博士后张晓东说，研究很有意义。', '张晓东', '上海交通大学博士后'],
    ['中国科学院院士、北京大学教授、博导王恩明说。', '王恩明', '中国科学院院士、北京大学教授、博导'],
    // Workers', residents' and supporters' roles.
    ['社区专干王丽华说，要帮助群众增收。', '王丽华', '社区专干'],
    ['村会计王丽华说，账目要公开。', '王丽华', '村会计'],
    ['时代楷模王丽华说，要扎根基层。', '王丽华', '时代楷模'],
    ['新乡贤王丽华说，要回报家乡。', '王丽华', '新乡贤'],
    ['环卫清洁工李秀兰说，每天要扫三遍。', '李秀兰', '环卫清洁工'],
    ['土地承包户王大福表示，今年收成好。', '王大福', '土地承包户'],
    ['社会爱心人士王德明说，要帮助孩子。', '王德明', '社会爱心人士'],
    ['特警巡警刘国强表示，要加强巡逻。', '刘国强', '特警巡警'],
    ['省政协副主席、民盟省委主委李青华参加。', '李青华', '省政协副主席、民盟省委主委'],
    ['英国工党党魁斯塔林表示，将赢得大选。', '斯塔林', '英国工党党魁'],
    ['基地组织首领阿布·哈桑被打死。', '阿布·哈桑', '基地组织首领'],
    ['社会活动家宋庆华致力于儿童福利事业。', '宋庆华', '社会活动家'],
    ['会议召集人刘志军表示，会议很成功。', '刘志军', '会议召集人'],
    ['白宫新闻官卡琳·让-皮埃尔说。', '卡琳·让-皮埃尔', '白宫新闻官'],
    // A party's name jieba cut into an adverb (共同/d 民主党) before its leader's post.
    ['韩国共同民主党党魁金明哲表示。', '金明哲', '韩国共同民主党党魁'],
    ['韩国最大在野党共同民主党党魁金明哲表示。', '金明哲', '韩国最大在野党共同民主党党魁'],
    // …or into a verb and the one character of its kind (选择/v 党/n, 维新/v 会/v).
    ['德国选择党党魁魏德丽表示。', '魏德丽', '德国选择党党魁'],
    // 特别 (an adverb to jieba) between the office served and the assistant's or envoy's post.
    ['美国总统特别助理沙利文表示。', '沙利文', '美国总统特别助理'],
    // A level's leaders before a list.
    ['市领导叶明、秦良华参加会议。', '秦良华', '市领导'],
  ])('%s', (text, name, want) => {
    expect(postOf(text, name)).toBe(want);
  });

  it('a verb that plans something is no credit label', () => {
    expect(postOf('他精心策划王建伟的生日会。', '王建伟') ?? null).toBeNull();
  });
});
