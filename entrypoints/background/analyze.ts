import { analyzeTokens, type Analysis } from '@/lib/core/analysis';
import { createWebSegmenter, type JiebaSegmenter } from '@/lib/engines/jieba';
import type { BackgroundRequest } from '@/lib/messaging';

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

/** Where the build puts jieba's wasm (see the `build:publicAssets` hook in wxt.config.ts). */
export const JIEBA_WASM_PATH = '/jieba_rs_wasm_bg.wasm';

/** How long the request took in the background, and whether it had to load jieba first. */
export interface AnalysisTiming {
  /** Milliseconds from receiving the request to the reply (load, segmentation and analysis). */
  ms: number;
  /** True when this request initialised jieba (fetch + compile + dictionary). */
  cold: boolean;
}

export type AnalyzeReply = (Analysis & { timing: AnalysisTiming }) | { error: string };

let loaded = false;
let ready: Promise<JiebaSegmenter> | null = null;

/**
 * jieba, loaded once and shared. Loading includes a first tiny cut: jieba builds its dictionary
 * on first use (most of the cold start), and that should happen here, not in a reader's request.
 * A failed start is not kept: the next call tries again.
 */
function segmenter(): Promise<JiebaSegmenter> {
  ready ??= createWebSegmenter(browser.runtime.getURL(JIEBA_WASM_PATH)).then((s) => {
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
 * Starts jieba without waiting for it: called when an article was recognised, whose reader may
 * open the sidebar next (and whose record needs jieba anyway). The fetch and compile do not hold
 * the background; the dictionary's build is one task of a few hundred milliseconds.
 */
export function warmJieba(): void {
  if (loaded) return;
  segmenter().catch((e: unknown) => console.warn('[kanbao] jieba could not start', e));
}

export async function analyze(msg: Extract<BackgroundRequest, { type: 'kanbao/analyze' }>): Promise<AnalyzeReply> {
  const t0 = performance.now();
  const cold = !loaded;
  let jieba: JiebaSegmenter;
  try {
    jieba = await segmenter();
  } catch (e) {
    return { error: `jieba could not start: ${describe(e)}` };
  }
  try {
    const tokens = jieba.tag(msg.text);
    const analysis = analyzeTokens(msg.text, tokens, msg.known);
    return { ...analysis, timing: { ms: Math.round((performance.now() - t0) * 10) / 10, cold } };
  } catch (e) {
    return { error: `jieba analysis failed: ${describe(e)}` };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return typeof e === 'string' ? e : 'unknown error';
}
