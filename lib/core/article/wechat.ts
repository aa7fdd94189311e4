import { hostUnder, OUTLETS, outletOf, webUrl } from '../sites';
import type { SiteId } from '../types';

/**
 * Articles of state outlets published outside their own sites, PURE: WeChat public-account pages
 * (the account's name says whose article it is) and the People's Daily app's web pages.
 */

/** The host of WeChat public-account articles. */
export const WECHAT_HOST = 'mp.weixin.qq.com';

/**
 * A WeChat article address: the short form `/s/<id>` and the long form `/s?__biz=…&mid=…` (its
 * `og:url` and share links use both). Other paths of the host (the account's profile, the
 * platform's own pages) are not articles.
 */
export function isWechatArticleUrl(url: string): boolean {
  const u = webUrl(url);
  if (!u || u.hostname !== WECHAT_HOST) return false;
  if (/^\/s\/[\w-]{6,}\/?$/.test(u.pathname)) return true;
  return (u.pathname === '/s' || u.pathname === '/s/') && (u.searchParams.has('__biz') || u.searchParams.has('src'));
}

/**
 * Accounts whose name is not their outlet's name: a newspaper, news agency or broadcaster whose
 * articles are on the web site of another name. The account names are the outlets' own (the
 * newspaper, agency or programme title); the pairing of paper and site is each site's own
 * masthead (人民网 "人民日报社主办", 中青在线 "中国青年报社主办", 浙江在线 hosting 浙江日报's
 * e-paper, 荆楚网 "湖北日报传媒集团主办", 上观新闻 of 解放日报, 海外网 of 人民日报海外版). Rankings of media accounts list these names, for
 * example http://rmbob.cn/a/yuqing/20170423/4377.html (人民日报, 央视新闻, 人民网, 环球时报).
 * Ids are outlet ids (built-in sites or the field registry); an id no registry knows is ignored,
 * so an account is never tied to an outlet Kanbao cannot name.
 */
const ACCOUNT_OUTLETS: readonly (readonly [account: string, outlet: SiteId | string])[] = [
  ['人民日报', 'people.com.cn'],
  ['人民日报评论', 'people.com.cn'],
  ['新华社', 'news.cn'],
  ['新华视点', 'news.cn'],
  ['新华每日电讯', 'news.cn'],
  ['央视新闻', 'cctv.com'],
  ['光明日报', 'gmw.cn'],
  ['中国青年报', 'cyol.com'],
  ['中国日报', 'chinadaily.com.cn'],
  ['中国新闻社', 'chinanews.com'],
  ['求是', 'qstheory.cn'],
  ['经济日报', 'ce.cn'],
  ['解放军报', '81.cn'],
  ['法治日报', 'legaldaily.com.cn'],
  ['人民政协报', 'rmzxb.com.cn'],
  ['环球时报', 'huanqiu.com'],
  ['中国纪检监察报', 'ccdi.gov.cn'],
  ['央广网', 'cnr.cn'],
  ['中国之声', 'cnr.cn'],
  ['南方日报', 'southcn.com'],
  ['浙江日报', 'zjol.com.cn'],
  ['湖北日报', 'cnhubei.com'],
  ['北京日报', 'bjd.com.cn'],
  ['解放日报', 'shobserver.com'],
  ['人民日报海外版', 'haiwainet.cn'],
  ['新华日报', 'xhby.net'],
  ['大众日报', 'dzwww.com'],
  ['河南日报', 'henandaily.cn'],
  ['四川日报', 'scol.com.cn'],
  ['长江日报', 'cjn.cn'],
];

/** An outlet Kanbao can name: its id and Chinese name. */
export interface NamedOutlet {
  id: SiteId;
  /** The Chinese name (`人民网`, `南方网`). */
  name: string;
}

/** Every outlet of the registry (built-in sites included) by its Chinese name. */
const FIELD: readonly NamedOutlet[] = OUTLETS.map((o) => ({ id: o.id, name: o.name }));

/** An account's name as pages write it: spaces and the zero-width marks some templates add removed. */
function normaliseAccount(name: string): string {
  return name.replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/**
 * The outlet a WeChat account belongs to, or null when its name names none (the page is still an
 * article, with no outlet). An account named for an outlet (`南方网`, `光明网`) is that outlet;
 * an account named for a paper, agency or programme goes through the table above. `outlets` is the
 * list of outlets that can be named: the field registry (`OUTLETS`, built-in sites included).
 */
export function outletOfAccount(name: string | null | undefined, outlets: readonly NamedOutlet[] = FIELD): NamedOutlet | null {
  if (!name) return null;
  const account = normaliseAccount(name);
  if (!account) return null;
  const byName = outlets.find((o) => o.name === account);
  if (byName) return { id: byName.id, name: byName.name };
  const alias = ACCOUNT_OUTLETS.find(([a]) => a === account);
  if (!alias) return null;
  const outlet = outlets.find((o) => o.id === alias[1]);
  return outlet ? { id: outlet.id, name: outlet.name } : null;
}

/** The account names the table ties to an outlet, with the outlet id (for tests and docs). */
export function accountAliases(): readonly (readonly [string, string])[] {
  return ACCOUNT_OUTLETS;
}

/**
 * A People's Daily app web page: `wap.peopleapp.com/article/<id>/<id>` (links in news pages and
 * scripts, e.g. `https://wap.peopleapp.com/article/6663134/6537479`), the newer
 * `www.peopleapp.com/article/<id>`, and 人民号 posts (`…/article/rmh<id>/rmh<id>`,
 * `www.peopleapp.com/rmharticle/<id>`), which accounts of their own (departments, local media)
 * publish on the app, so they name no outlet. Shapes read in public code that links to
 * or fetches these pages (searched in the code corpus for `peopleapp.com/article`).
 * `article`: the app's own; `account`: a 人民号 post; null: not an article page of the app.
 */
export function peopleAppPage(url: string): 'article' | 'account' | null {
  const u = webUrl(url);
  if (!u || !hostUnder(u.hostname, 'peopleapp.com')) return null;
  if (/^\/rmharticle\/\d{4,}\/?$/.test(u.pathname)) return 'account';
  const m = /^\/article\/((?:rmh)?\d{4,})(?:\/(?:rmh)?\d{4,})?\/?$/.exec(u.pathname);
  if (!m) return null;
  return m[1]!.startsWith('rmh') ? 'account' : 'article';
}

/**
 * The outlet of a People's Daily app article page: the app's own entry in the registry (人民日报客户端,
 * of the People's Daily family); a 人民号 post names none. Null for any other page.
 */
export function peopleAppOutlet(url: string): { outlet: SiteId | null; peoplesDaily: boolean } | null {
  const kind = peopleAppPage(url);
  if (!kind) return null;
  const outlet = kind === 'article' ? outletOf(webUrl(url)!.hostname) : null;
  return { outlet: outlet?.id ?? null, peoplesDaily: outlet?.peoplesDaily ?? false };
}
