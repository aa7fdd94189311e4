// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { convertBatch } from '../../lib/engines/opencc';
import { watchMutations, type MutationBatch } from '../../lib/dom/swap/mutation-watch';
import { PageController } from '../../lib/dom/page-controller';
import { createLiveScriptSwap } from '../../lib/dom/swap/live';
import type { ConvertFn, SwapReport } from '../../lib/dom/swap/types';
import { makePage, SEED_URL, snapshot, type Spec } from '../property/dom-arbitraries';

/**
 * The e2e hostile page `length`: annotate, convert to Simplified
 * with the real converter (二噁英 → 二𫫇英 adds a UTF-16 unit), which makes the content script
 * re-read and re-annotate; then Original must give back the annotated page exactly, and clearing
 * the page as it was. It used to leave the re-highlighted paragraph converted.
 */
const para = (text: string): Spec => ({ t: 'el', tag: 'p', attrs: [], kids: [{ t: 'text', v: text }] });
const convert: ConvertFn = async (texts, to) => convertBatch(texts, to);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = { yieldToMain: () => Promise.resolve() };

describe('a conversion that changes a text’s length, then Original', () => {
  it('restores the annotated page exactly, and clearing restores the page', async () => {
    const doc = makePage([para('檢測報告顯示，二噁英排放同比下降12.5%。'), para('全州316個重點項目落實“項目警官”制，二噁英')]);
    const initial = snapshot(doc);
    const c = new PageController(doc, SEED_URL);
    await c.annotate(now);
    const annotated = snapshot(doc);
    expect(doc.querySelectorAll('kanbao-mark').length).toBeGreaterThan(2);

    // The content script's glue (entrypoints/news.content/conversion.ts).
    const autos: SwapReport[] = [];
    const live = createLiveScriptSwap(doc, convert, { debounceMs: 0, maxWaitMs: 0, onAutoConvert: (r) => autos.push(r as SwapReport) });
    const after = async (r: SwapReport) => {
      if (r.lengthChanged && !r.superseded) await c.refresh(now);
      await sleep(5); // the watcher's batch of the highlighter's clear and new marks
    };
    try {
      const simplified = await live.convertTo('simplified');
      expect(simplified.lengthChanged).toBe(true);
      await after(simplified);
      expect(doc.body.textContent).toContain('二𫫇英排放同比下降12.5%');
      // The re-annotation wrote new marks; Kanbao did not convert them again.
      expect(autos.every((r) => r.changedNodes === 0)).toBe(true);
      const original = await live.convertTo('original');
      expect(original.lengthChanged).toBe(true);
      await after(original);
      expect(snapshot(doc)).toBe(annotated);
      c.clear();
      expect(snapshot(doc)).toBe(initial);
    } finally {
      live.stop();
    }
  });

  it('the watcher reports a clear and the new marks made in one task as old pieces → new pieces', async () => {
    const doc = document.implementation.createHTMLDocument();
    const p = doc.body.appendChild(doc.createElement('p'));
    const mark = (s: string) => {
      const m = doc.createElement('kanbao-mark');
      m.textContent = s;
      return m;
    };
    const old = [doc.createTextNode('二𫫇英排放'), mark('12.5%')];
    p.append(...old);
    const batches: MutationBatch[] = [];
    const watch = watchMutations(doc, (b) => batches.push(b), { debounceMs: 0, maxWaitMs: 0 });
    // What Highlighter.clear then highlight do, synchronously: the page's node back, then split.
    const t = doc.createTextNode('二𫫇英排放12.5%');
    p.insertBefore(t, old[0]!);
    for (const n of old) p.removeChild(n);
    const fresh = [doc.createTextNode('二𫫇英排放'), mark('12.5%')];
    const frag = doc.createDocumentFragment();
    frag.append(...fresh);
    p.replaceChild(frag, t);
    await sleep(5);
    watch.stop();
    const replacements = batches.flatMap((b) => b.replacements);
    // However the records were delivered, the node put back and taken out again is in neither list.
    expect(replacements.flatMap((r) => r.removed)).not.toContain(t);
    expect(replacements.flatMap((r) => r.added)).not.toContain(t);
    expect(replacements).toEqual([{ removed: old, added: fresh }]);
  });
});
