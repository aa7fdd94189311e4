// Figures and programs highlighted on the seed page, the tooltip, and kind switches.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function define(ctx) {
  const { test, assert, T, poll, open, tabOf, URLS, ROOT } = ctx;
  const b = () => ctx.b; // launched in the suite's before() hook, after define() runs
  // Highlights on the seed page.
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

  /**
   * Picks the longest program mark, narrows its paragraph until the mark wraps onto two lines,
   * and scrolls it to the middle of the viewport. Returns false when no width makes it wrap.
   */
  const wrapLongMark = () => {
    const marks = [...document.querySelectorAll('kanbao-mark[data-kind="program"][tabindex="0"]')];
    const mark = marks.sort((a, b) => b.textContent.length - a.textContent.length)[0];
    const block = mark?.closest('p, div');
    if (!mark || !block) return false;
    mark.setAttribute('data-e2e-wrapped', '');
    block.setAttribute('data-e2e-narrowed', block.getAttribute('style') ?? '');
    for (let w = block.clientWidth; w > 120; w -= 7) {
      block.style.setProperty('width', `${w}px`, 'important');
      if (mark.getClientRects().length >= 2) {
        mark.scrollIntoView({ block: 'center' });
        return true;
      }
    }
    return false;
  };
  const unwrapLongMark = () => {
    const block = document.querySelector('[data-e2e-narrowed]');
    if (block) {
      const style = block.getAttribute('data-e2e-narrowed');
      if (style) block.setAttribute('style', style);
      else block.removeAttribute('style');
      block.removeAttribute('data-e2e-narrowed');
    }
    document.querySelector('[data-e2e-wrapped]')?.removeAttribute('data-e2e-wrapped');
    document.activeElement?.blur?.();
  };
  /** The open tooltip's rectangle and the wrapped mark's line boxes, in viewport pixels. */
  const tooltipAndLines = () => {
    const host = document.querySelector('kanbao-tooltip');
    const mark = document.querySelector('[data-e2e-wrapped]');
    if (!host || !mark || getComputedStyle(host).display === 'none') return null;
    const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      tip: box(host.getBoundingClientRect()),
      lines: [...mark.getClientRects()].map(box),
      label: host.shadowRoot?.querySelector('.label')?.textContent ?? '',
      scrollY: window.scrollY,
    };
  };
  /** The line the tooltip stands next to: 8px above or below it, overlapping it horizontally. */
  const lineNextTo = ({ tip, lines }) =>
    lines.findIndex((l) =>
      (Math.abs(l.top - tip.bottom - 8) <= 1.5 || Math.abs(tip.top - l.bottom - 8) <= 1.5) && tip.left < l.right && tip.right > l.left);

  /** The tooltip once it is open and placed (placement settles a moment after it opens). */
  const placedTooltip = async (page) => {
    try {
      return await poll(() => page.evaluate(tooltipAndLines).then((a) => a && lineNextTo(a) >= 0 && a), { message: 'placed tooltip' });
    } catch {
      const last = await page.evaluate(tooltipAndLines);
      assert.fail(`the tooltip is not next to a line of its mark: ${JSON.stringify(last)}`);
    }
  };

  test('seed page: the tooltip of a mark on two lines stands next to one of its lines, and moves with it on scroll', T, async () => {
    const page = await annotatedSeed();
    await page.bringToFront();
    try {
      assert.ok(await page.evaluate(wrapLongMark), 'a program mark wraps onto two lines');
      await page.evaluate(() => document.querySelector('[data-e2e-wrapped]').focus());
      const before = await placedTooltip(page);
      assert.ok(before.lines.length >= 2, `the mark has ${before.lines.length} line boxes`);
      assert.ok(before.label.length > 0, 'the tooltip has a value line');
      const line = lineNextTo(before);
      assert.ok(line >= 0, `tooltip ${JSON.stringify(before.tip)} next to one of ${JSON.stringify(before.lines)}`);
      // The bounding box of a wrapped mark spans the paragraph; the tooltip keeps to the line.
      const spanLeft = Math.min(...before.lines.map((l) => l.left));
      if (before.lines[line].left > spanLeft + 1) assert.ok(before.tip.left > spanLeft + 1, 'anchored to the line, not the bounding box');

      await page.evaluate(() => window.scrollBy(0, 60));
      const after = await poll(() => page.evaluate(tooltipAndLines).then((a) => {
        if (!a || a.scrollY === before.scrollY) return false;
        // Wait until the tooltip has followed (it updates on the scroll event).
        return Math.abs(a.tip.top - before.tip.top + (a.scrollY - before.scrollY)) <= 1.5 && a;
      }), { message: 'the tooltip moved with the scrolled mark' });
      assert.ok(after.scrollY > before.scrollY, 'the page scrolled');
      assert.equal(lineNextTo(after), line, 'still next to the same line after scrolling');
      assert.ok(Math.abs(after.tip.left - before.tip.left) <= 1, 'same horizontal place');
    } finally {
      await page.evaluate(unwrapLongMark);
    }
  });

  test('seed page: hovering the second line of a wrapped mark opens the tooltip by that line', T, async () => {
    const page = await annotatedSeed();
    await page.bringToFront();
    try {
      assert.ok(await page.evaluate(wrapLongMark), 'a program mark wraps onto two lines');
      const lines = await page.evaluate(() => [...document.querySelector('[data-e2e-wrapped]').getClientRects()]
        .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })));
      const last = lines[lines.length - 1];
      await page.mouse.move(Math.round((last.left + Math.min(last.right, last.left + 20)) / 2), Math.round((last.top + last.bottom) / 2));
      const open = await placedTooltip(page);
      assert.equal(lineNextTo(open), lines.length - 1, `tooltip ${JSON.stringify(open.tip)} next to the hovered line ${JSON.stringify(last)}`);
    } finally {
      await page.mouse.move(1, 1);
      await page.evaluate(unwrapLongMark);
    }
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
