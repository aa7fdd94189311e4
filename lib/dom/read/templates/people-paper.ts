import { foldToSimplified } from '../../../core/text';
import { metaContent, pageTitle, textOrNull, trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * paper.people.com.cn print articles (no saved page in the corpus; selectors from templates.md
 * §1.5, after the translators_CN “People's Daily Epaper” rules): `.article-box` holds
 * `.article > h3` (引题), `h1`, `h2` (副题); `.sec .date` has `YYYY年MM月DD日` and `第0N版`;
 * the body is `#ozoom`. Print pages have no 责编 line.
 */

const DATE_PAGE = /(\d{4})年(\d{1,2})月(\d{1,2})日[\s\S]*?第\s*0*(\d{1,3})\s*版/;

function paperName(doc: Document): string {
  // The page `<title>` ends with the paper's name (`…-人民日报`); People's Daily otherwise.
  const title = pageTitle(doc);
  const m = /(人民日报海外版|人民日报|[\u4e00-\u9fff]{2,8}(?:报|周刊))$/.exec(foldToSimplified(title));
  return m ? title.slice(-m[1]!.length) : metaContent(doc, 'paper') ?? '人民日报';
}

const pad = (n: string) => n.padStart(2, '0');

export const peoplePaper: Template = {
  id: 'paper',
  read(doc) {
    const box = doc.querySelector('.article-box');
    const body = doc.querySelector('#ozoom');
    if (!box || !body) return null;
    const h1 = box.querySelector('.article > h1') ?? box.querySelector('h1');
    const sec = box.querySelector('.sec');
    const dateEl = sec?.querySelector('.date') ?? null;
    const m = DATE_PAGE.exec(trimmed(dateEl));
    const printEdition = m ? `《${paperName(doc)}》${m[1]}年${pad(m[2]!)}月${pad(m[3]!)}日 ${pad(m[4]!)}版` : null;
    const authorText = trimmed(sec).replace(trimmed(dateEl), '');
    return layout({
      template: 'paper',
      title: trimmed(h1),
      titleEl: h1,
      kicker: textOrNull(box.querySelector('.article > h3')),
      subtitle: textOrNull(box.querySelector('.article > h2')),
      body,
      dateText: trimmed(dateEl),
      authorTexts: authorText ? [authorText] : [],
      printEdition,
    });
  },
};
