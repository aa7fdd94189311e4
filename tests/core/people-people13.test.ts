import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Every sentence here is constructed for the test (names, places and events made up); each stands
// for a class of news sentences where a name standing with no post was missed or a word was taken
// for one.

const { names } = peopleReader();

describe('a bare name of three whose middle character is a rarer one', () => {
  it('takes a word jieba made up as the subject of its clause, the given name ending as names do', () => {
    expect(names('去年秋天，赵天翔带着乡亲们修通了山路。')).toEqual(['赵天翔']);
    expect(names('回到村里，王心怡便开起了网店。')).toEqual(['王心怡']);
  });

  it('leaves a word of jieba’s dictionary of that shape, which is as often a thing', () => {
    expect(names('看完比赛，林荫道的两旁挤满了人。')).toEqual([]);
  });
});
