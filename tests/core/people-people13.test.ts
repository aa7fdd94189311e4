import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, places and events made up); each stands
// for a class of news sentences where a name standing with no post was missed or a word was taken
// for one.

const { names, people } = peopleReader();

describe('a bare name of three whose middle character is a rarer one', () => {
  it('takes a word jieba made up as the subject of its clause, the given name ending as names do', () => {
    expect(names('去年秋天，赵天翔带着乡亲们修通了山路。')).toEqual(['赵天翔']);
    expect(names('回到村里，王心怡便开起了网店。')).toEqual(['王心怡']);
  });

  it('takes one whose last character is the rarer one, ending as a name may', () => {
    expect(names('正月初一，孙立发又领着儿子去拜年。')).toEqual(['孙立发']);
  });

  it('leaves a word whose rarer last character ends a body’s name (a team)', () => {
    expect(names('那天，韦东队又赢了。')).toEqual([]);
  });

  it('leaves a word of jieba’s dictionary of that shape, which is as often a thing', () => {
    expect(names('看完比赛，林荫道的两旁挤满了人。')).toEqual([]);
  });
});

describe('a dateline’s byline with no brackets, closed by 报道', () => {
  it('takes the reporter between the dateline and 报道, whatever jieba made of the name', () => {
    expect(people('本报南宁3月12日讯记者江海报道：全市春耕进度过半。')).toEqual(['江海:记者']);
    expect(people('新华社罗马2月3日电记者朱晓峰报道：意大利政府今天宣布新措施。')).toEqual(['朱晓峰:记者']);
    expect(people('本报讯记者许文群报道：全省植树活动今天启动。')).toEqual(['许文群:记者']);
  });

  it('takes each reporter of a list there', () => {
    expect(people('新华社开罗7月9日电记者林振明、吴海涛报道：会议今天闭幕。').sort()).toEqual(['吴海涛:记者', '林振明:记者']);
  });

  it('needs a dateline before the role: a reporter’s word after a plain verb is no byline', () => {
    expect(people('他向记者江海报道的情况表示感谢。')).toEqual([]);
  });
});

describe('a transliterated name glued to the 说 of its speech', () => {
  it('takes the sound characters before 说 when the speech opens its clause', () => {
    expect(names('会谈结束后。萨比赫说，双方同意继续对话。')).toEqual(['萨比赫']);
    expect(names('阿赫马尔说，两国有着传统友谊。')).toEqual(['阿赫马尔']);
  });
});

describe('a player named by his position or his standing on the team', () => {
  it('takes the name after a position as after any role, with the position as the post', () => {
    expect(people('比赛中，主队前锋钱立新在上半场攻入一球。')).toEqual(['钱立新:主队前锋']);
    expect(people('中锋赵海霞、后卫孙冬梅表现出色。')).toEqual(['赵海霞:中锋', '孙冬梅:后卫']);
    expect(people('中国名将孙海峰强撑病体，勇夺银牌。')).toEqual(['孙海峰:中国名将']);
  });

  it('reads no one from a position with no name after it', () => {
    expect(names('双方门将都一度弃门而出。')).toEqual([]);
    expect(names('他们在前锋线上配合良好。')).toEqual([]);
  });
});

describe('a word of manner closed by 地 after a post', () => {
  it('reads no one from how the holder of the post spoke', () => {
    expect(names('局长高兴地说，今年又是丰收年。')).toEqual([]);
    expect(names('书记严肃地指出，问题必须解决。')).toEqual([]);
    expect(names('总理满意地说，两国关系很好。')).toEqual([]);
  });

  it('still takes the name before it', () => {
    expect(people('局长王明高兴地说，今年又是丰收年。')).toEqual(['王明:局长']);
  });
});

describe('a bare name of three before a word of time', () => {
  it('takes the subject of its clause when a word of time goes on after it', () => {
    expect(names('说起这门手艺，孙立华最初只是个学徒。')).toEqual(['孙立华']);
    expect(names('村里的养殖大户中，曹德明近年办起了合作社。')).toEqual(['曹德明']);
  });

  it('leaves a word of a name’s shape that is a time of its own', () => {
    expect(names('这一年，黄金周过去了。')).toEqual([]);
  });
});
