import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging';

describe('parseMessage', () => {
  it('accepts a state request', () => {
    expect(parseMessage({ type: 'kanbao/state' })).toEqual({ type: 'kanbao/state' });
  });
  it('rejects foreign and malformed messages', () => {
    for (const bad of [null, undefined, 'kanbao/state', [], {}, { type: 'state' }, { type: 'kanbao/nope' }, { type: 7 }]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
});
