import { first, trimmed } from '../text';
import { layout, type Template } from './types';

/** youth.cn 中国青年网, two TRS templates (templates.md §2.6). Both keep the body in `.TRS_Editor`. */

/** “gn” (youth_01): `.page_bt p.pbt` title, `p.pwz` “发稿时间：… 来源：<a>…</a>”, `#editor_baidu`. */
export const youthGn: Template = {
  id: 'youth_gn',
  read(doc) {
    const title = doc.querySelector('.page_bt .pbt') ?? doc.querySelector('p.pbt');
    const body = first(doc, ['.page_text .TRS_Editor', '.TRS_Editor']);
    if (!title || !body) return null;
    const pwz = doc.querySelector('p.pwz');
    return layout({
      template: 'youth_gn',
      title: trimmed(title),
      titleEl: title,
      body,
      dateText: trimmed(pwz),
      sourceText: trimmed(pwz),
      editorTexts: [trimmed(doc.querySelector('#editor_baidu'))].filter(Boolean),
    });
  },
};

/**
 * “gj” (youth_02): `.page_title h1`, `#page_right` “发稿时间：…”, `#source_baidu`, `#author_baidu`
 * (often empty), `#editor_baidu`. The span after `#source_baidu` names the site (中国青年网), not the source.
 */
export const youthGj: Template = {
  id: 'youth_gj',
  read(doc) {
    const h1 = doc.querySelector('.page_title h1');
    const body = first(doc, ['.page_k2 .TRS_Editor', '.TRS_Editor']);
    if (!h1 || !body) return null;
    return layout({
      template: 'youth_gj',
      title: trimmed(h1),
      titleEl: h1,
      body,
      dateText: trimmed(doc.querySelector('#page_right')) || trimmed(doc.querySelector('#pubtime_baidu')),
      sourceText: trimmed(doc.querySelector('#source_baidu')),
      authorTexts: [trimmed(doc.querySelector('#author_baidu'))].filter(Boolean),
      editorTexts: [trimmed(doc.querySelector('#editor_baidu'))].filter(Boolean),
    });
  },
};
