// Page memory for `npm run bench`: what a page holds without Kanbao and once Kanbao has annotated
// it, read through the DevTools protocol after a full garbage collection.
//
// "Before" is the same HTML served from a host the extension does not match (no content script at
// all); "after" is the page on its news host once the marks are in. In Chromium a content script's
// isolated world lives in the page's V8 isolate, so the "after" heap counts the page's own objects
// plus both of Kanbao's content scripts (the detector and the annotator: code, tables, read article,
// marks' wrappers). The sidebar stays closed (its default), so it is not counted. DOM nodes are
// the renderer's live node count (Memory.getDOMCounters); each page has its own renderer process.
import { fmtBytes, fmtCount, median, ratio, waitAnnotated } from './bench-util.mjs';

async function snapshot(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection can leave garbage that finalizers released.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { js: heap.usedSize, blink: heap.embedderHeapUsedSize ?? null, nodes: dom.nodes, listeners: dom.jsEventListeners };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const settle = (page, ms) => page.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

async function once(b, url, annotated) {
  const page = await b.newPage();
  await page.goto(url);
  if (annotated) await waitAnnotated(page, url);
  await settle(page, 500); // the badge message, late layout, the tooltip's lazy parts
  const s = await snapshot(page);
  await page.close();
  return s;
}

/** Rows: V8 heap and DOM nodes, before → after, for one page (`plainUrl` serves the same HTML). */
export async function measureMemory(b, label, { plainUrl, kanbaoUrl, loads = 3 }) {
  const before = [];
  const after = [];
  for (let i = 0; i < loads; i++) {
    before.push(await once(b, plainUrl, false));
    after.push(await once(b, kanbaoUrl, true));
  }
  const m = (rows, k) => median(rows.map((r) => r[k]));
  const row = (what, k, fmt) => [
    `${label}: ${what}, without → with Kanbao (median of ${loads})`,
    `${fmt(m(before, k))} → ${fmt(m(after, k))}`, `without: ${fmt(m(before, k))}`, ratio(m(after, k), m(before, k)), '',
  ];
  return [
    row('JS heap (V8, all worlds)', 'js', fmtBytes),
    row('Blink heap (DOM objects)', 'blink', fmtBytes),
    row('DOM nodes', 'nodes', fmtCount),
  ];
}
