import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translatorFor, type MessagesFile, type Translate } from '@/lib/i18n/t';
import type { StateReply } from '@/lib/messaging';

const ROOT = path.resolve(__dirname, '../..');
export const messages = (locale = 'en'): MessagesFile =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

/** The shipped English strings, as components receive them. */
export const en: Translate = translatorFor(messages('en'));

/** Makes the fake browser's i18n answer from a shipped locale (it has no i18n of its own). */
export function fakeI18n(locale = 'en'): void {
  const tr = translatorFor(messages(locale));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    tr(key as never, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]))) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale.replace('_', '-'));
}

/** The seed article's state as its annotator reports it. */
export const seedReply: StateReply = {
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

export const SEED_URL = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';

/** The fake browser needs two focused windows before tabs.query({ currentWindow }) finds the popup's. */
export async function fakeWindows(): Promise<void> {
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.windows.create({ focused: true });
}

export const flush = () => new Promise((r) => setTimeout(r, 0));

/** Waits until `fn` stops throwing (Testing Library's waitFor, without its DOM polling). */
export async function eventually<T>(fn: () => T, ms = 2000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
