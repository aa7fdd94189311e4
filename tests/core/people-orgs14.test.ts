import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences of our own (no article's text): classes of organisation found from a check
// on modern hand-tagged news sentences (finance, military and general news), each also in Traditional
// where the class is written the same way there.

const { orgs } = peopleReader();

describe('banks by the short names the financial press writes alone', () => {
  it('names a bank by its short name', () => {
    expect(orgs('去年浦发的零售贷款增长了一成。')).toEqual(['浦发']);
    expect(orgs('分析人士认为，深发展的拨备仍然偏低。')).toEqual(['深发展']);
    expect(orgs('记者从渣打获悉，该行将扩大在华网点。')).toEqual(['渣打']);
    expect(orgs('記者從渣打獲悉，該行將擴大在華網點。')).toEqual(['渣打']);
  });

  it('groups the short name with the full name the article wrote first', () => {
    const found = orgs('星展银行今天公布业绩。分析师说，星展的利润好于预期。');
    expect(found).toEqual(['星展银行']);
  });
});

describe('a country’s armed forces by their short name', () => {
  it('names the armed forces a sentence speaks of', () => {
    expect(orgs('一名美军发言人当天证实了这一消息。')).toEqual(['美军']);
    expect(orgs('俄军在边境地区举行了演习。')).toEqual(['俄军']);
    expect(orgs('俄軍在邊境地區舉行了演習。')).toEqual(['俄軍']);
    expect(orgs('1937年，日军侵占了这座县城。')).toEqual(['日军']);
  });

  it('groups 以军 with the Israel Defense Forces', () => {
    expect(orgs('以色列国防军发表声明。以军称，行动已经结束。')).toEqual(['以色列国防军']);
  });

  it('takes no army from a person’s given name', () => {
    expect(orgs('村民王美军带头修了这条路。')).toEqual([]);
  });
});

describe('a known name inside a longer title in 《》', () => {
  it('leaves the word to the title', () => {
    expect(orgs('这款名为《德军总部》的游戏今年重制。')).toEqual([]);
    expect(orgs('他读完了《美军战史》一书。')).toEqual([]);
  });

  it('still names the body outside the title', () => {
    expect(orgs('美军官员称，《美军战史》将再版。')).toEqual(['美军']);
  });
});

describe('央行 after a date, an adverb or a verb is the central bank', () => {
  it('names the bank after a day, a conjunction or a verb', () => {
    expect(orgs('15日央行开展了逆回购操作。')).toEqual(['央行']);
    expect(orgs('尽管央行多次降准，信贷仍然偏紧。')).toEqual(['央行']);
    expect(orgs('儘管央行多次降準，信貸仍然偏緊。')).toEqual(['央行']);
    expect(orgs('分析师认为，这意味着央行可能继续降息。')).toEqual(['央行']);
  });

  it('keeps central banks as a kind after a word that sorts them', () => {
    expect(orgs('全球主要央行纷纷加息。')).toEqual([]);
    expect(orgs('其他央行也在增持黄金。')).toEqual([]);
    expect(orgs('亚洲各地央行保持沟通。')).toEqual([]);
  });
});

describe('a foreign country read into one word with a service', () => {
  it('names that country’s service whole', () => {
    expect(orgs('美国陆军宣布扩编两个旅。')).toEqual(['美国陆军']);
    expect(orgs('美国空军没有回应此事。')).toEqual(['美国空军']);
    expect(orgs('俄海军举行了阅舰式。')).toEqual(['俄海军']);
  });

  it('leaves the country’s service inside a longer title to the title', () => {
    expect(orgs('他玩过《美国陆军3》这款游戏。')).toEqual([]);
  });
});

describe('the bank-card network and the auction houses by their short names', () => {
  it('names them alone', () => {
    expect(orgs('据银联统计，春节期间跨行交易额创了新高。')).toEqual(['银联']);
    expect(orgs('这件瓷器去年在苏富比拍出高价。')).toEqual(['苏富比']);
    expect(orgs('這件瓷器去年在蘇富比拍出高價。')).toEqual(['蘇富比']);
    expect(orgs('去年，嘉德拍出了一件明代家具。')).toEqual(['嘉德']);
    expect(orgs('中国嘉德今年春拍成交额下降。')).toEqual(['中国嘉德']);
  });

  it('takes no company from the card named after the network', () => {
    expect(orgs('他用银联卡在境外取了现金。')).toEqual([]);
  });
});

describe('a whole title in 《》 is a work, not a body', () => {
  it('takes no body from a game’s or a novel’s title', () => {
    expect(orgs('电影《东京警察局》今天上映。')).toEqual([]);
    expect(orgs('電影《東京警察局》今天上映。')).toEqual([]);
    expect(orgs('他重读了《巴黎圣母院》。')).toEqual([]);
  });

  it('keeps a paper named as a title', () => {
    expect(orgs('《南岭日报》今天刊发了评论。')).toEqual(['南岭日报']);
  });
});

describe('a company’s leadership and results after its short name', () => {
  it('names the company before its management or its profit', () => {
    expect(orgs('工行管理层认为，明年息差仍将收窄。')).toEqual(['工行']);
    expect(orgs('這筆收入約占招行淨利潤的一成。')).toEqual(['招行']);
  });
});
