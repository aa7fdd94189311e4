import { describe, expect, it } from 'vitest';
import { findPrograms } from '@/lib/core/extract/programs';

// Sentences constructed for these tests, in the style of provincial news copy.
const texts = (s: string) => findPrograms(s).map((p) => p.text);
const kinds = (s: string) => findPrograms(s).map((p) => [p.text, p.kind]);

describe('whole names: head nouns as families', () => {
  it('takes zone heads, with or without a modifier', () => {
    expect(texts('该市获批建设“数字丝路”综合试验区。')).toEqual(['“数字丝路”综合试验区']);
    expect(texts('全力打造“绿色低碳”先行示范区和“智造强市”核心区。')).toEqual([
      '“绿色低碳”先行示范区',
      '“智造强市”核心区',
    ]);
    expect(texts('社区里建成“十分钟”便民生活圈')).toEqual(['“十分钟”便民生活圈']);
  });
  it('takes model and experience heads, and campaign heads such as 攻坚战', () => {
    expect(texts('总结推广“山海协作”经验，复制“飞地经济”发展模式。')).toEqual([
      '“山海协作”经验',
      '“飞地经济”发展模式',
    ]);
    expect(texts('打响“碧水蓝天”保卫战')).toEqual(['“碧水蓝天”保卫战']);
    expect(texts('编制“零碳园区”建设清单')).toEqual(['“零碳园区”建设清单']);
  });
  it('takes designations and layouts whole, not cut at their first word', () => {
    expect(texts('该县获评“美丽乡路”全国示范县')).toEqual(['“美丽乡路”全国示范县']);
    expect(texts('入选“海绵城市”建设试点城市')).toEqual(['“海绵城市”建设试点城市']);
    expect(texts('加快形成“一轴三带”空间布局')).toEqual(['“一轴三带”空间布局']);
  });
  it('takes a longer modifier, and compound words that begin with a function character', () => {
    expect(texts('推广“强村公司”以工代赈建设模式')).toEqual(['“强村公司”以工代赈建设模式']);
    expect(texts('完善“银龄互助”对口帮扶机制')).toEqual(['“银龄互助”对口帮扶机制']);
    expect(texts('探索“田园综合体”可持续发展模式')).toEqual(['“田园综合体”可持续发展模式']);
    expect(texts('形成“林下经济”全链条跨区域协同机制')).toEqual(['“林下经济”全链条跨区域协同机制']);
  });
  it('keeps place words, 工作, predicates and 的 outside the name', () => {
    expect(texts('推行“银龄互助”为老人提供服务平台')).toEqual(['“银龄互助”']);
    expect(texts('走进“幸福里”社区，居民正在排练。')).toEqual([]);
    expect(texts('扎实做好“保就业”工作')).toEqual(['“保就业”']);
    expect(texts('该县“暖心驿站”推动服务升级')).toEqual([]);
    expect(texts('这就是“小切口”的模式')).toEqual([]);
  });
  it('a quoted place zone is not a program on its own ending', () => {
    expect(texts('来到“临港新区”参观')).toEqual([]);
  });
});

describe('whole names: the official prefix before the quote', () => {
  it('includes an era or edition word that touches the quote', () => {
    expect(texts('各地坚持和发展新时代“浦江经验”。')).toEqual(['新时代“浦江经验”']);
    expect(texts('启动新一轮“米袋子”工程')).toEqual(['新一轮“米袋子”工程']);
  });
  it('leaves it out when 的 or punctuation separates it', () => {
    expect(texts('发展新时代的“浦江经验”')).toEqual(['“浦江经验”']);
    expect(texts('步入新时代，“米袋子”工程启动')).toEqual(['“米袋子”工程']);
  });
});

describe('whole names: nicknames that the sentence shows are policies', () => {
  it('a named package of counted measures is a program with no cue word', () => {
    expect(kinds('企业普遍关注“稳就业十五条”的兑现情况。')).toEqual([['“稳就业十五条”', 'numbered']]);
    expect(texts('“科技金融22条”惠及众多中小企业')).toEqual(['“科技金融22条”']);
    expect(texts('助企纾困“惠企三十招”陆续兑现')).toEqual(['“惠企三十招”']);
  });
  it('a clause reference or a single item is not a package', () => {
    expect(texts('他特别提到“第五条”的规定。')).toEqual([]);
    expect(texts('记者注意到“最后一条”写得很细。')).toEqual([]);
    expect(texts('他认为“这三条”最要紧。')).toEqual([]);
  });
  it('a framework shape counts only in a sentence about policy', () => {
    expect(texts('全市出台“1+N”配套文件，逐项落到实处。')).toEqual(['“1+N”']);
    expect(texts('省里形成了“1+3+X”，覆盖全部县区。')).toEqual(['“1+3+X”']);
    expect(texts('比赛最终以“2+1”的比分收场。')).toEqual([]);
  });
  it('a quoted name followed by a policy event is a program', () => {
    expect(texts('“夜市通”出台以来，摊主办证快了许多。')).toEqual(['“夜市通”']);
    expect(texts('自“一码通城”落地以来，市民出行更方便。')).toEqual(['“一码通城”']);
  });
  it('a quote is not a program just because it is quoted', () => {
    expect(texts('大家都说这里有“家的味道”。')).toEqual([]);
    expect(texts('他笑称自己是“老黄牛”，干劲十足。')).toEqual([]);
    expect(texts('今年的菜价“稳中有降”。')).toEqual([]);
  });
});

describe('whole names: every mention of a name', () => {
  it('a name introduced with its head counts again when used bare', () => {
    expect(texts('该区启动“山水共富”系列活动。据介绍，“山水共富”将持续到年底。')).toEqual([
      '“山水共富”系列活动',
      '“山水共富”',
    ]);
  });
  it('but not where the quote modifies the next noun or follows a scare cue', () => {
    expect(texts('该区启动“山水共富”系列活动。“山水共富”讲解员介绍了路线。')).toEqual(['“山水共富”系列活动']);
    expect(texts('该区启动“山水共富”系列活动。所谓“山水共富”，其实不新。')).toEqual(['“山水共富”系列活动']);
  });
  it('nor where the sentence rejects it', () => {
    expect(texts('一些地方推行“唯指标”模式。后来他们摒弃了“唯指标”的做法。')).toEqual(['“唯指标”模式']);
  });
  it('a quote never accepted stays out everywhere', () => {
    expect(texts('他们说“慢慢来”。后来，“慢慢来”成了口头禅。')).toEqual([]);
  });
});

describe('whole names: a name with an editor’s gloss', () => {
  it('is one span when a policy verb governs it, and out otherwise', () => {
    expect(texts('本市自去年起推行‘惠民保（城市定制型商业医疗保险——编者注）’，参保踊跃。')).toEqual([
      '‘惠民保（城市定制型商业医疗保险——编者注）’',
    ]);
    expect(texts('这个‘惠民保（一种商业保险）’很受欢迎。')).toEqual([]);
  });
});
