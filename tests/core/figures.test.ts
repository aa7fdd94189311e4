import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { UNITS } from '@/lib/core/extract/figures/lexicon';
import { normalizeForMatching } from '@/lib/core/extract/figures/normalize';
import { readUnit } from '@/lib/core/extract/figures/unit';
import { findFigures, type FigureSpan } from '@/lib/core/extract/figures/find-figures';

/** The figure texts found in `s`, in order. */
const spans = (s: string) => findFigures(s).map((f) => f.text);
/** The single figure whose text is `t`. */
const one = (s: string, t: string): FigureSpan => {
  const hit = findFigures(s).filter((f) => f.text === t);
  expect(hit, `${t} in ${s}`).toHaveLength(1);
  return hit[0]!;
};

// Span tables, run once as written (Simplified) and once converted to Traditional at the end.
const SHAPE_CASES: [string, string[]][] = [
  // prefix approximators inside, verbs outside
  ['长沙组建近3000人的队伍', ['近3000人']],
  ['超1万家企业入驻', ['超1万家']],
  ['约5成受访者', ['约5成']],
  ['覆盖率超过97%', ['超过97%']],
  ['接近100万人', ['接近100万人']],
  ['将近两千名志愿者', ['将近两千名']],
  ['大约300名同学', ['大约300名']],
  ['不到一成', ['不到一成']],
  ['不足5%', ['不足5%']],
  ['逾千人参加', ['逾千人']],
  ['近年来，发展迅猛', []],
  ['用户总数突破3000万，', ['3000万']],
  ['查询总量达到1.23亿人次', ['1.23亿人次']],
  ['增长率高达87%', ['87%']],
  // suffix approximators inside
  ['选派450余名民警', ['450余名']],
  ['迎来游客十余万人', ['十余万人']],
  ['排查1.3万余家企业', ['1.3万余家']],
  ['办结2635.6万余件', ['2635.6万余件']],
  ['累计推出1000多项改革举措', ['1000多项']],
  ['年招生规模在150人左右', ['150人左右']],
  ['粮食产量稳定在1300亿斤以上', ['1300亿斤以上']],
  ['亩均投资4000元以上', ['4000元以上']],
  ['控制在5米以内', ['5米以内']],
  ['十几万人', ['十几万人']],
  ['3万来斤', ['3万来斤']],
  ['20来岁的青年', ['20来岁']],
  ['80万多人参与', ['80万多人']],
  // magnitudes
  ['12.1万人次', ['12.1万人次']],
  ['突破3000万', ['3000万']],
  ['超1亿', ['超1亿']],
  // lists and adjacent chains are split
  ['同比下降61.6%、53.1%、31.5%', ['61.6%', '53.1%', '31.5%']],
  ['队伍286支3400余人', ['286支', '3400余人']],
  ['规范证明工作9类29项', ['9类', '29项']],
  ['整合10个警种400余项业务', ['10个', '400余项']],
  // from–to changes are two figures
  ['持证率由83.3%提升至100%', ['83.3%', '100%']],
  ['由2.1%回升至3.5%', ['2.1%', '3.5%']],
  ['下调0.5个百分点至2%', ['0.5个百分点', '2%']],
  ['从3%到5%', ['3%', '5%']],
];

const CN_COUNT_CASES: [string, string[]][] = [
  ['衡阳建立三级“项目警官”梯队', ['三级']],
  ['部署开展两轮风险摸排', ['两轮']],
  ['三项业务“三窗合一”', ['三项']],
  ['三大主导产业', ['三大']],
  ['四方面工作', ['四方面']],
  ['两级联动', ['两级']],
  ['这两个关键词', ['两个']],
  ['分成三个板块', ['三个']],
  ['共有八个字', ['八个']],
  ['一千多名群众', ['一千多名']],
  ['一百多个国家', ['一百多个']],
  ['两万多元', ['两万多元']],
  ['一万元', ['一万元']],
];

const NOUN_CASES: [string, string[]][] = [
  ['超过3亿人口', ['超过3亿']],
  ['200多万游客', ['200多万']],
  ['拥有14亿人口', ['14亿']],
  ['四千余村民', ['四千余']],
  ['3部门联合发文', ['3部门']],
  ['4县区', ['4县区']],
  ['2市', ['2市']],
  ['5方面', ['5方面']],
  ['教育部等7部门', ['7部门']],
];

const MORE_CASES: [string, string[]][] = [
  ['已连续举办六届，', ['六届']],
  ['十四届全国人大', []],
  ['他今年二十出头', ['二十出头']],
  ['月薪一万出头', ['一万出头']],
  ['下调10个基点', ['10个基点']],
  ['满意度得分95.6分', ['95.6分']],
  ['15时30分发车', []],
  ['他十分重视，用了十分钟', ['十分钟']],
  ['历时三年零四个月', ['三年零四个月']],
  ['GDP突破千亿元大关', ['千亿元']],
  ['绕地球两圈半', ['两圈半']],
  ['一千来口人', ['一千来口']],
  ['只有一条土路', ['一条']],
  ['仅一家', ['一家']],
  ['1至2个百分点', ['1至2个百分点']],
  ['32微克/立方米', ['32微克/立方米']],
  ['气温低至-25℃', ['-25℃']],
  ['设计时速350公里', ['350公里']],
  ['年产值已经过亿元', ['过亿元']],
  ['经过十年努力', ['十年']],
  ['成立一周年', ['一周年']],
  ['近5年中', ['近5年']],
  ['每年大概有两三万游客', ['两三万']],
  ['还有1.7亿65周岁及以上人口', ['1.7亿', '65周岁及以上']],
  ['车频次仅为平日的一半。', ['一半']],
  ['超过一半以上', ['超过一半以上']],
  ['统一半径', []],
  ['学生分两个学期修完课', ['两个学期']],
  ['上证指数上涨35.2点，报3088.64点', ['35.2点', '3088.64点']],
  ['晚上10点，上午11点多', []],
  ['调研组分3批次开展工作', ['3批次']],
];

const NOT_FIGURES: string[] = [
  // lexicalised words
  '守护万家灯火,温暖一方百姓', '作出一系列战略部署', '一抹抹靓丽的藏蓝色', '一道道最美风景线', '四处人潮涌动',
  '千年古城', '三位一体', '进一步优化', '下一步', '景点之一', '统一部署', '逐一上门', '一旦有问题', '一键报警',
  '世界一流', '二手车', '零距离', '零陵古城', '一揽子', '一体化', '千方百计', '千家万户', '一线工人',
  '保持两位数增长', '百年未有之大变局', '十字路口',
  // articles: indefinite 一 + classifier
  '一个问题', '一次联合督查', '一家企业', '一批网红打卡地', '一场文旅盛宴', '一名文艺工作者',
  // names and codes
  '王一鸥表示', '五一商圈', '平江县一中高三学生', 'rmrbkhdhnpd@163.com', '5G基站', 'C919大飞机',
  'PM2.5浓度', '拨打12345热线', '举报电话：010-65363263', '京ICP备12004265号-13', '神舟十八号', '三门峡市',
  '五家渠市', '督查四处',
  // ordinals
  '第二天', '第一', '第三次', '首次', '首届', '首批', '党的二十大', '十九大以来', '二十届三中全会',
  '十三届全国人大一次会议', '十四届全国人大二次会议', '第1至3名', '位居全国前三位', '二期工程',
  // programme labels and numbered formulations
  '“五个担当”', '“四个铁一般”', '“六仗”', '“快反135”机制', '“三窗合一”', '“一件事一次办”', '“新三样”',
  '“5+5+50+X”', '“十年禁渔”', '“十四五”规划', '十四五时期', '“24小时不打烊”', '增强“四个意识”',
  '两个确立', '四下基层', '中央八项规定', '“省厅统建、三级一体、矩阵管理、共享共用”',
  // rate bases and vague magnitude words
  '每百户', '每万人', '万名干部联万企', '万元工业增加值能耗', '成千上万', '成百上千',
  // bare numbers
  '2024全国两会', '93(01)班', '世界500强',
];

describe('span shape (guidelines §1.1)', () => {
  it.each(SHAPE_CASES)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('Chinese-numeral counts (§1.1, §5.1)', () => {
  it.each(CN_COUNT_CASES)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('ranges are one span (§1.1, §5.1, patterns §1.8)', () => {
  it.each<[string, string, number | [number, number], string | null]>([
    ['里头往往有三四户人家', '三四户', [3, 4], '户'],
    ['两三天就能办好', '两三天', [2, 3], '天'],
    ['两三百亩地', '两三百亩', [200, 300], '亩'],
    ['十一二岁的孩子', '十一二岁', [11, 12], '岁'],
    ['一两个月', '一两个月', [1, 2], '个月'],
    ['二三十个村', '二三十个', [20, 30], '个'],
    ['期限为3至5年', '3至5年', [3, 5], '年'],
    ['每组10-15人', '10-15人', [10, 15], '人'],
    ['保证15%至20%的运力', '15%至20%', [15, 20], '%'],
    ['增长3%—4%', '3%—4%', [3, 4], '%'],
    ['身高165米—175米', '165米—175米', [165, 175], '米'],
    ['2至4人一组', '2至4人', [2, 4], '人'],
    ['补贴3至5万元', '3至5万元', [30000, 50000], '元'],
    ['3万-5万元', '3万-5万元', [30000, 50000], '元'],
    ['5000至8000人', '5000至8000人', [5000, 8000], '人'],
    ['七八成', '七八成', [70, 80], '%'],
  ])('%s → %s', (text, t, value, unit) => {
    const f = one(text, t);
    expect(f.kind).toBe('range');
    expect(f.value).toEqual(value);
    expect(f.unit).toBe(unit);
  });

  it('does not read idioms and names as ranges', () => {
    expect(spans('三五成群')).toEqual([]);
    expect(spans('五一商圈')).toEqual([]);
    expect(spans('六一儿童节')).toEqual([]);
  });
});

describe('percent family (§5.1, patterns §1.6)', () => {
  it.each<[string, string, number, string, string]>([
    ['满意率达99.9%', '99.9%', 99.9, '%', 'percent'],
    ['占比20％以上', '20％以上', 20, '%', 'percent'],
    ['占百分之三十左右', '百分之三十左右', 30, '%', 'percent'],
    ['百分之六点五', '百分之六点五', 6.5, '%', 'percent'],
    ['近七成', '近七成', 70, '%', 'percent'],
    ['约九成同学', '约九成', 90, '%', 'percent'],
    ['六成', '六成', 60, '%', 'percent'],
    ['打八折', '八折', 80, '%', 'percent'],
    ['千分之五', '千分之五', 5, '‰', 'percent'],
    ['3‰', '3‰', 3, '‰', 'percent'],
    ['提高3.5个百分点', '3.5个百分点', 3.5, 'pp', 'percentage_points'],
    ['回落约0.2个百分点', '约0.2个百分点', 0.2, 'pp', 'percentage_points'],
    ['高于全国12个百分点', '12个百分点', 12, 'pp', 'percentage_points'],
    ['下降零点五个百分点', '零点五个百分点', 0.5, 'pp', 'percentage_points'],
  ])('%s → %s', (text, t, value, unit, kind) => {
    const f = one(text, t);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.kind).toBe(kind);
  });

  it('keeps 成 words and 成为 apart', () => {
    expect(spans('三成为')).toEqual([]);
    expect(spans('一成不变')).toEqual([]);
  });
});

describe('fractions and multiples (§5.1, patterns §1.6–1.7)', () => {
  it('reads N分之M and N/M as one span', () => {
    expect(one('取消四分之一的航班', '四分之一')).toMatchObject({ kind: 'fraction', value: 0.25, unit: null });
    expect(one('约三分之一', '约三分之一').approx).toBe('about');
    expect(spans('约占三分之一')).toEqual(['三分之一']); // 约 must directly precede the numeral
    expect(one('近三分之二以上', '近三分之二以上').value).toBeCloseTo(2 / 3, 12);
    expect(one('约1/3的企业', '约1/3').value).toBeCloseTo(1 / 3, 12);
    expect(spans('日期2023/02/03')).toEqual([]);
  });

  it('reads 倍 and 翻番', () => {
    expect(one('增长1.5倍', '1.5倍')).toMatchObject({ kind: 'multiple', value: 1.5, unit: '倍', direction: 'up' });
    expect(one('比日本多一倍', '一倍').value).toBe(1);
    expect(one('收入翻一番', '翻一番')).toMatchObject({ kind: 'multiple', value: 2 });
    expect(one('翻了两番', '翻了两番').value).toBe(4);
  });
});

describe('money (§5.1)', () => {
  it.each<[string, string, number, string]>([
    ['投资12.5亿元', '12.5亿元', 1250000000, '元'],
    ['奖励3万元', '3万元', 30000, '元'],
    ['800亿美元', '800亿美元', 80000000000, '美元'],
    ['近百万元', '近百万元', 1000000, '元'],
    ['上百万元', '上百万元', 1000000, '元'],
    ['额外支出约831美元', '约831美元', 831, '美元'],
    ['拍出812万欧元', '812万欧元', 8120000, '欧元'],
    ['发行15500亿元特别国债', '15500亿元', 1550000000000, '元'],
    ['调整为53365.53亿元', '53365.53亿元', 5336553000000, '元'],
    ['价格4000元/吨', '4000元/吨', 4000, '元/吨'],
    ['人均可支配收入39218元', '39218元', 39218, '元'],
  ])('%s → %s', (text, t, value, unit) => {
    const f = one(text, t);
    expect(f.kind).toBe('money');
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  it('leaves 人民币 outside', () => {
    expect(spans('人民币100亿元')).toEqual(['100亿元']);
    expect(spans('100亿人民币')).toEqual(['100亿']);
  });
});

describe('nouns that are not units stay outside (§5.1)', () => {
  it.each(NOUN_CASES)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('durations, ages, anniversaries (§1.1, §5.1)', () => {
  it.each<[string, string, string, number | [number, number]]>([
    ['安排警力24小时在街面巡逻', '24小时', 'duration', 24],
    ['已连续3年开通', '3年', 'duration', 3],
    ['春节前半个月', '半个月', 'duration', 0.5],
    ['不到半月', '不到半月', 'duration', 0.5],
    ['近半年来', '近半年', 'duration', 0.5],
    ['7×24小时服务', '7×24小时', 'duration', 168],
    ['20多年来', '20多年', 'duration', 20],
    ['近4年来', '近4年', 'duration', 4],
    ['一年来', '一年', 'duration', 1],
    ['一年多', '一年多', 'duration', 1],
    ['三年半', '三年半', 'duration', 3.5],
    ['一个半月', '一个半月', 'duration', 1.5],
    ['两个多小时', '两个多小时', 'duration', 2],
    ['生活一个月', '一个月', 'duration', 1],
    ['近一个月来', '近一个月', 'duration', 1],
    ['5000年文明', '5000年', 'duration', 5000],
    ['2000多年历史', '2000多年', 'duration', 2000],
    ['3个工作日内', '3个工作日', 'duration', 3],
    ['68岁的老人', '68岁', 'age', 68],
    ['65周岁以上', '65周岁以上', 'age', 65],
    ['成立10周年', '10周年', 'age', 10],
    ['528天西甲梦碎', '528天', 'duration', 528],
  ])('%s → %s', (text, t, kind, value) => {
    const f = one(text, t);
    expect(f.kind).toBe(kind);
    expect(f.value).toEqual(value);
  });

  it('leaves the "over the past" 来 outside', () => {
    expect(spans('3年来')).toEqual(['3年']);
  });

  it('does not read indefinite 一 + time word as a duration', () => {
    expect(spans('新的一年')).toEqual([]);
    expect(spans('有一天')).toEqual([]);
    expect(spans('在世一天')).toEqual([]);
  });
});

describe('dates and times are not figures (§1.2, §2, §5.2)', () => {
  it.each([
    '2023年02月03日10:44', '去年10月', '晚上十点后', '傍晚六点', '22时至次日6时', '2024年1至11月',
    '2021年至2025年', '2019—2023年', '比2020年下降', '5月9日', '9日、10日', '一季度', '前三季度',
    '上半年', '2024年下半年', '3月份', '去年前10个月', '凌晨3时许', '上午11点多', '二〇二三年', '2025年末',
    '9时40分', '1—11月', '2010年左右',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('not figures (§1.2, §5.1, patterns §1.14)', () => {
  it.each(NOT_FIGURES)('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('numbered measure sets in quotes keep their count (§1.2)', () => {
  it('keeps 十五条 inside 《…“十五条”举措》', () => {
    expect(spans('《湖南省服务经济社会发展“十五条”举措》')).toEqual(['十五条']);
    expect(spans('出台“新十条”')).toEqual(['十条']);
    expect(spans('（简称「民营经济二十条」）')).toEqual(['二十条']);
  });
});

describe('values (patterns §1.16)', () => {
  it.each<[string, string, number, string | null, string | null, string]>([
    ['4.52萬人', '4.52萬人', 45200, '人', null, 'magnitude'],
    ['1.3萬余家', '1.3萬余家', 13000, '家', 'gt', 'magnitude'],
    ['2635.6萬余件', '2635.6萬余件', 26356000, '件', 'gt', 'magnitude'],
    ['十余萬人', '十余萬人', 100000, '人', 'gt', 'magnitude'],
    ['兩千三百名', '兩千三百名', 2300, '名', null, 'cn_numeral'],
    ['一萬零四十人', '一萬零四十人', 10040, '人', null, 'magnitude'],
    ['450余名', '450余名', 450, '名', 'gt', 'approx_count'],
    ['316個', '316個', 316, '个', null, 'count'],
    ['十五條', '十五條', 15, '条', null, 'cn_numeral'],
    ['12萬余台', '12萬余台', 120000, '台', 'gt', 'magnitude'],
    ['76151余筆', '76151余筆', 76151, '笔', 'gt', 'approx_count'],
    ['1.23億人次', '1.23億人次', 123000000, '人次', null, 'magnitude'],
    ['近3000人', '近3000人', 3000, '人', 'about', 'approx_count'],
    ['150人左右', '150人左右', 150, '人', 'about', 'approx_count'],
    ['逾千人', '逾千人', 1000, '人', 'gt', 'approx_count'],
    ['不到100人', '不到100人', 100, '人', 'lt', 'approx_count'],
    ['5%以下', '5%以下', 5, '%', 'lt', 'percent'],
    ['数十支', '数十支', 10, '支', 'gt', 'approx_count'],
    ['上千名', '上千名', 1000, '名', 'about', 'approx_count'],
    ['几十万人', '几十万人', 100000, '人', 'gt', 'magnitude'],
    ['1,234人', '1,234人', 1234, '人', null, 'count'],
    ['１２３人', '１２３人', 123, '人', null, 'count'],
    ['9600平方公里', '9600平方公里', 9600, '平方公里', null, 'count'],
    ['17亿千瓦时', '17亿千瓦时', 1700000000, '千瓦时', null, 'magnitude'],
    ['1000兆瓦', '1000兆瓦', 1000, '兆瓦', null, 'count'],
    ['3.5万亩', '3.5万亩', 35000, '亩', null, 'magnitude'],
    ['51万吨', '51万吨', 510000, '吨', null, 'magnitude'],
  ])('%s', (text, t, value, unit, approx, kind) => {
    const f = one(text, t);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.approx).toBe(approx);
    expect(f.kind).toBe(kind);
  });

  it('gives negative values a sign', () => {
    expect(one('增速为-0.3%', '-0.3%').value).toBe(-0.3);
  });
});

describe('trend and comparison (patterns §1.9)', () => {
  it('reads 同比下降 over a 、-list', () => {
    const figs = findFigures('刑事警情、治安警情、交通警情同比下降61.6%、53.1%、31.5%。');
    expect(figs.map((f) => [f.direction, f.comparison])).toEqual([
      ['down', 'yoy'], ['down', 'yoy'], ['down', 'yoy'],
    ]);
  });

  it('reads 环比, 比上年 and 较去年同期', () => {
    expect(one('环比增长2.1%', '2.1%')).toMatchObject({ direction: 'up', comparison: 'mom' });
    expect(one('比上年增长5.2%', '5.2%')).toMatchObject({ direction: 'up', comparison: 'yoy' });
    expect(one('较去年同期减少12.5%', '12.5%')).toMatchObject({ direction: 'down', comparison: 'yoy' });
    expect(one('同比分别增长3.1%', '3.1%')).toMatchObject({ direction: 'up', comparison: 'yoy' });
  });

  it('reads a bare trend verb without a comparison', () => {
    const f = one('投资增长22.6%', '22.6%');
    expect(f.direction).toBe('up');
    expect(f.comparison).toBeUndefined();
    expect(one('比2019年下降23.5%', '23.5%').direction).toBe('down');
  });

  it('gives a level no trend', () => {
    const f = one('满意率达99.9%', '99.9%');
    expect(f.direction).toBeUndefined();
  });
});

describe('both scripts', () => {
  it('reads machine-converted Traditional text with simplified leftovers', () => {
    expect(spans('全省累計投入治安巡邏警力12.1萬人次,出動巡邏車輛5.3萬輛次')).toEqual(['12.1萬人次', '5.3萬輛次']);
    expect(spans('三級「項目警官」梯隊、兩輪摸排、三項業務')).toEqual(['三級', '兩輪', '三項']);
    expect(spans('提高3.5個百分點')).toEqual(['3.5個百分點']);
    expect(spans('將近兩千名、約五成、十幾萬人、三四戶、十餘萬人')).toEqual([
      '將近兩千名', '約五成', '十幾萬人', '三四戶', '十餘萬人',
    ]);
    expect(spans('近20年來')).toEqual(['近20年']);
    expect(spans('兩個確立、萬家燈火、一係列、進一步')).toEqual([]);
  });

  it('returns Simplified units for Traditional text', () => {
    expect(one('5.3萬輛次', '5.3萬輛次').unit).toBe('辆次');
    expect(one('三四戶', '三四戶').unit).toBe('户');
    expect(one('8條', '8條').unit).toBe('条');
  });
});

describe('more measure words and approximators', () => {
  it.each(MORE_CASES)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('resolves compound durations and halves', () => {
    expect(one('三年零四个月', '三年零四个月').value).toBeCloseTo(3 + 4 / 12, 12);
    expect(one('两圈半', '两圈半').value).toBe(2.5);
  });
});

describe('measure words in both scripts', () => {
  it('recognises the Traditional form of every unit (via the fold)', () => {
    const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    expect(UNITS.size).toBeGreaterThanOrEqual(150);
    for (const unit of UNITS.keys()) {
      for (const convert of [toHk, toTw]) {
        const traditional = convert(unit);
        expect(readUnit(normalizeForMatching(`${traditional}，`), 0)?.text, `${unit} / ${traditional}`).toBe(unit);
      }
    }
  });
});

describe('offsets', () => {
  it('slices to the text, also after astral characters', () => {
    const text = '𠀀𠀋😀 长沙投入警力1600余人次，𠮷同比下降61.6%';
    const figs = findFigures(text);
    expect(figs.map((f) => f.text)).toEqual(['1600余人次', '61.6%']);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('returns nothing for empty or numeral-free text', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('无论城市街头，还是田野山间')).toEqual([]);
  });
});

describe('corpus pages (Simplified), expectations written by the guidelines', () => {
  it('people_n1_02 finance report: money, 百分点, magnitudes, 以上', () => {
    const text =
      '2022年起，河南在已经建成8500多万亩高标准农田的基础上，启动建设1500万亩高标准农田示范区，亩均投资4000元以上。' +
      '目前，河南主要农作物良种覆盖率超过97%。目前河南全省有拖拉机319万台、配套农机具728万台。' +
      '粮食播种面积常年稳定在1.6亿亩以上，粮食产量连续7年稳定在1300亿斤以上。' +
      '2023年，河南高技术制造业投资增长22.6%，高于全国12个百分点。' +
      '2023年万元工业增加值能耗比2019年下降23.5%、用水量比2020年下降40.8%。';
    expect(spans(text)).toEqual([
      '8500多万亩', '1500万亩', '4000元以上', '超过97%', '319万台', '728万台', '1.6亿亩以上', '7年',
      '1300亿斤以上', '22.6%', '12个百分点', '23.5%', '40.8%',
    ]);
  });

  it('xinhua_01: ranges and fractions', () => {
    const text = '9日、10日两天全国铁路仅能保证15%至20%的运力。10日将取消四分之一的国内航班。全国高铁只能保证五分之一运力。';
    expect(spans(text)).toEqual(['两天', '15%至20%', '四分之一', '五分之一']);
  });

  it('gov_02_kepu: counts among formulations', () => {
    const text = '长三角一体化发展战略提出并实施5年来，要紧扣一体化和高质量这两个关键词。要加快上海“五个中心”建设。' +
      '要持续推进长江“十年禁渔”。三省一市要认真贯彻党中央决策部署。要抓实第二批主题教育，一体推进不敢腐。';
    expect(spans(text)).toEqual(['5年', '两个', '三省']);
  });

  it('chinanews_01: large magnitudes and ages', () => {
    const text = '14亿人口使我国每年蔬菜消费量均超过7亿吨，全年完成营业性客运量高达176亿人次。还有1.7亿65周岁及以上人口。作为30多个国家的最大出口国。';
    expect(spans(text)).toEqual(['14亿', '超过7亿吨', '176亿人次', '1.7亿', '65周岁及以上', '30多个']);
  });
});

describe('every span case again in Traditional script (cn → tw, character-level)', () => {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const cases = [...SHAPE_CASES, ...CN_COUNT_CASES, ...NOUN_CASES, ...MORE_CASES];
  it.each(cases.map(([text, expected]) => [toTw(text), expected.map((e) => toTw(e))] as const))('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each(NOT_FIGURES.map((t) => toTw(t)))('not a figure: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
