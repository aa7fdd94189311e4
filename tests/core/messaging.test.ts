import { describe, expect, it } from 'vitest';
import { parseBackgroundMessage, parseMessage } from '@/lib/messaging';

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
