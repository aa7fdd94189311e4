// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PageController } from '../../lib/dom/page-controller';
import { createLiveScriptSwap } from '../../lib/dom/swap/live';
import type { ConvertFn, ScriptChoice, SwapReport } from '../../lib/dom/swap/types';
import { fakeConvert, type FakeMode } from './fake-convert';
import { body, makePage, SEED_URL, snapshot, SPAN_TEXTS, PLAIN_TEXTS } from './dom-arbitraries';
import { applyPageEdit, type PageEdit } from './page-edit';
import { expectSamePage, settle as settleQuiet } from './settle';

/**
 * Convert, then Original, restores the page exactly — through the live
 * wiring the content script uses (`createLiveScriptSwap`: the swapper plus the mutation watcher
 * that converts what the page adds later), with a deterministic fake converter instead of OpenCC:
 *
 * the fold of lib/core/text/fold.ts, its reverse, and entries that change lengths (tests/property/fake-convert.ts).
 *
 * tests/dom/script-swap.property.test.ts covers the bare swapper with the real OpenCC engine; this
 * file adds the live watcher, converters that change lengths, random pages through the real
 * reader, and conversion interleaved with highlighting and with the page's own edits.
 */

const RUNS = 1000;

const targets = fc.array(fc.constantFrom<ScriptChoice>('simplified', 'taiwan', 'hongkong', 'original'), { minLength: 1, maxLength: 4 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Text conversion must never touch: form fields' values, editable regions, code, scripts (a
 * field's `lang`, `title` and `placeholder` are labels and may be converted).
 */
const untouchable = (doc: Document) =>
  Array.from(doc.querySelectorAll('textarea, input, [contenteditable]:not([contenteditable="false"]), code, pre, kbd, script, style'))
    .map((el) => `${el.localName}:${(el as HTMLInputElement).value ?? ''}:${el.textContent}`);

describe('convert then Original (fast-check, live swap, fake converter)', () => {
  test('the fake converter changes text and lengths', () => {
    expect(fakeConvert('這個干部隻要', 'simplified')).toBe('这个干部只要');
    expect(fakeConvert('这个', 'taiwan')).toBe('這個');
    expect(fakeConvert('二噁英', 'simplified')).toBe('二𫫇英');
    expect(fakeConvert('二𫫇英', 'taiwan')).toBe('二噁英');
    expect(fakeConvert('Hello', 'hongkong')).toBe('Helloo');
    expect(fakeConvert('Hello', 'hongkong', 'opencc')).toBe('Hello');
    expect(fakeConvert('二噁英', 'simplified', 'preserving')).toHaveLength(3);
  });

  test(`any targets, then Original, restore the document exactly (${RUNS} runs)`, async () => {
    let written = 0;
    let lengthChanges = 0;
    await fc.assert(
      fc.asyncProperty(body, targets, async (paras, seq) => {
        const doc = makePage(paras);
        const before = snapshot(doc);
        const fields = untouchable(doc);
        const convert: ConvertFn = async (texts, to) => texts.map((t) => fakeConvert(t, to));
        const live = createLiveScriptSwap(doc, convert, { debounceMs: 0, maxWaitMs: 0 });
        try {
          for (const to of seq) {
            const r = await live.convertTo(to);
            written += r.changedNodes + r.changedAttributes;
            if (r.lengthChanged) lengthChanges++;
            expect(doc.documentElement.getAttribute('data-kanbao-script')).toBe(to === 'original' ? null : to);
            expect(untouchable(doc)).toEqual(fields);
            // Converting to what is shown writes nothing.
            const again = await live.convertTo(to);
            expect(again.changedNodes + again.changedAttributes).toBe(0);
          }
          await live.convertTo('original');
          expect(snapshot(doc)).toBe(before);
          // Nothing left for the watcher to do: a quiet page stays restored.
          await sleep(0);
          expect(snapshot(doc)).toBe(before);
        } finally {
          live.stop();
        }
      }),
      { numRuns: RUNS },
    );
    expect(written).toBeGreaterThan(RUNS);
    expect(lengthChanges).toBeGreaterThan(RUNS / 10);
    console.log(`convert-restore: ${RUNS} pages, ${written} writes, ${lengthChanges} length-changing conversions`);
  }, 300_000);

  /** A page edit both documents can replay: positions that highlights and conversion never move. */
  const edit = fc.record({
    kind: fc.constantFrom<PageEdit['kind']>('append', 'title', 'grow'),
    text: fc.array(fc.constantFrom(...SPAN_TEXTS, ...PLAIN_TEXTS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  }) as fc.Arbitrary<PageEdit>;

  /**
   * Annotate, then any targets with the page editing itself in between, then Original, then clear:
   * the page must be as if Kanbao had never touched it, plus its own edits.
   */
  async function interleaved(mode: FakeMode): Promise<number> {
    let refreshes = 0;
    await fc.assert(
      fc.asyncProperty(body, targets, fc.array(edit, { maxLength: 3 }), async (paras, seq, edits) => {
        const doc = makePage(paras);
        const expected = makePage(paras);
        const c = new PageController(doc, SEED_URL);
        new PageController(expected, SEED_URL); // same <html> attributes as the live page
        await c.annotate({ yieldToMain: () => Promise.resolve() });

        // The content script's glue (entrypoints/news.content/conversion.ts): after a conversion that
        // changed a text's length, the article is read and annotated again.
        let pending = 0;
        let autos = 0;
        const after = async (r: SwapReport) => {
          if (r.superseded || !r.lengthChanged) return;
          refreshes++;
          pending++;
          try {
            await c.refresh({ yieldToMain: () => Promise.resolve() });
          } finally {
            pending--;
          }
        };
        const convert: ConvertFn = async (texts, to) => texts.map((t) => fakeConvert(t, to, mode));
        const live = createLiveScriptSwap(doc, convert, {
          debounceMs: 0,
          maxWaitMs: 0,
          onAutoConvert: (r) => {
            autos++;
            if (r instanceof Error) throw r;
            void after(r);
          },
        });
        /** Waits until the watcher and the refreshes have nothing left to do. */
        const settle = () => settleQuiet(() => pending > 0, () => autos);
        try {
          for (const [i, to] of seq.entries()) {
            await after(await live.convertTo(to));
            const e = edits[i];
            if (e) {
              applyPageEdit(doc, e);
              applyPageEdit(expected, e);
            }
            await settle();
            if (to !== 'original' && e?.kind === 'append') {
              // The late paragraph was converted by the watcher.
              const late = Array.from(doc.querySelectorAll('p.late')).at(-1)!;
              expect(late.textContent).toBe(fakeConvert(`新增段落${e.text}`, to, mode));
            }
          }
          await after(await live.convertTo('original'));
          await settle();
          c.clear();
          expectSamePage(doc, expected);
        } finally {
          live.stop();
        }
      }),
      { numRuns: RUNS },
    );
    return refreshes;
  }

  test(`annotate, convert (length-preserving), page edits, Original, clear: as if never touched (${RUNS} runs)`, async () => {
    const refreshes = await interleaved('preserving');
    expect(refreshes).toBe(0);
    console.log(`convert-restore with highlights and page edits: ${RUNS} pages`);
  }, 600_000);

  /**
   * When a conversion changes a text's length, the content script re-reads and
   * re-annotates the article (PageController.refresh: clear, then annotate). The highlighter's
   * clear (the page's text node put back, holding the converted text) and its new marks (that
   * node replaced by new pieces) reach the watcher as one group of records on the same parent;
   * the watcher reports what the group did in the end (old pieces → new pieces), and the new
   * pieces inherit their share of the originals even where the length changed (二噁英 → 二𫫇英).
   * This used to leave every re-highlighted paragraph converted after Original.
   */
  test(`annotate, convert (OpenCC-like length change), page edits, Original, clear: as if never touched (${RUNS} runs)`, async () => {
    const refreshes = await interleaved('opencc');
    expect(refreshes).toBeGreaterThan(RUNS / 10);
    console.log(`convert-restore with length changes: ${RUNS} pages, ${refreshes} re-annotations`);
  }, 600_000);
});
