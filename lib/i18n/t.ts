/**
 * Kanbao's interface strings go through the browser's i18n: public/_locales/{en,zh_CN,zh_TW}/
 * messages.json is the only place they live, chosen by the browser's language, English by
 * default. `t(key, ...subs)` is `browser.i18n.getMessage` narrowed to the keys that exist, so a
 * misspelt key is a type error; tests/core/i18n.test.ts checks that every locale has every key.
 *
 * Components and pure core never call the browser: they take a `Translate` (its type lives in
 * lib/core/types.ts so that core may name it). Tests build one from a messages.json with
 * `translatorFor`, which follows getMessage's rules (named placeholders whose content is
 * `$1`…`$9`, `$$` for a dollar sign).
 */
import type { MessageKey, Substitution, Translate } from '@/lib/core/types';

export type { MessageKey, Translate };

/** A messages.json file as the browser reads it. */
export type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `browser.i18n.getMessage` for our keys; the key itself if the browser has no such message. */
export const t: Translate = (key, ...subs) => {
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text || key;
};

const positional = (s: string, subs: readonly Substitution[]) =>
  s.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));

/** getMessage over one messages.json, without a browser: for tests and tools. */
export function translatorFor(messages: MessagesFile): Translate {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const p = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
      return p ? p[1].content : m;
    });
    return positional(withPlaceholders, subs);
  };
}

/** The interface's language tags: one per locale Kanbao ships. */
export type UiLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

/**
 * The language Kanbao's strings are shown in, as a `lang` value: the locale the browser picked
 * for the messages (not the browser's own language, which may be one Kanbao has no strings for).
 */
export function uiLanguage(translate: Translate): UiLanguage {
  const tag = translate('ui_lang');
  return tag === 'zh-Hans' || tag === 'zh-Hant' ? tag : 'en';
}
