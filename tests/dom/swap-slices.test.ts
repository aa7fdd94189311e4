// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { convertBatch } from '../../lib/engines/opencc';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import { createLiveScriptSwap } from '../../lib/dom/swap/live';
import { sameBlock } from '../../lib/dom/swap/block';
import type { ConvertFn, SwapReport } from '../../lib/dom/swap/types';
import { renderHighlight } from '../helpers/highlight-stand-in';

/**
 * The swapper writes a big page in slices that give the event loop back in between
 * (the slicer itself: schedule.test.ts). Here every slice is one unit (budget 0) and the "event
 * loop" is a hook, so what a page (or the reader, or the highlighter) does between two slices can
 * be played deterministically.
 */
const convert: ConvertFn = async (texts, to) => convertBatch(texts, to);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function page(n: number): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.setAttribute('lang', 'zh-CN');
  for (let i = 0; i < n; i++) {
    const p = doc.createElement('p');
    p.textContent = `第${i}段：这个软件的干部很好`;
    doc.body.appendChild(p);
  }
  return doc;
}

/** A yield that runs `between(k)` before the k-th continuation (k = 1, 2, …). */
function stepper(between: (k: number) => void = () => {}) {
  const s = { yields: 0, yieldToMain: async () => {
    s.yields++;
    between(s.yields);
    await Promise.resolve();
  } };
  return s;
}

/** Runs `action` once, at the first yield where `when()` holds (what the page shows decides). */
function once(when: () => boolean, action: () => void): () => void {
  let done = false;
  return () => {
    if (done || !when()) return;
    done = true;
    action();
  };
}

const shows = (node: Node | null | undefined, text: string) => node?.textContent === text;
const para = (doc: Document, i: number) => doc.body.children[i]!;

describe('the swapper writes in slices', () => {
  it('yields between units and resolves only after the last write; each slice runs quiet', async () => {
    const doc = page(5);
    const before = doc.documentElement.innerHTML;
    const s = stepper();
    let quietCalls = 0;
    const swapper = createScriptSwapper(doc, convert, {
      schedule: { budgetMs: 0, yieldToMain: s.yieldToMain },
      quiet: (w) => {
        quietCalls++;
        w();
      },
    });
    const r = await swapper.convertTo('taiwan');
    expect(s.yields).toBeGreaterThan(5);
    // <html lang> + 5 text nodes (all of them change): one slice each to sort them from the
    // unchanged ones, one each to write them, plus the script attribute.
    expect(quietCalls).toBe(13);
    expect(r.changedNodes).toBe(5);
    expect(doc.body.textContent).toBe(Array.from({ length: 5 }, (_, i) => `第${i}段：這個軟件的幹部很好`).join(''));
    expect(doc.documentElement.getAttribute('data-kanbao-script')).toBe('taiwan');
    await swapper.restore();
    expect(doc.documentElement.innerHTML).toBe(before);
  });

  it('a request made half-way through a write ends in the last requested state; Original is exact', async () => {
    const doc = page(6);
    const before = doc.documentElement.innerHTML;
    const pending: Promise<unknown>[] = [];
    // Half-way through the Taiwan write, ask for Simplified; half-way through that write, Hong Kong.
    const toSimplified = once(() => shows(para(doc, 1), '第1段：這個軟件的幹部很好'), () => pending.push(swapper.convertTo('simplified')));
    const toHongkong = once(() => shows(para(doc, 4), '第4段：这个软件的干部很好') && shows(para(doc, 0), '第0段：这个软件的干部很好') && pending.length === 1 && swapper.target === 'original',
      () => pending.push(swapper.convertTo('hongkong')));
    const s = stepper(() => {
      toSimplified();
      toHongkong();
    });
    const swapper = createScriptSwapper(doc, convert, { schedule: { budgetMs: 0, yieldToMain: s.yieldToMain } });
    const first = await swapper.convertTo('taiwan');
    const second = await pending[0]!;
    const third = await pending[1]!;
    expect([first, second, third].map((r) => (r as { superseded: boolean }).superseded)).toEqual([true, true, false]);
    expect(swapper.target).toBe('hongkong');
    expect(doc.body.textContent).toBe(Array.from({ length: 6 }, (_, i) => `第${i}段：這個軟件的幹部很好`).join(''));
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-HK');
    expect(doc.documentElement.getAttribute('data-kanbao-script')).toBe('hongkong');
    await swapper.restore();
    expect(doc.documentElement.innerHTML).toBe(before);
  });

  it('a stopped write’s length changes are reported by the write that replaced it', async () => {
    const doc = document.implementation.createHTMLDocument();
    for (const t of ['二噁英', '檢測報告', '二噁英排放']) doc.body.appendChild(doc.createElement('p')).textContent = t;
    let again: Promise<SwapReport> | null = null;
    // The same target again, asked for once the first node is written: the second write finds
    // that node right already.
    const s = stepper(once(() => shows(para(doc, 0), '二𫫇英'), () => (again = swapper.convertTo('simplified'))));
    const swapper = createScriptSwapper(doc, convert, { schedule: { budgetMs: 0, yieldToMain: s.yieldToMain } });
    const first = await swapper.convertTo('simplified');
    expect(first.superseded).toBe(true);
    const second = await again!;
    expect(doc.body.textContent).toBe('二𫫇英检测报告二𫫇英排放');
    expect(second.lengthChanged).toBe(true);
    expect(second.lengthChangedNodes).toEqual([doc.body.children[0]!.firstChild, doc.body.children[2]!.firstChild]);
  });

  it('the page’s own edits between slices win, and are converted afterwards by the watcher', async () => {
    const doc = page(4);
    const last = doc.body.lastChild!.firstChild as Text;
    // The last paragraph changes once the write has begun (so after it was planned).
    const s = stepper(once(() => shows(para(doc, 0), '第0段：這個軟件的幹部很好'), () => (last.data = '页面自己改的这个')));
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 0, maxWaitMs: 0, schedule: { budgetMs: 0, yieldToMain: s.yieldToMain } });
    try {
      await live.convertTo('taiwan');
      // Skipped by the write (changed since planned), then picked up by the watcher.
      await sleep(5);
      expect(last.data).toBe('頁面自己改的這個');
      await live.restore();
      expect(last.data).toBe('页面自己改的这个');
      expect(doc.body.firstChild!.textContent).toBe('第0段：这个软件的干部很好');
    } finally {
      live.stop();
    }
  });

  it('a highlight rendered and one cleared between slices: Original is still exact', async () => {
    const doc = page(4);
    const before = doc.documentElement.innerHTML;
    const [a, b] = [doc.body.children[2]!.firstChild as Text, doc.body.children[0]!.firstChild as Text];
    let shown: { original: Text; pieces: Node[] } | null = null;
    let cleared: { original: Text; pieces: Node[] } | null = null;
    // Half-way through the write: paragraph 2, not yet written, is split into pieces;
    // paragraph 0, already written, is split and cleared again (the clear puts back its node
    // holding the converted text).
    const s = stepper(once(() => shows(para(doc, 0), '第0段：這個軟件的幹部很好') && shows(para(doc, 2), '第2段：这个软件的干部很好'), () => {
      shown = renderHighlight(doc, a, 3, 5);
      cleared = renderHighlight(doc, b, 3, 5);
      clearHighlight(cleared);
    }));
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 0, maxWaitMs: 0, schedule: { budgetMs: 0, yieldToMain: s.yieldToMain } });
    try {
      await live.convertTo('taiwan');
      await sleep(5);
      expect(doc.body.textContent).toBe(Array.from({ length: 4 }, (_, i) => `第${i}段：這個軟件的幹部很好`).join(''));
      await live.restore();
      await sleep(5);
      clearHighlight(shown!);
      await sleep(5);
      expect(doc.documentElement.innerHTML).toBe(before);
      expect(cleared).not.toBeNull();
    } finally {
      live.stop();
    }
  });

  it('a highlight cleared half-way through its write: the joined node is converted from its original', async () => {
    const doc = page(2);
    const before = doc.documentElement.innerHTML;
    // Highlighted before the conversion: its three pieces are three units of the write.
    const h = renderHighlight(doc, doc.body.children[1]!.firstChild as Text, 6, 8);
    // Once the first piece is converted and the other two are not, the clear joins them.
    const s = stepper(once(() => shows(h.pieces[0], '第1段：這個') && shows(h.pieces[1], '软件'), () => clearHighlight(h)));
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 0, maxWaitMs: 0, schedule: { budgetMs: 0, yieldToMain: s.yieldToMain } });
    try {
      await live.convertTo('taiwan');
      expect(h.original.data).toBe('第1段：這個软件的干部很好');
      await sleep(5);
      expect(h.original.data).toBe('第1段：這個軟件的幹部很好');
      await live.restore();
      expect(doc.documentElement.innerHTML).toBe(before);
    } finally {
      live.stop();
    }
  });

  it('a slice out of time in the middle of a paragraph finishes the paragraph (one layout, not one per slice)', async () => {
    const doc = page(60);
    // Every paragraph highlighted: four text pieces, two of them inside nested <kanbao-mark>s.
    for (const p of Array.from(doc.body.children)) {
      const h = renderHighlight(doc, p.firstChild as Text, 3, 5);
      renderHighlight(doc, h.pieces[2] as Text, 2, 4);
    }
    const [p0, p1] = [doc.body.children[0]!, doc.body.children[1]!];
    expect(sameBlock({ kind: 'text', node: p0.firstChild as Text }, { kind: 'text', node: p0.querySelector('kanbao-mark')!.firstChild as Text })).toBe(true);
    expect(sameBlock({ kind: 'text', node: p0.firstChild as Text }, { kind: 'text', node: p1.firstChild as Text })).toBe(false);
    // A clock that moves 0.25 ms at every look. Writes run in slices of three budgets (3 ms
    // here): a slice runs out after 12 looks (192 units), wherever that falls, and may then run
    // on to four budgets (4 more looks) to finish a paragraph.
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 0.25));
    const half: string[] = [];
    let slices = 0;
    try {
      const swapper = createScriptSwapper(doc, convert, {
        schedule: { budgetMs: 1, yieldToMain: () => Promise.resolve() },
        quiet: (w) => {
          w();
          slices++;
          for (const p of doc.body.children) {
            const text = p.textContent ?? '';
            if (!text.endsWith('这个软件的干部很好') && !text.endsWith('這個軟件的幹部很好')) half.push(text);
          }
        },
      });
      await swapper.convertTo('taiwan');
      expect(half).toEqual([]);
      expect(slices).toBeGreaterThan(3);
      expect(doc.body.textContent).toBe(Array.from({ length: 60 }, (_, i) => `第${i}段：這個軟件的幹部很好`).join(''));
    } finally {
      clock.mockRestore();
    }
  });
});

/** Clears a stand-in highlight: the pieces' text back into the original node, the node back in. */
function clearHighlight(h: { original: Text; pieces: Node[] }): void {
  const parent = h.pieces[0]!.parentNode!;
  h.original.data = h.pieces.map((n) => n.textContent).join('');
  parent.insertBefore(h.original, h.pieces[0]!);
  for (const n of h.pieces) parent.removeChild(n);
}

describe('Original runs in longer slices than a conversion', () => {
  it('with a 10 ms budget, restoring yields far fewer times than converting, and is exact', async () => {
    const doc = page(2000);
    const before = doc.documentElement.innerHTML;
    // A clock that moves 0.5 ms each time it is read: slices end after a fixed amount of work,
    // whatever the machine's speed.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.5));
    try {
      const s = stepper();
      const swapper = createScriptSwapper(doc, convert, { schedule: { budgetMs: 10, yieldToMain: s.yieldToMain } });
      await swapper.convertTo('taiwan');
      const converting = s.yields;
      expect(para(doc, 1).textContent).toContain('這個');
      s.yields = 0;
      await swapper.restore();
      // Each yield after a write lets the browser lay the page out again: Original, which
      // converts nothing, takes slices four times as long (still under a long task).
      expect(converting).toBeGreaterThan(8);
      expect(s.yields * 3).toBeLessThan(converting);
      expect(doc.documentElement.innerHTML).toBe(before);
    } finally {
      now.mockRestore();
    }
  });
});
