// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { rawTextEnd, readPageSignals, textSample } from '@/lib/dom/read/page-signals';

/**
 * Detection reads only the two ends of a long body (a 1 MiB page spent tens of milliseconds on its
 * whole textContent): the signals must be exactly those of the old whole-text read.
 */

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The old reading of the body text: editor text tail and sample head from the whole textContent. */
function oldBodyParts(doc: Document): { editorTail: string; sample: string } {
  const title = clean(doc.querySelector('title')?.textContent);
  const el = doc.querySelector('.rm_txt_con');
  const bodyText = clean(el?.textContent);
  const main = bodyText.length >= 50 ? bodyText : textSample(doc.querySelector('body') ?? doc.documentElement, 3000);
  return { editorTail: bodyText.slice(-400), sample: `${title} ${main.slice(0, 3000)}` };
}

const piece = fc.oneof(
  fc.constantFrom('這個春節假期，', '增長61.6%。', '(責編:李淑靜、彭應兵)', 'abc', '。'),
  fc.constantFrom(' ', '\n\n', '\u3000', '\t \n', '\u00a0'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: 1, max: 3000 }).map((n) => ' '.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '字'.repeat(n)),
);
const body = fc.array(fc.record({ tag: fc.constantFrom('p', 'span', 'script', 'b', ''), text: piece }), { maxLength: 40 });

afterEach(() => document.body.replaceChildren());

describe('readPageSignals reads the ends of the body as the whole text would give them', () => {
  it('on random long bodies with whitespace runs at every place (fast-check, 300 runs)', () => {
    document.title = '測試頁--湖南頻道--人民網';
    fc.assert(
      fc.property(body, (parts) => {
        const con = document.createElement('div');
        con.className = 'rm_txt_con';
        for (const { tag, text } of parts) {
          if (!tag) con.appendChild(document.createTextNode(text));
          else con.appendChild(document.createElement(tag)).appendChild(document.createTextNode(text));
        }
        document.body.replaceChildren(con);
        const signals = readPageSignals(document);
        const old = oldBodyParts(document);
        expect(signals.sample).toBe(old.sample);
        expect(signals.editorText.endsWith(old.editorTail)).toBe(true);
        expect(signals.editorText.split('\n').at(-1)).toBe(old.editorTail);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a few thousand characters of a 1,000,000-character body, not all of it', () => {
    const con = document.createElement('div');
    con.className = 'rm_txt_con';
    for (let i = 0; i < 1000; i++) con.appendChild(document.createElement('p')).textContent = '字'.repeat(1000);
    document.body.replaceChildren(con);
    const head = rawTextEnd(con, 12_000);
    const tail = rawTextEnd(con, 1_600, true);
    expect(head.whole).toBe(false);
    expect(head.text.length).toBeLessThan(14_000);
    expect(tail.text.length).toBeLessThan(3_000);
    expect(readPageSignals(document).sample).toBe(oldBodyParts(document).sample);
  });
});
