import { describe, expect, it } from 'vitest';
import {
  bylineNames,
  creditLineAuthors,
  isCaptionText,
  isEditorLine,
  isNoiseLine,
  isTitleRepeat,
} from '@/lib/core/article/lines';
import { isPrintLine, parseDateline, parsePrintEdition, parseSource } from '@/lib/core/article/meta';
import {
  authorLineNames,
  closingCreditAuthors,
  datelineAuthors,
  nameBeforeAffiliation,
  parseCredits,
  splitNames,
} from '@/lib/core/article/names';

describe('parseDateline', () => {
  it('keeps the precision the page shows', () => {
    expect(parseDateline('2023年02月03日10:44 | 來源：人民日報客戶端')).toBe('2023-02-03T10:44+08:00');
    expect(parseDateline(' 2019-12-10 07:57:40')).toBe('2019-12-10T07:57:40+08:00');
    expect(parseDateline('2020年07月04日 12:10　来源：求是网')).toBe('2020-07-04T12:10+08:00');
    expect(parseDateline('发稿时间：2024-05-13 06:03:00 来源： 中国青年报')).toBe('2024-05-13T06:03:00+08:00');
    expect(parseDateline('来源：央视新闻 | 2026年06月25日 15:18:53')).toBe('2026-06-25T15:18:53+08:00');
    expect(parseDateline('2024年05月10日')).toBe('2024-05-10');
  });
  it("reads gov.cn's meta form and en.people.cn's English form", () => {
    expect(parseDateline('2007-08-20-23:59:59')).toBe('2007-08-20T23:59:59+08:00');
    expect(parseDateline("(People's Daily Online) 11:35, November 23, 2022")).toBe('2022-11-23T11:35+08:00');
    expect(parseDateline('November 23, 2022 11:35')).toBe('2022-11-23T11:35+08:00');
  });
  it('skips numbers that are not dates and returns null without one', () => {
    expect(parseDateline('第9999-99-99号 2024-05-09 22:27:02')).toBe('2024-05-09T22:27:02+08:00');
    expect(parseDateline('小字号')).toBeNull();
    expect(parseDateline(null)).toBeNull();
  });
});

describe('parseSource', () => {
  it('cuts the outlet out of a date/source line', () => {
    expect(parseSource('2023年02月03日10:44 | 來源：人民日報客戶端')).toBe('人民日報客戶端');
    expect(parseSource('2024年05月10日06:58 | 来源：人民网－人民日报')).toBe('人民网－人民日报');
    expect(parseSource('2024年05月17日08:59  来源：北京青年报')).toBe('北京青年报');
    expect(parseSource('来源：\n 新华网')).toBe('新华网');
    expect(parseSource('新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报 ')).toBe('河北日报');
    expect(parseSource('来源：央视新闻  |  2026年06月25日 15:18:53')).toBe('央视新闻');
    expect(parseSource('来源：人民日报2024-05-13 08:49')).toBe('人民日报');
    expect(parseSource('来源：光明网-《光明日报》')).toBe('光明网-《光明日报》');
  });
  it('takes a label-less text whole only when it looks like a name', () => {
    expect(parseSource(' 新华网')).toBe('新华网');
    expect(parseSource("People's Daily Online")).toBe("People's Daily Online");
    expect(parseSource('这是一句话，不是来源名称。')).toBeNull();
    expect(parseSource('')).toBeNull();
  });
});

describe('print edition', () => {
  it('normalises the print line', () => {
    expect(parsePrintEdition('《 人民日报 》（ 2024年05月10日   04 版）')).toBe('《人民日报》2024年05月10日 04版');
    expect(parsePrintEdition('《光明日报》（2024年05月20日\u00a003版）')).toBe('《光明日报》2024年05月20日 03版');
    expect(parsePrintEdition('《人民日报》（2024年5月1日第4版）')).toBe('《人民日报》2024年05月01日 04版');
  });
  it('only a line that is nothing else is a print line', () => {
    expect(isPrintLine('《光明日报》（2024年05月20日 03版）')).toBe(true);
    expect(isPrintLine('据《人民日报》（2024年05月20日 03版）报道，今年以来全国经济持续回升向好。')).toBe(false);
  });
});

describe('names', () => {
  it('joins space-padded two-character names', () => {
    expect(splitNames('  王乐文  方  敏')).toEqual(['王乐文', '方敏']);
    expect(splitNames('王雲娜 孫超')).toEqual(['王雲娜', '孫超']);
    expect(splitNames('罗博 萧海川')).toEqual(['罗博', '萧海川']);
    expect(splitNames('李淑靜、彭應兵')).toEqual(['李淑靜', '彭應兵']);
  });
  it('drops mojibake, role words and non-names; splits Latin names on commas', () => {
    expect(splitNames('宋晨、田中全、胡\ufffd础⒑钗睦ぃ\ufffd')).toEqual(['宋晨', '田中全']);
    expect(splitNames('记者宋晨')).toEqual(['宋晨']);
    expect(splitNames('Hongyu, Du\u00a0Mingming')).toEqual(['Hongyu', 'Du Mingming']);
    expect(splitNames('阿卜杜勒·艾尼')).toEqual(['阿卜杜勒·艾尼']);
  });
  it('cuts a name off a glued affiliation only when it can tell where', () => {
    expect(nameBeforeAffiliation('方敏北京大学经济学院教授')).toBe('方敏');
    expect(nameBeforeAffiliation('欧阳明清华大学教授')).toBe('欧阳明');
    expect(nameBeforeAffiliation('今日从中国贸促会获悉')).toBeNull();
  });
});

describe('parseCredits', () => {
  it('reads editors from every editor-line shape in the corpus', () => {
    expect(parseCredits('(責編:李淑靜、彭應兵)').editors).toEqual(['李淑靜', '彭應兵']);
    expect(parseCredits('【纠错】 责任编辑： 尹世杰').editors).toEqual(['尹世杰']);
    expect(parseCredits('【责任编辑:张樵苏 】').editors).toEqual(['张樵苏']);
    expect(parseCredits('[ 责编：杨煜 ]').editors).toEqual(['杨煜']);
    expect(parseCredits('（编辑：严玉洁 王辉）').editors).toEqual(['严玉洁', '王辉']);
    expect(parseCredits('编辑：甄涛 责任编辑：刘亮').editors).toEqual(['甄涛', '刘亮']);
    expect(parseCredits('(Web editor: Hongyu, Du Mingming)').editors).toEqual(['Hongyu', 'Du Mingming']);
  });
  it('keeps authors and editors apart in one line', () => {
    expect(parseCredits('[作者: 刘满仓 　责任编辑: 杨丹宇 ]')).toEqual({ authors: ['刘满仓'], editors: ['杨丹宇'] });
    expect(parseCredits('作者： 记者王敬照 编辑： 王华军')).toEqual({ authors: ['王敬照'], editors: ['王华军'] });
    expect(parseCredits('中青报·中青网记者 魏其濛 来源：中国青年报')).toEqual({ authors: ['魏其濛'], editors: [] });
  });
  it('needs a colon after 编辑, so 编辑部 is not a label', () => {
    expect(parseCredits('人民日报编辑部 评论文章').editors).toEqual([]);
  });
});

describe('author lines, datelines and closing credits', () => {
  it('reads labelled and bare author lines', () => {
    expect(authorLineNames('本报记者  王乐文  方  敏')).toEqual(['王乐文', '方敏']);
    expect(authorLineNames('王乐文 方敏')).toEqual(['王乐文', '方敏']);
    expect(authorLineNames('新华社')).toEqual([]);
    expect(authorLineNames('作者：')).toEqual([]);
  });
  it('reads the reporters of a dateline', () => {
    expect(datelineAuthors('新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工')).toEqual(['唐霁']);
    expect(datelineAuthors('本报讯（记者叶婉）近日，“心成长”项目启动')).toEqual(['叶婉']);
    expect(datelineAuthors('新华社北京5月19日电（刘艺、杨吉）中国科学院专家')).toEqual(['刘艺', '杨吉']);
    expect(datelineAuthors('新华社北京11月17日电 记者17日从国家卫生健康委获悉')).toEqual([]);
    expect(datelineAuthors('新华社北京4月24日电　题：促进航天技术更好惠及人民（推动高质量发展）')).toEqual([]);
  });
  it('reads a credit closing the last paragraph, even without its closing parenthesis', () => {
    expect(closingCreditAuthors('有这座英雄的城！（评论员 罗博 萧海川）')).toEqual(['罗博', '萧海川']);
    expect(closingCreditAuthors('实现“多赢”“共赢”。（钟才文）')).toEqual(['钟才文']);
    expect(closingCreditAuthors('造福全人类。（记者宋晨、田中全、胡\ufffd础⒑钗睦ぃ\ufffd')).toEqual(['宋晨', '田中全']);
    expect(closingCreditAuthors('推动各项工作落实。（完）')).toEqual([]);
    expect(closingCreditAuthors('由新华社发布（新华社）')).toEqual([]);
    expect(closingCreditAuthors('总计增长（2024年）')).toEqual([]);
  });
});

describe('line classification', () => {
  it('knows captions by their photo credit', () => {
    expect(isCaptionText('楊曙光(右)走訪轄區居民,了解他們的所思所盼。長沙市公安局供圖')).toBe(true);
    expect(isCaptionText('2月17日，康复病人在献血浆时拍照留念。新华社记者 才扬 摄')).toBe(true);
    expect(isCaptionText('新华社发（刘满仓摄）')).toBe(true);
    expect(isCaptionText('　　△联合国标志（资料图）'.trim())).toBe(true);
    expect(isCaptionText('《冬夜读书示子聿》')).toBe(false);
    expect(isCaptionText('5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。')).toBe(false);
  });
  it('knows editor, share, pager and promo lines', () => {
    expect(isEditorLine('（编辑：严玉洁 王辉）')).toBe(true);
    expect(isEditorLine('【编辑:陈海峰】')).toBe(true);
    expect(isEditorLine('编辑部认为，这一做法值得推广。')).toBe(false);
    expect(isNoiseLine('分享讓更多人看到')).toBe(true);
    expect(isNoiseLine('【1】【2】【3】【4】')).toBe(true);
    expect(isNoiseLine('点击进入“文艺星青年”>>')).toBe(true);
    expect(isNoiseLine('点评：')).toBe(false);
  });
  it('knows closing credit lines and their reporters', () => {
    expect(creditLineAuthors('總策劃:吳齊強')).toEqual([]);
    expect(creditLineAuthors('文字作者:王雲娜 孫超')).toEqual(['王雲娜', '孫超']);
    expect(creditLineAuthors('投稿郵箱:rmrbkhdhnpd@163.com')).toEqual([]);
    expect(creditLineAuthors('(作者：方敏北京大学经济学院教授)')).toEqual(['方敏']);
    expect(creditLineAuthors('编者按：突如其来的新冠肺炎疫情，是对国家治理体系的一次大考。')).toBeNull();
    expect(creditLineAuthors('记者：您怎么看这次改革？')).toBeNull();
    expect(creditLineAuthors('点评：')).toBeNull();
  });
  it('knows byline lines', () => {
    expect(bylineNames('人民日報客戶端湖南頻道 王雲娜 孫超')).toEqual(['王雲娜', '孫超']);
    expect(bylineNames('中青报·中青网记者 魏其濛 来源：中国青年报')).toEqual(['魏其濛']);
    expect(bylineNames('（本报记者 张三 李四）')).toEqual(['张三', '李四']);
    expect(bylineNames('新华社记者')).toBeNull();
    expect(bylineNames('聚焦園區項目 全力護企安商')).toBeNull();
  });
  it('sees a headline repeated at the top of the body', () => {
    expect(isTitleRepeat('大湖之南丨守護萬家燈火,溫暖一方百姓', '大湖之南|守護萬家燈火,溫暖一方百姓')).toBe(true);
    expect(isTitleRepeat('习近平主持召开深入推进长三角一体化发展座谈会强调', '习近平主持召开深入推进长三角一体化发展座谈会')).toBe(true);
    expect(isTitleRepeat('习近平主持召开座谈会。会议强调，要推进长三角一体化发展。', '习近平主持召开座谈会')).toBe(false);
  });
});
