// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { convertBatch } from '../../lib/engines/opencc';
import { watchMutations, type MutationBatch } from '../../lib/dom/swap/mutation-watch';
import { createLiveScriptSwap } from '../../lib/dom/swap/live';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import type { ConvertFn, ScriptTarget } from '../../lib/dom/swap/types';
import { renderHighlight } from '../helpers/highlight-stand-in';

function counting(): ConvertFn & { calls: number } {
  const fn = (async (texts: string[], to: ScriptTarget) => {
    fn.calls++;
    return convertBatch(texts, to);
  }) as ConvertFn & { calls: number };
  fn.calls = 0;
  return fn;
}

function para(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

function freshDoc(): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.body.appendChild(para(doc, '这个页面'));
  return doc;
}

/** Lets MutationObserver callbacks (microtasks) and timers up to `ms` run. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchMutations', () => {
  it('reports a burst once, after the debounce', async () => {
    const doc = freshDoc();
    const batches: MutationBatch[] = [];
    const watch = watchMutations(doc, (b) => batches.push(b), { debounceMs: 150, maxWaitMs: 1000 });
    const p = para(doc, '后来的');
    doc.body.appendChild(p);
    await advance(100);
    (p.firstChild as Text).data = '后来的段落';
    doc.body.setAttribute('title', '标题');
    doc.body.setAttribute('class', 'ignored');
    await advance(149);
    expect(batches).toHaveLength(0);
    await advance(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.nodes).toEqual(expect.arrayContaining([p, p.firstChild]));
    expect(batches[0]!.attributes).toEqual([[doc.body, 'title']]);
    watch.stop();
  });

  it('reports within the maximum wait even if changes never stop', async () => {
    const doc = freshDoc();
    const times: number[] = [];
    const start = Date.now();
    const watch = watchMutations(doc, () => times.push(Date.now() - start), { debounceMs: 150, maxWaitMs: 1000 });
    const t = doc.body.firstChild!.firstChild as Text;
    for (let i = 1; i <= 25; i++) {
      t.data = `第${i}次`;
      await advance(100);
    }
    // A change every 100 ms never leaves 150 ms of quiet, yet batches come at most 1 s apart.
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect(times[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(1100);
    watch.stop();
  });

  it('never sees writes made through quiet(), and keeps the page’s changes made before', async () => {
    const doc = freshDoc();
    const batches: MutationBatch[] = [];
    const watch = watchMutations(doc, (b) => batches.push(b), { debounceMs: 50 });
    const pageNode = doc.body.firstChild!.firstChild as Text;
    pageNode.data = '页面改的';
    const own = para(doc, '');
    watch.quiet(() => {
      doc.body.appendChild(own);
      own.setAttribute('title', '自己的');
    });
    await advance(100);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.nodes).toEqual([pageNode]);
    expect(batches[0]!.attributes).toEqual([]);
    watch.stop();
  });

  it('pause, resume and stop', async () => {
    const doc = freshDoc();
    const batches: MutationBatch[] = [];
    const watch = watchMutations(doc, (b) => batches.push(b), { debounceMs: 50 });
    watch.pause();
    expect(watch.observing).toBe(false);
    doc.body.appendChild(para(doc, '暂停时'));
    await advance(100);
    expect(batches).toHaveLength(0);
    watch.resume();
    const p = para(doc, '恢复后');
    doc.body.appendChild(p);
    await advance(100);
    expect(batches.map((b) => b.nodes)).toEqual([[p]]);
    watch.stop();
    doc.body.appendChild(para(doc, '停止后'));
    watch.resume();
    await advance(100);
    expect(batches).toHaveLength(1);
  });

  it('flush() reports pending changes at once', async () => {
    const doc = freshDoc();
    const batches: MutationBatch[] = [];
    const watch = watchMutations(doc, (b) => batches.push(b));
    doc.body.appendChild(para(doc, '马上'));
    watch.flush();
    expect(batches).toHaveLength(1);
    watch.stop();
  });
});

describe('createLiveScriptSwap: late content', () => {
  it('converts a paragraph added after conversion, after the debounce', async () => {
    const doc = freshDoc();
    const convert = counting();
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 150, maxWaitMs: 1000 });
    await live.convertTo('taiwan');
    expect(doc.body.textContent).toBe('這個頁面');
    const p = para(doc, '后来加载的段落');
    doc.body.appendChild(p);
    await advance(140);
    expect(p.textContent).toBe('后来加载的段落');
    await advance(20);
    expect(p.textContent).toBe('後來加載的段落');
    await live.restore();
    expect(p.textContent).toBe('后来加载的段落');
    expect(doc.body.firstChild!.textContent).toBe('这个页面');
    live.stop();
  });

  it('converts a ticker that never stops changing within the maximum wait', async () => {
    const doc = freshDoc();
    const live = createLiveScriptSwap(doc, counting(), { debounceMs: 150, maxWaitMs: 1000 });
    await live.convertTo('taiwan');
    const ticker = doc.body.appendChild(para(doc, '开始')).firstChild as Text;
    // The page writes a new Simplified value every 100 ms, so 150 ms of quiet never comes.
    let tick = 0;
    const timer = setInterval(() => (ticker.data = `实时第${++tick}条`), 100);
    const start = Date.now();
    const convertedAt: number[] = [];
    for (let t = 0; t < 3000; t += 10) {
      await advance(10);
      if (ticker.data.startsWith('實時') && convertedAt.at(-1) !== tick) convertedAt.push(tick);
    }
    clearInterval(timer);
    // First change at 100 ms, so the first conversion comes by 1,100 ms (tick 11), then about every second.
    expect(convertedAt[0]).toBeLessThanOrEqual(11);
    expect(convertedAt.length).toBeGreaterThanOrEqual(2);
    expect(Date.now() - start).toBe(3000);
    live.stop();
  });

  it('does not loop on its own writes: one conversion per page change', async () => {
    const doc = freshDoc();
    const convert = counting();
    const reports: unknown[] = [];
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 150, maxWaitMs: 1000, onAutoConvert: (r) => reports.push(r) });
    await live.convertTo('taiwan');
    expect(convert.calls).toBe(1);
    doc.body.appendChild(para(doc, '新闻一'));
    await advance(5000);
    expect(convert.calls).toBe(2);
    expect(reports).toHaveLength(1);
    doc.body.appendChild(para(doc, '新闻二'));
    await advance(5000);
    expect(convert.calls).toBe(3);
    expect(reports).toHaveLength(2);
    live.stop();
  });

  it('does not loop even without quiet(): its own values are recognised and skipped', async () => {
    const doc = freshDoc();
    const convert = counting();
    const swapper = createScriptSwapper(doc, convert); // no quiet: the watcher sees every write
    let batches = 0;
    const watch = watchMutations(
      doc,
      (b) => {
        batches++;
        void swapper.rescan(b);
      },
      { debounceMs: 150 },
    );
    await swapper.convertTo('taiwan');
    await advance(1000);
    // The swapper's own writes made one batch; rescanning it converted nothing.
    expect(batches).toBe(1);
    expect(convert.calls).toBe(1);
    doc.body.appendChild(para(doc, '新闻'));
    await advance(1000);
    expect(convert.calls).toBe(2);
    await advance(5000);
    expect(batches).toBe(3); // the page's change, then the echo of the write; nothing after
    expect(convert.calls).toBe(2);
    watch.stop();
  });

  it('ignores what users type into fields and editable areas', async () => {
    const doc = freshDoc();
    const textarea = doc.body.appendChild(doc.createElement('textarea'));
    textarea.textContent = '默认';
    const editable = doc.body.appendChild(doc.createElement('div'));
    editable.setAttribute('contenteditable', 'true');
    const convert = counting();
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 50 });
    await live.convertTo('taiwan');
    const calls = convert.calls;
    (textarea.firstChild as Text).data = '用户输入的简体';
    editable.appendChild(doc.createTextNode('用户正在编辑这个'));
    await advance(500);
    expect(convert.calls).toBe(calls);
    expect(textarea.textContent).toBe('用户输入的简体');
    expect(editable.textContent).toBe('用户正在编辑这个');
    live.stop();
  });

  it('leaves new page text alone on Original; the next target converts it', async () => {
    const doc = freshDoc();
    const convert = counting();
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 50 });
    await live.convertTo('simplified');
    await live.restore();
    const p = doc.body.appendChild(para(doc, '原文時加的'));
    await advance(500);
    expect(p.textContent).toBe('原文時加的');
    await live.convertTo('simplified');
    expect(p.textContent).toBe('原文时加的');
    const q = doc.body.appendChild(para(doc, '再加的這個'));
    await advance(500);
    expect(q.textContent).toBe('再加的这个');
    live.stop();
  });
});

/** Clears a stand-in highlight (renderHighlight) by putting the very same node back, as mark-render.ts does. */
function clearHighlight(h: { original: Text; pieces: Node[] }): void {
  const parent = h.pieces[0]!.parentNode!;
  parent.insertBefore(h.original, h.pieces[0]!);
  for (const n of h.pieces) parent.removeChild(n);
}

describe('createLiveScriptSwap with highlights', () => {
  it('a highlight rendered on converted text is put back exactly on Original, and so is its node', async () => {
    const doc = freshDoc();
    const p = doc.body.appendChild(para(doc, '这个软件的干部很好'));
    const initial = doc.documentElement.innerHTML;
    const live = createLiveScriptSwap(doc, counting(), { debounceMs: 50 });
    await live.convertTo('taiwan');
    const h = renderHighlight(doc, p.firstChild as Text, 5, 7);
    await advance(100);
    expect(p.textContent).toBe('這個軟件的幹部很好');
    const marked = '这个软件的<kanbao-mark>干部</kanbao-mark>很好';
    await live.restore();
    expect(p.innerHTML).toBe(marked);
    // The highlight is cleared on Original: its node comes back still converted, and is put back.
    clearHighlight(h);
    await advance(100);
    expect(doc.documentElement.innerHTML).toBe(initial);
    live.stop();
  });

  it('a highlight cleared while converted gets its node converted; Original is exact', async () => {
    const doc = freshDoc();
    const p = doc.body.appendChild(para(doc, '这个软件的干部很好'));
    const initial = doc.documentElement.innerHTML;
    const h = renderHighlight(doc, p.firstChild as Text, 5, 7);
    const live = createLiveScriptSwap(doc, counting(), { debounceMs: 50 });
    await live.convertTo('hongkong');
    expect(p.innerHTML).toBe('這個軟件的<kanbao-mark>幹部</kanbao-mark>很好');
    clearHighlight(h);
    await advance(100);
    expect(p.innerHTML).toBe('這個軟件的幹部很好');
    await live.restore();
    expect(doc.documentElement.innerHTML).toBe(initial);
    live.stop();
  });

  it('a node cached by the page and re-inserted after a switch shows the current target', async () => {
    const doc = freshDoc();
    const p = doc.body.appendChild(para(doc, '温暖的户口'));
    const live = createLiveScriptSwap(doc, counting(), { debounceMs: 50 });
    await live.convertTo('taiwan');
    expect(p.textContent).toBe('溫暖的戶口');
    p.remove();
    await advance(100);
    await live.convertTo('hongkong');
    doc.body.appendChild(p);
    await advance(100);
    expect(p.textContent).toBe('温暖的户口');
    await live.convertTo('taiwan');
    p.remove();
    await live.restore();
    doc.body.appendChild(p);
    await advance(100);
    expect(p.textContent).toBe('温暖的户口');
    live.stop();
  });
});
