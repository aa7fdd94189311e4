import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/core/article';
import { extractAll } from '@/lib/core/extract';
import { parseBackgroundMessage, parseConvertPortReply, parseMessage } from '@/lib/messaging';

describe('parseMessage (content script)', () => {
  it('accepts every request type in its well-formed shape', () => {
    expect(parseMessage({ type: 'kanbao/state' })).toEqual({ type: 'kanbao/state' });
    expect(parseMessage({ type: 'kanbao/rescan', extra: 1 })).toEqual({ type: 'kanbao/rescan' });
    expect(parseMessage({ type: 'kanbao/highlights', kinds: { figure: true, date: false } })).toEqual({
      type: 'kanbao/highlights',
      kinds: { figure: true, date: false },
    });
    for (const to of ['simplified', 'taiwan', 'hongkong', 'original']) {
      expect(parseMessage({ type: 'kanbao/convert', to })).toEqual({ type: 'kanbao/convert', to });
    }
    expect(parseMessage({ type: 'kanbao/sidebar', open: false })).toEqual({ type: 'kanbao/sidebar', open: false });
    expect(parseMessage({ type: 'kanbao/annotate-page', force: 1 })).toEqual({ type: 'kanbao/annotate-page' });
    expect(parseMessage({ type: 'kanbao/annotate-selection', text: '增长61.6%', extra: true })).toEqual({
      type: 'kanbao/annotate-selection', text: '增长61.6%',
    });
  });
  it('rejects foreign and malformed messages', () => {
    for (const bad of [
      null, undefined, 'kanbao/state', [], {}, { type: 'state' }, { type: 'kanbao/nope' }, { type: 7 },
      { type: 'kanbao/highlights' },
      { type: 'kanbao/highlights', kinds: { figure: 'yes' } },
      { type: 'kanbao/highlights', kinds: { colour: true } },
      { type: 'kanbao/highlights', kinds: [true] },
      { type: 'kanbao/convert', to: 'twp' },
      { type: 'kanbao/convert' },
      { type: 'kanbao/sidebar', open: 'yes' },
      { type: 'kanbao/annotate-selection' },
      { type: 'kanbao/annotate-selection', text: 7 },
      { type: 'kanbao/annotate-selection', text: '  \n ' },
      { type: 'kanbao/annotate-selection', text: 'x'.repeat(200_001) },
      { type: 'kanbao/convert-text', texts: ['a'], to: 'taiwan' }, // background-only
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
});

describe('parseBackgroundMessage', () => {
  it('accepts conversion batches, analysis requests and badge counts', () => {
    expect(parseBackgroundMessage({ type: 'kanbao/convert-text', texts: ['干部'], to: 'taiwan' })).toEqual({
      type: 'kanbao/convert-text', texts: ['干部'], to: 'taiwan', quotes: null,
    });
    expect(parseBackgroundMessage({ type: 'kanbao/analyze', text: '正文', known: ['王雲娜'] })).toEqual({
      type: 'kanbao/analyze', text: '正文', known: ['王雲娜'],
    });
    expect(parseBackgroundMessage({ type: 'kanbao/badge', count: 84 })).toEqual({ type: 'kanbao/badge', count: 84 });
  });
  it('keeps a batch\'s `ahead` flag when set, and drops a false one', () => {
    const batch = { type: 'kanbao/convert-text', texts: ['干部'], to: 'taiwan', quotes: null };
    expect(parseBackgroundMessage({ ...batch, ahead: true })).toEqual({ ...batch, ahead: true });
    expect(parseBackgroundMessage({ ...batch, ahead: false })).toEqual(batch);
    expect(parseBackgroundMessage({ ...batch, ahead: 'yes' })).toBeNull();
  });
  it('reads an answer on the conversion Port: texts, a failure, or a batch asked ahead left cold', () => {
    expect(parseConvertPortReply({ type: 'kanbao/converted', id: 3, cold: true })).toEqual({ type: 'kanbao/converted', id: 3, cold: true });
    expect(parseConvertPortReply({ type: 'kanbao/converted', id: 3, cold: 1 })).toBeNull();
    expect(parseConvertPortReply({ type: 'kanbao/converted', id: 3, error: true })).toEqual({ type: 'kanbao/converted', id: 3, error: true });
    expect(parseConvertPortReply({ type: 'kanbao/converted', id: 3, texts: ['幹部'] })).toEqual({ type: 'kanbao/converted', id: 3, texts: ['幹部'] });
  });
  it('reads kanbao/warm as the bare request, dropping any field a sender added', () => {
    expect(parseBackgroundMessage({ type: 'kanbao/warm' })).toEqual({ type: 'kanbao/warm' });
    expect(parseBackgroundMessage({ type: 'kanbao/warm', tabId: 3, text: 'x' })).toEqual({ type: 'kanbao/warm' });
    expect(parseBackgroundMessage({ type: 'kanbao/Warm' })).toBeNull();
    // It is the background's: a content script's own listener does not take it.
    expect(parseMessage({ type: 'kanbao/warm' })).toBeNull();
  });
  it('rejects malformed, oversized and content-script-only messages', () => {
    for (const bad of [
      { type: 'kanbao/convert-text', texts: 'abc', to: 'taiwan' },
      { type: 'kanbao/convert-text', texts: [1], to: 'taiwan' },
      { type: 'kanbao/convert-text', texts: ['a'], to: 'original' },
      { type: 'kanbao/convert-text', texts: ['a'], to: 'taiwan', quotes: 'fancy' },
      { type: 'kanbao/convert-text', texts: ['x'.repeat(8_000_001)], to: 'taiwan' },
      { type: 'kanbao/analyze', text: 1, known: [] },
      { type: 'kanbao/analyze', text: 'a' },
      { type: 'kanbao/badge', count: -1 },
      { type: 'kanbao/badge', count: 1.5 },
      { type: 'kanbao/state' },
    ]) {
      expect(parseBackgroundMessage(bad)).toBeNull();
    }
  });
});

describe('library messages', () => {
  // A constructed article: its spans come from the real extractors, so they have every field the annotator sends.
  const text = '大湖之南：2022年全省刑事警情同比下降12.5%。\n“一项目、一领导、一警官”工作责任机制覆盖3万余个项目。';
  const extraction = extractAll(text, { published: '2023-02-03T10:44+08:00' });
  const doc = {
    input: 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html',
    url: 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html',
    page: { isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt', confidence: 0.99, signals: ['copyright'] },
    article: { ...articleFromText(text), title: '大湖之南', published: '2023-02-03T10:44+08:00', authors: ['王雲娜'] },
    ...extraction,
  };
  const record = (over: Record<string, unknown> = {}) => ({ type: 'kanbao/library/record', doc: { ...doc, ...over } });

  it('the constructed article has a figure, a date and a program to carry', () => {
    expect(extraction.figures.length).toBeGreaterThan(0);
    expect(extraction.dates.length).toBeGreaterThan(0);
    expect(extraction.programs.length).toBeGreaterThan(0);
  });
  it('accepts a record and rebuilds the document from its own fields (extra fields dropped)', () => {
    const raw = record({ keywords: [{ word: 'x' }], extra: 1 });
    const m = parseBackgroundMessage(raw);
    expect(m).toEqual({ type: 'kanbao/library/record', doc });
    if (m?.type !== 'kanbao/library/record') throw new Error('not a record');
    expect(m.doc).not.toBe(raw.doc);
    expect(m.doc.figures[0]).not.toBe(doc.figures[0]);
    expect('keywords' in m.doc).toBe(false);
  });
  it('accepts status and open requests in their shapes', () => {
    expect(parseBackgroundMessage({ type: 'kanbao/library/status', url: 'https://news.cn/a.html' })).toEqual({ type: 'kanbao/library/status', url: 'https://news.cn/a.html' });
    expect(parseBackgroundMessage({ type: 'kanbao/library/open' })).toEqual({ type: 'kanbao/library/open' });
    expect(parseBackgroundMessage({ type: 'kanbao/library/open', view: 'program', key: '“一项目、一领导、一警官”工作责任机制', x: 1 })).toEqual({
      type: 'kanbao/library/open', view: 'program', key: '“一项目、一领导、一警官”工作责任机制',
    });
  });
  it('rejects malformed library messages', () => {
    const fig = doc.figures[0]!;
    for (const bad of [
      { type: 'kanbao/library/record' },
      { type: 'kanbao/library/nope' },
      record({ url: null }),
      record({ url: 'javascript:alert(1)' }),
      record({ url: `http://a.cn/${'x'.repeat(5000)}` }),
      record({ page: { ...doc.page, isArticle: false } }),
      record({ page: { ...doc.page, confidence: 2 } }),
      record({ article: { ...doc.article, script: 'klingon' } }),
      record({ article: { ...doc.article, text: 7 } }),
      record({ article: { ...doc.article, authors: 'x' } }),
      record({ article: { ...doc.article, paragraphs: [{ start: 0, end: 9999, caption: false }] } }),
      // A span must be the text at its offsets, with known kinds and finite values.
      record({ figures: [{ ...fig, text: '99%' }] }),
      record({ figures: [{ ...fig, end: text.length + 1 }] }),
      record({ figures: [{ ...fig, kind: 'weight' }] }),
      record({ figures: [{ ...fig, value: Number.NaN }] }),
      record({ figures: [{ ...fig, value: [1] }] }),
      record({ figures: [{ ...fig, approx: 'maybe' }] }),
      record({ figures: [fig, 'x'] }),
      record({ dates: [{ ...doc.dates[0]!, kind: 'era' }] }),
      record({ dates: [{ ...doc.dates[0]!, lunar: { month: 'ten' } }] }),
      record({ programs: [{ ...doc.programs[0]!, name: '' }] }),
      record({ programs: 'all' }),
      record({ figures: Array.from({ length: 20_001 }, () => fig) }),
      { type: 'kanbao/library/status' },
      { type: 'kanbao/library/status', url: 'file:///etc/passwd' },
      { type: 'kanbao/library/status', url: 'not a url' },
      { type: 'kanbao/library/open', view: 'settings' },
      { type: 'kanbao/library/open', key: '   ' },
      { type: 'kanbao/library/open', key: 'x'.repeat(501) },
    ]) {
      expect(parseBackgroundMessage(bad), JSON.stringify(bad).slice(0, 120)).toBeNull();
    }
  });
  it('are background messages only', () => {
    expect(parseMessage(record())).toBeNull();
    expect(parseMessage({ type: 'kanbao/library/open' })).toBeNull();
  });
});
