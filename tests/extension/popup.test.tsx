// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/PopupView';
import { queryActiveTabState } from '@/entrypoints/popup/tab-state';
import type { StateReply } from '@/lib/messaging';

const reply: StateReply = {
  isArticle: true,
  site: 'people.com.cn',
  title: '大湖之南|守護萬家燈火,溫暖一方百姓',
  published: '2023-02-03T10:44+08:00',
  source: '人民日報客戶端',
  authors: ['王雲娜', '孫超'],
  editors: ['李淑靜', '彭應兵'],
  script: 'traditional',
  annotated: true,
  counts: { figure: 60, date: 10, program: 48 },
  kinds: { figure: true, date: true, program: true },
  converted: 'original',
  repaired: 0,
  sidebarOpen: false,
  page: { isArticle: true, site: 'people.com.cn', peoplesDaily: true, template: 'rm_txt', confidence: 0.97, signals: ['url'] },
};

beforeEach(async () => {
  // The fake browser has no window until one is made, and its tabs.query also reads the
  // *previously* focused window, so focus two: the second is the popup's current window.
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.windows.create({ focused: true });
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('PopupView', () => {
  it('shows a recognised article with its site and title', () => {
    render(<PopupView state={{ status: 'ready', reply }} />);
    expect(screen.getByTestId('state').dataset.article).toBe('true');
    expect(screen.getByTestId('site').textContent).toBe('people.com.cn');
    expect(screen.getByTestId('title').textContent).toBe(reply.title);
  });
  it('says when the tab is not a page Kanbao reads', () => {
    render(<PopupView state={{ status: 'unavailable' }} />);
    expect(screen.getByTestId('state').textContent).toMatch(/Not a news page/);
  });
});

describe('queryActiveTabState', () => {
  it('asks the active tab with a kanbao/state message', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html', active: true });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    await expect(queryActiveTabState()).resolves.toEqual({ status: 'ready', reply });
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'kanbao/state' });
  });
  it('reports unavailable when no content script answers', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(queryActiveTabState()).resolves.toEqual({ status: 'unavailable' });
  });
});

describe('PopupView convert buttons', () => {
  it('offers 简 · 繁 台 · 繁 港 · 原文 on an article and reports the chosen target', async () => {
    const { fireEvent } = await import('@testing-library/preact');
    const chosen: string[] = [];
    render(<PopupView state={{ status: 'ready', reply: { ...reply, converted: 'taiwan', repaired: 95 } }} onConvert={(to) => chosen.push(to)} />);
    const buttons = [...screen.getByTestId('convert').querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['简', '繁 台', '繁 港', '原文']);
    expect(buttons.find((b) => b.dataset.to === 'taiwan')!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('repaired').textContent).toBe('95 characters repaired');
    fireEvent.click(buttons[0]!);
    fireEvent.click(buttons[3]!);
    expect(chosen).toEqual(['simplified', 'original']);
  });
});
