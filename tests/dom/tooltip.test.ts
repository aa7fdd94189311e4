// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { highlight, type Annotation } from '../../lib/dom/marks/highlighter';
import type { ArticleRead } from '../../lib/dom/read/article';
import { excerpt, installTooltip } from '../../lib/dom/marks/tooltip';

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
    { id: 'f1', kind: 'figure', start: at('1.3万余家'), end: text.length - 1, label: '13000 · more than · 家', sentence: text },
    { id: 'p1', kind: 'program', start: at('“十四五”规划'), end: at('，'), label: '十四五规划 · five-year plan' },
  ];
  return { read, anns, p };
}

const host = () => document.querySelector('kanbao-tooltip') as HTMLElement | null;
const visible = () => host()?.style.getPropertyValue('display') === 'block';
const shadowText = () => host()?.shadowRoot?.textContent ?? '';

afterEach(() => {
  document.body.replaceChildren();
  document.querySelector('kanbao-tooltip')?.remove();
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
    expect(root.querySelector('.label')!.textContent).toBe('13000 · more than · 家');
    expect(root.querySelector('.sentence b')!.textContent).toBe('1.3万余家');
    expect(root.querySelector('[role="tooltip"]')).not.toBeNull();
    expect(document.querySelectorAll('kanbao-tooltip')).toHaveLength(1);
    h.clear();
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
    expect(shadowText()).not.toContain('13000');
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
    expect(shadowText()).toContain('13000');
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
    const files = ['highlighter.ts', 'text-index.ts', 'page-style.ts', 'tooltip.ts', 'focus.ts', 'nest.ts', 'plan.ts', 'render.ts', 'types.ts', '../../core/text/offsets.ts'];
    const banned = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|setHTMLUnsafe|createContextualFragment/;
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(banned);
  });
});
