// Main-thread tasks for `npm run bench`, from a Chromium trace of the page (DevTools protocol).
// The Long Tasks API only reports tasks over 50 ms; a trace gives every task's full length, so
// the table can show the longest one whatever its size and compare it with the page's own.
// Tracing slows the renderer a little: traced loads are separate from the timed ones.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'].join(',');

/** Starts tracing `page` (a Playwright page); `stop()` ends it and resolves to the trace events. */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => {});
      return events;
    },
  };
}

const isExtensionScript = (e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
const ms = (us) => us / 1000;

/** The top-level tasks (`RunTask`) of one thread, in order. */
function tasksOf(events, { pid, tid }) {
  return events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
}

const containing = (tasks, ev) => tasks.find((t) => t.ts <= ev.ts && ev.ts < t.ts + t.dur);

/** Chromium's rendering steps on the main thread: style, layout, paint and handing frames over. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);

/** How much of `task` is rendering (the union of its rendering events: they can nest). */
function renderingIn(events, task) {
  const spans = events
    .filter((e) => e.ph === 'X' && RENDERING.has(e.name) && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur)
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return ms(total);
}

/** The longest of `tasks`: { ms, rendering } (rendering: its style, layout and paint), or zeros. */
function longest(events, tasks) {
  const top = tasks.reduce((a, t) => (!a || t.dur > a.dur ? t : a), null);
  return top ? { ms: ms(top.dur), rendering: renderingIn(events, top) } : { ms: 0, rendering: 0 };
}

/** Where a user-timing measure (`performance.measure(name)`) began and ended, in trace time. */
function measureSpan(events, name, thread) {
  const same = (e) => e.name === name && e.cat === 'blink.user_timing' && e.pid === thread.pid;
  const b = events.filter((e) => same(e) && e.ph === 'b').at(-1);
  const e = events.filter((x) => same(x) && x.ph === 'e').at(-1);
  return b && e ? { start: b.ts, end: e.ts } : null;
}

/**
 * A page load during which Kanbao ran: the longest task from the moment the detector's script
 * starts until the annotation is in the page (plus `settleMs` for the style and layout it causes),
 * and, to compare, the page's own longest task from the document's commit until then (parsing,
 * style, layout, paint). Each longest task is { ms, rendering }. Null when the detector never ran.
 */
export function loadTasks(events, url, { settleMs = 100 } = {}) {
  const detector = events.find(isExtensionScript);
  if (!detector) return null;
  const thread = { pid: detector.pid, tid: detector.tid };
  const tasks = tasksOf(events, thread);
  const commit = events.find((e) => e.name === 'CommitLoad' && e.pid === thread.pid && e.args?.data?.url === url);
  const commitTask = commit ? containing(tasks, commit) : null;
  const first = containing(tasks, detector) ?? detector;
  const annotate = measureSpan(events, 'kanbao:annotate', thread);
  const end = (annotate?.end ?? first.ts + first.dur) + settleMs * 1000;
  const pageOwn = tasks.filter((t) => t.ts >= (commitTask?.ts ?? tasks[0]?.ts ?? 0) && t.ts < first.ts);
  const kanbao = tasks.filter((t) => t.ts >= first.ts && t.ts <= end);
  return { kanbao: longest(events, kanbao), page: longest(events, pageOwn), kanbaoTasks: kanbao.length };
}

/**
 * The longest task on the page's main thread in the whole trace: for a trace taken around one
 * request to an idle page (a conversion): { ms, rendering, own } (own: see longestOwn). The thread is the one that recorded
 * `measureName`.
 */
export function longestTaskAround(events, measureName) {
  const mark = events.find((e) => e.name === measureName && e.cat === 'blink.user_timing');
  if (!mark) return null;
  const thread = { pid: mark.pid, tid: mark.tid };
  const tasks = tasksOf(events, thread);
  return { ...longest(events, tasks), own: longestOwn(events, tasks, thread) };
}

/**
 * Of `tasks`, the longest once rendering (style, layout, paint) is taken out: the script's own
 * part, in ms. The rendering events of the thread are gathered once (a 1 MB page's trace is large).
 */
function longestOwn(events, tasks, { pid, tid }) {
  const spans = events
    .filter((e) => e.ph === 'X' && RENDERING.has(e.name) && e.pid === pid && e.tid === tid)
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  let best = 0;
  let i = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    while (i < spans.length && spans[i][0] < t.ts) i++;
    let rendering = 0;
    let covered = -Infinity;
    for (let j = i; j < spans.length && spans[j][0] < end; j++) {
      const [a, b] = spans[j];
      if (b <= covered) continue;
      rendering += Math.min(b, end) - Math.max(a, covered);
      covered = b;
    }
    best = Math.max(best, t.dur - rendering);
  }
  return ms(best);
}

/** Main-thread time of the extension's content scripts (compile and run: `EvaluateScript`) in a trace. */
export function contentScriptMs(events) {
  const scripts = events.filter(isExtensionScript);
  return scripts.length ? scripts.reduce((sum, e) => sum + ms(e.dur), 0) : null;
}
