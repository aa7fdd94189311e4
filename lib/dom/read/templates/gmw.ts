import { trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * gmw.cn 光明网 (gmw_01, gmw_02; templates.md §2.5): `h1.u-title`, `.m-con-source` (来源：<a>),
 * `.m-con-time`, body `.u-mainText` (inside `#articleBox`), editor `span.liability` “责编：杨煜”
 * (inside the body, found by the body's editor scan too).
 */
export const gmw: Template = {
  id: 'gmw',
  read(doc) {
    const h1 = doc.querySelector('h1.u-title');
    const body = doc.querySelector('.u-mainText') ?? doc.querySelector('#articleBox');
    if (!h1 || !body) return null;
    return layout({
      template: 'gmw',
      title: trimmed(h1),
      titleEl: h1,
      body,
      dateText: trimmed(doc.querySelector('.m-con-time')),
      sourceText: trimmed(doc.querySelector('.m-con-source')),
      editorTexts: [trimmed(doc.querySelector('span.liability'))].filter(Boolean),
    });
  },
};
