import { describe, expect, it } from 'vitest';
import { findFigures, type FigureSpan } from '../../lib/core/extract/figures';

/**
 * The value of each class of figure, as docs/values.md ("Figures") decides it. Every sentence
 * here is constructed for this test (no article text); each class is checked on several
 * sentences, so that a rule made for one string would fail the others.
 */

type Expected = Pick<FigureSpan, 'text' | 'value' | 'unit'> & Partial<Pick<FigureSpan, 'approx' | 'direction' | 'comparison'>>;

function only(sentence: string): FigureSpan {
  const found = findFigures(sentence);
  expect(found.map((f) => f.text), sentence).toHaveLength(1);
  return found[0]!;
}

function check(cases: readonly (readonly [string, Expected])[]) {
  for (const [sentence, want] of cases) {
    it(`${sentence} → ${want.text}`, () => {
      const f = only(sentence);
      expect(f.text).toBe(want.text);
      expect(f.value).toEqual(want.value);
      expect(f.unit).toBe(want.unit);
      if (want.approx !== undefined) expect(f.approx).toBe(want.approx);
      if (want.direction !== undefined) expect(f.direction).toBe(want.direction);
      if (want.comparison !== undefined) expect(f.comparison).toBe(want.comparison);
    });
  }
}

describe('a metric-prefixed unit after a numeral keeps its prefix (never summed into the numeral)', () => {
  check([
    ['新机组的额定功率为五百千瓦。', { text: '五百千瓦', value: 500, unit: '千瓦' }],
    ['这段山路全长三十五千米。', { text: '三十五千米', value: 35, unit: '千米' }],
    ['每袋化肥重八十千克。', { text: '八十千克', value: 80, unit: '千克' }],
    ['这个西瓜重一千克。', { text: '一千克', value: 1, unit: '千克' }],
    ['光伏电站装机300千瓦。', { text: '300千瓦', value: 300, unit: '千瓦' }],
    ['全年发电17亿千瓦时。', { text: '17亿千瓦时', value: 1_700_000_000, unit: '千瓦时' }],
  ]);
});

describe('a minus sign stays on the value', () => {
  check([
    ['山区夜间最低温度-8℃。', { text: '-8℃', value: -8, unit: '℃' }],
    ['山顶气温零下15摄氏度。', { text: '零下15摄氏度', value: -15, unit: '摄氏度' }],
    ['昼夜气温在-9~-1℃之间。', { text: '-9~-1℃', value: [-9, -1], unit: '℃' }],
    ['清晨气温零下6到零下2℃。', { text: '零下6到零下2℃', value: [-6, -2], unit: '℃' }],
    ['利润增长率为-0.8%。', { text: '-0.8%', value: -0.8, unit: '%' }],
    ['两地温差在负3℃上下。', { text: '负3℃上下', value: -3, unit: '℃', approx: 'about' }],
  ]);
});

describe('a signed change after a comparison reads as a fall', () => {
  check([
    ['当月出口环比-2.3%。', { text: '-2.3%', value: -2.3, unit: '%', direction: 'down', comparison: 'mom' }],
    ['一季度销量同比-12.5%。', { text: '-12.5%', value: -12.5, unit: '%', direction: 'down', comparison: 'yoy' }],
    ['投资同比增长-1.2%。', { text: '-1.2%', value: -1.2, unit: '%', direction: 'down', comparison: 'yoy' }],
    ['外贸出现负增长3.4%。', { text: '3.4%', value: 3.4, unit: '%', direction: 'down' }],
    ['失业率同比为-0.3个百分点。', { text: '-0.3个百分点', value: -0.3, unit: 'pp', direction: 'down', comparison: 'yoy' }],
  ]);
});

describe('a chain of magnitudes is one number', () => {
  check([
    ['全县常住人口8万5000人。', { text: '8万5000人', value: 85_000, unit: '人' }],
    ['图书馆藏书3万2千5百本。', { text: '3万2千5百本', value: 32_500, unit: '本' }],
    ['项目总投资2亿3600万元。', { text: '2亿3600万元', value: 236_000_000, unit: '元' }],
    ['这套设备售价9万8千元。', { text: '9万8千元', value: 98_000, unit: '元' }],
    ['他的月收入1万2。', { text: '1万2', value: 12_000, unit: null }],
    ['全市近1万一线医护人员。', { text: '近1万', value: 10_000, unit: null }],
    ['全省建成5万六千个基站。', { text: '5万六千个', value: 56_000, unit: '个' }],
    ['展会吸引了3万4千多名观众。', { text: '3万4千多名', value: 34_000, unit: '名', approx: 'gt' }],
  ]);
});

describe('半 after a unit adds one half of it', () => {
  check([
    ['围墙高六米半。', { text: '六米半', value: 6.5, unit: '米' }],
    ['她买了三斤半橘子。', { text: '三斤半', value: 3.5, unit: '斤' }],
    ['这辆卡车载重五吨半。', { text: '五吨半', value: 5.5, unit: '吨' }],
    ['布料长七尺半。', { text: '七尺半', value: 7.5, unit: '尺' }],
  ]);
  it('but not where 半 starts a word of its own (`米半径`)', () => {
    expect(findFigures('喷泉池直径为十米半径五米').map((f) => f.text)).toContain('十米');
  });
});

describe('元角分 is one amount in the main currency', () => {
  check([
    ['一支铅笔卖九元八角。', { text: '九元八角', value: 9.8, unit: '元' }],
    ['账单合计15元6角3分。', { text: '15元6角3分', value: 15.63, unit: '元' }],
    ['一张邮票两元零五分。', { text: '两元零五分', value: 2.05, unit: '元' }],
    ['门票四美元又五十美分。', { text: '四美元又五十美分', value: 4.5, unit: '美元' }],
    ['一瓶矿泉水一块五毛钱。', { text: '一块五毛钱', value: 1.5, unit: '元' }],
    ['公交票价一元五角。', { text: '一元五角', value: 1.5, unit: '元' }],
  ]);
});

describe('折 and 成 are percentages', () => {
  check([
    ['商场全场95折。', { text: '95折', value: 95, unit: '%' }],
    ['会员可享七折优惠。', { text: '七折', value: 70, unit: '%' }],
    ['机票打八点五折。', { text: '八点五折', value: 85, unit: '%' }],
    ['今年收成只有往年的七点五成。', { text: '七点五成', value: 75, unit: '%' }],
    ['本地产品占三成半。', { text: '三成半', value: 35, unit: '%' }],
    ['节日期间商品一律八五折。', { text: '八五折', value: 85, unit: '%' }],
    ['受访者中有六成五表示满意。', { text: '六成五', value: 65, unit: '%' }],
  ]);
});

describe('a bound before the number is an approximation', () => {
  check([
    ['每个社区配备至少35名网格员。', { text: '至少35名', value: 35, unit: '名', approx: 'gt' }],
    ['全市不少于二十家医院参与。', { text: '不少于二十家', value: 20, unit: '家', approx: 'gt' }],
    ['合格率不低于98%。', { text: '不低于98%', value: 98, unit: '%', approx: 'gt' }],
    ['每班人数不超过45人。', { text: '不超过45人', value: 45, unit: '人', approx: 'lt' }],
    ['逾百家企业到场招聘。', { text: '逾百家', value: 100, unit: '家', approx: 'gt' }],
  ]);
  it('`最多一天` ("on the best day") is no bound on a count', () => {
    expect(findFigures('渔船最多一天捕了300斤鱼').map((f) => f.text)).toEqual(['300斤']);
  });
});

describe('Latin unit symbols glued to the digits', () => {
  check([
    ['他身高182cm。', { text: '182cm', value: 182, unit: 'cm' }],
    ['高铁时速350km。', { text: '350km', value: 350, unit: 'km' }],
    ['病人体温38.5°C。', { text: '38.5°C', value: 38.5, unit: '℃' }],
    ['电池容量5000mAh。', { text: '5000mAh', value: 5000, unit: 'mAh' }],
    ['限速60km/h。', { text: '60km/h', value: 60, unit: 'km/h' }],
  ]);
  it('codes stay codes (`5G`, `C919`, `PM2.5`)', () => {
    expect(findFigures('5G基站、C919客机与PM2.5监测')).toEqual([]);
  });
});

describe('bytes and percentiles', () => {
  check([
    ['文件大小约3万字节。', { text: '约3万字节', value: 30_000, unit: '字节', approx: 'about' }],
    ['传输速率每秒八百千字节。', { text: '八百千字节', value: 800, unit: '千字节' }],
  ]);
  it('`百分位` after `百分之…` is no magnitude', () => {
    const f = findFigures('成绩位于百分之九十百分位以上的学生');
    expect(f.map((x) => x.value)).not.toContain(9000);
  });
});

describe('the financial numerals (大写)', () => {
  check([
    ['捐款金额为壹万伍仟元整。', { text: '壹万伍仟元', value: 15_000, unit: '元' }],
    ['合同总价叁拾贰万元。', { text: '叁拾贰万元', value: 320_000, unit: '元' }],
  ]);
  it('a lone financial numeral is a word (`陆续`, `拾起`)', () => {
    expect(findFigures('游客陆续到达，孩子拾起3个瓶子')).toHaveLength(1);
  });
  it('outside an amount of money they are names, not figures (`伍佰台北演唱会`)', () => {
    expect(findFigures('歌手伍佰台北演唱会开唱')).toEqual([]);
  });
});
