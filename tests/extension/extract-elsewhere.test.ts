import { describe, expect, it, vi } from 'vitest';
import { answerExtract, warmExtractor } from '@/entrypoints/background/extract';
import { answerUsefulMs, extractInBackground, MAX_SENT_CHARS } from '@/entrypoints/news.content/extract-elsewhere';
import { extractAll } from '@/lib/core/extract';
import { parseBackgroundMessage, parseExtractionReply } from '@/lib/messaging';

// Constructed text (not from any page).
const TEXT = '2023年2月3日，某市部署落实“放管服”改革和《政府工作报告》。\n全年地区生产总值增长5.2%，新增就业12万余人，约三分之一来自民营企业。';
const PUBLISHED = '2023-02-04T08:00+08:00';

describe('kanbao/extract: the request', () => {
  it('is accepted with a text and a publication time or null, and nothing else', () => {
    expect(parseBackgroundMessage({ type: 'kanbao/extract', text: TEXT, published: PUBLISHED }))
      .toEqual({ type: 'kanbao/extract', text: TEXT, published: PUBLISHED });
    expect(parseBackgroundMessage({ type: 'kanbao/extract', text: TEXT, published: null, extra: 1 }))
      .toEqual({ type: 'kanbao/extract', text: TEXT, published: null });
    for (const bad of [
      { type: 'kanbao/extract', text: 5, published: null },
      { type: 'kanbao/extract', published: null },
      { type: 'kanbao/extract', text: TEXT, published: 20230204 },
      { type: 'kanbao/extract', text: TEXT },
      { type: 'kanbao/extract', text: TEXT, published: 'x'.repeat(65) },
      { type: 'kanbao/extract', text: TEXT, published: null, useBy: '1700000000000' },
      { type: 'kanbao/extract', text: TEXT, published: null, useBy: Number.NaN },
      { type: 'kanbao/extract', text: TEXT, published: null, useBy: Infinity },
      { type: 'kanbao/extract', text: TEXT, published: null, useBy: -5 },
    ]) expect(parseBackgroundMessage(bad)).toBeNull();
  });

  it('keeps the time after which the answer is of no use', () => {
    expect(parseBackgroundMessage({ type: 'kanbao/extract', text: TEXT, published: null, useBy: 1_700_000_000_000 }))
      .toEqual({ type: 'kanbao/extract', text: TEXT, published: null, useBy: 1_700_000_000_000 });
  });

  it('is answered with null, without extracting, once the annotator no longer uses the answer', () => {
    const msg = { type: 'kanbao/extract' as const, text: TEXT, published: PUBLISHED, useBy: 1_000_000 };
    expect(answerExtract(msg, 1_000_001)).toBeNull();
    expect(answerExtract(msg, 1_000_000)).toEqual(extractAll(TEXT, { published: PUBLISHED }));
    // A request that names no such time is always answered.
    expect(answerExtract({ type: 'kanbao/extract', text: TEXT, published: PUBLISHED }, 9e15)).toEqual(extractAll(TEXT, { published: PUBLISHED }));
  });

  it('is answered with the same extraction as the command line\'s', () => {
    const msg = parseBackgroundMessage({ type: 'kanbao/extract', text: TEXT, published: PUBLISHED });
    if (msg?.type !== 'kanbao/extract') throw new Error('not parsed');
    const x = answerExtract(msg)!;
    expect(x).toEqual(extractAll(TEXT, { published: PUBLISHED }));
    expect(x.figures.length + x.dates.length + x.programs.length).toBeGreaterThan(4);
  });
});

describe('the background\'s warm-up', () => {
  it('runs the extractor once per background, after the current task', () => {
    vi.useFakeTimers();
    try {
      warmExtractor();
      warmExtractor();
      expect(vi.getTimerCount()).toBe(1);
      vi.runAllTimers();
      warmExtractor();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('kanbao/extract: the answer, as the annotator reads it', () => {
  const x = extractAll(TEXT, { published: PUBLISHED });
  // What a message delivers: a copy, without prototypes or functions.
  const delivered = () => structuredClone(x);

  it('rebuilds a well-formed answer exactly', () => {
    const got = parseExtractionReply(delivered(), TEXT);
    expect(got).toEqual(x);
    expect(got?.figures[0]).not.toBe(x.figures[0]);
  });

  it('refuses an answer whose spans do not fit the text that was sent', () => {
    const moved = delivered();
    moved.figures[0]!.start += 1;
    const beyond = delivered();
    beyond.dates[0]!.end = TEXT.length + 1;
    const badKind = delivered();
    (badKind.programs[0] as { kind: string }).kind = 'speech';
    const missing = { figures: x.figures, dates: x.dates };
    for (const bad of [moved, beyond, badKind, missing, null, 'figures', []]) expect(parseExtractionReply(bad, TEXT)).toBeNull();
    expect(parseExtractionReply(delivered(), `${TEXT}。`.slice(1))).toBeNull();
  });
});

describe('extractInBackground (the annotator\'s side)', () => {
  const answering = () => {
    const sent: unknown[] = [];
    const send = (m: unknown) => {
      sent.push(m);
      return Promise.resolve(structuredClone(extractAll(TEXT, { published: PUBLISHED })));
    };
    return { sent, elsewhere: extractInBackground(send) };
  };

  it('asks once: the annotator gets the answer to the request sent when the article was read', async () => {
    const { sent, elsewhere } = answering();
    const before = Date.now();
    elsewhere.ask(TEXT, PUBLISHED);
    expect(sent).toEqual([{ type: 'kanbao/extract', text: TEXT, published: PUBLISHED, useBy: expect.any(Number) }]);
    // Of use for longer than the annotator waits before extracting on its own (25 ms + 1 ms per 1,000 characters).
    const useBy = (sent[0] as { useBy: number }).useBy;
    expect(useBy - before).toBeGreaterThanOrEqual(answerUsefulMs(TEXT.length));
    expect(answerUsefulMs(TEXT.length)).toBeGreaterThan(2 * (25 + TEXT.length / 1000));
    expect(await elsewhere(TEXT, PUBLISHED)).toEqual(extractAll(TEXT, { published: PUBLISHED }));
    expect(sent).toHaveLength(1);
    // A second annotation (after clear) asks again, and so does a third.
    await elsewhere(TEXT, PUBLISHED);
    expect(sent).toHaveLength(2);
    await elsewhere(TEXT, PUBLISHED);
    expect(sent).toHaveLength(3);
  });

  it('asks again when the text read differs from the one asked about', async () => {
    const { sent, elsewhere } = answering();
    elsewhere.ask(`${TEXT}\n`, PUBLISHED);
    await elsewhere(TEXT, PUBLISHED);
    expect(sent.map((m) => (m as { text: string }).text)).toEqual([`${TEXT}\n`, TEXT]);
  });

  it('sends no text over the limit: the page extracts a long article itself', async () => {
    const { sent, elsewhere } = answering();
    const long = TEXT.repeat(Math.ceil((MAX_SENT_CHARS + 1) / TEXT.length));
    elsewhere.ask(long, null);
    expect(await elsewhere(long, null)).toBeNull();
    expect(sent).toEqual([]);
  });

  it('answers null for a malformed answer, and rejects when the message fails', async () => {
    const wrong = extractInBackground(() => Promise.resolve({ figures: [{ text: 'x', start: 0, end: 1 }], dates: [], programs: [] }));
    expect(await wrong(TEXT, null)).toBeNull();
    const none = extractInBackground(() => Promise.resolve(undefined));
    expect(await none(TEXT, null)).toBeNull();
    const failing = extractInBackground(() => Promise.reject(new Error('Receiving end does not exist')));
    failing.ask(TEXT, null);
    await expect(failing(TEXT, null)).rejects.toThrow('Receiving end');
  });
});
