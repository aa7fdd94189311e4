import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made up): words that open a clause read into a body's name, places
// taken for people, and a name of three ending in 和.

const { run, people, orgs } = peopleReader();

describe('a body after a word of holding an office', () => {
  it('starts after the word, whatever jieba made of it', () => {
    expect(orgs('孟端平时任宁强县委书记，后任云南省纪委党风政风监督室主任。')).toEqual(['宁强县委', '云南省纪委党风政风监督室']);
    expect(orgs('我省4人中：2人任副市长、1人任省民政厅副厅长。')).toEqual(['省民政厅']);
    expect(orgs('他在2003年写信给当时杭州市委市政府主要领导，提出建议。')).toContain('杭州市委');
    expect(orgs('他在2003年写信给当时杭州市委市政府主要领导，提出建议。')).not.toContain('写信给当时杭州市委');
  });

  it('keeps a name that only begins like one (成都)', () => {
    expect(orgs('成都市委书记王明出席。')).toEqual(['成都市委']);
  });

  it('drops the party committee and the government of no place named', () => {
    expect(orgs('走出了一条党委政府赢口碑、城市得发展的新路。')).toEqual([]);
  });

  it('finds the Red Army of the histories on its own', () => {
    expect(orgs('1935年，红军长征途经贵州，为红军伤员补充营养。')).toEqual(['红军']);
  });
});

describe('places are no people', () => {
  it('a city of the closed list, a causeway named three times, a banner before its own committee', () => {
    expect(people('他从黑龙江漠河到拉萨旅行，在拉萨遇到了几名朋友。')).toEqual([]);
    expect(people('张建庭带着记者走上杨公堤。王明站在杨公堤景区建设现场。走下杨公堤，路对面是公园。')).toEqual(['张建庭:']);
    expect(people('内蒙古卓资县委书记常培忠、翁牛特旗旗委书记敖日格勒拟任市委常委。').map((p) => p.split(':')[0])).toEqual(['常培忠', '敖日格勒']);
  });
});

describe('a name of three ending in 和', () => {
  it('is whole where 和 closes the clause', () => {
    expect(people('中国国务委员兼国防部长魏凤和。')).toEqual(['魏凤和:中国国务委员兼国防部长']);
    expect(people('国防部长魏凤和，总理扎埃夫出席。').map((p) => p.split(':')[0])).toEqual(['魏凤和', '扎埃夫']);
  });

  it('still reads 和 as "and" between two names', () => {
    expect(people('县长王明和书记李华出席。').map((p) => p.split(':')[0])).toEqual(['王明', '李华']);
  });
});

describe('a county jieba does not know, before its committee glued to the secretary', () => {
  it('is that county, after a word of holding the office, a province or a list mark', () => {
    expect(orgs('分别是时任紫阳县委书记王晓江、时任礼泉县委书记孙矿玲。')).toEqual(['紫阳县委', '礼泉县委']);
    expect(run('获评优秀县委书记的浙江开化县委书记鲍秀英拟任新职。').people.map((p) => `${p.name}:${p.title}`)).toEqual(['鲍秀英:浙江开化县委书记']);
  });

  it('is no county where a word of praise or of kind stands there', () => {
    expect(orgs('他被评为优秀县委书记。')).toEqual([]);
    expect(orgs('他是一位农民县委书记。')).toEqual([]);
  });
});

describe('a place jieba read into one word with a body\'s short name', () => {
  it('gives the body', () => {
    expect(orgs('在海协会和台湾海基会达成共识后，两岸关系不断发展。')).toEqual(['海协会', '海基会']);
  });
});

describe('things and illnesses named like people', () => {
  it('a word counted like a thing anywhere is that thing', () => {
    expect(people('马乃一边在案板上切着胡萝卜，一边告诉记者。他准备了500斤胡萝卜。').map((p) => p.split(':')[0])).toEqual(['马乃']);
    expect(people('“比如这个玉萝卜，原石上的瑕疵被保留。”玉萝卜说明了一切。')).toEqual([]);
  });

  it('a word named as an illness is that illness, and no body is read from its part', () => {
    expect(run('帕金森是中老年人常见的疾病。帕金森病脑深部电刺激手术效果好。').people).toEqual([]);
    expect(orgs('帕金森是中老年人常见的疾病。帕金森病脑深部电刺激手术效果好。')).toEqual([]);
  });

  it('a person compared with others stays a person (一个李明这样的干部), and so does one who fell ill', () => {
    expect(people('社会上多一个李长明这样的领导干部，群众就多一份温暖。市长李长明表示感谢。').map((p) => p.split(':')[0])).toEqual(['李长明']);
    expect(people('县长王明病逝后，李华说他是好人。').map((p) => p.split(':')[0])).toContain('王明');
  });
});
