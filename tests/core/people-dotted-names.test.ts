import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made up or common given names with made-up family names): names
// joined by a middle dot whose parts are written with characters of other words.

const { run, people } = peopleReader();

describe('a dotted name with a common given name', () => {
  it('is found whole after a post, its post kept (亚历山大·, 大卫·)', () => {
    expect(people('俄罗斯空军司令亚历山大·彼得罗夫表示，演习将持续一周。')).toEqual(['亚历山大·彼得罗夫:俄罗斯空军司令']);
    expect(people('英国前首相大卫·卡梅伦当天抵达北京。')).toEqual(['大卫·卡梅伦:英国前首相']);
  });

  it('takes a last part jieba split in two up to a list’s 、 or an ethnicity’s bracket', () => {
    expect(people('出席会议的有赵明初、扎康·土登克珠（藏族）、王立平等。').map((p) => p.split(':')[0])).toContain('扎康·土登克珠');
  });

  it('reads no name in dotted names of things', () => {
    expect(people('中国·东盟博览会今天开幕。')).toEqual([]);
    expect(people('“奋斗·青春”主题活动在京举行。')).toEqual([]);
  });
});

describe('a dotted name whose last sound character jieba glued to the word after it', () => {
  it('ends before that word', () => {
    const text = '《柳叶刀》创立者托马斯·威克利在杂志创刊时曾表示：“柳叶刀犹如一把手术刀。”';
    expect(run(text).people.map((p) => p.name)).toEqual(['托马斯·威克利']);
  });
});
