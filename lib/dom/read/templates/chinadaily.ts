import { trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * chinadaily.com.cn Chinese site (chinadaily_01; templates.md §2.8): `h1.dabiaoti`, two
 * `.fenx .xinf-le` (来源 and the date), body `#Content`. The editors are inside the body
 * (（编辑：…） then 【责任编辑：…】), where the body's editor scan finds them.
 */
export const chinadaily: Template = {
  id: 'chinadaily',
  read(doc) {
    const h1 = doc.querySelector('h1.dabiaoti');
    const body = doc.querySelector('#Content');
    if (!h1 || !body) return null;
    const info = Array.from(doc.querySelectorAll('.xinf-le')).map((el) => trimmed(el)).join(' | ');
    return layout({
      template: 'chinadaily',
      title: trimmed(h1),
      titleEl: h1,
      body,
      dateText: info,
      sourceText: info,
    });
  },
};
