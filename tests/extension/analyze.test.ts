import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * jieba in the background (entrypoints/background/analyze.ts) with the wasm replaced by a spy that
 * cuts every character on its own: what is asserted is how often jieba starts and cuts, and in
 * which order requests are served.
 */
const engine = vi.hoisted(() => ({
  starts: 0,
  cuts: [] as string[],
  fail: false,
}));
vi.mock('@/lib/engines/jieba', () => ({
  createWebSegmenter: vi.fn(async () => {
    engine.starts++;
    if (engine.fail) throw new Error('no wasm');
    return {
      tag(text: string) {
        engine.cuts.push(text);
        return [...text].map((word, i) => ({ word, tag: 'x', start: i, end: i + 1 }));
      },
      tokenize: () => [],
    };
  }),
}));

type AnalyzeModule = typeof import('@/entrypoints/background/analyze');

/** A fresh module (its jieba, warm-up and memo start empty). */
async function load(): Promise<AnalyzeModule> {
  vi.resetModules();
  return import('@/entrypoints/background/analyze');
}

const msg = (text: string, known: string[] = []) => ({ type: 'kanbao/analyze' as const, text, known });
const A = '湖南省人民政府召开常务会议。'; // constructed
const B = '长沙市发布新一轮稳增长措施。'; // constructed

beforeEach(() => {
  engine.starts = 0;
  engine.cuts.length = 0;
  engine.fail = false;
});

describe('analyze (jieba in the background)', () => {
  it('cuts a text once when it is asked again, and again for another text or other names', async () => {
    const { analyze } = await load();
    const first = await analyze(msg(A));
    const again = await analyze(msg(A));
    expect('error' in first).toBe(false);
    expect({ ...again, timing: null }).toEqual({ ...first, timing: null });
    await analyze(msg(A, ['王一鸥']));
    await analyze(msg(B));
    // '中' is the start's own cut (it builds the dictionary).
    expect(engine.cuts.filter((t) => t !== '中')).toEqual([A, A, B]);
  });

  it('gives the library record and the sidebar one cut when they ask for the same text at once', async () => {
    const { analyze } = await load();
    const [record, sidebar] = await Promise.all([analyze(msg(A), 'record'), analyze(msg(A))]);
    expect({ ...sidebar, timing: null }).toEqual({ ...record, timing: null });
    expect(engine.cuts.filter((t) => t === A)).toHaveLength(1);
    expect(engine.starts).toBe(1);
  });

  it("serves a reader's request before a record that was waiting for jieba", async () => {
    const { analyze } = await load();
    const record = analyze(msg(A), 'record');
    const reader = analyze(msg(B));
    await Promise.all([record, reader]);
    expect(engine.cuts.filter((t) => t !== '中')).toEqual([B, A]);
  });

  it('starts jieba once for a warm-up and the requests that arrive while it loads', async () => {
    const { analyze, warmJieba } = await load();
    warmJieba();
    warmJieba();
    const reply = await analyze(msg(A));
    expect('error' in reply).toBe(false);
    expect(engine.starts).toBe(1);
    expect(engine.cuts[0]).toBe('中');
  });

  it('warms the cut path once the dictionary is built', async () => {
    const { warmJieba } = await load();
    warmJieba();
    await vi.waitFor(() => expect(engine.cuts.length).toBeGreaterThan(1));
    // Until the rounds are over (so that none is left running into the next test).
    for (let n = -1; n !== engine.cuts.length;) {
      n = engine.cuts.length;
      await new Promise((r) => setTimeout(r, 30));
    }
    const [dictionary, ...rounds] = engine.cuts;
    expect(dictionary).toBe('中');
    expect(new Set(rounds).size).toBe(1); // the one warm-up text (cut again if there are more rounds)
    expect(rounds[0]!.length).toBeGreaterThan(200);
  });

  it('stops warming up once a request has cut: the request never waits behind the rounds', async () => {
    const { analyze, warmJieba } = await load();
    warmJieba();
    await analyze(msg(A));
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.cuts).toEqual(['中', A]);
  });

  it('runs work that can wait (afterReaders) after the warm-up and a reader who asks just after it', async () => {
    const { afterReaders, analyze, warmJieba } = await load();
    warmJieba();
    const order: string[] = [];
    const waiting = afterReaders().then(() => order.push('deferred'));
    // The reader asks a moment later, as a page's requests arrive one after the other.
    await new Promise((r) => setTimeout(r, 10));
    const reader = analyze(msg(B)).then(() => order.push('reader'));
    await Promise.all([waiting, reader]);
    expect(order).toEqual(['reader', 'deferred']);
    expect(engine.cuts[0]).toBe('中');
  });

  it('does not hold deferred work when nothing is loading or waiting', async () => {
    const { afterReaders } = await load();
    let done = false;
    void afterReaders().then(() => (done = true));
    await vi.waitFor(() => expect(done).toBe(true), { timeout: 1000 });
    expect(engine.starts).toBe(0);
  });

  it('analyses a very long text by its first MAX_ANALYSED_CHARS, ending at a line', async () => {
    const { analyze, analysedPart, MAX_ANALYSED_CHARS } = await load();
    const line = `${'经济发展'.repeat(24)}。\n`; // 98 characters, constructed
    const long = line.repeat(Math.ceil((MAX_ANALYSED_CHARS * 2) / line.length));
    const part = analysedPart(long);
    expect(part.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(part.length).toBeGreaterThan(MAX_ANALYSED_CHARS - line.length);
    expect(long.startsWith(part)).toBe(true);
    expect(long[part.length]).toBe('\n');
    expect(analysedPart(A)).toBe(A);
    // One long line: cut at the bound itself.
    expect(analysedPart('经'.repeat(MAX_ANALYSED_CHARS + 10))).toHaveLength(MAX_ANALYSED_CHARS);

    await analyze(msg(long));
    expect(engine.cuts.filter((t) => t !== '中')).toEqual([part]);
  });

  it('reports a failed start, keeps no failed analysis, and tries again on the next request', async () => {
    const { analyze } = await load();
    engine.fail = true;
    const failed = await analyze(msg(A));
    expect(failed).toEqual({ error: 'jieba could not start: no wasm' });
    engine.fail = false;
    const retried = await analyze(msg(A));
    expect('error' in retried).toBe(false);
    expect(engine.starts).toBe(2);
  });
});
