import { describe, expect, it } from 'vitest';
import { defaultTraditional, siteKey } from '@/lib/core/settings/script-choice';

describe('defaultTraditional', () => {
  it('picks Hong Kong for zh-HK and zh-MO, Taiwan otherwise', () => {
    expect(defaultTraditional(['zh-HK'])).toBe('hongkong');
    expect(defaultTraditional(['zh-Hant-MO', 'en'])).toBe('hongkong');
    expect(defaultTraditional(['zh-TW'])).toBe('taiwan');
    expect(defaultTraditional(['en-US', 'zh-HK'])).toBe('hongkong');
    expect(defaultTraditional(['zh-CN', 'zh-HK'])).toBe('taiwan');
    expect(defaultTraditional(['fr'])).toBe('taiwan');
    expect(defaultTraditional([])).toBe('taiwan');
  });
});

describe('siteKey', () => {
  it('drops www. and case', () => {
    expect(siteKey('WWW.People.com.cn')).toBe('people.com.cn');
    expect(siteKey('hn.people.com.cn')).toBe('hn.people.com.cn');
  });
});
