import { textOrNull, trimmed } from '../text';
import { layout, type Template } from './types';

/** people.com.cn desktop templates (templates.md §1.1–1.5). */

const texts = (...els: (Element | null)[]) => els.map((el) => trimmed(el)).filter(Boolean);

/**
 * 2020 `rm_txt` (people_n1_02, people_n1_04 and the regional /BIG5/ seed): `.rm_txt` holds
 * `h3.pre`/`h1`/`h4.sub`/`.author`, `.channel .col-1-1` the date and 来源, `.rm_txt_con` the body.
 */
export const rmTxt: Template = {
  id: 'rm_txt',
  read(doc) {
    const box = doc.querySelector('.rm_txt');
    const body = box?.querySelector('.rm_txt_con, #rm_txt_zw');
    if (!box || !body) return null;
    const h1 = box.querySelector('h1');
    const channel = box.querySelector('.channel .col-1-1') ?? box.querySelector('.channel');
    return layout({
      template: 'rm_txt',
      title: trimmed(h1),
      titleEl: h1,
      kicker: textOrNull(box.querySelector('h3.pre')),
      subtitle: textOrNull(box.querySelector('h4.sub')),
      body,
      dateText: trimmed(channel),
      sourceText: trimmed(channel),
      authorTexts: texts(box.querySelector('.author')),
    });
  },
};

/** 2016wb (people_n1_01): `.text_title` block, `.box01 .fl` date + 来源, body `#rwb_zw.box_con`. */
export const wb2016: Template = {
  id: '2016wb',
  read(doc) {
    const head = doc.querySelector('.text_title');
    const body = doc.querySelector('#rwb_zw') ?? doc.querySelector('.text_con .box_con');
    if (!head || !body) return null;
    const h1 = head.querySelector('h1');
    const info = head.querySelector('.box01 .fl') ?? head.querySelector('.box01');
    return layout({
      template: '2016wb',
      title: trimmed(h1),
      titleEl: h1,
      kicker: textOrNull(head.querySelector('h3.pre')),
      subtitle: textOrNull(head.querySelector('h4.sub')),
      body,
      dateText: trimmed(info),
      sourceText: trimmed(info),
      authorTexts: texts(head.querySelector('.author')),
    });
  },
};

/** Channel template `articleCont` (people_n1_03, health): `.title h2`, `.artOri`, `.artDet`, `.editor`. */
export const articleCont: Template = {
  id: 'articleCont',
  read(doc) {
    const box = doc.querySelector('.articleCont');
    const body = box?.querySelector('.artDet');
    if (!box || !body) return null;
    const h2 = box.querySelector('.title h2');
    const ori = box.querySelector('.artOri');
    return layout({
      template: 'articleCont',
      title: trimmed(h2),
      titleEl: h2,
      kicker: textOrNull(box.querySelector('.title h4')),
      subtitle: textOrNull(box.querySelector('.title h3')),
      body,
      dateText: trimmed(ori),
      sourceText: trimmed(ori),
      editorTexts: texts(box.querySelector('.editor')),
    });
  },
};

/**
 * `.text_c` (cpc/theory channels; no saved page in the corpus, selectors from templates.md §1.5):
 * `#jtitle` kicker, `h1`, `#ftitle` subtitle, `.sou`/`.sou1` date, source and author, `.show_text` body.
 */
export const textC: Template = {
  id: 'text_c',
  read(doc) {
    const box = doc.querySelector('.text_c');
    const body = box?.querySelector('.show_text');
    if (!box || !body) return null;
    const h1 = box.querySelector('h1');
    const sou = box.querySelector('.sou') ?? box.querySelector('.sou1');
    return layout({
      template: 'text_c',
      title: trimmed(h1),
      titleEl: h1,
      kicker: textOrNull(box.querySelector('#jtitle')),
      subtitle: textOrNull(box.querySelector('#ftitle')),
      body,
      dateText: trimmed(sou),
      sourceText: trimmed(sou),
      authorTexts: texts(box.querySelector('.sou1')),
      editorTexts: texts(box.querySelector('.edit')),
    });
  },
};
