import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed lines (names made up) in the shape of a paper's byline that runs on into the paper's
// name and edition, as article pages print them.

const { people } = peopleReader();

describe('a byline running on into the paper and its edition', () => {
  it('gives every reporter, padded or not, in either script', () => {
    expect(people('本报记者  王  鹏  李  华  刘晓明《人民日报》（2024年03月08日第 04 版）')).toEqual(['王鹏:本报记者', '李华:本报记者', '刘晓明:本报记者']);
    expect(people('本报记者 王鹏 李华《人民日报》（2024年03月08日 第 04 版）')).toEqual(['王鹏:本报记者', '李华:本报记者']);
    expect(people('本報記者 王鵬 李華《人民日報》（2024年03月08日 第 04 版）')).toEqual(['王鵬:本報記者', '李華:本報記者']);
  });

  it('still needs a role: a name alone before the paper is no byline', () => {
    expect(people('王鹏《人民日报》（2024年03月08日 第 04 版）')).toEqual([]);
    expect(people('上海《人民日报》（2024年03月08日 第 04 版）')).toEqual([]);
  });

  it('takes names padded as bylines pad them as a column\'s authors, with no post', () => {
    expect(people('朱  磊《人民日报》（2025年04月17日第 11 版）')).toEqual(['朱磊:']);
    expect(people('王  鹏  李  华《人民日报》（2024年03月08日 第 04 版）')).toEqual(['王鹏:', '李华:']);
  });
});

describe('a commentary\'s author on the line of the paper\'s name and edition', () => {
  it('is found with the post the closing note gives', () => {
    const text = '双轮驱动新旧动能转换\n王明远《人民日报》（2025年02月20日第 09 版）\n当前，我国正处于新旧动能转换的关键时期。\n（作者为中国国际经济交流中心副理事长）\n';
    expect(people(text)).toEqual(['王明远:中国国际经济交流中心副理事长']);
  });

  it('needs the closing note', () => {
    expect(people('双轮驱动新旧动能转换\n王明远《人民日报》（2025年02月20日第 09 版）\n当前，我国正处于关键时期。\n')).toEqual([]);
  });
});
