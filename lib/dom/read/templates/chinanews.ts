import { first, trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * chinanews.com 中新网 (chinanews_01; templates.md §2.7): `h1` (in `#cont_1_1_2` / `.content`),
 * visible `.left-t` “2020年07月04日 12:10　来源：求是网”, body `.left_zw`, editor `.left_name`.
 * The hidden `#author_baidu` is not read: on chinanews_01 it names the editor (作者：陈海峰).
 * The source comes from the hidden `#source_baidu`, because the visible line runs straight into a
 * 参与互动 link.
 */
export const chinanews: Template = {
  id: 'chinanews',
  read(doc) {
    const body = doc.querySelector('.left_zw');
    const h1 = first(doc, ['#cont_1_1_2 h1', '.content h1', 'h1']);
    if (!body || !h1) return null;
    const time = doc.querySelector('.left-t') ?? doc.querySelector('.left-time');
    return layout({
      template: 'chinanews',
      title: trimmed(h1),
      titleEl: h1,
      body,
      dateText: trimmed(time) || trimmed(doc.querySelector('#pubtime_baidu')),
      sourceText: trimmed(doc.querySelector('#source_baidu')) || trimmed(time),
      editorTexts: [trimmed(doc.querySelector('.left_name'))].filter(Boolean),
    });
  },
};
