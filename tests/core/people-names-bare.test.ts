import { describe, expect, it } from 'vitest';
import { GIVEN_NAME_CHARS, SURNAME_MOSTLY } from '@/lib/core/analysis/people/given-names';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names made up or common); each stands for a
// class of context in which a name has no post, role or speech verb around it.

const { names } = peopleReader();

describe('a Han name with no context, told by its shape and the clause after it', () => {
  it.each([
    ['那年冬天，王建华以三分之差落榜。', '王建华'],
    ['会上大家回忆起张国栋的往事。', '张国栋'],
    ['刘志强同老乡一起赶来。', '刘志强'],
    ['陈国华提出的建议被采纳了。', '陈国华'],
    // A name jieba's dictionary does not know (its HMM makes it one unknown word).
    ['那天，杨渊浩来到村里。', '杨渊浩'],
    // Two characters: only with a word only a person's name takes after it.
    ['李冰父子创建都江堰。', '李冰'],
    // …or one jieba's HMM made up, as the subject of its clause.
    ['那天，张平骑自行车迎面而来。', '张平'],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual([want]);
  });

  it.each([
    // A surname that is often a plain word's first character: the words stay words.
    ['高水平的研究需要时间。'],
    ['全家福挂在墙上，全家福很旧了。'],
    ['这是一棵常青树！他说常青树的故事很长。'],
    // A last character given names are seldom written with (口, 性, 学).
    ['张家口的冬天很冷。'],
    ['麻醉学专家正在会诊。'],
    // A noun after the word makes it a modifier; an item of a list of things is left to the lists.
    ['鲤鱼、武昌鱼、鲶鱼都有。'],
    ['文明的城市需要每个人。'],
    ['文明的《公约》写得很清楚。'],
    // Named elsewhere with a company's trade after it: the company.
    ['河南帅克制药成立多年。据透露，帅克开发了新药。'],
  ])('no one in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('the character classes derived from a corpus of names', () => {
  it('holds characters given names are written with and leaves out those words end in', () => {
    for (const ch of '华国明涛敏栋') expect(GIVEN_NAME_CHARS.has(ch)).toBe(true);
    for (const ch of '性质口庄家的了') expect(GIVEN_NAME_CHARS.has(ch)).toBe(false);
  });

  it('holds surnames running text seldom uses otherwise', () => {
    for (const ch of '王李张刘冯宋') expect(SURNAME_MOSTLY.has(ch)).toBe(true);
    for (const ch of '高全常成安关') expect(SURNAME_MOSTLY.has(ch)).toBe(false);
  });
});

describe('a transliterated name with no context, as the subject of its clause', () => {
  it.each([
    ['布莱尔将这一政策的基调定为建设性。', '布莱尔'],
    ['奥尔布赖特在强调了一切选择都是可能的之后离开。', '奥尔布赖特'],
    ['克林顿在首都附近的一个军营讲话。', '克林顿'],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual([want]);
  });

  it.each([
    // Countries and foreign cities, whatever jieba tagged them (伊拉克/nrt, 莫斯科/nr).
    ['伊拉克将举行选举。'],
    ['用何种方式来迫使伊拉克就范。'],
    ['莫斯科将举行庆典。'],
    // A noun after it: a doctrine or a school named after someone.
    ['凯恩斯经济学认为，失业的主要原因是需求不足。'],
    // Inside a clause, not its subject.
    ['借助皮克斯在动画领域的实力，影片大获成功。'],
    // Named elsewhere in the text as a company.
    ['万德莱公司成立于深圳。万德莱要想建立自己的研究所。'],
  ])('no one in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a leader named by the government he leads or by his time', () => {
  it.each([
    ['在克林顿政府看来，这些都是问题。', '克林顿'],
    ['拜登政府宣布了新的关税。', '拜登'],
    ['民友联要求桥本内阁下台。', '桥本'],
    ['撒切尔时期的英国经济。', '撒切尔'],
    ['毛泽东时代的工厂。', '毛泽东'],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual([want]);
  });

  it.each([
    ['据当时日本政府统计，损失很大。'],
    ['伊拉克政府12日晚宣布。'],
    ['湖南政府发布通知。'],
    ['战时内阁开会。'],
    // A school named after a person is no government of his.
    ['哈佛大学肯尼迪政府学院发布报告。'],
  ])('no one in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
