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

/** Whether a granted match pattern covers an asked one (any-host covers all; a domain its subdomains). */
function covers(granted: string, asked: string): boolean {
  if (granted === asked || granted === '*://*/*') return true;
  const g = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(granted)?.[1];
  const a = /^\*:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(asked)?.[1];
  return !!g && !!a && (a === g || a.endsWith(`.${g}`));
}

/**
 * A browser's host permissions for the fake browser, which has none: a granted set, a prompt the
 * test answers with `grant`, and the onAdded/onRemoved events, fired by Kanbao's own requests and
 * by `revoke` (the reader taking a permission back in the browser's own settings).
 */
export function fakePermissions(grant: boolean | ((origins: string[]) => boolean) = true) {
  const granted = new Set<string>();
  const decide = typeof grant === 'function' ? grant : () => grant;
  const added: ((p: { origins?: string[] }) => void)[] = [];
  const removed: ((p: { origins?: string[] }) => void)[] = [];
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins?: string[] }) => {
    const asked = p.origins ?? [];
    if (!decide(asked)) return false;
    const fresh = asked.filter((o) => !granted.has(o));
    for (const o of fresh) granted.add(o);
    if (fresh.length) for (const l of added) l({ origins: fresh });
    return true;
  }) as never);
  const drop = (origins: string[]) => {
    const gone = origins.filter((o) => granted.delete(o));
    if (gone.length) for (const l of removed) l({ origins: gone });
    return gone.length > 0;
  };
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins?: string[] }) => drop(p.origins ?? [])) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => [...granted].some((g) => covers(g, o)))) as never);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(((l: never) => void added.push(l)) as never);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(((l: never) => void removed.push(l)) as never);
  for (const ev of ['onAdded', 'onRemoved'] as const) vi.spyOn(fakeBrowser.permissions[ev], 'removeListener').mockImplementation(() => {});
  return {
    request, remove, granted,
    /** The reader revokes origins in the browser's own page. */
    revoke: (origins: string[]) => drop(origins),
    /** The reader grants origins from the browser's own menu. */
    allow: (origins: string[]) => {
      for (const o of origins) granted.add(o);
      for (const l of added) l({ origins });
    },
  };
}
