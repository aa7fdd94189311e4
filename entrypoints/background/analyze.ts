import { analyzeTokens, createAnalysisMemo, type Analysis } from '@/lib/core/analysis';
import { createWebSegmenter, type JiebaSegmenter } from '@/lib/engines/jieba';
import type { BackgroundRequest } from '@/lib/messaging';
import { earlyJiebaModule, JIEBA_WASM_PATH } from './early-wasm';

/**
 * jieba in the background: the Chrome MV3 service worker or the Firefox MV2
 * background page. The content script never loads the wasm (a strict page CSP would stop Chrome
 * compiling it there); it sends `kanbao/analyze` and gets the `Analysis` back.
 *
 * The wasm is shipped as a file (wxt.config.ts copies it to the build's root; Vite must not
 * inline it) and compiled once: ≈0.1–1 s that must not happen at startup. It starts when the
 * detector reports an article (warmJieba), so a reader who opens the sidebar finds it ready, and is
 * kept while the background lives; a stopped MV3 service worker loses it and starts it again.
 */

/** How long the request took in the background, and whether it had to load jieba first. */
export interface AnalysisTiming {
  /** Milliseconds from receiving the request to the reply (load, segmentation and analysis). */
  ms: number;
  /** True when this request initialised jieba (fetch + compile + dictionary). */
  cold: boolean;
}

export type AnalyzeReply = (Analysis & { timing: AnalysisTiming }) | { error: string };

/**
 * Who asks: the reader (the sidebar, waiting) or the library's record (nobody waiting). A record
 * lets a reader's request that arrived meanwhile go first.
 */
export type AnalysisPriority = 'reader' | 'record';

/** A macrotask later: messages already queued (a conversion, an extraction, a reader's request) run first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let loaded = false;
let ready: Promise<JiebaSegmenter> | null = null;

/** The module compiled since the background started (early-wasm.ts), else the file's address. */
async function wasmSource(): Promise<WebAssembly.Module | string> {
  const early = earlyJiebaModule ? await earlyJiebaModule.catch(() => null) : null;
  return early ?? browser.runtime.getURL(JIEBA_WASM_PATH);
}

/**
 * jieba, loaded once and shared: every caller while it loads awaits the same promise. The fetch
 * and compile run off the thread; jieba then builds its dictionary on first use (most of the cold
 * start, one task of a few hundred milliseconds that nothing can interrupt), so that task is put
 * behind whatever messages are already waiting. A failed start is not kept: the next call tries again.
 */
function segmenter(): Promise<JiebaSegmenter> {
  ready ??= wasmSource().then(createWebSegmenter).then(async (s) => {
    await nextTask();
    s.tag('中');
    loaded = true;
    return s;
  });
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/**
 * A constructed news report (a dateline, reporters, officials' names and posts, bodies, places,
 * figures, a quoted program) for the warm-up: the first segmentations and analyses of a background
 * run cold code (the wasm's cut, tagging and HMM paths for unknown names; the analysis's people,
 * organisation and keyword rules in the interpreter), several times slower than later ones.
 */
const WARM_UP =
  '本报长沙3月5日电（记者张明、李华）3月4日，湖南省人民政府召开常务会议，省长王建国主持会议，' +
  '副省长、省公安厅厅长刘志强出席。会议听取了省发展改革委关于一季度经济运行情况的汇报，研究部署' +
  '稳就业、促消费和优化营商环境等工作。会议指出，全省地区生产总值同比增长5.2%，新增城镇就业12万人，' +
  '规模以上工业增加值增长6.1%，进出口总额达到1360亿元。长沙市委书记陈晓东表示，将加快建设现代化' +
  '产业体系，推动制造业高质量发展，落实《政府工作报告》提出的“十大工程”。\n' +
  '当天下午，省委常委、常务副省长赵立平来到株洲市调研，先后走访中车株洲电力机车有限公司、湖南工业' +
  '大学和荷塘区人民医院，看望一线职工和医护人员。他强调，要坚持以人民为中心的发展思想，扎实做好' +
  '保障和改善民生工作。国家统计局湖南调查总队、省财政厅、省人力资源社会保障厅有关负责同志参加调研。\n' +
  '据了解，今年以来，湘潭、衡阳、岳阳等地共引进重点项目326个，总投资超过2100亿元，其中外资项目' +
  '45个。省商务厅副厅长孙丽华介绍，下一步将继续扩大高水平对外开放，支持企业参加广交会和进博会。';

/**
 * Warm-up rounds over WARM_UP, each on its own task (a request that arrives meanwhile goes between
 * them). One: in the bench, eight rounds gave no better first answer than none or one (each round
 * also holds the background while the page's own first requests arrive), and one leaves the
 * cut path compiled.
 */
const WARM_UP_ROUNDS = 1;

let warming = false;
let cutOnce = false;
/** The warm-up under way (settled once it ran or gave up), and the reader's analyses not yet answered. */
let warmUp: Promise<void> = Promise.resolve();
const readers = new Set<Promise<unknown>>();

/** How long `afterReaders` waits at most: cards and records must come even if jieba hangs. */
const MAX_YIELD_MS = 3000;
/** How long `afterReaders` lets requests sent with the caller's arrive first. */
const SETTLE_MS = 150;

/**
 * Resolves once jieba's start and warm-up are over and no reader's analysis is waiting (or after
 * MAX_YIELD_MS). For work nobody is waiting on at that moment and that would otherwise hold the
 * background for hundreds of milliseconds while a reader who opened the sidebar waits: building
 * the phrase converter a Traditional page's glossary cards need is the cost of a cold analysis
 * several times over.
 */
export async function afterReaders(): Promise<void> {
  const idle = (async () => {
    await warmUp;
    // A page's first requests come together once it is annotated (its glossary, its badge, and
    // the reader's analysis when the sidebar opens at once): give the others time to arrive.
    await new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS));
    while (readers.size > 0) await Promise.allSettled([...readers]);
    await nextTask();
  })();
  await Promise.race([idle, new Promise<void>((resolve) => setTimeout(resolve, MAX_YIELD_MS))]);
}

/**
 * Starts jieba without waiting for it: called when an article was recognised, whose reader may
 * open the sidebar next (and whose record needs jieba anyway). Once the dictionary is built, and
 * unless a real request has cut first, WARM_UP is cut and analysed on a later task: so that a
 * reader's first request finds the cut path compiled, and is never behind more than that one round.
 */
export function warmJieba(): void {
  if (warming) return;
  warming = true;
  warmUp = segmenter()
    .then(async (s) => {
      for (let i = 0; i < WARM_UP_ROUNDS; i++) {
        await nextTask();
        if (cutOnce) return;
        analyzeTokens(WARM_UP, s.tag(WARM_UP), []);
      }
    })
    .catch((e: unknown) => {
      warming = false;
      console.warn('[kanbao] jieba could not start', e);
    });
}

/** jieba could not start (as opposed to failing on one text). */
class StartError extends Error {}

/**
 * The last few analyses (pending or done) by text and names: the library's record and the
 * sidebar ask for the same article, often at the same moment, and get one run of jieba.
 */
const recent = createAnalysisMemo<Promise<Analysis>>(4);

/**
 * Longest text analysed: beyond it, the first MAX_ANALYSED_CHARS (up to a line's end) stand for the
 * page. The analysis is one task of the background that nothing interrupts, and it grows faster
 * than the text (the people rules on a 500,000-character page: seconds): a conversion or a reader's
 * request arriving meanwhile waits for all of it. News articles are far shorter (the seed: 5,000),
 * so only pages like a whole book or a month of a paper are cut; offsets still index the full text.
 */
export const MAX_ANALYSED_CHARS = 50_000;

/** `text`, or its first MAX_ANALYSED_CHARS ending at a line's end where there is one in the second half. */
export function analysedPart(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  const lineEnd = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
  return text.slice(0, lineEnd > MAX_ANALYSED_CHARS / 2 ? lineEnd : MAX_ANALYSED_CHARS);
}

async function run(full: string, known: string[], priority: AnalysisPriority): Promise<Analysis> {
  const text = analysedPart(full);
  let jieba: JiebaSegmenter;
  try {
    jieba = await segmenter();
  } catch (e) {
    throw new StartError(describe(e));
  }
  if (priority === 'record') await nextTask();
  cutOnce = true;
  return analyzeTokens(text, jieba.tag(text), known);
}

export async function analyze(msg: Extract<BackgroundRequest, { type: 'kanbao/analyze' }>, priority: AnalysisPriority = 'reader'): Promise<AnalyzeReply> {
  const t0 = performance.now();
  const cold = !loaded;
  let pending = recent.get(msg.text, msg.known);
  if (!pending) {
    const started = run(msg.text, msg.known, priority);
    if (priority === 'reader') {
      readers.add(started);
      void started.catch(() => undefined).finally(() => readers.delete(started));
    }
    pending = started;
    recent.set(msg.text, msg.known, started);
    started.catch(() => recent.forget(msg.text, msg.known, started));
  }
  try {
    const analysis = await pending;
    return { ...analysis, timing: { ms: Math.round((performance.now() - t0) * 10) / 10, cold } };
  } catch (e) {
    return { error: e instanceof StartError ? `jieba could not start: ${e.message}` : `jieba analysis failed: ${describe(e)}` };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return typeof e === 'string' ? e : 'unknown error';
}
