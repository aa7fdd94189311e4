import { detect, isWechatArticleUrl, outletOfAccount, peopleAppOutlet, peopleAppPage, WECHAT_HOST } from '../../../core/article';
import { webUrl } from '../../../core/sites';
import type { PageInfo } from '../../../core/types';
import { readPageSignals } from '../page-signals';
import { runsIn, scanRuns } from '../runs';
import { collapse, trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * WeChat public-account articles (mp.weixin.qq.com). State media publish there under accounts
 * named for the outlet (人民日报, 新华社, 央视新闻, 南方日报 …), so the page is read as an article
 * of the outlet the account names. The page's own markup: the title `#activity-name`, the account
 * `#js_name` (also `var nickname = "…"` in a script), the author `#js_author_name` (or the
 * `author` meta), the time `#publish_time` (written by a script from `var ct = "<unix seconds>"`,
 * so a saved page may show 昨天 or nothing there) and the body `#js_content`.
 */

/** `var nickname = "人民日报"` and the newer `var nickname = htmlDecode("…")`. */
const NICKNAME_VAR = /var\s+nickname\s*=\s*(?:htmlDecode\(\s*)?(['"])([^'"\n]{1,64})\1/;
/** `var ct = "1581517074"`: the publication time in Unix seconds. */
const CT_VAR = /var\s+ct\s*=\s*(['"]?)(\d{9,11})\1/;
/** A shown time that is a date (`2020-02-12 22:17`, `2020年2月12日 22:17`), not `昨天`. */
const SHOWN_DATE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/;

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** Unix seconds → `YYYY-MM-DDTHH:MM+08:00` (WeChat shows minutes). */
export function isoFromUnix(seconds: number): string {
  const d = new Date(seconds * 1000 + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}+08:00`;
}

/** The first inline script whose text matches `re`, with the match; page scripts only, never run. */
function scriptMatch(doc: Document, re: RegExp): RegExpExecArray | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = re.exec(script.textContent ?? '');
    if (m) return m;
  }
  return null;
}

/** The WeChat markers: the article's title and body elements. */
function hasWechatMarkers(doc: Document): boolean {
  return doc.getElementById('js_content') !== null && doc.getElementById('activity-name') !== null;
}

/** The account's name as the page shows it (`#js_name`), else from its script, else the profile card. */
export function wechatAccount(doc: Document): string | null {
  const shown = collapse(trimmed(doc.getElementById('js_name')));
  if (shown) return shown;
  const fromScript = scriptMatch(doc, NICKNAME_VAR)?.[2]?.trim();
  if (fromScript) return fromScript;
  return collapse(trimmed(doc.querySelector('.profile_nickname'))) || null;
}

function publishedOf(doc: Document): { iso: string | null; text: string | null } {
  const ct = scriptMatch(doc, CT_VAR);
  if (ct) return { iso: isoFromUnix(Number(ct[2])), text: null };
  const shown = collapse(trimmed(doc.getElementById('publish_time')));
  return { iso: null, text: SHOWN_DATE.test(shown) ? shown : null };
}

function authorOf(doc: Document): string | null {
  const shown = collapse(trimmed(doc.getElementById('js_author_name')));
  if (shown) return shown;
  const meta = doc.querySelector('meta[name="author"]')?.getAttribute('content')?.trim();
  return meta || null;
}

export const wechat: Template = {
  id: 'wechat',
  read(doc) {
    if (!hasWechatMarkers(doc)) return null;
    const titleEl = doc.getElementById('activity-name')!;
    const body = doc.getElementById('js_content')!;
    const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ?? '';
    const { iso, text } = publishedOf(doc);
    const author = authorOf(doc);
    // WeChat's editors write paragraphs as <p>, as <section> with text in spans, or as text split
    // by <br>: the text runs find all three. Runs that are all link text are not paragraphs.
    const units = runsIn(scanRuns(body).runs, body).filter((r) => r.linkCjk === 0 || r.cjk >= 2 * r.linkCjk);
    return layout({
      template: 'wechat',
      title: collapse(trimmed(titleEl)) || ogTitle,
      titleEl,
      body,
      units,
      published: iso,
      dateText: text,
      // The account is the article's source: 人民日报, 新华社, or whoever runs it.
      sourceText: wechatAccount(doc),
      authorTexts: author ? [author] : [],
    });
  },
};

/** Han characters in the body before it counts as an article (a deleted post keeps the frame). */
const MIN_BODY_HAN = 50;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * The verdict on pages of platforms where outlets publish outside their own sites, or null for any
 * other page (the detector then decides as usual):
 * - a WeChat article (by its address, or by its markers when the address is unknown): an article
 *   of the outlet its account names, or of no outlet when the account names none;
 * - a People's Daily app article page: an article of People's Daily (a 人民号 post: of no outlet),
 *   when the page holds Chinese text, as the detector decides for any article address.
 */
export function detectPlatformPage(doc: Document, url: string | null): PageInfo | null {
  const host = url ? webUrl(url)?.hostname ?? null : null;
  if (host === WECHAT_HOST || (host === null && hasWechatMarkers(doc))) return wechatVerdict(doc, url);
  const app = url ? peopleAppPage(url) : null;
  if (app) {
    const { outlet, peoplesDaily } = peopleAppOutlet(url!)!;
    const page = detect(url, readPageSignals(doc), { kind: 'article', site: outlet, rule: `peopleapp-${app}` });
    return { ...page, site: outlet, peoplesDaily };
  }
  return null;
}

function wechatVerdict(doc: Document, url: string | null): PageInfo {
  const byUrl = url ? (isWechatArticleUrl(url) ? 'url:article:wechat' : 'url:other:wechat') : 'url:none';
  const account = wechatAccount(doc);
  const outlet = outletOfAccount(account);
  const site = outlet?.id ?? null;
  const bodyHan = hasWechatMarkers(doc) ? (doc.getElementById('js_content')!.textContent?.match(HAN) ?? []).length : 0;
  const signals = [byUrl];
  if (bodyHan > 0) signals.push('wechat:content');
  if (account) signals.push('wechat:account');
  if (outlet) signals.push(`outlet:${outlet.id}`);
  const isArticle = byUrl !== 'url:other:wechat' && bodyHan >= MIN_BODY_HAN;
  signals.push(isArticle ? 'wechat' : 'wechat:not-article');
  return { isArticle, site, peoplesDaily: site === 'people.com.cn', template: null, confidence: isArticle ? 0.9 : 0.85, signals };
}
