import { describe, expect, it } from 'vitest';
import { peopleReader } from './people-reader';

// Constructed sentences (names made of common Tibetan name words, no real person meant): Tibetan
// names have no surname, so they are found by their words and the evidence around them.

const { people } = peopleReader();

describe('Tibetan names', () => {
  it('are found whole after a role or a post, and before a speech verb', () => {
    expect(people('牧民扎西次仁赶着羊群走过山坡。')).toEqual(['扎西次仁:牧民']);
    expect(people('村党支部书记强巴介绍，村里修了新路。')).toEqual(['强巴:村党支部书记']);
    expect(people('“日子越过越好了。”央金拉姆笑着说。')).toEqual(['央金拉姆:']);
    expect(people('卓嘎说，孩子们都上了大学。')).toEqual(['卓嘎:']);
  });

  it('are found in bylines and in either script', () => {
    expect(people('记者索朗旺堆、达瓦次仁报道')).toEqual(['索朗旺堆:记者', '达瓦次仁:记者']);
    expect(people('牧民紮西次仁趕著羊群走過山坡。')).toEqual(['紮西次仁:牧民']);
  });

  it('are not the places, flowers and greetings written with the same words', () => {
    expect(people('格桑花开满了山坡。')).toEqual([]);
    expect(people('代表团抵达洛桑，出席会议。')).toEqual([]);
    expect(people('游客在罗布林卡参观。')).toEqual([]);
    expect(people('尼玛县今年粮食丰收。')).toEqual([]);
  });

  it('need evidence: a name word alone in running text is no one', () => {
    expect(people('今年的扎西岗乡变化很大。')).toEqual([]);
    expect(people('这首歌叫卓玛，大家都会唱。')).toEqual([]);
  });
});
