import { analyzeTokens, type Analysis } from '@/lib/core/analysis';
import { createWebSegmenter, type JiebaSegmenter } from '@/lib/engines/jieba';
import type { BackgroundRequest } from '@/lib/messaging';

/**
 * jieba in the background: the Chrome MV3 service worker or the Firefox MV2
 * background page. The content script never loads the wasm (a strict page CSP would stop Chrome
 * compiling it there); it sends `kanbao/analyze` and gets the `Analysis` back.
 *
 * The wasm is shipped as a file (wxt.config.ts copies it to the build's root; Vite must not
 * inline it) and compiled once, on the first request: ≈0.1–1 s that must not happen at startup.
 * A stopped MV3 service worker loses it and pays the cold start again on its next request.
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

export async function analyze(msg: Extract<BackgroundRequest, { type: 'kanbao/analyze' }>): Promise<AnalyzeReply> {
  const t0 = performance.now();
  const cold = !loaded;
  let segmenter: JiebaSegmenter;
  try {
    // createWebSegmenter initialises once and shares the promise; a failed init is retried next time.
    segmenter = await createWebSegmenter(browser.runtime.getURL(JIEBA_WASM_PATH));
    loaded = true;
  } catch (e) {
    return { error: `jieba could not start: ${describe(e)}` };
  }
  try {
    const tokens = segmenter.tag(msg.text);
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
