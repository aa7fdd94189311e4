import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences: public bodies in whole local news stories — the party's organs by their
// tiers, a note in brackets between a body and its officer, a verb with its result glued to a level,
// 办 as a verb after a place, a stop named after a body, and an inspection office of a committee.

const { orgs } = peopleReader();

describe('the party\'s grass-roots organs by their tiers', () => {
  it('are a kind, no body', () => {
    expect(orgs('各地要选优配强镇村党组织书记，带头领办民生实事。')).toEqual([]);
    expect(orgs('全县县乡村党组织开展结对共建活动。')).toEqual([]);
    expect(orgs('省里召开会议，要求市县两级两新工委书记主动领题。')).toEqual([]);
  });

  it('leave a named village\'s or town\'s organ to be found', () => {
    expect(orgs('据青石村党支部书记王立平介绍，今年村里新修了水渠。')).toContain('青石村党支部');
  });
});

describe('a note in brackets between a body and its officer\'s post', () => {
  it('leaves the body before the note', () => {
    const found = orgs('宁远市委督查室（挂市效能办牌子）主任刘长青说，问题都已整改。');
    expect(found).toContain('宁远市委督查室');
    expect(found.some((o) => /[（）]/.test(o))).toBe(false);
    expect(orgs('清河县政府办公室（县外事办）副主任周建华介绍了情况。').some((o) => /[（）]/.test(o))).toBe(false);
  });
});

describe('a verb with its result before a level', () => {
  it('is the clause\'s verb, not the start of the body\'s name', () => {
    expect(orgs('方案提出，做强省疾控中心，做优市县疾控机构。')).toEqual(['省疾控中心']);
    expect(orgs('要建强市疾病预防控制中心的实验室能力。')).toEqual(['市疾病预防控制中心']);
  });
});

describe('办 as a verb after a place', () => {
  it('names no office when what is held or run follows it', () => {
    expect(orgs('他每年都到德令哈办讲座，老师们从几百公里外赶来。')).toEqual([]);
    expect(orgs('她大学毕业后回到婺源办民宿。')).toEqual([]);
  });

  it('leaves an office\'s short name with its acts after it', () => {
    expect(orgs('市减负办会同市纪委监委开展回头看。')).toContain('市减负办');
  });
});

describe('a stop on a line named after a body', () => {
  it('is a place, not the body', () => {
    expect(orgs('当天下午，在合肥地铁图书馆站，工作人员找到了走失的孩子。')).toEqual([]);
    expect(orgs('乘客在地铁3号线省人民医院站下车后步行即可到达。')).toEqual([]);
  });

  it('keeps a body whose guard stands at its gate', () => {
    expect(orgs('门口站岗的是省公安厅的民警。')).toContain('省公安厅');
  });
});

describe('a procuratorate\'s numbered department and a court\'s chamber after their owner', () => {
  it('are sub-bodies named whole', () => {
    expect(orgs('在宁安市人民检察院第三检察部，干警们正在梳理线索。')).toContain('宁安市人民检察院第三检察部');
    expect(orgs('杭州市中级人民法院民事审判第一庭庭长李明远审理了此案。')).toContain('杭州市中级人民法院民事审判第一庭');
    expect(orgs('最高人民法院刑事审判第三庭发布了典型案例。')).toContain('最高人民法院刑事审判第三庭');
    expect(orgs('清河区人民法院立案庭副庭长张红说，网上立案更方便了。')).toContain('清河区人民法院立案庭');
  });

  it('leave the owner alone where no department follows', () => {
    expect(orgs('杭州市中级人民法院第一时间公布了审理结果。')).toEqual(['杭州市中级人民法院']);
    expect(orgs('杭州市中级人民法院执行到位案款三千万元。')).toEqual(['杭州市中级人民法院']);
  });
});

describe('a line of work between a body and its officer\'s post', () => {
  it('is the officer\'s remit, not part of the body\'s name', () => {
    expect(orgs('省卫生健康委疾控工作负责人刘涛介绍了今年的安排。')).toEqual(['省卫生健康委']);
    expect(orgs('清河区林园街道食堂工作负责人李杰说，浪费少了。').some((o) => o.endsWith('工作'))).toBe(false);
  });
});

describe('a state institute named by its remit, and its department before its head\'s title', () => {
  it('is a body though jieba reads its 所 as a conjunction', () => {
    expect(orgs('江苏省卫生监督所发布了暑期游泳场所检查结果。')).toEqual(['江苏省卫生监督所']);
    expect(orgs('大连市卫生监督所所长王刚介绍了检查情况。')).toContain('大连市卫生监督所');
  });

  it('leaves the passive 所 alone', () => {
    expect(orgs('这些做法为监管部门所认可。')).toEqual([]);
    expect(orgs('这种模式被市场管理所淘汰。')).toEqual([]);
  });

  it('names the department whole, remits joined by 与 included', () => {
    expect(orgs('济南市卫生监督所职业与放射卫生监督部副部长米超接到了电话。')).toContain('济南市卫生监督所职业与放射卫生监督部');
    expect(orgs('中国电子技术标准化研究院信息安全研究部部长王伟说。')).toContain('中国电子技术标准化研究院信息安全研究部');
  });
});
