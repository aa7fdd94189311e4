import type { Extraction } from '@/lib/core/extract';
import { parseExtractionReply } from '@/lib/messaging';

export interface ExtractElsewhere {
  /** The extraction of `text`: the answer to an earlier `ask` of the same text, else a new request. */
  (text: string, published: string | null): Promise<Extraction | null>;
  /** Sends the request now, before the annotator needs the answer. */
  ask(text: string, published: string | null): void;
}

/**
 * Longest text sent. The cold start is what the background saves, and it is a fixed cost: on a long
 * article the page's own extractor is warm after its first few thousand characters (200,000
 * characters: ≈0.8 ms per 1,000 in the page, against ≈6 ms per 1,000 on the 4,700-character seed),
 * while the background may still be busy with the previous long article's record (jieba), and the
 * answer's copy and check grow with the text.
 */
export const MAX_SENT_CHARS = 50_000;

/**
 * How long after sending the answer is still of use, in ms: the annotator waits 25 ms plus 1 ms
 * per 1,000 characters, then extracts on its own (a cold extractor: about 25 ms on the seed's
 * 5,000 characters, slices included) and takes the answer only if it comes first. Twice that and
 * more is allowed; a background that gets to the request later answers null instead of working
 * for nobody.
 */
export const answerUsefulMs = (chars: number): number => 100 + chars / 200;

/**
 * Asks the background for the article's figures, dates and programs (`kanbao/extract`). The
 * background's extractor stays compiled and warm from one article to the next, while this content
 * script starts cold on every page; the annotator extracts on its own when the answer is late,
 * missing or malformed. The answer is checked span by span against the text that was sent.
 */
export function extractInBackground(send: (m: unknown) => Promise<unknown>): ExtractElsewhere {
  let asked: { text: string; published: string | null; answer: Promise<Extraction | null> } | null = null;
  const request = (text: string, published: string | null) => {
    const t0 = performance.now();
    const answer = send({ type: 'kanbao/extract', text, published, useBy: Date.now() + Math.ceil(answerUsefulMs(text.length)) }).then((x) => {
      const got = parseExtractionReply(x, text);
      // From the request to the checked answer: the extraction's time, now outside kanbao:annotate
      // when it is asked for before the annotation starts.
      performance.measure('kanbao:extract-elsewhere', { start: t0, detail: { ok: got !== null } });
      return got;
    });
    // Nobody may be waiting yet: a failure here only means the annotator extracts on its own.
    answer.catch(() => undefined);
    return answer;
  };
  const extract = (text: string, published: string | null) => {
    if (text.length > MAX_SENT_CHARS) return Promise.resolve(null);
    const early = asked;
    asked = null;
    return early && early.text === text && early.published === published ? early.answer : request(text, published);
  };
  const ask = (text: string, published: string | null) => {
    if (text.length <= MAX_SENT_CHARS) asked = { text, published, answer: request(text, published) };
  };
  return Object.assign(extract, { ask });
}
