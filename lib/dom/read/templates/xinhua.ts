import { collapse, first, trimmed } from '../text';
import { layout, type Template } from './types';

/** Xinhua templates (templates.md §2.1–2.3). The 2012 table layout has no classes: generic reads it. */

const texts = (...els: (Element | null)[]) => els.map((el) => collapse(trimmed(el))).filter(Boolean);

/** xinhuanet.com xl2019 (xinhua_01, _05, _07): `.h-title`, `.h-time`, `.h-info`, `#p-detail`, `.p-jc`. */
export const xl2019: Template = {
  id: 'xl2019',
  read(doc) {
    const h = doc.querySelector('.h-title');
    const body = doc.querySelector('#p-detail');
    if (!h || !body) return null;
    const info = doc.querySelector('.h-info');
    return layout({
      template: 'xl2019',
      title: collapse(trimmed(h)),
      titleEl: h,
      body,
      dateText: trimmed(doc.querySelector('.h-time')) || trimmed(info),
      sourceText: trimmed(doc.querySelector('#source')) || trimmed(info),
      // The editor follows 【纠错】 inside `.p-jc`: “【纠错】 责任编辑： 尹世杰”.
      editorTexts: texts(doc.querySelector('.p-jc')),
    });
  },
};

/**
 * The date of news.cn 2021+ is split over spans: `.year` “2024”, `.day` “05/09” (xinhua_04: “11/ 17”
 * with each part in an `<em>`), `.time` “22:27:02”.
 */
function splitDate(box: Element | null): string | null {
  if (!box) return null;
  const year = trimmed(box.querySelector('.year'));
  const day = trimmed(box.querySelector('.day')).replace(/\s+/g, '');
  const time = trimmed(box.querySelector('.time'));
  const md = /^(\d{1,2})\/(\d{1,2})$/.exec(day);
  if (!/^\d{4}$/.test(year) || !md) return null;
  return `${year}-${md[1]}-${md[2]} ${time}`;
}

/** news.cn 2021+ (xinhua_02, xinhua_04): `.head-line span.title`, `.header-time`, `.source`, `#detail`. */
export const newscn2021: Template = {
  id: 'newscn2021',
  read(doc) {
    const head = doc.querySelector('.head-line');
    const detail = doc.querySelector('#detail');
    if (!head || !detail) return null;
    const title = head.querySelector('.title') ?? head.querySelector('h1');
    return layout({
      template: 'newscn2021',
      title: collapse(trimmed(title)),
      titleEl: title,
      body: detail.querySelector('#detailContent') ?? detail,
      // The mobile block `.info` repeats the date in one piece (“2024-05-09 22:27:02 来源：新华网”).
      dateText: splitDate(doc.querySelector('.header-time')) ?? trimmed(doc.querySelector('.info')),
      sourceText: trimmed(doc.querySelector('.header .source, .source')) || trimmed(doc.querySelector('.info')),
      editorTexts: texts(first(doc, ['#articleEdit .editor', '.editor'])),
    });
  },
};

/**
 * news.cn regional channels 2024 (xinhua_03, Hebei): `h1#title`, `.info .time`, `.sourceText`,
 * `#detail > #detailContent`, `.editor` “[作者: 刘满仓 　责任编辑: 杨丹宇 ]” (authors and editors).
 */
export const newscnRegional: Template = {
  id: 'newscn_regional',
  read(doc) {
    const h1 = doc.querySelector('h1#title');
    const body = doc.querySelector('#detailContent') ?? doc.querySelector('#detail');
    if (!h1 || !body) return null;
    const info = doc.querySelector('.info');
    return layout({
      template: 'newscn_regional',
      title: collapse(trimmed(h1)),
      titleEl: h1,
      body,
      dateText: trimmed(info?.querySelector('.time')) || trimmed(info),
      sourceText: trimmed(doc.querySelector('.sourceText')) || trimmed(info),
      editorTexts: texts(doc.querySelector('.editor')),
    });
  },
};
