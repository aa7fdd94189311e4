import { parseDateline } from '../../../core/article';
import { collapse, first, isCentered, metaContent, nextSiblings, trimmed } from '../text';
import { layout, type Template } from './types';

/** gov.cn pages (templates.md §2.10). */

/** `<br>`-split headline lines joined again: the line breaks are layout, not spaces. */
const joinLines = (text: string) => text.replace(/\s*\n\s*/g, '').trim();

/**
 * The gazette's title has no h1 (gov_01): it is the bold part of the first centered body `<p>`,
 * split by `<br>`. The hidden `.share-title` copy has a stray U+3000 inside (“2007　年末”), so it
 * is only the fallback, with spaces between CJK characters and digits dropped.
 */
function gazetteTitle(doc: Document, body: Element): { title: string; el: Element | null } {
  const p = Array.from(body.querySelectorAll('p')).find((el) => trimmed(el));
  if (p && isCentered(p)) {
    const bold = p.querySelector('strong, b');
    const title = joinLines(trimmed(bold));
    if (title) return { title, el: p };
  }
  const share = trimmed(doc.querySelector('.share-title'))
    .replace(/([\u3400-\u9fff\d])\s+(?=[\u3400-\u9fff\d])/g, '$1');
  return { title: share, el: null };
}

/**
 * www.gov.cn: policy/news pages (`h1#ti`, `.pages-date` with a `来源：` span) and the 国务院公报
 * gazette (gov_01: no visible date, source or editor; `meta firstpublishedtime` “2007-08-20-23:59:59”).
 */
export const govcn: Template = {
  id: 'govcn',
  read(doc) {
    const body = doc.querySelector('#UCAP-CONTENT') ?? doc.querySelector('.pages_content');
    if (!body) return null;
    const h1 = first(doc, ['h1#ti', '.article h1', '.pages-title', 'h1']);
    const found = h1 && trimmed(h1) ? { title: collapse(trimmed(h1)), el: h1 } : gazetteTitle(doc, body);
    if (!found.title) return null;
    const date = doc.querySelector('.pages-date');
    return layout({
      template: h1 ? 'govcn' : 'govcn_gazette',
      title: found.title,
      titleEl: found.el,
      body,
      dateText: trimmed(date) || null,
      published: date ? null : parseDateline(metaContent(doc, 'firstpublishedtime')),
      sourceText: trimmed(date?.querySelector('span')) || null,
      editorTexts: [trimmed(doc.querySelector('.editor'))].filter(Boolean),
    });
  },
};

/**
 * kepu.gov.cn 中国科普网 (gov_02_kepu): `.detil-new-title > div` (title) and `ul li` (来源 / 作者 /
 * date), body `#content.detil-new-cont`, and the editor line “编辑：毛梦囡” in a `<div>` right
 * after the body.
 */
export const kepu: Template = {
  id: 'kepu',
  read(doc) {
    const head = doc.querySelector('.detil-new-title');
    const body = doc.querySelector('.detil-new-cont');
    if (!head || !body) return null;
    const titleEl = Array.from(head.children).find((c) => c.tagName.toUpperCase() === 'DIV') ?? null;
    const items = Array.from(head.querySelectorAll('li')).map((li) => trimmed(li));
    return layout({
      template: 'kepu',
      title: collapse(trimmed(titleEl)),
      titleEl,
      body,
      dateText: items.join(' | '),
      sourceText: items.find((t) => /[来來]源/.test(t)) ?? null,
      authorTexts: items.filter((t) => /作者/.test(t)),
      editorTexts: nextSiblings(body, 3).map((el) => trimmed(el)).filter((t) => t.length <= 40),
    });
  },
};
