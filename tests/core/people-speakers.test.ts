import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed texts (names made up): a dialogue printed as one, each turn opened by the speaker's
// name and a colon, the speakers introduced with their offices; and a post, 是 and a name.

const { people } = peopleReader();

const DIALOGUE = [
  '对话人：',
  '王  明  本报评论员',
  '李建华  城市交通研究院院长',
  '王明：新规定发布后，行业有哪些变化？',
  '李建华：不妨从企业的具体需求说起。',
  '王明：在新兴产业起步阶段，如何统筹发展和安全？',
  '李建华：关键是把规则立在前面。',
].join('\n');

describe('the speakers of a dialogue', () => {
  it('are found, each with the office the introduction gives', () => {
    expect(people(DIALOGUE)).toEqual(['王明:本报评论员', '李建华:城市交通研究院院长']);
  });

  it('need two turns: a single turn takes no office from a line of its own', () => {
    expect(people('李建华  城市交通研究院院长\n李建华：不妨从企业的具体需求说起。')).not.toContain('李建华:城市交通研究院院长');
  });
});

describe('a post, 是 and a name closing the clause', () => {
  it('names who holds the post', () => {
    expect(people('我们的队长是王建国，他很负责。').map((p) => p.split(':')[0])).toEqual(['王建国']);
    expect(people('他的理想是成为一名教师。')).toEqual([]);
  });
});
