import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made up): names of three jieba cuts after the second character, and a
// photo credit closing with 摄影报道.

const { people } = peopleReader();

describe('a name of three jieba cut after its second character', () => {
  it('is whole before a verb when the last character is left a morpheme (张大/nr 琪/g 说)', () => {
    expect(people('张大琪回忆道。张大琪说，从此他下定决心。')).toEqual(['张大琪:']);
  });

  it('is whole where it is named as a name up to the pause (名叫张鹏一，)', () => {
    expect(people('子弹盒的捐献者名叫张鹏一，是陈列馆前馆长。张鹏一说，这是他的心愿。')).toEqual(['张鹏一:陈列馆前馆长']);
  });
});

describe('a photo credit closing with 摄影报道', () => {
  it('gives each photographer, a padded name of two before the last', () => {
    expect(people('图①：产业园的污水处理厂。\n张  枨  苗培梁摄影报道\n')).toEqual(['张枨:', '苗培梁:']);
  });
});
