import { describe, expect, it } from 'vitest';
import { findPrograms } from '@/lib/core/extract/programs/find-programs';

const texts = (s: string) => findPrograms(s).map((p) => p.text);
const kinds = (s: string) => findPrograms(s).map((p) => [p.text, p.kind]);

describe('findPrograms: 《》 documents (§3.1.1)', () => {
  it('takes the whole title, with nested quotes, inner 〈〉 and spaces', () => {
    expect(kinds('出台了《湖南省公安機關服務經濟社會發展助力穩住經濟大盤“十五條”舉措》。')).toEqual([
      ['《湖南省公安機關服務經濟社會發展助力穩住經濟大盤“十五條”舉措》', 'document'],
    ]);
    expect(texts('《湖南省推动“夜经济”高质量发展 进一步扩消费促就业的若干意见》印发')).toEqual([
      '《湖南省推动“夜经济”高质量发展 进一步扩消费促就业的若干意见》',
    ]);
    expect(texts('转发了《中央宣传部关于认真组织学习〈习近平谈治国理政〉第三卷的通知》')).toHaveLength(1);
  });
  it('splits back-to-back titles', () => {
    expect(texts('簽訂《夜市經營秩序承諾書》《社區流動攤檔食品經營安全承諾書》')).toEqual([
      '《夜市經營秩序承諾書》',
      '《社區流動攤檔食品經營安全承諾書》',
    ]);
  });
  it('skips newspapers, broadcasts and works of art, in every later mention too', () => {
    expect(texts('据《人民日报》报道，央视《新闻联播》播出，《 人民日报 》（ 2024年05月10日 04 版）')).toEqual([]);
    expect(texts('话剧《约定无期限》巡演。《约定无期限》的成功演出')).toEqual([]);
    expect(texts('《冬夜读书示子聿》 ——（宋）陆游')).toEqual([]);
  });
});

describe('findPrograms: quoted name + head (§3.1.2, §5.3)', () => {
  it('attaches the head noun directly or after a descriptive modifier', () => {
    expect(kinds('湖南公安建立了“護企安商”機制。')).toEqual([['“護企安商”機制', 'quoted_head']]);
    expect(texts('落實“一項目、一領導、一警官”工作責任機制')).toEqual(['“一項目、一領導、一警官”工作責任機制']);
    expect(texts('形成公安、商铺、社会“三位一体”防护体系。')).toEqual(['“三位一体”防护体系']);
    expect(texts('“千年古城迎新春·祛疾纳福游零陵”民俗文化系列活动火爆永州')).toEqual([
      '“千年古城迎新春·祛疾纳福游零陵”民俗文化系列活动',
    ]);
    expect(texts('该省启动实施“千县万村”电商提升工程。')).toEqual(['“千县万村”电商提升工程']);
    expect(texts('深化“放管服”改革，编制“十四五”规划，推进“五个中心”建设。')).toEqual([
      '“放管服”改革',
      '“十四五”规划',
      '“五个中心”建设',
    ]);
  });
  it('includes an official pairing-campaign prefix, but no other words before the quote', () => {
    expect(texts('結合萬名干部聯萬企“送政策、解難題、優服務”行動，')).toEqual(['萬名干部聯萬企“送政策、解難題、優服務”行動']);
    expect(texts('衡陽建立三級“項目警官”梯隊')).toEqual(['“項目警官”梯隊']);
  });
  it('does not attach across 的/等, a predicate, 工作, or after a complete name', () => {
    expect(texts('永州優化園區“一企一警”等7項工作機制')).toEqual(['“一企一警”']);
    expect(texts('扎实做好“六稳”工作，全面落实“六保”任务')).toEqual(['“六稳”', '“六保”']);
    expect(texts('不断创新“湖南公安服务平台”功能')).toEqual(['“湖南公安服务平台”']);
    expect(texts('按照“平等互利、合作共赢”的原则')).toEqual(['“平等互利、合作共赢”']);
    expect(texts('“心成长”项目是提升一线青年的项目')).toEqual(['“心成长”项目']);
  });
  it('keeps campaign names that address the reader (head noun present)', () => {
    expect(texts('開展了“平安春運·警媒同行-湖南交警和您一起同走返家路”活動')).toEqual([
      '“平安春運·警媒同行-湖南交警和您一起同走返家路”活動',
    ]);
  });
});

describe('findPrograms: quoted practices without a head (§3.1.3)', () => {
  it('accepts a quote after a trigger verb within a few characters', () => {
    expect(kinds('扎實推進“一件事一次辦”。推进公安“一窗通办”')).toEqual([
      ['“一件事一次辦”', 'numbered'],
      ['“一窗通办”', 'quoted_practice'],
    ]);
    expect(texts('开展“回头看”，推行“接诉即办”，启用“三表复用”')).toEqual(['“回头看”', '“接诉即办”', '“三表复用”']);
    expect(texts('持续开展“我为群众办实事”')).toEqual(['“我为群众办实事”']);
  });
  it('accepts names ending in a programme noun or a service mode', () => {
    expect(texts('用手機登錄“湖南公安服務平台”。據了解，“湖南公安服務平台”已上線')).toEqual([
      '“湖南公安服務平台”',
      '“湖南公安服務平台”',
    ]);
    expect(texts('不断扩展“掌上办”业务范围')).toEqual(['“掌上办”']);
  });
  it('lets one verb govern a chain of adjacent quotes', () => {
    expect(texts('打造一批“本地人常去、外地人必去”“烟火气、湖南味、国际范”的“夜潇湘”网红打卡地')).toEqual([
      '“本地人常去、外地人必去”',
      '“烟火气、湖南味、国际范”',
      '“夜潇湘”',
    ]);
  });
  it('wants corroboration after verbs that also take metaphors', () => {
    expect(texts('该区打造“升级版”，跑出“加速度”，用好“指挥棒”')).toEqual([]);
    expect(texts('推动党的科学理论“飞入寻常百姓家”')).toEqual([]);
  });
});

describe('findPrograms: numbered formulations (§3.1.4, §5.3)', () => {
  it('finds quoted numbered formulations by shape', () => {
    expect(texts('全力强化“五個擔當”，健全完善“五大支撐”，鍛造“四個鐵一般”的公安鐵軍')).toEqual([
      '“五個擔當”',
      '“五大支撐”',
      '“四個鐵一般”',
    ]);
    expect(texts('三项业务“三窗合一”，构建“两城一谷”格局')).toEqual(['“三窗合一”', '“两城一谷”']);
  });
  it('needs support for two- and three-character shapes', () => {
    expect(texts('全面落實打好發展“六仗”的總體部署')).toEqual(['“六仗”']);
    expect(texts('油价迎“两连涨”，睡莲“七胞胎”，这是“三无”产品')).toEqual([]);
  });
  it('finds unquoted lexicon formulations, even inside quoted speech', () => {
    expect(kinds('“要深刻领悟两个确立的决定性意义，严格落实中央八项规定精神。”他说。')).toEqual([
      ['两个确立', 'numbered'],
      ['八项规定', 'numbered'],
    ]);
    expect(texts('統籌推進五位一體總體布局，協調推進四個全面戰略布局')).toEqual(['五位一體', '四個全面']);
  });
  it('does not read idioms, holidays or ordinals as formulations', () => {
    expect(texts('构建“三足鼎立”的格局，不搞“一刀切”，防止“两张皮”')).toEqual([]);
    expect(texts('荣获“五一劳动奖章”，获评“七一勋章”，走过“四季”')).toEqual([]);
  });
});

describe('findPrograms: slogans, strategies, X长制 (§3.1.5, §5.3)', () => {
  it('finds parallel and chained slogans, not quoted speech', () => {
    expect(kinds('按照“省廳統建、三級一體、矩陣管理、共享共用”的思路')).toEqual([
      ['“省廳統建、三級一體、矩陣管理、共享共用”', 'slogan'],
    ]);
    expect(texts('走出一条“产业+生态+旅游”的发展路子')).toEqual(['“产业+生态+旅游”']);
    expect(texts('“及时调和邻里之间的矛盾，避免小问题升级成大纠纷。”杨曙光告诉记者。')).toEqual([]);
    expect(texts('解决群众“看病难、看病贵”问题')).toEqual([]);
  });
  it('finds unquoted …战略 and X长制, cut at the verb', () => {
    expect(kinds('深入实施区域协调发展战略，全面推行河湖长制、林长制。')).toEqual([
      ['区域协调发展战略', 'strategy'],
      ['河湖长制', 'strategy'],
      ['林长制', 'strategy'],
    ]);
    expect(texts('长三角一体化发展战略提出并实施5年来')).toEqual(['长三角一体化发展战略']);
    expect(texts('这是国家战略，也是企业发展战略，具有战略意义，作出战略部署，反对家长制')).toEqual([]);
  });
});

describe('findPrograms: what is not a program (§3.2)', () => {
  it('rejects scare quotes, metaphors and idioms', () => {
    const seedLike = '默默守護著“人間煙火氣”，警官“跟”著項目走，成為了“城市會客廳”，更有“溫度”，解決了“燃眉之急”，俗稱的‘包工頭’，政務服務"新窗口"';
    expect(texts(seedLike)).toEqual([]);
    expect(texts('被誉为“中国天眼”的望远镜，这是“民心工程”')).toEqual([]);
  });
  it('rejects generic mechanisms and organisations', () => {
    expect(texts('建立案件線索移送、情報會商、協作配合等機制。湖南省公安廳立足本職')).toEqual([]);
  });
});

describe('findPrograms: names and offsets', () => {
  it('normalises names to Simplified with unified quotes, so mentions group', () => {
    const names = findPrograms('登錄“湖南公安服務平台”，又登录「湖南公安服务平台」').map((p) => p.name);
    expect(names).toEqual(['“湖南公安服务平台”', '“湖南公安服务平台”']);
  });
  it('slices back to the span text, also after astral characters', () => {
    const text = '𠀀𠀋𪚥𩸽，深化“放管服”改革，印发《𠀀某某条例》，落实河长制。';
    const found = findPrograms(text);
    expect(found.map((p) => p.text)).toEqual(['“放管服”改革', '《𠀀某某条例》', '河长制']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
