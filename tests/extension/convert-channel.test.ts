import { describe, expect, it, vi } from 'vitest';
import { createConvertChannel, type PortLike } from '@/entrypoints/news.content/convert-channel';

/** A Port the test answers by hand: what was posted, and its two events. */
function fakePort() {
  const posted: { id: number; texts: string[] }[] = [];
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  let closed = false;
  const port: PortLike = {
    postMessage(m) {
      if (closed) throw new Error('Attempting to use a disconnected port object');
      posted.push(m as { id: number; texts: string[] });
    },
    disconnect() {
      closed = true;
    },
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
  };
  return {
    port,
    posted,
    answer: (m: unknown) => onMessage.forEach((l) => l(m)),
    /** The background went away: the Port closes and says so. */
    close() {
      closed = true;
      onDisconnect.forEach((l) => l());
    },
    /** Closed, but its onDisconnect has not run yet. */
    closeQuietly() {
      closed = true;
    },
  };
}

const upper = (texts: string[]) => texts.map((t) => `${t}!`);

describe('the conversion channel (content script → background)', () => {
  it('sends batches on one Port, each answered by its id, in any order', async () => {
    const p = fakePort();
    const connect = vi.fn(() => p.port);
    const send = vi.fn();
    const channel = createConvertChannel(connect, send);
    const a = channel.convert(['甲', '乙'], 'taiwan', null);
    const b = channel.convert(['丙'], 'hongkong', 'corner');
    expect(p.posted).toEqual([
      { type: 'kanbao/convert-text', id: 1, texts: ['甲', '乙'], to: 'taiwan', quotes: null },
      { type: 'kanbao/convert-text', id: 2, texts: ['丙'], to: 'hongkong', quotes: 'corner' },
    ]);
    p.answer({ type: 'kanbao/converted', id: 2, texts: ['丙!'], cjk: [1], changed: [1] });
    p.answer({ type: 'kanbao/converted', id: 1, texts: ['甲!', '乙!'] });
    expect(await a).toMatchObject({ texts: ['甲!', '乙!'] });
    expect(await b).toMatchObject({ texts: ['丙!'], cjk: [1], changed: [1] });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('ignores answers it did not ask for, and rejects a malformed or failed one', async () => {
    const p = fakePort();
    const channel = createConvertChannel(() => p.port, vi.fn());
    const a = channel.convert(['甲', '乙'], 'taiwan', null);
    const b = channel.convert(['丙'], 'taiwan', null);
    let settled = false;
    a.then(() => (settled = true), () => (settled = true));
    p.answer({ type: 'kanbao/converted', id: 9, texts: ['x', 'y'] });
    p.answer({ type: 'kanbao/other', id: 1, texts: ['x', 'y'] });
    p.answer('kanbao/converted');
    await Promise.resolve();
    expect(settled).toBe(false);
    // Wrong number of texts for batch 1; an error for batch 2.
    p.answer({ type: 'kanbao/converted', id: 1, texts: ['x'] });
    p.answer({ type: 'kanbao/converted', id: 2, error: true });
    await expect(a).rejects.toThrow('did not answer');
    await expect(b).rejects.toThrow('did not answer');
  });

  it('drops counts that do not fit the texts, keeping the texts', async () => {
    const p = fakePort();
    const channel = createConvertChannel(() => p.port, vi.fn());
    const a = channel.convert(['甲', '乙'], 'taiwan', null);
    p.answer({ type: 'kanbao/converted', id: 1, texts: ['甲', '乙'], cjk: [1], changed: [0, 0] });
    const batch = await a;
    expect(batch.texts).toEqual(['甲', '乙']);
    expect(batch.cjk).toBeUndefined();
    const b = channel.convert(['甲'], 'taiwan', null);
    p.answer({ type: 'kanbao/converted', id: 2, texts: ['甲'], cjk: [-1], changed: [0] });
    expect((await b).cjk).toBeUndefined();
  });

  it('sends what a closed Port left unanswered again by sendMessage, and opens a new Port for the next batch', async () => {
    const first = fakePort();
    const second = fakePort();
    const ports = [first, second];
    const connect = vi.fn(() => ports.shift()!.port);
    const send = vi.fn(async (m: unknown) => ({ texts: upper((m as { texts: string[] }).texts) }));
    const channel = createConvertChannel(connect, send);
    const a = channel.convert(['甲'], 'taiwan', null);
    first.close();
    expect(await a).toMatchObject({ texts: ['甲!'] });
    expect(send).toHaveBeenCalledWith({ type: 'kanbao/convert-text', texts: ['甲'], to: 'taiwan', quotes: null });
    // An answer on the closed Port changes nothing any more.
    first.answer({ type: 'kanbao/converted', id: 1, texts: ['wrong'] });
    const b = channel.convert(['乙'], 'taiwan', null);
    expect(connect).toHaveBeenCalledTimes(2);
    second.answer({ type: 'kanbao/converted', id: 2, texts: ['乙?'] });
    expect(await b).toMatchObject({ texts: ['乙?'] });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a Port closed before it said so: the batch goes by sendMessage at once', async () => {
    const first = fakePort();
    const second = fakePort();
    const ports = [first, second];
    const connect = vi.fn(() => ports.shift()!.port);
    const send = vi.fn(async (m: unknown) => ({ texts: upper((m as { texts: string[] }).texts) }));
    const channel = createConvertChannel(connect, send);
    channel.open();
    first.closeQuietly();
    expect(await channel.convert(['甲'], 'taiwan', null)).toMatchObject({ texts: ['甲!'] });
    expect(send).toHaveBeenCalledTimes(1);
    // The next batch opens a new Port.
    const b = channel.convert(['乙'], 'taiwan', null);
    second.answer({ type: 'kanbao/converted', id: 2, texts: ['乙?'] });
    expect(await b).toMatchObject({ texts: ['乙?'] });
  });

  it('without a Port (connect throws) every batch goes by sendMessage, whose answer is checked', async () => {
    const send = vi.fn(async (m: unknown) => {
      const texts = (m as { texts: string[] }).texts;
      return texts[0] === 'bad' ? { texts: [] } : { texts: upper(texts), cjk: [0], changed: [1] };
    });
    const channel = createConvertChannel(() => {
      throw new Error('Extension context invalidated.');
    }, send);
    expect(await channel.convert(['甲'], 'simplified', 'curly')).toEqual({ texts: ['甲!'], cjk: [0], changed: [1] });
    await expect(channel.convert(['bad'], 'simplified', null)).rejects.toThrow('did not answer');
  });
  it('sends a batch asked ahead with its flag, and takes a cold answer as none', async () => {
    const p = fakePort();
    const send = vi.fn();
    const channel = createConvertChannel(() => p.port, send);
    const a = channel.ahead(['甲'], 'taiwan', null);
    const b = channel.ahead(['乙'], 'simplified', null);
    expect(p.posted).toEqual([
      { type: 'kanbao/convert-text', id: 1, texts: ['甲'], to: 'taiwan', quotes: null, ahead: true },
      { type: 'kanbao/convert-text', id: 2, texts: ['乙'], to: 'simplified', quotes: null, ahead: true },
    ]);
    p.answer({ type: 'kanbao/converted', id: 1, cold: true });
    p.answer({ type: 'kanbao/converted', id: 2, texts: ['乙!'] });
    expect(await a).toBeNull();
    expect(await b).toMatchObject({ texts: ['乙!'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('never wakes the background for a batch asked ahead: no Port, or one that closed, is no answer', async () => {
    const send = vi.fn();
    const none = createConvertChannel(() => {
      throw new Error('Extension context invalidated.');
    }, send);
    expect(await none.ahead(['甲'], 'taiwan', null)).toBeNull();
    const p = fakePort();
    const channel = createConvertChannel(() => p.port, send);
    const a = channel.ahead(['甲'], 'taiwan', null);
    p.close();
    expect(await a).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('rejects a cold answer to a batch the reader asked for', async () => {
    const p = fakePort();
    const channel = createConvertChannel(() => p.port, vi.fn());
    const a = channel.convert(['甲'], 'taiwan', null);
    p.answer({ type: 'kanbao/converted', id: 1, cold: true });
    await expect(a).rejects.toThrow('did not answer');
  });
});
