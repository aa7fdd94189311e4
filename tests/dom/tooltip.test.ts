// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildAnnotations, extractAll, type AnnotationFacts } from '../../lib/core/extract';
import { highlight, type Annotation } from '../../lib/dom/marks/highlighter';
import type { ArticleRead } from '../../lib/dom/read/article';
import { excerpt, installTooltip, TOOLTIP_ID } from '../../lib/dom/marks/tooltip';
import { TOOLTIP_CSS } from '../../lib/dom/marks/tooltip-view';
import { followMark, markAnchor, placeBy } from '../../lib/dom/marks/tooltip-position';
import { valueLine } from '../../lib/dom/marks/tooltip-text';
import { translatorFor, type Translate } from '../../lib/i18n';
import { fakeI18n, messages } from '../extension/helpers';

const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
const tr = Object.fromEntries(LOCALES.map((l) => [l, translatorFor(messages(l))])) as Record<(typeof LOCALES)[number], Translate>;

const MORE_THAN_13000: AnnotationFacts = {
  kind: 'figure', figureKind: 'magnitude', value: 13000, unit: '家', approx: 'gt', direction: null, comparison: null,
};
const PLAN: AnnotationFacts = { kind: 'program', programKind: 'numbered', name: '十四五规划' };

function setup(): { read: ArticleRead; anns: Annotation[]; p: Element } {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.append('全国实施“十四五”规划，新增企业', Object.assign(document.createElement('b'), { textContent: '1.3万' }), '余家。');
  document.body.appendChild(p);
  const text = p.textContent!;
  const at = (s: string) => text.indexOf(s);
  const read: ArticleRead = {
    article: {
      title: '', kicker: null, subtitle: null, published: null, source: null, authors: [], editors: [],
      printEdition: null, script: 'simplified', text, paragraphs: [{ start: 0, end: text.length, caption: false }],
    },
    template: 'test',
    blocks: [p],
  };
  const anns: Annotation[] = [
    { id: 'f1', kind: 'figure', start: at('1.3万余家'), end: text.length - 1, facts: MORE_THAN_13000, sentence: text },
    { id: 'p1', kind: 'program', start: at('“十四五”规划'), end: at('，'), facts: PLAN },
  ];
  return { read, anns, p };
}

const host = () => document.querySelector('kanbao-tooltip') as HTMLElement | null;
const visible = () => host()?.style.getPropertyValue('display') === 'block';
const shadowText = () => host()?.shadowRoot?.textContent ?? '';

beforeEach(() => fakeI18n('en'));

afterEach(() => {
  document.body.replaceChildren();
  document.querySelector('kanbao-tooltip')?.remove();
  vi.restoreAllMocks();
});

describe('tooltip', () => {
  test('keyboard focus shows a tooltip with kind, label and sentence in an open shadow root', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const [mark] = h.marks('f1');
    (mark as HTMLElement).focus();
    expect(visible()).toBe(true);
    const root = host()!.shadowRoot!;
    expect(root.mode).toBe('open');
    expect(root.querySelector('.kind')!.textContent).toBe('Figure');
    expect(root.querySelector('.label')!.textContent).toBe('more than 13,000 家 · magnitude');
    expect(root.querySelector('.sentence b')!.textContent).toBe('1.3万余家');
    expect(root.querySelector('[role="tooltip"]')).not.toBeNull();
    expect(document.querySelectorAll('kanbao-tooltip')).toHaveLength(1);
    h.clear();
  });

  test('the shown mark points to the tooltip (aria-describedby, in the same tree), and stops when it hides', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const f = h.marks('f1')[0] as HTMLElement;
    const prog = h.marks('p1')[0] as HTMLElement;
    f.focus();
    const id = f.getAttribute('aria-describedby');
    expect(id).toBe(TOOLTIP_ID);
    expect(document.getElementById(id!)).toBe(host());
    prog.focus();
    expect(f.hasAttribute('aria-describedby')).toBe(false);
    expect(prog.getAttribute('aria-describedby')).toBe(TOOLTIP_ID);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(prog.hasAttribute('aria-describedby')).toBe(false);
    h.clear();
  });

  test.each([['en', 'en'], ['zh_CN', 'zh-Hans'], ['zh_TW', 'zh-Hant']] as const)(
    'speaks the interface language (%s → lang=%s); the page sentence keeps its own script',
    (locale, lang) => {
      fakeI18n(locale);
      const { read, anns } = setup();
      const h = highlight(document, read, anns);
      (h.marks('f1')[0] as HTMLElement).focus();
      expect(host()!.getAttribute('lang')).toBe(lang);
      const root = host()!.shadowRoot!;
      expect(root.querySelector('.box')!.getAttribute('lang')).toBe(lang);
      expect(root.querySelector('.sentence')!.getAttribute('lang')).toBe('zh-Hans');
      h.clear();
      host()?.remove();
    },
  );

  test('each kind\'s small label has 4.5:1 or more on the light box', () => {
    const lum = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const light = TOOLTIP_CSS.split('@media')[0]!;
    for (const kind of ['figure', 'date', 'program']) {
      const rule = new RegExp(`\\[data-kind="${kind}"\\][^}]*--ink: rgb\\((\\d+), (\\d+), (\\d+)\\)`).exec(light);
      expect(rule, kind).not.toBeNull();
      const ratio = (1 + 0.05) / (lum(rule!.slice(1).map(Number)) + 0.05);
      expect(ratio, kind).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('Escape hides; blur hides; focusing another mark switches content', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const f = h.marks('f1')[0] as HTMLElement;
    const prog = h.marks('p1')[0] as HTMLElement;
    f.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visible()).toBe(false);
    expect(document.activeElement).toBe(f);
    prog.focus();
    expect(visible()).toBe(true);
    expect(shadowText()).toContain('Named program');
    expect(shadowText()).not.toContain('13,000');
    prog.blur();
    expect(visible()).toBe(false);
    h.clear();
  });

  test('hover shows, leaving to non-mark content hides; one host is reused', () => {
    const { read, anns, p } = setup();
    const h = highlight(document, read, anns);
    const f = h.marks('f1')[0]!;
    f.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(visible()).toBe(true);
    expect(shadowText()).toContain('13,000');
    f.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: p }));
    expect(visible()).toBe(false);
    f.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(document.querySelectorAll('kanbao-tooltip')).toHaveLength(1);
    h.clear();
  });

  test('clear() removes the host and the delegated listeners', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    (h.marks('f1')[0] as HTMLElement).focus();
    expect(host()).not.toBeNull();
    h.clear();
    expect(host()).toBeNull();
    // A stray mark-like element after clear must not resurrect the tooltip.
    const fake = document.createElement('kanbao-mark');
    fake.setAttribute('data-kanbao-id', 'f1');
    fake.tabIndex = 0;
    document.body.appendChild(fake);
    fake.focus();
    expect(host()).toBeNull();
  });

  test('marks the page forged, or ids we do not know, show nothing', () => {
    const tip = installTooltip(document, () => null);
    const fake = document.createElement('kanbao-mark');
    fake.setAttribute('data-kanbao-id', 'zzz');
    document.body.appendChild(fake);
    fake.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()).toBeNull();
    tip.destroy();
  });

  test('tooltip option off installs nothing', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns, { tooltip: false });
    (h.marks('f1')[0] as HTMLElement).focus();
    expect(host()).toBeNull();
    h.clear();
  });
});

describe('the value line, in the browser\'s three interface languages', () => {
  const line = (facts: AnnotationFacts) => LOCALES.map((l) => valueLine(facts, tr[l]));

  test('approximations come before the amount; a measure word stands apart from the digits', () => {
    expect(line(MORE_THAN_13000)).toEqual(['more than 13,000 家 · magnitude', '超过13,000 家 · 量级', '超過13,000 家 · 量級']);
    const about = { ...MORE_THAN_13000, figureKind: 'approx_count', value: 3000, unit: '人', approx: 'about' } as const;
    expect(line(about)).toEqual(['about 3,000 人 · approximate count', '约3,000 人 · 约数', '約3,000 人 · 約數']);
    const under = { ...about, approx: 'lt', figureKind: 'count' } as const;
    expect(line(under)).toEqual(['less than 3,000 人 · count', '不到3,000 人 · 数量', '不到3,000 人 · 數量']);
  });

  test('trends keep their arrow and name their basis; percent and points have their own forms', () => {
    const down = {
      kind: 'figure', figureKind: 'percent', value: 61.6, unit: '%', approx: null, direction: 'down', comparison: 'yoy',
    } as const;
    expect(line(down)).toEqual(['61.6% · ↓ year on year · percent', '61.6% · ↓ 同比 · 百分比', '61.6% · ↓ 同比 · 百分比']);
    const points = { ...down, figureKind: 'percentage_points', value: 3.5, unit: 'pp', direction: 'up', comparison: 'mom' } as const;
    expect(line(points)).toEqual([
      '3.5 percentage points · ↑ month on month · percentage points',
      '3.5个百分点 · ↑ 环比 · 百分点',
      '3.5個百分點 · ↑ 環比 · 百分點',
    ]);
    const bare = { ...down, comparison: null, unit: '‰', value: 5 } as const;
    expect(line(bare)[0]).toBe('5‰ · ↓ · percent');
    const range: AnnotationFacts = { ...down, figureKind: 'range', value: [3, 5], unit: '年', direction: null, comparison: null };
    expect(line(range)).toEqual(['3–5 年 · range', '3–5 年 · 范围', '3–5 年 · 範圍']);
  });

  test('dates say what kind of date, and when they could not be resolved', () => {
    expect(line({ kind: 'date', dateKind: 'date', iso: '2023-02-03' })).toEqual(['2023-02-03 · day', '2023-02-03 · 日期', '2023-02-03 · 日期']);
    expect(line({ kind: 'date', dateKind: 'relative', iso: null })).toEqual([
      'date not resolved · relative date', '日期无法确定 · 相对日期', '日期無法確定 · 相對日期',
    ]);
  });

  test('programs use the sidebar\'s names for their kinds', () => {
    expect(line(PLAN)).toEqual(['十四五规划 · Numbered formulations', '十四五规划 · 数字概括', '十四五规划 · 數字概括']);
  });

  test('every figure, date and program kind has its words in every language', () => {
    const figureKinds = ['percent', 'percentage_points', 'money', 'count', 'approx_count', 'magnitude', 'cn_numeral', 'range', 'fraction', 'multiple', 'duration', 'age'] as const;
    const dateKinds = ['datetime', 'date', 'month', 'year', 'time', 'range', 'period', 'relative'] as const;
    const programKinds = ['document', 'quoted_head', 'quoted_practice', 'numbered', 'strategy', 'slogan'] as const;
    const all: AnnotationFacts[] = [
      ...figureKinds.map((figureKind) => ({ ...MORE_THAN_13000, figureKind })),
      ...dateKinds.map((dateKind) => ({ kind: 'date' as const, dateKind, iso: null })),
      ...programKinds.map((programKind) => ({ ...PLAN, programKind })),
    ];
    for (const facts of all) {
      for (const l of LOCALES) expect(valueLine(facts, tr[l]), `${l} ${JSON.stringify(facts)}`).not.toMatch(/tooltip_|fig_|prog_|selection_/);
    }
  });

  test('the tooltip asks the browser: with a 繁體 interface it speaks 繁體', () => {
    vi.restoreAllMocks();
    fakeI18n('zh_TW');
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    (h.marks('f1')[0] as HTMLElement).focus();
    const root = host()!.shadowRoot!;
    expect(root.querySelector('.kind')!.textContent).toBe('數字');
    expect(root.querySelector('.label')!.textContent).toBe('超過13,000 家 · 量級');
    h.clear();
  });

  test('the extractor\'s own items reach the tooltip as facts (1.3万余家: more than 13,000 家)', () => {
    const { read } = setup();
    const items = buildAnnotations(read.article.text, extractAll(read.article.text));
    const item = items.find((i) => read.article.text.slice(i.start, i.end).startsWith('1.3万'));
    expect(item?.facts).toMatchObject({ kind: 'figure', value: 13000, unit: '家', approx: 'gt' });
    const h = highlight(document, read, items);
    (h.marks(item!.id)[0] as HTMLElement).focus();
    expect(host()!.shadowRoot!.querySelector('.label')!.textContent).toMatch(/^more than 13,000 家 · /);
    h.clear();
  });

  test('a value line given already worded (no facts) is shown as it is', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, [{ ...anns[0]!, facts: undefined, label: 'as given' }]);
    (h.marks('f1')[0] as HTMLElement).focus();
    expect(host()!.shadowRoot!.querySelector('.label')!.textContent).toBe('as given');
    h.clear();
  });
});

const rect = (x: number, y: number, w: number, h: number) => new DOMRect(x, y, w, h);
const withRects = (el: Element, rects: DOMRect[]) => {
  el.getClientRects = () => rects as unknown as DOMRectList;
  el.getBoundingClientRect = () => markAnchor(el).getBoundingClientRect() as DOMRect;
};
/** Lets Floating UI's promise chain settle (it computes in microtasks, never on a timer). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const at = (el: HTMLElement) => ({ x: parseFloat(el.style.getPropertyValue('left')), y: parseFloat(el.style.getPropertyValue('top')) });

describe('tooltip position', () => {
  /** A 1024×768 viewport and a 100×50 tooltip: happy-dom has no layout, so both are given. */
  function floating(): HTMLElement {
    for (const [k, v] of [['clientWidth', 1024], ['clientHeight', 768]] as const) {
      Object.defineProperty(document.documentElement, k, { configurable: true, get: () => v });
    }
    const el = document.createElement('div');
    el.style.cssText = 'position: fixed; width: 100px; height: 50px';
    Object.defineProperty(el, 'offsetWidth', { get: () => 100 });
    Object.defineProperty(el, 'offsetHeight', { get: () => 50 });
    document.body.append(el);
    return el;
  }
  afterEach(() => {
    delete (document.documentElement as { clientWidth?: number }).clientWidth;
    delete (document.documentElement as { clientHeight?: number }).clientHeight;
  });

  test('the anchor is the mark\'s line boxes; its bounding box is their union', () => {
    const mark = document.createElement('kanbao-mark');
    document.body.append(mark);
    const lines = [rect(300, 200, 400, 20), rect(10, 220, 80, 20)];
    mark.getClientRects = () => lines as unknown as DOMRectList;
    const anchor = markAnchor(mark);
    expect([...anchor.getClientRects!()]).toEqual(lines);
    expect(anchor.getBoundingClientRect()).toMatchObject({ left: 10, top: 200, right: 700, bottom: 240, width: 690, height: 40 });
    expect(anchor.contextElement).toBe(mark);
  });

  test('a mark on two lines: above its first line on focus, above the pointer\'s line on hover', async () => {
    const el = floating();
    const mark = document.createElement('kanbao-mark');
    document.body.append(mark);
    withRects(mark, [rect(300, 200, 400, 20), rect(10, 220, 80, 20)]);
    expect(await placeBy(markAnchor(mark), el)).toEqual({ x: 300, y: 142 });
    expect(await placeBy(markAnchor(mark), el, { x: 30, y: 230 })).toEqual({ x: 10, y: 162 });
  });

  test('flips below a mark at the top of the viewport, and shifts inside its right edge', async () => {
    const el = floating();
    const mark = document.createElement('kanbao-mark');
    document.body.append(mark);
    withRects(mark, [rect(300, 10, 400, 20), rect(10, 30, 80, 20)]);
    expect(await placeBy(markAnchor(mark), el)).toEqual({ x: 10, y: 58 });
    withRects(mark, [rect(1000, 300, 20, 20)]);
    expect(await placeBy(markAnchor(mark), el)).toEqual({ x: 1024 - 8 - 100, y: 242 });
  });

  /** Records the types of window listeners added and removed, passing the calls through. */
  function watchWindowListeners(): { added: string[]; removed: string[] } {
    const added: string[] = [];
    const removed: string[] = [];
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation(((type: string, fn: EventListener, o?: AddEventListenerOptions) => {
      added.push(type);
      add(type, fn, o);
    }) as never);
    vi.spyOn(window, 'removeEventListener').mockImplementation(((type: string, fn: EventListener, o?: EventListenerOptions) => {
      removed.push(type);
      remove(type, fn, o);
    }) as never);
    return { added, removed };
  }

  test('while open it follows the mark on scroll; stopping removes every listener it added', async () => {
    const el = floating();
    const mark = document.createElement('kanbao-mark');
    document.body.append(mark);
    withRects(mark, [rect(300, 400, 40, 20)]);
    const { added, removed } = watchWindowListeners();
    const moves: { x: number; y: number }[] = [];
    const stop = followMark(mark, el, (p) => moves.push(p));
    await settle();
    expect(moves.at(-1)).toEqual({ x: 300, y: 342 });
    expect(added).toEqual(expect.arrayContaining(['scroll', 'resize']));
    // The page scrolls by 100px: the mark's rects move up, and so does the tooltip.
    withRects(mark, [rect(300, 300, 40, 20)]);
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(moves.at(-1)).toEqual({ x: 300, y: 242 });
    stop();
    expect([...removed].sort()).toEqual([...added].sort());
    const count = moves.length;
    withRects(mark, [rect(300, 200, 40, 20)]);
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(moves).toHaveLength(count);
  });

  test('the tooltip follows its mark while shown, and stops on hide, on switching marks and on clear', async () => {
    floating();
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const f = h.marks('f1')[0] as HTMLElement;
    const p = h.marks('p1')[0] as HTMLElement;
    withRects(f, [rect(300, 400, 40, 20)]);
    withRects(p, [rect(100, 400, 60, 20)]);
    const { added, removed } = watchWindowListeners();
    f.focus();
    await settle();
    const tip = host()!;
    // happy-dom gives the host no size: it sits GAP above the mark.
    expect(at(tip)).toEqual({ x: 300, y: 392 });
    withRects(f, [rect(300, 250, 40, 20)]);
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(at(tip)).toEqual({ x: 300, y: 242 });
    // Window scroll listeners left on: one per scrolling ancestor of the mark and of the host.
    const scrolls = () => added.filter((t) => t === 'scroll').length - removed.filter((t) => t === 'scroll').length;
    const following = scrolls();
    expect(following).toBeGreaterThan(0);
    // Escape: no listener left, and a later scroll does not move the hidden tooltip.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(scrolls()).toBe(0);
    withRects(f, [rect(300, 100, 40, 20)]);
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(at(tip)).toEqual({ x: 300, y: 242 });
    // Switching marks: one set of listeners at a time, following the new mark.
    f.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    p.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(scrolls()).toBe(following);
    await settle();
    expect(at(tip)).toEqual({ x: 100, y: 392 });
    h.clear();
    expect(scrolls()).toBe(0);
  });
});

describe('excerpt', () => {
  test('short sentences are whole; long ones are windowed around the marked text', () => {
    expect(excerpt('今年增长5%。', '5%')).toEqual(['今年增长', '5%', '。']);
    const long = `${'甲'.repeat(200)}增长5%${'乙'.repeat(200)}`;
    const [before, match, after] = excerpt(long, '增长5%', 40);
    expect(match).toBe('增长5%');
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect((before + match + after).length).toBeLessThanOrEqual(42);
    expect(excerpt('abc', 'zzz')).toEqual(['abc', '', '']);
  });
});

describe('security rules', () => {
  test('no HTML-string sinks or code evaluation in the highlighter code', () => {
    const dir = join(__dirname, '../../lib/dom/marks');
    const files = [
      'highlighter.ts', 'text-index.ts', 'page-style.ts', 'tooltip.ts', 'tooltip-view.ts', 'tooltip-text.ts', 'tooltip-position.ts',
      'focus.ts', 'nest.ts', 'plan.ts', 'render.ts', 'types.ts', '../../core/text/offsets.ts',
    ];
    const banned = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|setHTMLUnsafe|createContextualFragment/;
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(banned);
  });
});
