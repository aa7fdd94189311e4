import { describe, expect, it } from 'vitest';
import { articleKey } from '@/lib/core/library';

const BIG5 = 'http://hn.people.com.cn/BIG5/n2/2023/0203/c356883-40290005.html';
const SIMPLIFIED = 'http://hn.people.com.cn/n2/2023/0203/c356883-40290005.html';

describe('articleKey', () => {
  it('gives the Traditional (/BIG5/) and Simplified editions of a People\'s Daily article one key', () => {
    expect(articleKey(BIG5)).toBe(articleKey(SIMPLIFIED));
    expect(articleKey(SIMPLIFIED)).toBe('hn.people.com.cn/n2/2023/0203/c356883-40290005.html');
    expect(articleKey('http://hn.people.com.cn/big5/n2/2023/0203/c356883-40290005.html')).toBe(articleKey(SIMPLIFIED));
  });

  it('ignores the scheme, the fragment, www., the host\'s case and a default port', () => {
    const k = articleKey('http://www.news.cn/politics/2024-05/10/c_1130141.htm');
    expect(articleKey('https://www.news.cn/politics/2024-05/10/c_1130141.htm')).toBe(k);
    expect(articleKey('https://news.cn/politics/2024-05/10/c_1130141.htm#p2')).toBe(k);
    expect(articleKey('HTTPS://WWW.NEWS.CN:443/politics/2024-05/10/c_1130141.htm')).toBe(k);
  });

  it('drops tracking parameters and keeps (sorted) the ones that name the page', () => {
    const plain = articleKey('https://www.gov.cn/zhengce/content/202401/content_6925.htm');
    expect(articleKey('https://www.gov.cn/zhengce/content/202401/content_6925.htm?utm_source=wechat&utm_medium=share&spm=a.b.c&from=timeline&isappinstalled=0')).toBe(plain);
    const withId = articleKey('https://example.cn/show.php?id=42&page=2&utm_campaign=x');
    expect(withId).toBe('example.cn/show.php?id=42&page=2');
    expect(articleKey('https://example.cn/show.php?page=2&id=42')).toBe(withId);
    expect(articleKey('https://example.cn/show.php?id=43&page=2')).not.toBe(withId);
  });

  it('keeps different articles apart', () => {
    expect(articleKey('http://hn.people.com.cn/n2/2023/0203/c356883-40290006.html')).not.toBe(articleKey(SIMPLIFIED));
    // The Traditional prefix is the path's first segment only: a BIG5 deeper in the path is part of the page's name.
    expect(articleKey('http://example.cn/news/BIG5/1.html')).toBe('example.cn/news/BIG5/1.html');
    expect(articleKey('http://gb.example.cn/n2/1.html')).not.toBe(articleKey('http://example.cn/n2/1.html'));
  });

  it('treats a trailing slash as the same page and keeps a text input\'s name as its key', () => {
    expect(articleKey('https://example.cn/a/b/')).toBe(articleKey('https://example.cn/a/b'));
    expect(articleKey('https://example.cn')).toBe('example.cn/');
    expect(articleKey(' notes.txt ')).toBe('notes.txt');
    expect(articleKey('ftp://example.cn/a')).toBe('ftp://example.cn/a');
  });
});
