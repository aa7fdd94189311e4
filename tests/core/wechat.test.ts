import { describe, expect, it } from 'vitest';
import { accountAliases, isWechatArticleUrl, outletOfAccount, peopleAppPage, type NamedOutlet } from '@/lib/core/article';
import { outletById } from '@/lib/core/sites';

describe('WeChat article addresses', () => {
  it('takes the short and the long form of an article address', () => {
    expect(isWechatArticleUrl('https://mp.weixin.qq.com/s/AbCdEfGh12345-_x')).toBe(true);
    expect(isWechatArticleUrl('http://mp.weixin.qq.com/s?__biz=MzI2MzEwNTY3OQ==&mid=2648978231&idx=1&sn=dd09#rd')).toBe(true);
    expect(isWechatArticleUrl('https://MP.WEIXIN.QQ.COM/s/AbCdEfGh12345')).toBe(true);
  });
  it('leaves other pages of the host and other hosts out', () => {
    expect(isWechatArticleUrl('https://mp.weixin.qq.com/')).toBe(false);
    expect(isWechatArticleUrl('https://mp.weixin.qq.com/s')).toBe(false); // no article named
    expect(isWechatArticleUrl('https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzI2')).toBe(false);
    expect(isWechatArticleUrl('https://weixin.qq.com/s/AbCdEfGh12345')).toBe(false);
    expect(isWechatArticleUrl('https://mp.weixin.qq.com.example.org/s/AbCdEfGh12345')).toBe(false);
    expect(isWechatArticleUrl('not a url')).toBe(false);
  });
});

describe('the outlet a WeChat account names', () => {
  it('maps central media accounts named for their paper, agency or programme', () => {
    expect(outletOfAccount('人民日报')).toEqual({ id: 'people.com.cn', name: '人民网' });
    expect(outletOfAccount('新华社')?.id).toBe('news.cn');
    expect(outletOfAccount('央视新闻')?.id).toBe('cctv.com');
    expect(outletOfAccount('光明日报')?.id).toBe('gmw.cn');
    expect(outletOfAccount('求是')?.id).toBe('qstheory.cn');
  });
  it('maps an account named for an outlet by the outlet’s Chinese name', () => {
    expect(outletOfAccount('光明网')?.id).toBe('gmw.cn');
    expect(outletOfAccount('中国政府网')?.id).toBe('gov.cn');
  });
  it('reads the name as pages write it: spaces and zero-width marks aside', () => {
    expect(outletOfAccount('  人民日报\n ')?.id).toBe('people.com.cn');
    expect(outletOfAccount('人民\u200b日报')?.id).toBe('people.com.cn');
  });
  it('names no outlet for other accounts, near misses and nothing', () => {
    for (const name of ['街坊读书会', '未闻Code', '人民日报社区', '日报', '', null, undefined]) {
      expect(outletOfAccount(name)).toBeNull();
    }
  });
  it('maps only to outlets of the list it is given', () => {
    const field: NamedOutlet[] = [
      { id: 'southcn.com', name: '南方网' },
      { id: 'zjol.com.cn', name: '浙江在线' },
    ];
    expect(outletOfAccount('南方日报', field)).toEqual({ id: 'southcn.com', name: '南方网' });
    expect(outletOfAccount('浙江日报', field)?.id).toBe('zjol.com.cn');
    expect(outletOfAccount('南方网', field)?.id).toBe('southcn.com');
    // An alias whose outlet the list does not hold names nothing rather than a guess.
    expect(outletOfAccount('人民日报', field)).toBeNull();
  });
  it('ties every account of the table to one outlet of the registry', () => {
    const aliases = accountAliases();
    const names = aliases.map(([a]) => a);
    expect(new Set(names).size).toBe(names.length);
    for (const [account, id] of aliases) {
      expect(outletById(id), `${account} → ${id}`).not.toBeNull();
      expect(outletOfAccount(account)!.id).toBe(id);
    }
  });
  it('maps provincial papers’ accounts to their sites in the registry', () => {
    expect(outletOfAccount('南方日报')).toEqual({ id: 'southcn.com', name: '南方网' });
    expect(outletOfAccount('浙江日报')?.id).toBe('zjol.com.cn');
    expect(outletOfAccount('湖北日报')?.id).toBe('cnhubei.com');
    expect(outletOfAccount('中国青年报')?.id).toBe('cyol.com');
    // Named for the outlet itself.
    expect(outletOfAccount('澎湃新闻')?.id).toBe('thepaper.cn');
  });
});

describe('People’s Daily app pages', () => {
  it('takes the app’s article addresses, old and new', () => {
    expect(peopleAppPage('https://wap.peopleapp.com/article/7318277/7155177')).toBe('article');
    expect(peopleAppPage('https://wap.peopleapp.com/article/5272803/5178438?utm_source=weibo')).toBe('article');
    expect(peopleAppPage('https://www.peopleapp.com/article/500007496230')).toBe('article');
  });
  it('tells 人民号 posts apart: published on the app by others', () => {
    expect(peopleAppPage('https://wap.peopleapp.com/article/rmh36174922/rmh36174922')).toBe('account');
  });
  it('leaves the app’s other pages and other hosts out', () => {
    expect(peopleAppPage('https://www.peopleapp.com/newspaper')).toBeNull();
    expect(peopleAppPage('https://www.peopleapp.com/')).toBeNull();
    expect(peopleAppPage('https://wap.peopleapp.com/article/')).toBeNull();
    expect(peopleAppPage('https://peopleapp.example.com/article/7318277/7155177')).toBeNull();
  });
});
