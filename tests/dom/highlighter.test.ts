// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { highlight, highlightInChunks, type Annotation, type MarkKind } from '../../lib/dom/marks/highlighter';
import { PAGE_STYLE_ID } from '../../lib/dom/marks/page-style';
import type { ArticleRead } from '../../lib/dom/read/article';
import { readFromBlocks } from '../helpers/read-from-blocks';


/** A reader stand-in that honours the contract: paragraph i = blocks[i].textContent, trimmed. */

/** Builds markup with DOM calls only: [tag, ...children] or a text string, {c} for a comment. */
type Spec = string | { c: string } | [string, ...Spec[]];
function build(spec: Spec, doc: Document = document): Node {
  if (typeof spec === 'string') return doc.createTextNode(spec);
  if (!Array.isArray(spec)) return doc.createComment(spec.c);
  const [tag, ...kids] = spec;
  const el = doc.createElement(tag);
  for (const k of kids) el.appendChild(build(k, doc));
  return el;
}

function mount(...paras: Spec[][]): Element[] {
  document.body.replaceChildren();
  return paras.map((kids) => document.body.appendChild(build(['p', ...kids])) as Element);
}

let n = 0;
function ann(kind: MarkKind, start: number, end: number, id = `${kind[0]}${++n}`): Annotation {
  return { id, kind, start, end, label: `${kind} label ${id}` };
}

function spanOf(read: ArticleRead, needle: string, kind: MarkKind, id?: string): Annotation {
  const at = read.article.text.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  return ann(kind, at, at + needle.length, id);
}

const marksIn = (root: ParentNode) => Array.from(root.querySelectorAll('kanbao-mark'));

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('highlight: basic shapes', () => {
  test('a span becomes an inline kanbao-mark with kind, id and a tab stop', () => {
    const [p] = mount(['\u3000\u3000全年增长5.2%，好于预期。']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [spanOf(read, '5.2%', 'figure', 'f1')]);
    const [m, ...rest] = marksIn(document.body);
    expect(rest).toHaveLength(0);
    expect(m!.localName).toBe('kanbao-mark');
    expect(m!.textContent).toBe('5.2%');
    expect(m!.getAttribute('data-kind')).toBe('figure');
    expect(m!.getAttribute('data-kanbao-id')).toBe('f1');
    expect(m!.getAttribute('tabindex')).toBe('0');
    expect(p!.textContent).toBe('\u3000\u3000全年增长5.2%，好于预期。');
    expect(h.marks('f1')).toEqual([m]);
    h.clear();
  });

  test('a span across element boundaries (<b>61</b>.6%) becomes several marks with one id', () => {
    const [p] = mount(['占比', ['b', '61'], '.6%，']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [spanOf(read, '61.6%', 'figure', 'f1')]);
    const ms = h.marks('f1');
    expect(ms.map((m) => m.textContent)).toEqual(['61', '.6%']);
    expect(ms[0]!.parentElement!.localName).toBe('b');
    expect(ms.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
    h.clear();
    expect(marksIn(document.body)).toHaveLength(0);
  });

  test('a figure inside a program nests inside the program mark', () => {
    const [p] = mount(['实施“十四五”规划第3期工程。']);
    const read = readFromBlocks([p!]);
    const prog = spanOf(read, '“十四五”规划第3期工程', 'program', 'p1');
    const fig = spanOf(read, '3期', 'figure', 'f1');
    const h = highlight(document, read, [fig, prog]);
    const [outer] = h.marks('p1');
    const [inner] = h.marks('f1');
    expect(h.marks('p1')).toHaveLength(1);
    expect(inner!.parentElement).toBe(outer);
    expect(outer!.textContent).toBe('“十四五”规划第3期工程');
    h.clear();
  });

  test('identical ranges: the program is the outer mark, whatever the input order', () => {
    const [p] = mount(['推进五年规划。']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [spanOf(read, '五年规划', 'figure', 'f1'), spanOf(read, '五年规划', 'program', 'p1')]);
    expect(h.marks('f1')[0]!.parentElement).toBe(h.marks('p1')[0]);
    h.clear();
  });

  test('crossing spans split the later one; no id ever nests inside itself', () => {
    const [p] = mount(['甲乙丙丁戊己庚']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [ann('program', 1, 4, 'p1'), ann('figure', 3, 6, 'f1')]);
    expect(h.marks('p1').map((m) => m.textContent)).toEqual(['乙丙丁']);
    expect(h.marks('f1').map((m) => m.textContent)).toEqual(['丁', '戊己']);
    expect(h.marks('f1')[0]!.parentElement).toBe(h.marks('p1')[0]);
    for (const m of marksIn(document.body)) {
      const id = m.getAttribute('data-kanbao-id');
      expect(m.parentElement!.closest(`kanbao-mark[data-kanbao-id="${id}"]`)).toBeNull();
    }
    h.clear();
  });

  test('a span over skipped text (code, script, contenteditable) is cut, not misplaced', () => {
    const [p] = mount(['数值', ['code', 'x=1'], '增长', ['span', '编辑'], '完']);
    (p!.children[1] as Element).setAttribute('contenteditable', 'true');
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [ann('figure', 0, read.article.text.length, 'f1')]);
    expect(h.marks('f1').map((m) => m.textContent)).toEqual(['数值', '增长', '完']);
    expect(p!.querySelector('code')!.textContent).toBe('x=1');
    expect(p!.querySelector('code kanbao-mark, [contenteditable] kanbao-mark')).toBeNull();
    h.clear();
  });

  test('astral CJK and emoji: a boundary inside a surrogate pair widens to the whole character', () => {
    const [p] = mount(['𠀀𠀁😀增长']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [ann('figure', 1, 5, 'f1')]);
    expect(h.marks('f1')[0]!.textContent).toBe('𠀀𠀁😀');
    const walker = document.createTreeWalker(p!, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      expect((t as Text).data).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    h.clear();
  });

  test('bad annotations are dropped, never thrown on', () => {
    const [p] = mount(['正文内容']);
    const read = readFromBlocks([p!]);
    const bad = [
      ann('figure', 2, 1, 'rev'), ann('figure', -1, 2, 'neg'), ann('figure', 0, 99, 'long'),
      ann('figure', Number.NaN, 2, 'nan'), { ...ann('figure', 0, 1, 'kind'), kind: 'x' as MarkKind },
      ann('figure', 0, 2, 'dup'), ann('date', 1, 3, 'dup'),
    ];
    const h = highlight(document, read, bad);
    expect(h.marks('dup')).toHaveLength(1);
    expect(h.dropped).toEqual(['rev', 'neg', 'long', 'nan', 'kind']);
    h.clear();
  });
});

describe('highlight: idempotence, toggling, clear', () => {
  function setup() {
    const [a, b] = mount(
      ['\u3000\u30002024年，实施“十四五”规划', ['b', '61'], '.6%的项目。'],
      ['\u00a0新增就业1256万人，', { c: 'enpcontent' }, '同比增长3%。 '],
    );
    const read = readFromBlocks([a!, b!]);
    const anns = [
      spanOf(read, '2024年', 'date', 'd1'),
      spanOf(read, '“十四五”规划', 'program', 'p1'),
      spanOf(read, '十四五', 'figure', 'f0'),
      spanOf(read, '61.6%', 'figure', 'f1'),
      spanOf(read, '1256万人', 'figure', 'f2'),
      spanOf(read, '3%', 'figure', 'f3'),
    ];
    return { read, anns };
  }

  test('highlight twice == highlight once (the previous highlighter is cleared first)', () => {
    const { read, anns } = setup();
    const before = document.body.innerHTML;
    const h1 = highlight(document, read, anns);
    const once = document.body.innerHTML;
    const h2 = highlight(document, read, anns);
    expect(document.body.innerHTML).toBe(once);
    expect(h1.cleared).toBe(true);
    expect(document.querySelectorAll(`#${PAGE_STYLE_ID}`)).toHaveLength(1);
    h2.clear();
    h1.clear(); // clearing a stale highlighter is a no-op
    expect(document.body.innerHTML).toBe(before);
  });

  test('switching a kind off removes its marks; on restores exactly', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const full = document.body.innerHTML;
    h.setKindsVisible({ figure: false });
    expect(document.querySelector('kanbao-mark[data-kind="figure"]')).toBeNull();
    expect(h.marks('p1')).toHaveLength(1);
    expect(h.marks('d1')).toHaveLength(1);
    expect(h.marks('f1')).toEqual([]);
    expect(h.isKindVisible('figure')).toBe(false);
    h.setKindsVisible({ program: false });
    h.setKindsVisible({ date: false });
    expect(marksIn(document.body)).toHaveLength(0);
    h.setKindsVisible({ date: true });
    h.setKindsVisible({ program: true });
    h.setKindsVisible({ figure: true });
    expect(document.body.innerHTML).toBe(full);
    h.clear();
  });

  test('switching several kinds at once marks each Text node once, and gives the same page as one at a time', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const full = document.body.innerHTML;
    h.setKindsVisible({ figure: false, date: false, program: false });
    expect(marksIn(document.body)).toHaveLength(0);
    // Every node that carries a mark is put in once: one childList change that adds nodes per
    // node, where switching the three kinds one at a time adds them three times to a node with all.
    const added: Node[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) added.push(...Array.from(r.addedNodes));
    });
    watch.observe(document.body, { childList: true, subtree: true });
    h.setKindsVisible({ figure: true, date: true, program: true });
    const once = watch.takeRecords().flatMap((r) => Array.from(r.addedNodes));
    watch.disconnect();
    added.push(...once);
    expect(document.body.innerHTML).toBe(full);
    const marksAdded = added.filter((n) => n.nodeName === 'KANBAO-MARK').length;
    expect(marksAdded).toBe(document.querySelectorAll('kanbao-mark').length - document.querySelectorAll('kanbao-mark kanbao-mark').length);
    // A kind left out keeps its state; a kind already in the asked state changes nothing.
    h.setKindsVisible({ date: false, figure: true });
    expect(h.isKindVisible('figure')).toBe(true);
    expect(h.isKindVisible('date')).toBe(false);
    expect(h.isKindVisible('program')).toBe(true);
    h.setKindsVisible({ date: true });
    expect(document.body.innerHTML).toBe(full);
    h.clear();
  });

  test('starting with some kinds hidden', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns, { kinds: ['date'] });
    expect(marksIn(document.body).map((m) => m.getAttribute('data-kind'))).toEqual(['date']);
    h.clear();
  });

  test('clear() puts the original Text node objects back and keeps adjacent text nodes apart', () => {
    const [p] = mount(['甲乙', '丙丁', '', '  ', { c: 'c' }, '戊己']);
    const originals = Array.from(p!.childNodes);
    const read = readFromBlocks([p!]);
    const before = document.body.innerHTML;
    const h = highlight(document, read, [ann('figure', 1, 5, 'f1'), ann('date', 5, 6, 'd1')]);
    expect(p!.childNodes.length).toBeGreaterThan(originals.length);
    h.clear();
    expect(Array.from(p!.childNodes)).toEqual(originals);
    expect(p!.childNodes.length).toBe(6);
    expect(document.body.innerHTML).toBe(before);
  });

  test('page style is added once and removed on clear; a pre-existing one is left alone', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    expect(document.getElementById(PAGE_STYLE_ID)?.textContent).toContain('kanbao-mark');
    h.clear();
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
    const foreign = document.createElement('style');
    foreign.id = PAGE_STYLE_ID;
    document.head.appendChild(foreign);
    highlight(document, read, anns).clear();
    expect(document.getElementById(PAGE_STYLE_ID)).toBe(foreign);
    foreign.remove();
  });

  test('in-place writes into marked text (script swap) survive toggle and clear', () => {
    const [p] = mount(['全國實施“十四五”規劃，新增1.3萬家。']);
    const original = p!.firstChild as Text;
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [spanOf(read, '“十四五”規劃', 'program', 'p1'), spanOf(read, '1.3萬家', 'figure', 'f1')]);
    // Convert every Text node in place, length for length, as the script swapper does.
    const conv: Record<string, string> = { 國: '国', 實: '实', 規: '规', 劃: '划', 萬: '万' };
    const walker = document.createTreeWalker(p!, 4);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      t.data = t.data.replace(/[國實規劃萬]/g, (c) => conv[c]!);
    }
    h.setKindsVisible({ figure: false });
    expect(p!.textContent).toBe('全国实施“十四五”规划，新增1.3万家。');
    h.setKindsVisible({ figure: true });
    expect(h.marks('f1')[0]!.textContent).toBe('1.3万家');
    h.clear();
    expect(p!.firstChild).toBe(original);
    expect(p!.childNodes).toHaveLength(1);
    expect(original.data).toBe('全国实施“十四五”规划，新增1.3万家。');
  });

  test('a length-changing write survives clear; that node is then left unmarked on re-render', () => {
    const [p] = mount(['甲乙丙丁戊']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [ann('figure', 1, 3, 'f1')]);
    (h.marks('f1')[0]!.firstChild as Text).data = '乙乙乙';
    h.setKindsVisible({ figure: false });
    h.setKindsVisible({ figure: true });
    expect(h.marks('f1')).toEqual([]);
    expect(p!.textContent).toBe('甲乙乙乙丁戊');
    h.clear();
    expect(p!.textContent).toBe('甲乙乙乙丁戊');
    expect(p!.childNodes).toHaveLength(1);
  });

  test('if the page rewrites a paragraph while marked, clear() keeps the page edit and removes our marks', () => {
    const { read, anns } = setup();
    const h = highlight(document, read, anns);
    const p = document.body.firstElementChild!;
    const b = p.querySelector('b')!;
    b.replaceChildren(document.createTextNode('99'));
    p.append('（更新）');
    expect(() => h.clear()).not.toThrow();
    expect(marksIn(document.body)).toHaveLength(0);
    expect(p.textContent).toContain('99.6%的项目。（更新）');
  });
});

describe('marks / focusMark', () => {
  test('focuses the first mark, flashes all pieces, and unflashes later', () => {
    vi.useFakeTimers();
    const [p] = mount(['占比', ['b', '61'], '.6%，']);
    const read = readFromBlocks([p!]);
    const h = highlight(document, read, [spanOf(read, '61.6%', 'figure', 'f1')]);
    const ms = h.marks('f1');
    expect(h.focusMark('f1')).toBe(true);
    expect(document.activeElement).toBe(ms[0]);
    expect(ms.every((m) => m.classList.contains('kanbao-flash'))).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(ms.some((m) => m.hasAttribute('class'))).toBe(false);
    expect(h.focusMark('nope')).toBe(false);
    h.setKindsVisible({ figure: false });
    expect(h.focusMark('f1')).toBe(false);
    h.clear();
  });

  test('clear() during a flash leaves nothing behind', () => {
    vi.useFakeTimers();
    const [p] = mount(['增长5%']);
    const read = readFromBlocks([p!]);
    const before = document.body.innerHTML;
    const h = highlight(document, read, [spanOf(read, '5%', 'figure', 'f1')]);
    h.focusMark('f1');
    h.clear();
    vi.advanceTimersByTime(2000);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('kanbao-tooltip')).toBeNull();
  });
});

describe('highlightInChunks', () => {
  function bigPage(paras: number) {
    const blocks = mount(
      ...Array.from({ length: paras }, (_, i): Spec[] => [`\u3000\u3000第${i}段：全年增长5.2%，`, ['b', `${i}亿元`], '，同比提高3个百分点。']),
    );
    const read = readFromBlocks(blocks);
    const anns: Annotation[] = [];
    for (const [i, p] of read.article.paragraphs.entries()) {
      const t = read.article.text.slice(p.start, p.end);
      const at = (s: string) => p.start + t.indexOf(s);
      anns.push(ann('figure', at('5.2%'), at('5.2%') + 4, `a${i}`));
      anns.push(ann('figure', at(`${i}亿元`), at(`${i}亿元`) + `${i}亿元`.length, `b${i}`));
      anns.push(ann('program', at('全年'), at('，同比'), `c${i}`));
    }
    return { read, anns };
  }

  test('same DOM as the synchronous path, with yields in between', async () => {
    const { read, anns } = bigPage(40);
    const before = document.body.innerHTML;
    highlight(document, read, anns).clear();
    const sync = (() => {
      const h = highlight(document, read, anns);
      const html = document.body.innerHTML;
      h.clear();
      return html;
    })();
    let yields = 0;
    const h = await highlightInChunks(document, read, anns, { budgetMs: 0, yieldToMain: async () => void yields++ });
    expect(yields).toBeGreaterThan(40);
    expect(document.body.innerHTML).toBe(sync);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  test('the page is left untouched until every marked copy is built, then changes in one go', async () => {
    const { read, anns } = bigPage(30);
    const before = document.body.innerHTML;
    const html: string[] = [];
    await highlightInChunks(document, read, anns, { budgetMs: 0, yieldToMain: async () => void html.push(document.body.innerHTML) });
    // With one step a slice, the page shows no mark until the building is done; after the first
    // mark goes in, every later record follows it (no slice goes back to the unmarked page).
    const firstMarked = html.findIndex((h) => h.includes('<kanbao-mark'));
    // 30 blocks indexed, then two records a paragraph built, before the first goes in.
    expect(firstMarked).toBeGreaterThan(30 + 2 * 30 - 1);
    expect(html.slice(0, firstMarked).every((h) => h === before)).toBe(true);
    expect(html.slice(firstMarked).every((h) => h.includes('<kanbao-mark'))).toBe(true);
  });

  /** A clock that moves `step` ms at every reading, so the slices fall the same way on any machine. */
  function steadyClock(step: number) {
    let t = 0;
    return vi.spyOn(performance, 'now').mockImplementation(() => (t += step));
  }

  test('the built copies go in within one stretch: no yield shows the page half marked', async () => {
    const { read, anns } = bigPage(15);
    const total = highlight(document, read, anns);
    const all = marksIn(document.body).length;
    total.clear();
    // Each reading of the clock is 0.1 ms: a 1 ms slice ends after about ten steps, so the 30
    // copies put in one a step would be split over several slices; their stretch is four slices.
    const clock = steadyClock(0.1);
    const seen: number[] = [];
    try {
      await highlightInChunks(document, read, anns, { budgetMs: 1, yieldToMain: async () => void seen.push(marksIn(document.body).length) });
    } finally {
      clock.mockRestore();
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((count) => count === 0 || count === all)).toBe(true);
    expect(marksIn(document.body)).toHaveLength(all);
  });

  test('a stretch of putting copies in still ends: the page gets its turn on a long one', async () => {
    const { read, anns } = bigPage(40);
    const total = highlight(document, read, anns);
    const all = marksIn(document.body).length;
    total.clear();
    // 1 ms a reading: the 8 ms stretch (four 2 ms slices) ends after a few copies.
    const clock = steadyClock(1);
    const seen: number[] = [];
    try {
      await highlightInChunks(document, read, anns, { budgetMs: 2, yieldToMain: async () => void seen.push(marksIn(document.body).length) });
    } finally {
      clock.mockRestore();
    }
    const partial = seen.filter((count) => count > 0 && count < all);
    expect(partial.length).toBeGreaterThan(3);
    const growth = seen.slice(1).map((count, i) => count - seen[i]!);
    // Two copies a paragraph, two marks in each: no stretch puts in more than ten copies.
    expect(Math.max(...growth)).toBeLessThanOrEqual(20);
    expect(marksIn(document.body)).toHaveLength(all);
  });

  test('a Text node the page edits while the copies are built is left as the page wrote it', async () => {
    const { read, anns } = bigPage(10);
    let yields = 0;
    let edited: Text | null = null;
    const h = await highlightInChunks(document, read, anns, {
      budgetMs: 0,
      yieldToMain: async () => {
        // Ten blocks indexed, the copies being built (see the test above): the page rewrites the
        // first paragraph's text after its copy was made.
        if (++yields === 30 && !document.querySelector('kanbao-mark')) {
          edited = read.blocks[0]!.firstChild as Text;
          edited.data = '第0段：改写了。';
        }
      },
    });
    expect(edited).not.toBeNull();
    expect(read.blocks[0]!.firstChild).toBe(edited);
    expect(h.marks('a0')).toHaveLength(0);
    expect(h.marks('a1')).toHaveLength(1);
    h.clear();
  });

  test('abort midway restores the page', async () => {
    const { read, anns } = bigPage(20);
    const before = document.body.innerHTML;
    const ctrl = new AbortController();
    let yields = 0;
    const h = await highlightInChunks(document, read, anns, {
      budgetMs: 0,
      signal: ctrl.signal,
      yieldToMain: async () => {
        if (++yields === 30) ctrl.abort();
      },
    });
    expect(h.cleared).toBe(true);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
  });

  test('a new highlight during a chunked run supersedes it', async () => {
    const { read, anns } = bigPage(10);
    let h2: ReturnType<typeof highlight> | null = null;
    let yields = 0;
    const h1 = await highlightInChunks(document, read, anns, {
      budgetMs: 0,
      yieldToMain: async () => {
        if (++yields === 5) h2 = highlight(document, read, anns.slice(0, 3));
      },
    });
    expect(h1.cleared).toBe(true);
    expect(marksIn(document.body)).toHaveLength(h2!.marks('a0').length + h2!.marks('b0').length + h2!.marks('c0').length);
    h2!.clear();
  });

  test('chunked toggle and chunked clear give the same DOM as the synchronous ones', async () => {
    const { read, anns } = bigPage(30);
    const before = document.body.innerHTML;
    const h = highlight(document, read, anns);
    const full = document.body.innerHTML;
    h.setKindsVisible({ figure: false });
    const noFigures = document.body.innerHTML;
    h.setKindsVisible({ figure: true });
    let yields = 0;
    const schedule = { budgetMs: 0, yieldToMain: async () => void yields++ };
    await h.setKindsVisibleInChunks({ figure: false }, schedule);
    expect(document.body.innerHTML).toBe(noFigures);
    // Overlapping chunked toggles converge on the latest state.
    await Promise.all([h.setKindsVisibleInChunks({ figure: true }, schedule), h.setKindsVisibleInChunks({ program: false }, schedule)]);
    await h.setKindsVisibleInChunks({ program: true }, schedule);
    expect(document.body.innerHTML).toBe(full);
    await h.clearInChunks(schedule);
    expect(yields).toBeGreaterThan(60);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
  });

  test('a new highlight during a chunked clear finds the page restored, and keeps its style', async () => {
    const { read, anns } = bigPage(20);
    const before = document.body.innerHTML;
    const h1 = highlight(document, read, anns);
    const once = document.body.innerHTML;
    let h2: ReturnType<typeof highlight> | null = null;
    let yields = 0;
    await h1.clearInChunks({
      budgetMs: 0,
      yieldToMain: async () => {
        if (++yields === 5) h2 = highlight(document, read, anns);
      },
    });
    expect(document.body.innerHTML).toBe(once);
    expect(document.getElementById(PAGE_STYLE_ID)).not.toBeNull();
    h2!.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  // Speed itself is measured by `npm run bench` in real Chromium; here only the slicing is checked:
  // a ~200,000-character page is marked and cleared in many short steps, with the same result.
  test('a ~200,000-character page is highlighted and cleared in many slices', async () => {
    const big = bigPage(5000);
    const before = document.body.innerHTML;
    let yields = 0;
    const schedule = { yieldToMain: async () => void yields++ };
    const hb = await highlightInChunks(document, big.read, big.anns, schedule);
    expect(yields).toBeGreaterThan(20);
    expect(hb.marks('a4999')).toHaveLength(1);
    yields = 0;
    await hb.clearInChunks(schedule);
    expect(yields).toBeGreaterThan(1);
    expect(document.querySelector('kanbao-mark')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  }, 90_000);
});
