import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made up): lists of people named with no post.

const { names } = peopleReader();

describe('a list of names with no post', () => {
  it('keeps a member whose given name ends in 和, and the members after it', () => {
    expect(names('许其光、张又民、魏凤和、李作成、苗华、张升平参加接见。')).toEqual(['许其光', '张又民', '魏凤和', '李作成', '苗华', '张升平']);
    expect(names('刘景和、王建国、赵志刚出席。')).toEqual(['刘景和', '王建国', '赵志刚']);
  });

  it('still reads 和 between two members as joining them, and a list of places as no people', () => {
    expect(names('王明、李华和赵刚出席会议。')).toEqual(['王明', '李华', '赵刚']);
    expect(names('北京、上海和广州等地出台措施。')).toEqual([]);
  });
});
