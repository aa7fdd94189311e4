import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesUnder } from '../helpers/source-files';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, translatorFor, type MessagesFile } from '@/lib/i18n';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
const read = (loc: string): MessagesFile => JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', loc, 'messages.json'), 'utf8'));
const messages = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<(typeof LOCALES)[number], MessagesFile>;

/** Every message key the code names: `t('key'…)`, `tr('key'…)`, `__MSG_key__`, and keys in typed label maps. */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const sources = ['components', 'entrypoints', 'lib'].flatMap((d) => filesUnder(path.join(ROOT, d), /\.(tsx?|html)$/));
  sources.push(path.join(ROOT, 'wxt.config.ts'));
  for (const f of sources) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\b(?:t|tr)\(\s*'([A-Za-z0-9_@]+)'/g)) used.set(m[1]!, path.relative(ROOT, f));
    for (const m of src.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(m[1]!, path.relative(ROOT, f));
    // Label tables typed MessageKey: `: 'popup_x'`, `label: 'btn_x'`.
    if (/MessageKey/.test(src)) for (const m of src.matchAll(/(?:\w+|'\w+'):\s*'([a-z][a-z0-9]*_[a-z0-9_]+)'/g)) used.set(m[1]!, path.relative(ROOT, f));
  }
  return used;
}

const positional = (s: string) => [...new Set([...s.matchAll(/\$([1-9])/g)].map((m) => m[1]))].sort();

describe('locales', () => {
  it('has the three locales with the same keys', () => {
    const en = Object.keys(messages.en).sort();
    expect(en.length).toBeGreaterThan(150);
    for (const l of LOCALES) expect(Object.keys(messages[l]).sort(), l).toEqual(en);
  });
  it('has valid key names, unique without regard to case (as Chrome reads them)', () => {
    const keys = Object.keys(messages.en);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(keys.every((k) => !k.startsWith('@@'))).toBe(true);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });
  it('has a non-empty message for every key, and every placeholder declared', () => {
    for (const l of LOCALES) {
      for (const [k, v] of Object.entries(messages[l])) {
        expect(typeof v.message === 'string' && v.message.trim() !== '', `${l} ${k}`).toBe(true);
        const names = [...v.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
        const declared = Object.keys(v.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const n of names) expect(declared, `${l} ${k} uses $${n}$`).toContain(n);
        for (const p of Object.values(v.placeholders ?? {})) expect(p.content).toMatch(/^\$[1-9]$/);
      }
    }
  });
  it('gives each key the same substitutions in every locale', () => {
    const subs = (l: (typeof LOCALES)[number], k: string) => {
      const e = messages[l][k]!;
      return positional(Object.values(e.placeholders ?? {}).map((p) => p.content).join(' '));
    };
    for (const k of Object.keys(messages.en)) for (const l of LOCALES) expect(subs(l, k), `${l} ${k}`).toEqual(subs('en', k));
  });
  it('uses in every locale\'s message the substitutions it declares, and the same ones', () => {
    // A placeholder declared but left out of the message would drop a number from the sentence.
    const used = (l: (typeof LOCALES)[number], k: string) => {
      const e = messages[l][k]!;
      const named = e.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, n: string) =>
        Object.entries(e.placeholders ?? {}).find(([p]) => p.toLowerCase() === n.toLowerCase())?.[1].content ?? '');
      return positional(named.replace(/\$\$/g, ''));
    };
    for (const k of Object.keys(messages.en)) {
      const declared = positional(Object.values(messages.en[k]!.placeholders ?? {}).map((p) => p.content).join(' '));
      for (const l of LOCALES) expect(used(l, k), `${l} ${k}`).toEqual(declared.length ? declared : used('en', k));
    }
  });
  it('translates the Chinese locales (not English left behind), apart from names and symbols', () => {
    const same = Object.keys(messages.en).filter((k) => messages.zh_CN[k]!.message === messages.en[k]!.message && /[a-z]{3}/i.test(messages.en[k]!.message));
    expect(same.filter((k) => !['sidebar_title', 'export_csv', 'export_json'].includes(k))).toEqual([]);
  });
  it('keeps the manifest name and description short enough for the stores', () => {
    for (const l of LOCALES) {
      expect(messages[l].extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages[l].extShortName!.message.length).toBeLessThanOrEqual(12);
      expect(messages[l].extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('keys used in code', () => {
  it('every key the code names exists in all three locales', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(100);
    for (const [key, where] of used) for (const l of LOCALES) expect(messages[l][key], `${key} (${where}) in ${l}`).toBeDefined();
  });
  it('the manifest, commands and menu are localised', () => {
    const used = keysUsedInCode();
    for (const k of ['extName', 'extShortName', 'extDescription', 'cmd_toggle_sidebar', 'cmd_toggle_highlights', 'menu_annotate_selection']) {
      expect(used.has(k), k).toBe(true);
    }
  });
  it('every key in the locales is named by the code, as a string or under a prefix it completes (`fig_${kind}`)', () => {
    // A message nobody shows still costs every translator a line, and drifts unnoticed.
    const sources = ['components', 'entrypoints', 'lib'].flatMap((d) => filesUnder(path.join(ROOT, d), /\.(tsx?|html)$/));
    const code = [...sources, path.join(ROOT, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const quoted = new Set([/__MSG_([A-Za-z0-9_@]+)__/g, /['"]([A-Za-z0-9_@]+)['"]/g].flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!)));
    const prefixes = [...code.matchAll(/`([a-z][a-z0-9]*_[a-z0-9_]*)\$\{/g)].map((m) => m[1]!);
    expect(prefixes).toEqual(expect.arrayContaining(['fig_', 'prog_']));
    const unused = Object.keys(messages.en).filter((k) => !quoted.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe('t (the browser\'s i18n)', () => {
  afterEach(() => vi.restoreAllMocks());
  it('asks getMessage with the substitutions as strings, in the browser\'s language', () => {
    const zh = translatorFor(messages.zh_TW);
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((k: string, subs?: string[]) => zh(k as never, ...(subs ?? []))) as never);
    expect(t('header_counts', 51, 36)).toBe('數字 51 · 提法 36');
    expect(getMessage).toHaveBeenLastCalledWith('header_counts', ['51', '36']);
    expect(t('downloaded', 'a.csv')).toBe('已下載 a.csv');
    expect(t('section_people')).toBe('人物');
  });
  it('answers the key where the browser has no message', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('close')).toBe('close');
  });
});

describe('translatorFor (getMessage without a browser)', () => {
  const tr = translatorFor({
    hello: { message: 'Hello, $USER$! $$5 for $ITEM$', placeholders: { user: { content: '$1' }, ITEM: { content: '$2' } } },
    plain: { message: 'No substitutions' },
    direct: { message: '$1 and $2' },
  });
  it('fills named placeholders (case-insensitive) and $$', () => {
    expect(tr('hello' as never, 'Ana', 'tea')).toBe('Hello, Ana! $5 for tea');
  });
  it('fills positional substitutions and leaves missing ones empty', () => {
    expect(tr('direct' as never, 1)).toBe('1 and ');
    expect(tr('plain' as never)).toBe('No substitutions');
  });
  it('returns the key for a missing message', () => {
    expect(tr('nope' as never)).toBe('nope');
  });
  it('reads the shipped English messages', () => {
    const en = translatorFor(messages.en);
    expect(en('popup_repaired', 95)).toBe('95 characters repaired');
    expect(en('bk_err_invalid', 2, 'sidebar.mode')).toBe('This settings file has 2 bad value(s), the first at “sidebar.mode”. Nothing was changed.');
    expect(translatorFor(messages.zh_TW)('popup_site_heading', 'news.cn')).toBe('在 news.cn 上');
  });
});
