// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnnotationFacts } from '../../lib/core/extract';
import type { GlossaryCard } from '../../lib/core/glossary';
import { highlight, type Annotation } from '../../lib/dom/marks/highlighter';
import type { ArticleRead } from '../../lib/dom/read/article';
import { CARD_HIDE_DELAY_MS } from '../../lib/dom/marks/tooltip';
import { translatorFor } from '../../lib/i18n';
import { fakeI18n, messages } from '../extension/helpers';

// A constructed card (the shape the background answers), with two numbered groups.
const CARD: GlossaryCard = {
  name: '三严三实',
  items: [['严以修身', '严以用权', '严以律己'], ['谋事要实', '创业要实', '做人要实']],
  gloss: { zh: '对领导干部修身用权和干事创业的要求。', en: 'What officials are asked of in conduct and in work.' },
  since: 2014,
  source: { title: '参加安徽代表团审议时的讲话', date: '2014-03-09' },
};
const PROGRAM: AnnotationFacts = { kind: 'program', programKind: 'numbered', name: '三严三实' };
const OTHER: AnnotationFacts = { kind: 'program', programKind: 'quoted_practice', name: '夜潇湘' };

function setup(): ArticleRead & { anns: Annotation[] } {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = '践行“三严三实”要求，打造“夜潇湘”品牌。';
  document.body.appendChild(p);
  const text = p.textContent;
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return {
    article: {
      title: '', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
      printEdition: null, script: 'simplified', text, paragraphs: [{ start: 0, end: text.length, caption: false }],
    },
    template: 'test',
    blocks: [p],
    anns: [
      { id: 'p1', kind: 'program', ...span('“三严三实”'), facts: PROGRAM, sentence: text },
      { id: 'p2', kind: 'program', ...span('“夜潇湘”'), facts: OTHER, sentence: text },
    ],
  };
}

const host = () => document.querySelector('kanbao-tooltip') as HTMLElement | null;
const box = () => host()?.shadowRoot?.querySelector('.box') as HTMLElement | null;
const visible = () => host()?.style.getPropertyValue('display') === 'block';
const card = () => box()?.querySelector('.card') ?? null;

beforeEach(() => fakeI18n('en'));
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.querySelector('kanbao-tooltip')?.remove();
});

describe('the tooltip of a formulation the glossary knows', () => {
  test('shows the gloss in the interface language, one numbered list per number, and the source line', () => {
    const { anns, ...read } = setup();
    const h = highlight(document, read, anns, { card: (name) => (name === '三严三实' ? CARD : null) });
    h.marks('p1')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(visible()).toBe(true);
    const c = card()!;
    expect(c.getAttribute('data-glossary')).toBe('三严三实');
    expect(c.querySelector('.gloss')!.textContent).toBe(CARD.gloss.en);
    expect(c.querySelector('.gloss')!.getAttribute('lang')).toBe('en');
    const lists = [...c.querySelectorAll('ol.items')].map((ol) => [...ol.querySelectorAll('li')].map((li) => li.textContent));
    expect(lists).toEqual(CARD.items);
    expect(c.querySelector('.since')!.textContent).toBe('Since 2014 · first stated in 参加安徽代表团审议时的讲话 (2014-03-09)');
    // Long cards scroll inside the box, which then takes the pointer.
    expect(box()!.hasAttribute('data-card')).toBe(true);
    expect(host()!.style.getPropertyValue('pointer-events')).toBe('auto');
    h.clear();
  });

  test('a Chinese interface shows the Chinese gloss (zh_CN and zh_TW alike)', () => {
    for (const [locale, since] of [['zh_CN', '始于2014年'], ['zh_TW', '始於2014年']] as const) {
      const { anns, ...read } = setup();
      const h = highlight(document, read, anns, { card: () => CARD });
      fakeI18n(locale);
      h.marks('p1')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(card()!.querySelector('.gloss')!.textContent, locale).toBe(CARD.gloss.zh);
      expect(card()!.querySelector('.gloss')!.hasAttribute('lang'), locale).toBe(false);
      expect(card()!.querySelector('.since')!.textContent!.startsWith(since), locale).toBe(true);
      h.clear();
    }
  });

  test('a program without a card shows no card and leaves the pointer to the page', () => {
    const { anns, ...read } = setup();
    const h = highlight(document, read, anns, { card: (name) => (name === '三严三实' ? CARD : null) });
    h.marks('p2')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(visible()).toBe(true);
    expect(card()).toBeNull();
    expect(box()!.hasAttribute('data-card')).toBe(false);
    expect(host()!.style.getPropertyValue('pointer-events')).toBe('none');
    h.clear();
  });

  test('a card that arrives while the tooltip is open is shown at once', () => {
    const { anns, ...read } = setup();
    let cards: ReadonlyMap<string, GlossaryCard> = new Map();
    const h = highlight(document, read, anns, { card: (name) => cards.get(name) ?? null });
    h.marks('p1')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(card()).toBeNull();
    cards = new Map([['三严三实', CARD]]);
    h.refreshTooltip();
    expect(card()!.querySelector('.gloss')!.textContent).toBe(CARD.gloss.en);
    h.clear();
  });

  test('card text is text: markup in it is never parsed', () => {
    const { anns, ...read } = setup();
    const evil = { ...CARD, gloss: { zh: '<img src=x onerror=alert(1)>', en: '<b>bold</b>' }, items: [['<i>x</i>']] };
    const h = highlight(document, read, anns, { card: () => evil });
    h.marks('p1')[0]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(card()!.querySelector('.gloss')!.textContent).toBe('<b>bold</b>');
    expect(card()!.querySelector('b, i, img')).toBeNull();
    h.clear();
  });

  test('the pointer may move from the mark onto the card; leaving the card hides it after a moment', () => {
    vi.useFakeTimers();
    const { anns, ...read } = setup();
    const h = highlight(document, read, anns, { card: () => CARD });
    const mark = h.marks('p1')[0]!;
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(visible()).toBe(true);
    // Onto the tooltip itself (the document sees its host): it stays.
    mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: host() }));
    vi.advanceTimersByTime(CARD_HIDE_DELAY_MS * 2);
    expect(visible()).toBe(true);
    // Off the tooltip to the page: it goes, after the delay.
    host()!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    expect(visible()).toBe(true);
    vi.advanceTimersByTime(CARD_HIDE_DELAY_MS);
    expect(visible()).toBe(false);
    // Across the gap: leaving the mark for the page, then reaching the tooltip in time, keeps it.
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(CARD_HIDE_DELAY_MS - 50);
    host()!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(CARD_HIDE_DELAY_MS * 2);
    expect(visible()).toBe(true);
    // Escape still closes it at once, as every tooltip.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visible()).toBe(false);
    h.clear();
  });

  test('keyboard: focus opens the card, blur closes it at once', () => {
    const { anns, ...read } = setup();
    const h = highlight(document, read, anns, { card: () => CARD });
    const mark = h.marks('p1')[0]!;
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(card()).not.toBeNull();
    mark.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(visible()).toBe(false);
    h.clear();
  });

  test('a translator given to the tooltip words the card too (no browser needed)', async () => {
    const { installTooltip } = await import('../../lib/dom/marks/tooltip');
    const { anns, ...read } = setup();
    const h = highlight(document, read, anns, { tooltip: false });
    const tip = installTooltip(document, () => ({ kind: 'program', facts: PROGRAM, card: CARD }), translatorFor(messages('zh_TW')));
    tip.show(h.marks('p1')[0]!);
    expect(card()!.querySelector('.gloss')!.textContent).toBe(CARD.gloss.zh);
    expect(card()!.querySelector('.since')!.textContent).toBe('始於2014年 · 首見於参加安徽代表团审议时的讲话（2014-03-09）');
    tip.destroy();
    h.clear();
  });
});
