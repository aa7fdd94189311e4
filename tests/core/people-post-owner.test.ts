import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names and bodies made up): a post whose owner is a long organisation's name.

const { run: result, postOf } = peopleReader();

describe('a post taken back to the organisation found around its start', () => {
  it('begins where the organisation’s name begins, not inside it', () => {
    const text = '北京市疾病预防控制中心副主任王明华介绍，近期病例有所下降。';
    expect(result(text).organisations.map((o) => o.name)).toContain('北京市疾病预防控制中心');
    expect(postOf(text, '王明华')).toBe('北京市疾病预防控制中心副主任');
  });

  it('takes in no verb or preposition an organisation’s span held before a level', () => {
    const text = '会议请县林业局副局长魏成彬介绍情况。';
    expect(postOf(text, '魏成彬')?.startsWith('请')).not.toBe(true);
  });
});

describe('a founder’s post', () => {
  it('reads 创建人 as 创始人 is read, alone or joined by 兼', () => {
    expect(postOf('星海微电子集团创建人兼首席科学家邓中海说，要重视人才。', '邓中海')).toBe('星海微电子集团创建人兼首席科学家');
    expect(postOf('星海微电子集团创建人邓中海说，要重视人才。', '邓中海')).toBe('星海微电子集团创建人');
  });
});
