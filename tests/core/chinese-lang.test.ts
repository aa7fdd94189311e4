import { describe, expect, it } from 'vitest';
import { chineseLang } from '../../lib/core/text';
import { translatorFor, uiLanguage } from '../../lib/i18n';
import { messages } from '../extension/helpers';

// Constructed strings.
describe('chineseLang: a lang tag by script', () => {
  it('tags Simplified and Traditional text by their script', () => {
    expect(chineseLang('增强政治意识、大局意识、核心意识、看齐意识')).toBe('zh-Hans');
    expect(chineseLang('增強政治意識、大局意識、核心意識、看齊意識')).toBe('zh-Hant');
  });
  it('says plain zh when the text cannot tell', () => {
    expect(chineseLang('人民')).toBe('zh');
    expect(chineseLang('')).toBe('zh');
  });
});

describe('uiLanguage: the lang of the strings shown', () => {
  it('is the locale of the messages, not the browser\'s language', () => {
    expect(uiLanguage(translatorFor(messages('en')))).toBe('en');
    expect(uiLanguage(translatorFor(messages('zh_CN')))).toBe('zh-Hans');
    expect(uiLanguage(translatorFor(messages('zh_TW')))).toBe('zh-Hant');
  });
  it('falls back to English for a message it does not know', () => {
    expect(uiLanguage(() => 'ui_lang')).toBe('en');
  });
});
