// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createConversionMemo } from '../../lib/dom/swap/conversion-memo';
import { createScriptSwapper } from '../../lib/dom/swap/swapper';
import type { ConvertFn, ScriptTarget } from '../../lib/dom/swap/types';

/**
 * A conversion prepared ahead of the reader: the swapper sends the page's texts and writes
 * nothing; the conversion asked later finds every answer kept and asks the converter for none,
 * and writes exactly what an unprepared conversion writes. Constructed pages; a stand-in
 * converter per target (个 → 個 for Taiwan, 个 → 箇 for Hong Kong, 個 → 个 for Simplified).
 */
const rules: Record<ScriptTarget, (t: string) => string> = {
  taiwan: (t) => t.replaceAll('个', '個'),
  hongkong: (t) => t.replaceAll('个', '箇'),
  simplified: (t) => t.replaceAll('個', '个'),
};

function page(texts: string[]): Document {
  const doc = document.implementation.createHTMLDocument();
  for (const t of texts) {
    const p = doc.createElement('p');
    p.textContent = t;
    doc.body.append(p);
  }
  return doc;
}

/** The swapper wired as the content script wires it: every batch through one memo. */
function wired(doc: Document, { cold = false, schedule }: { cold?: boolean; schedule?: { budgetMs: number; yieldToMain: () => Promise<void> } } = {}) {
  const memo = createConversionMemo();
  const calls: { to: ScriptTarget; texts: string[]; ahead: boolean }[] = [];
  const backend = (ahead: boolean) => async (texts: string[], to: ScriptTarget) => {
    calls.push({ to, texts, ahead });
    return ahead && cold ? null : texts.map(rules[to]);
  };
  const convert: ConvertFn = async (texts, to) => (await memo.through(to, texts, (m) => backend(false)(m, to)))!;
  const ahead = (texts: string[], to: ScriptTarget) => memo.through(to, texts, (m) => backend(true)(m, to));
  const swapper = createScriptSwapper(doc, convert, { ahead, schedule });
  return { swapper, calls };
}

const texts = (doc: Document) => Array.from(doc.querySelectorAll('p'), (p) => p.textContent);

describe('a conversion prepared ahead of the reader', () => {
  it('sends each distinct text once, writes nothing, and leaves the conversion no trip to make', async () => {
    const doc = page(['一个', '两个', '一个', 'abc']);
    const { swapper, calls } = wired(doc);
    expect(await swapper.prepare(['taiwan'])).toBe(2);
    expect(texts(doc)).toEqual(['一个', '两个', '一个', 'abc']);
    expect(doc.documentElement.hasAttribute('data-kanbao-script')).toBe(false);
    expect(calls).toEqual([{ to: 'taiwan', texts: ['一个', '两个'], ahead: true }]);
    const report = await swapper.convertTo('taiwan');
    expect(calls).toHaveLength(1);
    expect(texts(doc)).toEqual(['一個', '两個', '一個', 'abc']);
    expect(report).toMatchObject({ target: 'taiwan', changedNodes: 3, changedChars: 3 });
  });

  it('gives the same page and report as a conversion nobody prepared', async () => {
    const source = ['一个', '两个人', '第三个'];
    const plain = page(source);
    const prepared = page(source);
    const a = wired(plain);
    const b = wired(prepared);
    await b.swapper.prepare(['taiwan', 'simplified']);
    const [ra, rb] = [await a.swapper.convertTo('taiwan'), await b.swapper.convertTo('taiwan')];
    expect(texts(prepared)).toEqual(texts(plain));
    expect(rb).toEqual({ ...ra, lengthChangedNodes: [] });
    expect(ra.lengthChangedNodes).toEqual([]);
    await a.swapper.restore();
    await b.swapper.restore();
    expect(texts(prepared)).toEqual(source);
  });

  it('prepares the later targets too, the first one\'s batch sent first', async () => {
    const doc = page(['一个']);
    const { swapper, calls } = wired(doc);
    await swapper.prepare(['taiwan', 'simplified']);
    await Promise.resolve();
    expect(calls.map((c) => c.to)).toEqual(['taiwan', 'simplified']);
    await swapper.convertTo('simplified');
    expect(calls).toHaveLength(2);
  });

  it('converts what the page changed after it was prepared', async () => {
    const doc = page(['一个', '两个']);
    const { swapper, calls } = wired(doc);
    await swapper.prepare(['taiwan']);
    doc.querySelectorAll('p')[1]!.textContent = '新的一个';
    await swapper.convertTo('taiwan');
    expect(texts(doc)).toEqual(['一個', '新的一個']);
    expect(calls.at(-1)).toEqual({ to: 'taiwan', texts: ['新的一个'], ahead: false });
  });

  it('costs a reader whose converters are cold nothing but the walk: the conversion asks for all', async () => {
    const doc = page(['一个', '两个']);
    const { swapper, calls } = wired(doc, { cold: true });
    await swapper.prepare(['taiwan']);
    await swapper.convertTo('taiwan');
    expect(calls).toEqual([
      { to: 'taiwan', texts: ['一个', '两个'], ahead: true },
      { to: 'taiwan', texts: ['一个', '两个'], ahead: false },
    ]);
    expect(texts(doc)).toEqual(['一個', '两個']);
  });

  it('does nothing on a page already converted', async () => {
    const doc = page(['一个']);
    const { swapper, calls } = wired(doc);
    await swapper.convertTo('hongkong');
    expect(await swapper.prepare(['taiwan'])).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('stops its walk when the reader asks for a conversion meanwhile', async () => {
    const doc = page(Array.from({ length: 20 }, (_, i) => `第${i}个`));
    let yields = 0;
    const schedule = { budgetMs: 0, yieldToMain: vi.fn(async () => void yields++) };
    const { swapper, calls } = wired(doc, { schedule });
    const prepared = swapper.prepare(['taiwan']);
    const converted = swapper.convertTo('taiwan');
    expect(await prepared).toBe(0);
    await converted;
    expect(calls).toEqual([{ to: 'taiwan', texts: expect.any(Array), ahead: false }]);
    expect(yields).toBeGreaterThan(0);
    expect(texts(doc)[19]).toBe('第19個');
  });
});
