import { describe, expect, it } from 'vitest';
import { defaultSettings, likelyTargets, traditionalFor } from '@/lib/core/settings';
import { siteKey, siteKeyOfUrl } from '@/lib/core/sites';

describe('the Traditional variant a reader gets by default', () => {
  it('picks Hong Kong for zh-HK and zh-MO, Taiwan otherwise', () => {
    const auto = (languages: string[]) => traditionalFor('auto', languages);
    expect(auto(['zh-HK'])).toBe('hongkong');
    expect(auto(['zh-Hant-MO', 'en'])).toBe('hongkong');
    expect(auto(['zh-TW'])).toBe('taiwan');
    expect(auto(['en-US', 'zh-HK'])).toBe('hongkong');
    expect(auto(['zh-CN', 'zh-HK'])).toBe('taiwan');
    expect(auto(['fr'])).toBe('taiwan');
    expect(auto([])).toBe('taiwan');
  });
});

describe('the conversions prepared ahead of the reader', () => {
  it('are the reader\'s Traditional, and Simplified too on a page in Traditional', () => {
    const s = defaultSettings();
    expect(likelyTargets('simplified', s, ['en-US'])).toEqual(['taiwan']);
    expect(likelyTargets('traditional', s, ['zh-HK'])).toEqual(['hongkong', 'simplified']);
    expect(likelyTargets('mixed', s, [])).toEqual(['taiwan', 'simplified']);
    const hk = { ...s, conversion: { ...s.conversion, traditional: 'hongkong' as const } };
    expect(likelyTargets('english', hk, ['zh-TW'])).toEqual(['hongkong']);
  });
});

describe('siteKey', () => {
  it('drops www. and case', () => {
    expect(siteKey('WWW.People.com.cn')).toBe('people.com.cn');
    expect(siteKey('hn.people.com.cn')).toBe('hn.people.com.cn');
  });
  it('drops the trailing dot of a fully qualified name, so it is the same site', () => {
    expect(siteKey('www.news.cn.')).toBe('news.cn');
  });
  it('keys a web page by its address, and nothing else', () => {
    expect(siteKeyOfUrl('https://www.People.com.cn/n1/2026/1125/c1001-1.html')).toBe('people.com.cn');
    expect(siteKeyOfUrl('http://hn.people.com.cn:8080/')).toBe('hn.people.com.cn');
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'not a url']) expect(siteKeyOfUrl(url), url).toBeNull();
  });
});
