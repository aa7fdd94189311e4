// Issue 3: figures and programs highlighted on the seed page, the tooltip, and kind switches.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, URLS, ROOT } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs
  // Issue 3: highlights on the seed page.
  const GOLD = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/annotation/seed.gold.json'), 'utf8'));
  /** Mark texts per kind in page order, one entry per span id (a span may be split over marks). */
  const readMarkTexts = (kind) => {
    const byId = new Map();
    for (const m of document.querySelectorAll(`kanbao-mark[data-kind="${kind}"]`)) {
      const id = m.getAttribute('data-kanbao-id');
      byId.set(id, (byId.get(id) ?? '') + m.textContent);
    }
    return [...byId.values()];
  };
  const annotatedSeed = async () => {
    const page = await open(URLS.seed);
    await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-kanbao-annotated')), {
      message: 'data-kanbao-annotated on the seed page',
    });
    return page;
  };

  for (const [kind, key] of [['figure', 'figures'], ['program', 'programs']]) {
    test(`seed page: the ${kind} marks equal the required gold ${key}, in order`, T, async () => {
      const page = await annotatedSeed();
      const required = GOLD[key].filter((g) => !g.optional).map((g) => g.text);
      const optional = new Set(GOLD[key].filter((g) => g.optional).map((g) => g.text));
      // Spans on optional gold items are neither right nor wrong (guidelines §4): leave them out.
      const marks = (await page.evaluate(readMarkTexts, kind)).filter((t) => required.includes(t) || !optional.has(t));
      assert.deepEqual(marks, required);
    });
  }

  test('seed page: the tooltip of 1.3萬余家 shows 13,000 and "more than"', T, async () => {
    const page = await annotatedSeed();
    // A background tab gets no focus events (Firefox): bring the seed tab to the front first.
    await page.bringToFront();
    const focused = await page.evaluate(() => {
      const mark = [...document.querySelectorAll('kanbao-mark[data-kind="figure"]')].find((m) => m.textContent === '1.3萬余家');
      mark?.focus();
      return Boolean(mark) && document.activeElement === mark;
    });
    assert.ok(focused, 'the 1.3萬余家 mark exists and takes keyboard focus');
    const tip = await poll(() => page.evaluate(() => {
      const text = document.querySelector('kanbao-tooltip')?.shadowRoot?.textContent ?? '';
      return text.includes('13,000') && { text };
    }), { message: 'tooltip with 13,000' });
    assert.match(String(tip.text), /13,000/);
    assert.match(String(tip.text), /more than/);
  });

  test('seed page: switching figures off removes their marks, on restores them', T, async () => {
    const page = await annotatedSeed();
    const tabId = await tabOf(URLS.seed);
    const count = () => page.evaluate(() => document.querySelectorAll('kanbao-mark[data-kind="figure"]').length);
    const before = await count();
    assert.ok(before > 40, `figure marks before: ${before}`);
    const off = await b().send(tabId, { type: 'kanbao/highlights', kinds: { figure: false } });
    assert.equal(off.kinds.figure, false);
    assert.equal(await count(), 0);
    assert.ok((await page.evaluate(() => document.querySelectorAll('kanbao-mark[data-kind="program"]').length)) > 0, 'programs stay');
    await b().send(tabId, { type: 'kanbao/highlights', kinds: { figure: true } });
    assert.equal(await count(), before);
  });
}
