// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import { createStore } from '../../lib/dom/swap/store';
import type { ConvertFn } from '../../lib/dom/swap/types';

/**
 * Original reads the store's list of changed nodes instead of walking the page. The list must
 * hold every node whose record shows a converted value, lose none that the page puts back, and
 * not keep removed nodes forever. Constructed pages and a stand-in converter (each 个 → 個).
 */
const convert: ConvertFn = async (texts) => texts.map((t) => t.replaceAll('个', '個'));

function para(doc: Document, text: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.textContent = text;
  return p;
}

describe('the changed list', () => {
  it('lists a node while its record shows something other than the original', () => {
    const doc = document.implementation.createHTMLDocument();
    const a = doc.createTextNode('这个');
    const b = doc.createTextNode('这里');
    const el = doc.createElement('img');
    doc.body.append(a, b, el);
    const store = createStore();
    store.set({ kind: 'text', node: a }, { original: '这个', current: '這個', target: 'taiwan' });
    store.set({ kind: 'text', node: b }, { original: '这里', current: '这里', target: 'taiwan' });
    store.set({ kind: 'attr', el, name: 'alt' }, { original: '一个', current: '一個', target: 'taiwan' });
    expect(store.changed()).toEqual([a, el]);
    store.set({ kind: 'text', node: a }, { original: '这个', current: '这个', target: 'original' });
    store.set({ kind: 'attr', el, name: 'alt' }, { original: '一个', current: '一个', target: 'original' });
    expect(store.changed()).toEqual([]);
  });

  it('drops removed nodes once it has grown, and lists one again when the page puts it back', async () => {
    const doc = document.implementation.createHTMLDocument();
    const away = para(doc, '第一个');
    doc.body.append(away);
    const swapper = createScriptSwapper(doc, convert);
    await swapper.convertTo('taiwan');
    expect(away.textContent).toBe('第一個');
    away.remove();
    // Enough new text to make the list prune itself while the converted node is out of the page.
    const added = Array.from({ length: 5000 }, (_, i) => para(doc, `第${i}个`));
    doc.body.append(...added);
    await swapper.rescan({ nodes: added, attributes: [] });
    doc.body.prepend(away);
    // The page put it back as it was (converted): the rescan of that change lists it again.
    await swapper.rescan({ nodes: [away], attributes: [] });
    const r = await swapper.restore();
    expect(away.textContent).toBe('第一个');
    expect(added.every((p, i) => p.textContent === `第${i}个`)).toBe(true);
    expect(r.changedNodes).toBe(5001);
  });

  it('Original tells which nodes it gave another length, and leaves a node the page took out as it is', async () => {
    const doc = document.implementation.createHTMLDocument();
    // A stand-in that also lengthens: 么 → 麼麼 (the repair of a machine conversion can change lengths).
    const lengthen: ConvertFn = async (texts) => texts.map((t) => t.replaceAll('个', '個').replaceAll('么', '麼麼'));
    const same = para(doc, '这个');
    const longer = para(doc, '什么');
    const away = para(doc, '那个');
    doc.body.append(same, longer, away);
    const swapper = createScriptSwapper(doc, lengthen);
    await swapper.convertTo('taiwan');
    expect([same, longer, away].map((p) => p.textContent)).toEqual(['这個', '什麼麼', '那個']);
    away.remove();
    const r = await swapper.restore();
    expect([same.textContent, longer.textContent]).toEqual(['这个', '什么']);
    expect(r.changedNodes).toBe(2);
    expect(r.lengthChangedNodes).toEqual([longer.firstChild]);
    // Out of the page during Original: untouched, and put back once the page returns it converted.
    expect(away.textContent).toBe('那個');
    doc.body.append(away);
    await swapper.rescan({ nodes: [away], attributes: [] });
    expect(away.textContent).toBe('那个');
  });

  it('Original puts back a converted node the page moved into a <pre>, where conversion never goes', async () => {
    const doc = document.implementation.createHTMLDocument();
    const p = para(doc, '这个');
    doc.body.append(p);
    const swapper = createScriptSwapper(doc, convert);
    await swapper.convertTo('taiwan');
    const pre = doc.createElement('pre');
    pre.append(p.firstChild!);
    doc.body.append(pre);
    await swapper.restore();
    expect(pre.textContent).toBe('这个');
  });

  it('puts a listed text node back only while it still shows what Kanbao wrote, and takes it off the list', () => {
    const doc = document.implementation.createHTMLDocument();
    const ours = doc.createTextNode('這個');
    const theirs = doc.createTextNode('那個');
    doc.body.append(ours, theirs);
    const store = createStore();
    store.set({ kind: 'text', node: ours }, { original: '这个', current: '這個', target: 'taiwan' });
    store.set({ kind: 'text', node: theirs }, { original: '那个', current: '那個?', target: 'taiwan' });
    expect(store.putBackText(ours)).toBe('這個');
    expect(ours.data).toBe('这个');
    expect(store.textRec(ours)).toEqual({ original: '这个', current: '这个', target: 'original' });
    // The page wrote its own text since: that is the original now, not Kanbao's to replace.
    expect(store.putBackText(theirs)).toBeNull();
    expect(theirs.data).toBe('那個');
    // Already showing the original: nothing to write.
    expect(store.putBackText(ours)).toBeNull();
    expect(store.changed()).toEqual([theirs]);
  });
});
