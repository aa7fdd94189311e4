// How slow the browser is while each check runs, measured in the page under test, in the same run
// and under the same load. The hostile suite's time bounds are written for an idle 2-core machine;
// on a loaded one every task of the browser takes longer — Kanbao's 10 ms slices and the browser's
// own restyle and layout after them alike — and an absolute bound then fails good work. So:
//   - slowdown: how much slower the page's thread runs now, and every time bound of a phase is
//     multiplied by it. Two gauges, the larger kept: a speedometer that runs a short fixed piece
//     of script work every 150 ms during the phase, and one sustained run of fixed work (~0.3 s)
//     just before and just after it. Both are needed: with a CPU-bound process beside the
//     browser, the OS lets a thread that has just woken run its short bursts at full speed (the
//     speedometer then reads ~1) but shares the core once it stays busy — as Kanbao's slices and
//     the browser's layouts after them do, and as the sustained run does (it then reads ~2);
//   - noiseMs: the page's timer wait with Kanbao idle (the control), added to each bound on the
//     page's timer.
// On an idle machine both are neutral (1 and 0), so the bounds catch what they caught before: one
// long synchronous task of Kanbao's holds the page's timer for its whole length, and the
// speedometer cannot run during that task, so the task adds no sample and no slack.

/**
 * Milliseconds one speedometer sample (SPEED_WORK iterations of integer arithmetic, optimised)
 * takes when the page's thread has a core to itself on this machine: the floor of 40 samples each
 * in Chromium (5.8–6.2 ms) and Firefox (5–6 ms; its clock has 1 ms steps). A faster machine gives a
 * factor below 1, which is not used: the bounds never tighten below their idle value.
 */
export const SPEED_IDLE_MS = 6;
const SPEED_WORK = 1_000_000;
const SPEED_EVERY_MS = 150;
/**
 * Samples run and dropped at the start, so that the kept ones run the optimised loop (with 5, the
 * first kept samples in Chromium still ran 2–4 times slower than the rest).
 */
const SPEED_WARMUP = 30;

/**
 * Runs in the page's main world: starts (or restarts) the speedometer. Plain arithmetic on
 * purpose: the monkeypatched page replaces built-ins (Array, String, Math…) with slower traps, and
 * the speedometer must measure the machine, not the page.
 */
function speedometerStart([work, every, warmup]) {
  const w = window;
  if (w.__testSpeedometer) clearInterval(w.__testSpeedometer.timer);
  const s = { samples: [], sink: 0, timer: 0 };
  const sample = () => {
    const t = performance.now();
    let x = s.samples.length;
    for (let i = 0; i < work; i++) x = (x * 31 + i) | 0;
    s.sink ^= x;
    s.samples.push(performance.now() - t);
  };
  for (let i = 0; i < warmup; i++) sample();
  s.samples.length = 0;
  s.timer = setInterval(sample, every);
  w.__testSpeedometer = s;
}

/** Runs in the page's main world: the samples since the last read, which it clears. */
function speedometerRead() {
  const s = window.__testSpeedometer;
  if (!s) return [];
  return s.samples.splice(0);
}

/** Starts the speedometer in `page` (again after each navigation). */
export const startSpeedometer = (page) => page.evaluate(speedometerStart, [SPEED_WORK, SPEED_EVERY_MS, SPEED_WARMUP]);

/** Clears the speedometer's samples: the next read covers only what follows. */
export const resetSpeedometer = (page) => page.evaluate(speedometerRead);

/**
 * The slowdown since the last read or reset: mean sample time against the idle time, at least 1.
 * A mean, not a median, so that the time the OS takes the core away counts, as it does in the
 * waits it scales; but without the slowest tenth of the samples, where a garbage collection of
 * Kanbao's own garbage may have landed (it must not buy Kanbao slack). Needs at least one
 * sample: it waits for one.
 */
export async function readSlowdown(page) {
  let samples = await page.evaluate(speedometerRead);
  for (let i = 0; samples.length === 0 && i < 100; i++) {
    await new Promise((r) => setTimeout(r, SPEED_EVERY_MS));
    samples = await page.evaluate(speedometerRead);
  }
  const kept = samples.sort((a, b) => a - b).slice(0, Math.max(1, samples.length - Math.ceil(samples.length / 10)));
  const mean = kept.reduce((a, x) => a + x, 0) / kept.length;
  return Math.max(1, Math.round((mean / SPEED_IDLE_MS) * 100) / 100);
}

/** The page's timer: its longest wait over `ms` of quiet, read in the page's main world. */
const quietWindow = (ms) => new Promise((resolve) => {
  const h = window.__hostile;
  if (!h) return resolve(null);
  h.maxGap = 0;
  h.last = performance.now();
  setTimeout(() => resolve(Math.round(h.maxGap)), ms);
});

/** The page's timer interval: a wait of this much is the timer working, not a stall. */
const TIMER_MS = 50;
const QUIET_MS = 1_000;

/**
 * The control, measured with Kanbao idle: what the page's timer waits beyond its interval over a
 * quiet second (`noiseMs`).
 */
export async function measureNoise(page) {
  const quietGap = await page.evaluate(quietWindow, QUIET_MS);
  return { quietGapMs: quietGap, noiseMs: quietGap === null ? 0 : Math.max(0, quietGap - TIMER_MS) };
}

/**
 * Milliseconds the sustained run (SUSTAINED_WORK iterations of the speedometer's arithmetic)
 * takes when the page's thread has a core to itself: the floor of 8 runs here was 311 ms in
 * Chromium and 268 ms in Firefox; 300 kept.
 */
export const SUSTAINED_IDLE_MS = 300;
const SUSTAINED_WORK = 50_000_000;

/** Runs in the page's main world: the sustained run, in ms. */
function sustainedRun(work) {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < work; i++) x = (x * 31 + i) | 0;
  return { ms: performance.now() - t, sink: x };
}

/**
 * The slowdown of sustained work now: one sustained run against its idle time, at least 1. It
 * holds the page's thread for its whole length: run it only outside the windows whose waits are
 * measured.
 */
export async function sustainedSlowdown(page) {
  const { ms } = await page.evaluate(sustainedRun, SUSTAINED_WORK);
  return Math.max(1, Math.round((ms / SUSTAINED_IDLE_MS) * 100) / 100);
}

/**
 * Runs in the page's main world: starts watching long frames (Chromium's long-animation-frame
 * entries; Firefox has none, and there the watch reads 0). It keeps the longest part of a frame
 * spent in the browser's own style, layout and paint after the frame's scripts ran.
 *
 * Why: on the pages built to be heavy, that part is most of what holds the page's timer up, and
 * it is neither Kanbao's to slice nor steady. On the 1 MiB text node Chromium usually shapes the
 * changed paragraph again in 0.2–0.3 s, but in about one run of four, after the same writes, it
 * shapes all of it from nothing and takes 4.5–5.6 s (a trace shows InlineNode::
 * ShapeTextIncludingFirstLine inside one Layout of the same 21,742 objects). Script time —
 * Kanbao's slices, and any layout a script forces, which the entry counts as script — stays
 * under the bound.
 */
function frameWatchStart() {
  const w = window;
  if (w.__testFrames) return;
  const f = { longest: 0 };
  w.__testFrames = f;
  if (!PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.styleAndLayoutStart) continue;
      f.longest = Math.max(f.longest, e.startTime + e.duration - e.styleAndLayoutStart);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Starts the frame watch in `page` (again after each navigation). */
export const startFrameWatch = (page) => page.evaluate(frameWatchStart);

/**
 * The longest rendering part of a long frame (style, layout, paint) since the last read, in ms,
 * which the read clears; 0 where the browser does not report long frames.
 */
export async function readRenderMs(page) {
  return page.evaluate(() => {
    const f = window.__testFrames;
    if (!f) return 0;
    const ms = Math.round(f.longest);
    f.longest = 0;
    return ms;
  });
}

/** A time bound now: the idle bound scaled by the slowdown. */
export const scaled = (idleMs, slowdown) => Math.round(idleMs * slowdown);

/**
 * The longest the page's timer may wait now: its idle bound, scaled by the slowdown of the same
 * phase, plus the wait the same page shows with Kanbao idle (the control), plus the longest
 * rendering part of a frame in the phase (readRenderMs).
 */
export const stallBound = (idleMs, slowdown, noiseMs, renderMs = 0) => Math.round(idleMs * slowdown + noiseMs + renderMs);
