import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names and units made up) in the shape of reports from the sessions of
// people's congresses and political consultative conferences.

const { people } = peopleReader();

describe('a deputy or a member named between a post and the title 代表 or 委员', () => {
  it('takes the whole name, even where its last character is a word of its own', () => {
    expect(people('河北省农林科学研究院研究员王进考代表运用农业科技，先后培育新品种。')).toEqual(['王进考:河北省农林科学研究院研究员']);
    expect(people('湖北省教育厅厅长李志强代表介绍，当地加快推进改革。')).toEqual(['李志强:湖北省教育厅厅长']);
  });

  it('reads no one in the people addressed or in the verb 代表', () => {
    expect(people('基金委副主任高瑞平研究员向各位委员表示祝贺。').map((p) => p.split(':')[0])).not.toContain('向各位');
    expect(people('会议由院士代表委员发言。').map((p) => p.split(':')[0])).not.toContain('代表');
  });
});
