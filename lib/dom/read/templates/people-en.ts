import { trimmed } from '../text';
import { layout, type Template } from './types';

/**
 * en.people.cn (negative/people_en_n3_01): `.d2txtCon` holds `h1`, `.origin`
 * “(People's Daily Online) 11:35, November 23, 2022”, the `<p>` body with `<p><em>` captions and
 * `.editor` “(Web editor: …)”. Read so the detector's verdict can be checked against real text.
 */
export const peopleEn: Template = {
  id: 'people_en',
  read(doc) {
    const box = doc.querySelector('.d2txtCon');
    if (!box) return null;
    const h1 = box.querySelector('h1');
    const origin = box.querySelector('.origin');
    return layout({
      template: 'people_en',
      title: trimmed(h1),
      titleEl: h1,
      body: box,
      dateText: trimmed(origin?.querySelector('span')) || trimmed(origin),
      sourceText: trimmed(origin?.querySelector('a')) || null,
      editorTexts: [trimmed(box.querySelector('.editor'))].filter(Boolean),
    });
  },
};
