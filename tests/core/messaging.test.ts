import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging';

describe('parseMessage', () => {
  it('accepts a state request', () => {
    expect(parseMessage({ type: 'kanbao/state' })).toEqual({ type: 'kanbao/state' });
  });
  it('accepts highlight switches, keeping only the kinds given', () => {
    expect(parseMessage({ type: 'kanbao/highlights', kinds: { figure: true, date: false } })).toEqual({
      type: 'kanbao/highlights',
      kinds: { figure: true, date: false },
    });
  });
  it('rejects foreign and malformed messages', () => {
    for (const bad of [
      null, undefined, 'kanbao/state', [], {}, { type: 'state' }, { type: 'kanbao/nope' }, { type: 7 },
      { type: 'kanbao/highlights' },
      { type: 'kanbao/highlights', kinds: { figure: 'yes' } },
      { type: 'kanbao/highlights', kinds: { colour: true } },
      { type: 'kanbao/highlights', kinds: [true] },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
});
