// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PageController } from '../../lib/dom/page-controller';
import { createLiveScriptSwap, type LiveScriptSwap } from '../../lib/dom/swap/live';
import type { ConvertFn, ScriptChoice, SwapReport } from '../../lib/dom/swap/types';
import { fakeConvert } from './fake-convert';
import { body, makePage, SEED_URL, SPAN_TEXTS, PLAIN_TEXTS } from './dom-arbitraries';
import { applyPageEdit } from './page-edit';
import { expectSamePage, settle as settleQuiet } from './settle';

/**
 * The swapper writes in slices (lib/dom/schedule.ts), so anything can happen between
 * two of its writes. Here every slice is one unit, and between slices a random script plays what
 * the reader, the page and Kanbao itself may do meanwhile: ask for another target, re-read and
 * re-annotate the article (what a length change triggers), toggle the highlights off and on, edit
 * the page. Whatever the order, the page must end in the last requested state, and Original then
 * clearing must leave it as if Kanbao had never touched it, plus the page's own edits.
 */
const RUNS = 400;
const now = { yieldToMain: () => Promise.resolve() };

type Action =
  | { kind: 'target'; to: ScriptChoice }
  | { kind: 'refresh' }
  | { kind: 'kinds' }
  | { kind: 'append'; text: string }
  | { kind: 'grow'; text: string };

const text = fc.array(fc.constantFrom(...SPAN_TEXTS, ...PLAIN_TEXTS), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<ScriptChoice>('simplified', 'taiwan', 'hongkong', 'original').map((to) => ({ kind: 'target' as const, to })),
  fc.constant({ kind: 'refresh' as const }),
  fc.constant({ kind: 'kinds' as const }),
  text.map((t) => ({ kind: 'append' as const, text: t })),
  text.map((t) => ({ kind: 'grow' as const, text: t })),
);
/** Actions keyed by the yield they run at (1 = before the second slice of the first operation). */
const script = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), action), { maxLength: 5 });


describe('sliced conversion with anything happening between slices (fast-check)', () => {
  test(`ends in the last requested state; Original, then clear, is exact (${RUNS} runs)`, async () => {
    let yields = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom<ScriptChoice>('simplified', 'taiwan', 'hongkong'), script, fc.constantFrom('preserving' as const, 'opencc' as const), async (paras, first, plan, mode) => {
        const doc = makePage(paras);
        const expected = makePage(paras);
        const c = new PageController(doc, SEED_URL);
        new PageController(expected, SEED_URL);
        await c.annotate(now);
        const jobs = new Set<Promise<unknown>>();
        const track = (p: Promise<unknown>) => {
          jobs.add(p);
          void p.finally(() => jobs.delete(p));
        };
        let last: ScriptChoice = first;
        // The content script's glue: a length change re-reads and re-annotates.
        const after = (r: SwapReport) => {
          if (!r.superseded && r.lengthChanged) track(c.refresh(now));
        };
        let k = 0;
        let scripted = true;
        let autos = 0;
        const yieldToMain = async () => {
          k++;
          yields++;
          for (const [at, a] of plan) {
            if (at !== k || !scripted) continue;
            if (a.kind === 'target') {
              last = a.to;
              track(live.convertTo(a.to).then(after));
            } else if (a.kind === 'refresh') track(c.refresh(now));
            else if (a.kind === 'kinds') {
              c.setKinds({ figure: false });
              c.setKinds({ figure: true });
            } else {
              applyPageEdit(doc, a);
              applyPageEdit(expected, a);
            }
          }
          await Promise.resolve();
        };
        const convert: ConvertFn = async (texts, to) => texts.map((t) => fakeConvert(t, to, mode));
        const live: LiveScriptSwap = createLiveScriptSwap(doc, convert, {
          debounceMs: 0,
          maxWaitMs: 0,
          schedule: { budgetMs: 0, yieldToMain },
          onAutoConvert: (r) => {
            autos++;
            if (r instanceof Error) throw r;
            after(r);
          },
        });
        const settle = () => settleQuiet(() => jobs.size > 0, () => autos);
        try {
          track(live.convertTo(first).then(after));
          await settle();
          expect(live.target).toBe(last);
          expect(doc.documentElement.getAttribute('data-kanbao-script')).toBe(last === 'original' ? null : last);
          if (last !== 'original') {
            // Converted text converts to itself in these modes: the late paragraphs show the target.
            for (const p of doc.querySelectorAll('p.late')) expect(p.textContent).toBe(fakeConvert(p.textContent ?? '', last, mode));
          }
          scripted = false;
          track(live.convertTo('original').then(after));
          await settle();
          c.clear();
          expectSamePage(doc, expected);
        } finally {
          live.stop();
        }
      }),
      { numRuns: RUNS },
    );
    expect(yields).toBeGreaterThan(RUNS * 10);
  }, 600_000);
});
