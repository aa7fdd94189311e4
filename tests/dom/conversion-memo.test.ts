import { describe, expect, it, vi } from 'vitest';
import { createConversionMemo } from '../../lib/dom/swap/conversion-memo';

/** A stand-in converter: each 个 → 個; counts its calls and what it was sent. */
function converter(counted = true) {
  const sent: string[][] = [];
  const send = vi.fn(async (texts: string[]) => {
    sent.push(texts);
    const out = texts.map((t) => t.replaceAll('个', '個'));
    return counted ? { texts: out, cjk: texts.map((t) => t.length), changed: out.map((o, i) => (o === texts[i] ? 0 : 1)) } : out;
  });
  return { send, sent };
}

describe('the conversion memo', () => {
  it('asks only for the texts it does not have, and answers in the order asked', async () => {
    const memo = createConversionMemo();
    const c = converter();
    expect(await memo.through('taiwan|null', ['一个', '两个'], c.send)).toEqual({ texts: ['一個', '两個'], cjk: [2, 2], changed: [1, 1] });
    expect(await memo.through('taiwan|null', ['三个', '一个', '两个'], c.send)).toEqual({ texts: ['三個', '一個', '两個'], cjk: [2, 2, 2], changed: [1, 1, 1] });
    expect(c.sent).toEqual([['一个', '两个'], ['三个']]);
    // Everything kept: no call at all.
    await memo.through('taiwan|null', ['两个', '三个'], c.send);
    expect(c.send).toHaveBeenCalledTimes(2);
  });

  it('keeps each key apart (a target or a quote style converts differently)', async () => {
    const memo = createConversionMemo();
    const c = converter();
    await memo.through('taiwan|null', ['一个'], c.send);
    await memo.through('hongkong|null', ['一个'], c.send);
    await memo.through('taiwan|corner', ['一个'], c.send);
    expect(c.send).toHaveBeenCalledTimes(3);
  });

  it('gives counts only when every text has them', async () => {
    const memo = createConversionMemo();
    await memo.through('k', ['一个'], converter(true).send);
    expect(await memo.through('k', ['一个', '两个'], converter(false).send)).toEqual({ texts: ['一個', '两個'] });
    expect(await memo.through('k', ['一个'], converter(false).send)).toEqual({ texts: ['一個'], cjk: [2], changed: [1] });
  });

  it('answers null, and keeps nothing, when the converter will not convert yet', async () => {
    const memo = createConversionMemo();
    expect(await memo.through('k', ['一个'], async () => null)).toBeNull();
    const c = converter();
    await memo.through('k', ['一个'], c.send);
    expect(c.sent).toEqual([['一个']]);
  });

  it('forgets everything on clear, and does not keep an answer that was away across it', async () => {
    const memo = createConversionMemo();
    const c = converter();
    await memo.through('k', ['一个'], c.send);
    memo.clear();
    await memo.through('k', ['一个'], c.send);
    expect(c.send).toHaveBeenCalledTimes(2);
    let release!: () => void;
    const slow = vi.fn((texts: string[]) => new Promise<string[]>((r) => (release = () => r(texts.map((t) => `${t}旧`)))));
    const away = memo.through('k', ['两个'], slow);
    memo.clear();
    release();
    // The answer still reaches its caller, but is not kept: the settings it was made under changed.
    expect(await away).toEqual({ texts: ['两个旧'] });
    await memo.through('k', ['两个'], c.send);
    expect(c.sent.at(-1)).toEqual(['两个']);
  });

  it('stops keeping new answers past its size, and keeps the older ones', async () => {
    const memo = createConversionMemo(4);
    const c = converter();
    await memo.through('k', ['一个', '两个', '三个'], c.send);
    await memo.through('k', ['一个', '两个', '三个'], c.send);
    expect(c.sent).toEqual([['一个', '两个', '三个'], ['三个']]);
  });

  it('refuses an answer of the wrong length', async () => {
    const memo = createConversionMemo();
    await expect(memo.through('k', ['一个', '两个'], async () => ['一個'])).rejects.toThrow('1 results for 2 texts');
  });
});
