import type { BuiltinSiteId } from '../types';

/**
 * The outlets whose pages the content script may run on. One list feeds the manifest's
 * host permissions and the content script's `matches`, so the two can never disagree.
 * en.people.cn is deliberately absent: English pages are out of scope.
 */
export interface SiteEntry {
  id: BuiltinSiteId;
  name: string;
  hosts: string[];
}

export const SITES: readonly SiteEntry[] = [
  { id: 'cctv.com', name: '央视网 CCTV', hosts: ['cctv.com'] },
  { id: 'chinadaily.com.cn', name: '中国日报 China Daily', hosts: ['chinadaily.com.cn'] },
  { id: 'chinanews.com', name: '中国新闻网 China News', hosts: ['chinanews.com', 'chinanews.com.cn'] },
  { id: 'gmw.cn', name: '光明网 Guangming', hosts: ['gmw.cn'] },
  { id: 'gov.cn', name: '中国政府网 gov.cn', hosts: ['gov.cn'] },
  { id: 'news.cn', name: '新华网 news.cn', hosts: ['news.cn'] },
  { id: 'people.com.cn', name: '人民网 People\'s Daily', hosts: ['people.com.cn'] },
  { id: 'qstheory.cn', name: '求是网 Qiushi', hosts: ['qstheory.cn'] },
  { id: 'xinhuanet.com', name: '新华网 Xinhua', hosts: ['xinhuanet.com'] },
  { id: 'youth.cn', name: '中国青年网 China Youth', hosts: ['youth.cn'] },
];

/** Match patterns (`*://*.people.com.cn/*` also matches the bare domain). */
export const HOST_MATCHES: string[] = SITES.flatMap((s) => s.hosts.map((h) => `*://*.${h}/*`));
