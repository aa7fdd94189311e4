// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PageController } from '../../lib/dom/page-controller';
import { highlight } from '../../lib/dom/marks/highlighter';
import { readArticle } from '../../lib/dom/read/article';
import { body, makePage, SEED_URL, snapshot } from './dom-arbitraries';

/**
 * End to end through the real pipeline: the detector, the article
 * reader, the extractors and the highlighter (`PageController`, as the content script drives it)
 * on random article pages (see dom-arbitraries.ts). tests/dom/highlighter-property.test.ts covers
 * the highlighter alone on hand-made reads and random spans; this file covers what the reader and
 * the extractors produce on the same kinds of DOM, plus the message-level switches.
 *
 *  (a) annotate, then clear, restores the whole document's markup exactly; switching every kind
 *      off (what `kanbao/highlights` with all kinds false does) restores the body exactly, and
 *      switching them on again gives back exactly the annotated markup;
 *  (d) annotating twice equals annotating once: refresh (clear, read again, annotate), a second
 *      highlight() with the same spans, and a second controller on the annotated page (a second
 *      injection) all leave the annotated markup unchanged, and never nest a mark in a mark of
 *      the same span.
 */

const RUNS = 1000;
const now = () => Promise.resolve();
const opts = { yieldToMain: now };

/** Marks Kanbao made (the pages' own <kanbao-mark> elements carry no data-kanbao-id). */
const ours = (doc: Document) => Array.from(doc.querySelectorAll('kanbao-mark[data-kanbao-id]'));

describe('annotate on random article pages (fast-check)', () => {
  test(`annotate → kinds off/on → clear restores the page exactly (${RUNS} runs)`, async () => {
    let marked = 0;
    let pagesWithMarks = 0;
    let randomMarks = 0;
    await fc.assert(
      fc.asyncProperty(body, async (paras) => {
        const doc = makePage(paras);
        const c = new PageController(doc, SEED_URL);
        expect(c.page.isArticle).toBe(true);
        const before = snapshot(doc);
        const bodyBefore = doc.body.innerHTML;
        const text = doc.body.textContent;

        await c.annotate(opts);
        const annotated = snapshot(doc);
        const bodyAnnotated = doc.body.innerHTML;
        const n = ours(doc).length;
        const firstPara = doc.querySelector('.rm_txt_con > p')!;
        const inRandom = ours(doc).filter((m) => !firstPara.contains(m)).length;
        marked += n;
        randomMarks += inRandom;
        if (n > 0) pagesWithMarks++;
        expect(doc.body.textContent).toBe(text);
        expect(doc.documentElement.getAttribute('data-kanbao-annotated')).toBe(String(c.annotation!.items.length));
        // Every mark shows text of its own span.
        const read = c.read!;
        for (const it of c.annotation!.items) {
          const want = read.article.text.slice(it.start, it.end);
          // Each piece shows part of the span (text in skipped elements, e.g. a <style>, is left out).
          for (const m of c.annotation!.highlighter.marks(it.id)) expect(want).toContain(m.textContent);
        }
        // The pages' own <kanbao-mark> elements are left as they were.
        for (const m of Array.from(doc.querySelectorAll('kanbao-mark:not([data-kanbao-id])'))) {
          expect(m.querySelector('kanbao-mark[data-kanbao-id]')).toBeNull();
        }

        c.setKinds({ figure: false, date: false, program: false });
        expect(ours(doc)).toHaveLength(0);
        expect(doc.body.innerHTML).toBe(bodyBefore);
        c.setKinds({ figure: true, date: true, program: true });
        expect(doc.body.innerHTML).toBe(bodyAnnotated);

        c.clear();
        expect(snapshot(doc)).toBe(before);
        expect(doc.documentElement.hasAttribute('data-kanbao-annotated')).toBe(false);

        // Annotating again after a clear gives the same marks.
        await c.annotate(opts);
        expect(snapshot(doc)).toBe(annotated);
        c.clear();
        expect(snapshot(doc)).toBe(before);
      }),
      { numRuns: RUNS },
    );
    // The random pages really were annotated, beyond the fixed first paragraph's one figure.
    expect(pagesWithMarks).toBe(RUNS);
    expect(randomMarks).toBeGreaterThan(RUNS);
    console.log(`page-annotate: ${RUNS} pages, ${marked} marks made and removed (${randomMarks} in the random paragraphs)`);
  }, 300_000);

  test(`annotating twice equals annotating once (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(body, async (paras) => {
        const doc = makePage(paras);
        const c = new PageController(doc, SEED_URL);
        const before = snapshot(doc);
        await c.annotate(opts);
        const once = snapshot(doc);

        // The controller's own guard: a second annotate() is a no-op.
        await c.annotate(opts);
        expect(snapshot(doc)).toBe(once);

        // Read again and annotate again (what a length-changing conversion triggers).
        await c.refresh(opts);
        expect(snapshot(doc)).toBe(once);

        // The same spans highlighted again over the marked page (the highlighter replaces itself).
        const again = highlight(doc, c.read!, c.annotation!.items, { tooltip: false });
        expect(snapshot(doc)).toBe(once);
        // The reader reads the same article from the marked page as from the plain one.
        expect(readArticle(doc, SEED_URL).article).toEqual(c.read!.article);

        // No mark sits inside a mark of the same span.
        for (const m of ours(doc)) {
          const id = m.getAttribute('data-kanbao-id');
          expect(m.parentElement?.closest(`kanbao-mark[data-kanbao-id="${id}"]`) ?? null).toBeNull();
        }
        again.clear();
        expect(snapshot(doc)).toBe(before);

        // A second controller on the annotated page (the annotator injected twice into one
        // document by separate instances) finds the same article and leaves the same markup.
        await c.annotate(opts);
        const second = new PageController(doc, SEED_URL);
        expect(second.read!.article).toEqual(c.read!.article);
        await second.annotate(opts);
        expect(snapshot(doc)).toBe(once);
        second.clear();
        expect(snapshot(doc)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
