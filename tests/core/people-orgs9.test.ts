import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (bodies, places and people made up where they
// could be), in the shapes economic, international and local news write; each stands for a class of
// context in which an earlier round missed an organisation or took a stretch for one wrongly.

const { orgsInOrder: orgs } = peopleReader();

describe('an international institution named by its remit in two characters', () => {
  it('names a court-like body opening with its reach', () => {
    expect(orgs('国际仲裁院秘书长在开幕式上致辞指出，合作前景广阔。')).toContain('国际仲裁院');
  });

  it('still names no bare kind of body with that reach', () => {
    const found = orgs('多个国际组织和国际机构派员参加了会议。');
    expect(found).not.toContain('国际组织');
    expect(found).not.toContain('国际机构');
  });
});

describe('a body named as it once was', () => {
  it('takes no historic building for a police unit', () => {
    const found = orgs('新馆的前身为当地历史建筑旧南湾警署，去年完成修缮。');
    expect(found.some((n) => n.endsWith('警署'))).toBe(false);
  });

  it('still names a police unit acting now', () => {
    expect(orgs('南湾警署当天通报了案件情况。')).toContain('南湾警署');
  });
});

describe('a company by its brand and industry word before its analyst or officer', () => {
  it('names a property company whose brand jieba tags a place', () => {
    expect(orgs('中原地产首席分析师张明称，一季度房企销售普遍下滑。')).toContain('中原地产');
  });

  it('names a futures company before its analyst', () => {
    expect(orgs('金瑞期货分析师李华指出，铜价短期仍将震荡。')).toContain('金瑞期货');
  });

  it('still names no place and industry read as a sector', () => {
    const found = orgs('华北地产市场回暖，成交量明显上升。');
    expect(found).not.toContain('华北地产');
  });
});

describe("a party's government", () => {
  it('names the party, not its administration', () => {
    const found = orgs('对于上台不久的英国工党政府来说，改革是首要任务。');
    expect(found).toContain('英国工党');
    expect(found).not.toContain('英国工党政府');
  });

  it('still names a country’s government by its level', () => {
    expect(orgs('省政府当天召开常务会议，研究部署防汛工作。')).toContain('省政府');
  });
});

describe('a country’s legislature jieba knows as one word', () => {
  it('names the legislature before what stands in it', () => {
    expect(orgs('新党派成为日本国会内在野党的最大会派。')).toContain('日本国会');
  });

  it('takes no legislature’s building for the body', () => {
    expect(orgs('远远地望得见德国国会大厦的玻璃穹顶。')).not.toContain('德国国会');
  });
});

describe('words that end like a body but are none', () => {
  it('takes no ounce for a department', () => {
    const found = orgs('现货价格在欧洲交易时段突破每盎司1200美元大关。');
    expect(found.some((n) => n.endsWith('盎司'))).toBe(false);
  });
});

describe('an outlet after whoever tells its reporter', () => {
  it('reads no pronoun and verb into a paper’s name', () => {
    const found = orgs('他研究青瓷已有20多年。他告诉晨报记者，自己此次专程前来。');
    expect(found.some((n) => n.startsWith('他'))).toBe(false);
  });

  it('still names the paper after an expert tells its reporter', () => {
    expect(orgs('会后，专家告诉东方日报记者，项目进展顺利。')).toContain('东方日报');
  });
});

describe('a team or a school after a demonstrative and its classifier', () => {
  it('names the team without 这位', () => {
    const found = orgs('这位中国跳水队的主力在比赛中发挥出色。');
    expect(found).toContain('中国跳水队');
    expect(found).not.toContain('这位中国跳水队');
  });
});

describe('what a statute provides and ranks of bodies', () => {
  it('names the body a statute defines without the statute', () => {
    const found = orgs('条例规定南湖新区管理委员会是省人民政府的派出机构。');
    expect(found).toContain('南湖新区管理委员会');
    expect(found.some((n) => n.startsWith('条例'))).toBe(false);
  });

  it('names no body out of a rank of them', () => {
    const found = orgs('上级监察委员会领导下级监察委员会的工作。');
    expect(found.some((n) => n.endsWith('委员会'))).toBe(false);
  });
});

describe("a company's unit named by a word jieba does not know", () => {
  it('names the unit before its brand officer', () => {
    expect(orgs('“这一点很关键。”华为海思品牌总监王丽说。')).toContain('华为海思');
  });

  it('still reads no glued verb after a company as its unit', () => {
    expect(orgs('华为今日发布新款手机，售价亲民。')).not.toContain('华为今日');
  });
});
