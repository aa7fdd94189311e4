import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences: a picture credited to an outlet, beside credits that name people.

const { people } = peopleReader();

describe('a credit naming an outlet', () => {
  it('is no person, in either script, whatever its first character', () => {
    expect(people('乌克兰总统泽连斯基当天发表视频讲话。（图：乌通社）')).toEqual(['泽连斯基:乌克兰总统']);
    expect(people('现场画面。（图：华商报）')).toEqual([]);
    expect(people('現場畫面。（圖：華商報）')).toEqual([]);
  });

  it('still lets the same credits name people', () => {
    expect(people('（摄影：新京报 李明）')).toEqual(['李明:摄影']);
    expect(people('策划：王为 统筹：张燕斌')).toEqual(['王为:策划', '张燕斌:统筹']);
  });
});
