import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, units and numbers made up); each stands
// for a class of sentences from sports briefs, features and foreign news.

const { names, postOf } = peopleReader();

describe('names joined by a slash are a list', () => {
  it('finds both members of a pair and every member of a crew', () => {
    expect(names('中国乒乓球队马新雨/王晓彤发挥出色，夺得女双冠军。')).toEqual(expect.arrayContaining(['马新雨', '王晓彤']));
    expect(names('中国队刘春燕/赵丽萍/孙海霞/周玉婷划出好成绩，获得该项目金牌。'))
      .toEqual(expect.arrayContaining(['刘春燕', '赵丽萍', '孙海霞', '周玉婷']));
  });

  it('joins a last member’s given name jieba split off before the clause goes on', () => {
    expect(names('刘雨桐/张家齐在女子双人十米台上一路领先。')).toEqual(expect.arrayContaining(['刘雨桐', '张家齐']));
  });

  it('leaves a credit label and words joined by a slash alone', () => {
    expect(postOf('文/观察者网专栏作者 王文', '王文')).toBe('观察者网专栏作者');
    expect(names('会议提供中/英双语版本，上/下半场各四十分钟。')).toEqual([]);
  });
});

describe('a 长 that opens the verb after a place is no post', () => {
  it('reads 村长大 at the end of a clause as a village and 长大', () => {
    const found = names('今年70岁的王凤兰从小在河南省新乡市初岭村长大。');
    expect(found).toContain('王凤兰');
    expect(found).not.toContain('初岭');
  });
});

describe('a body joined by 与 after a noun jieba reads as an adjective keeps its whole name', () => {
  it('takes 国家安全与应急管理学院 into the post', () => {
    expect(postOf('江南师范大学国家安全与应急管理学院教授李红霞表示，要加强监测。', '李红霞')).toBe('江南师范大学国家安全与应急管理学院教授');
  });
});

describe('a full stop typed for the dot of a transliterated name', () => {
  it('joins the parts after a post', () => {
    expect(postOf('小学老师约翰.史密斯在书中讲过一个故事。', '约翰.史密斯')).toBe('小学老师');
    expect(names('小学老师约翰.史密斯在书中讲过一个故事。')).not.toContain('约翰');
  });
});

describe('a Japanese name after a post of Japan’s', () => {
  it('finds a name of four characters whatever verb follows', () => {
    expect(postOf('据报道，日本首相森川健太计划下月访问东南亚。', '森川健太')).toBe('日本首相');
  });

  it('takes 长官 and 大臣 as posts', () => {
    expect(postOf('日本内阁官房长官小野寺进表示，计划没有变化。', '小野寺进')).toBe('日本内阁官房长官');
    expect(postOf('日本经济产业大臣西村康介表示，将继续推进。', '西村康介')).toBe('日本经济产业大臣');
  });

  it('asks a Chinese name after a post for its own evidence still', () => {
    expect(names('日本首相官邸发布消息。')).toEqual([]);
  });
});

describe('运动员 is a role, as 航天员 is', () => {
  it('introduces the athlete after it, with no verb of saying', () => {
    expect(postOf('中国运动员王丽娟最后一枪绝杀，夺得金牌。', '王丽娟')).toBe('中国运动员');
  });

  it('leaves 动员 alone', () => {
    expect(names('村里动员党员干部参加劳动。')).toEqual([]);
  });
});

describe('a Japanese name after a post ending in 长 that jieba cut wrong', () => {
  it('joins a family name of the usual ending to the unknown given name after it', () => {
    expect(postOf('某渔业协同组合长佐藤喜明表示，价格依旧很低。', '佐藤喜明')).toBe('某渔业协同组合长');
    expect(postOf('该协会会长山田成喜表示，价格依旧很低。', '山田成喜')).toBe('会长');
  });
});

describe('a lone 长 left by a wrong cut is the head of the clause’s whole opening', () => {
  it('gives the unit and its head as the post, not 长 alone', () => {
    const post = postOf('15日，韩国国务调整室第一次长金东焕表示，将密切关注。', '金东焕');
    expect(post).not.toBe('长');
    expect(post).toBe('韩国国务调整室第一次长');
  });
});

describe('a Japanese name of five characters, and numerals and 那 in Japanese names', () => {
  it('joins a given name’s last character jieba left alone before a verb of saying', () => {
    expect(postOf('日本某党党首川口那美男表示，将提出异议。', '川口那美男')).toBe('日本某党党首');
  });

  it('keeps a numeral in a Japanese given name', () => {
    expect(postOf('日本内阁官房长官木原诚二表示，计划没有变化。', '木原诚二')).toBe('日本内阁官房长官');
  });
});

describe('主帅 is a coach’s post', () => {
  it('introduces the name after it', () => {
    expect(postOf('国家队主帅李铁军赛后表示满意。', '李铁军')).toBe('国家队主帅');
  });
});

describe('a competitor’s name glued to the 以 of a result', () => {
  it('finds the name before a score or a total', () => {
    expect(names('女子举重比赛中，邹晓慧以总成绩215公斤获得冠军。')).toContain('邹晓慧');
  });

  it('names no team', () => {
    expect(names('中国队以3比0战胜对手。')).toEqual([]);
  });
});
