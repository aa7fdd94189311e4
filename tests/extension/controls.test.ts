import { describe, expect, it } from 'vitest';
import { commandMessage } from '@/entrypoints/background/controls';
import type { StateReply } from '@/lib/messaging';

const state = (over: Partial<StateReply>): StateReply => ({
  isArticle: true, site: 'people.com.cn', title: 't', published: null, source: null, authors: [], editors: [],
  script: 'traditional', annotated: true, counts: { figure: 1, date: 1, program: 1 },
  kinds: { figure: true, date: true, program: true }, converted: 'original', repaired: 0, sidebarOpen: false,
  page: { isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt', confidence: 1, signals: [] },
  ...over,
});

describe('keyboard commands', () => {
  it('convert to Simplified, to the browser language\'s Traditional, and back to the original', () => {
    expect(commandMessage('convert-simplified', state({}), ['en'])).toEqual({ type: 'kanbao/convert', to: 'simplified' });
    expect(commandMessage('convert-traditional', state({}), ['zh-HK'])).toEqual({ type: 'kanbao/convert', to: 'hongkong' });
    expect(commandMessage('convert-traditional', state({}), ['zh-TW'])).toEqual({ type: 'kanbao/convert', to: 'taiwan' });
    expect(commandMessage('convert-original', state({}), [])).toEqual({ type: 'kanbao/convert', to: 'original' });
  });
  it('toggle the sidebar and the highlights from the tab\'s state', () => {
    expect(commandMessage('toggle-sidebar', state({ sidebarOpen: true }), [])).toEqual({ type: 'kanbao/sidebar', open: false });
    expect(commandMessage('toggle-sidebar', state({}), [])).toEqual({ type: 'kanbao/sidebar', open: true });
    expect(commandMessage('toggle-highlights', state({ kinds: { figure: false, date: true, program: false } }), [])).toEqual({
      type: 'kanbao/highlights', kinds: { figure: false, date: false, program: false },
    });
    expect(commandMessage('toggle-highlights', state({ kinds: { figure: false, date: false, program: false } }), [])).toEqual({
      type: 'kanbao/highlights', kinds: { figure: true, date: true, program: true },
    });
  });
  it('ignores unknown commands', () => {
    expect(commandMessage('format-disk', state({}), [])).toBeNull();
  });
});
