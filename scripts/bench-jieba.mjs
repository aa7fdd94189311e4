// jieba in the background for `npm run bench`: `kanbao/analyze` sent from the seed page's content
// script world, exactly as the sidebar sends it (tests/e2e/suites/25-jieba.mjs does the same), timed
// there from the request to the reply.
//
// Cold: the first request after the background started (fetch and compile jieba's wasm, load its
// dictionary, then analyse). The service worker is stopped between cold samples (a stopped MV3
// worker loses jieba: the same cold start a reader meets), and woken by a cheap message first, so
// the worker's own start-up is not counted. Warm: later requests of the same size and words.
// Every request of the run sends a text of its own (the seed text with its paragraphs rotated, see
// variantOf): the background keeps the last few analyses by text, and a repeated text would time
// that memo, not jieba.
// First on an article: what a reader who opens the sidebar at once meets. The worker is stopped,
// a fresh page of the article is loaded (the detector's request wakes the background, which
// starts jieba then), and the request is sent the moment the page is annotated.
// Floors: cold's is the same request warm; warm's is the round trip of the same text to the
// background when nothing analyses it (a `kanbao/analyze` with a malformed `known`, which the
// background ignores): the messaging alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentWorld, ROOT } from '../tests/e2e/harness.mjs';
import { fmtMs, median, ratio, waitAnnotated } from './bench-util.mjs';

const SEED_TEXT = 'tests/fixtures/seed/people-hn-big5-2023-02-03.txt';

let variants = 0;
/**
 * The seed text with its paragraphs rotated: the same characters and length, a different string
 * each call (after every rotation has been used, a newline is added per round).
 */
function variantOf(text) {
  const lines = text.split('\n');
  const i = variants++;
  const k = i % lines.length;
  return [...lines.slice(k), ...lines.slice(0, k)].join('\n') + '\n'.repeat(Math.floor(i / lines.length));
}

/** A DevTools session in the content scripts' isolated world, with a timed sender. */
async function contentSender(page, extensionBase) {
  const { cdp, evaluate } = await contentWorld(page, extensionBase);
  /** Sends `msg` from the content script world; resolves to { ms, reply } (ms: request → reply). */
  const send = (msg) => evaluate(`(async () => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage(${JSON.stringify(msg)}).catch((e) => ({ rejected: String(e && e.message || e) }));
      return { ms: performance.now() - t0, reply: reply && { cold: reply.timing && reply.timing.cold, error: reply.error, rejected: reply.rejected } };
    })()`, 'bench-jieba');
  return { cdp, send };
}

/** Stops every service worker of the profile (the extension's background is one). */
async function stopWorkers(cdp) {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('ServiceWorker.disable');
}

/** One fresh load of the article after the worker was stopped: request → reply of the first analysis. */
async function firstOnArticle(b, url, analyze) {
  const blank = await b.newPage();
  const stopper = await blank.context().newCDPSession(blank);
  await stopWorkers(stopper);
  await stopper.detach().catch(() => {});
  await blank.close();
  const page = await b.newPage();
  try {
    await page.goto(url);
    await waitAnnotated(page, url);
    const { cdp, send } = await contentSender(page, b.extensionBase);
    try {
      const first = await send(analyze());
      if (first.reply?.error || first.reply?.rejected) throw new Error(`bench-jieba: ${first.reply.error ?? first.reply.rejected}`);
      return first.ms;
    } finally {
      await cdp.detach().catch(() => {});
    }
  } finally {
    await page.close();
  }
}

/**
 * Rows: jieba cold and warm, and the raw numbers (`goals`: first answer on an article, warm). `colds` cold starts (the worker stopped before each), `warms` warm requests after each.
 */
export async function measureJieba(b, url, { colds = 3, warms = 5 } = {}) {
  const text = readFileSync(path.join(ROOT, SEED_TEXT), 'utf8');
  const analyze = () => ({ type: 'kanbao/analyze', text: variantOf(text), known: [] });
  const ignored = { type: 'kanbao/analyze', text, known: 'not a list' };
  const page = await b.newPage();
  await page.goto(url);
  await waitAnnotated(page, url);
  const { cdp, send } = await contentSender(page, b.extensionBase);
  const cold = [];
  const warm = [];
  const floor = [];
  let notCold = 0;
  try {
    for (let i = 0; i < colds; i++) {
      // Before the first sample too: loading the article has already started jieba.
      await stopWorkers(cdp);
      await send(ignored); // wakes the worker (its start-up is not jieba's)
      floor.push((await send(ignored)).ms);
      const first = await send(analyze());
      if (first.reply?.error || first.reply?.rejected) throw new Error(`bench-jieba: ${first.reply.error ?? first.reply.rejected}`);
      if (first.reply?.cold !== true) notCold++;
      cold.push(first.ms);
      for (let j = 0; j < warms; j++) {
        warm.push((await send(analyze())).ms);
        floor.push((await send(ignored)).ms);
      }
    }
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
  const fresh = [];
  for (let i = 0; i < colds; i++) fresh.push(await firstOnArticle(b, url, analyze));
  const c = median(cold);
  const w = median(warm);
  const f = median(floor);
  const note = notCold ? ` (${notCold} of ${colds} were not cold!)` : '';
  const rows = [
    [`jieba cold: first kanbao/analyze of the seed text (${text.length.toLocaleString('en')} chars; median of ${colds} cold starts)${note}`, fmtMs(c), `warm ${fmtMs(w)}`, ratio(c, w), ''],
    [`jieba first answer on an article: the worker stopped, the page loaded, asked once annotated (median of ${fresh.length})`, fmtMs(median(fresh)), `warm ${fmtMs(w)}`, ratio(median(fresh), w), '≤ 5×'],
    [`jieba warm: a request of the same size again (median of ${warm.length})`, fmtMs(w), `message round trip ${fmtMs(f)}`, ratio(w, f), ''],
  ];
  return { rows, goals: { first: median(fresh), warm: w } };
}
