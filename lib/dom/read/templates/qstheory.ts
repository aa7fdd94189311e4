import { densestContainer } from '../density';
import { trimmed } from '../text';
import { layout, type Template } from './types';

function childByTag(el: Element, tag: string): Element | null {
  return Array.from(el.children).find((c) => c.tagName.toUpperCase() === tag) ?? null;
}

/**
 * qstheory.cn 求是网 (no saved page; templates.md §2.11 after translators_CN “QStheory.js”):
 * `.inner > h1` (+ `h2` subtitle), `.appellation` ×2 (来源/刊期, then 作者), `.pubtime`,
 * `.pull-right` editors. The body container is unnamed there, so the densest `<p>` holder inside
 * `.inner` is taken.
 */
export const qstheory: Template = {
  id: 'qstheory',
  read(doc) {
    const inner = doc.querySelector('.inner');
    const h1 = inner ? childByTag(inner, 'H1') : null;
    if (!inner || !h1 || !doc.querySelector('.appellation')) return null;
    const body = densestContainer(inner);
    if (!body) return null;
    const appellations = Array.from(doc.querySelectorAll('.appellation')).map((el) => trimmed(el));
    const h2 = childByTag(inner, 'H2');
    return layout({
      template: 'qstheory',
      title: trimmed(h1),
      titleEl: h1,
      subtitle: trimmed(h2) || null,
      body,
      dateText: trimmed(doc.querySelector('.pubtime')),
      sourceText: appellations[0] ?? null,
      authorTexts: appellations.slice(1),
      editorTexts: [trimmed(doc.querySelector('.pull-right'))].filter(Boolean),
    });
  },
};
